#include "ImportSupport.h"

#include "inventory/HostValidator.h"

#include <QFile>
#include <QRegularExpression>

namespace wb {

bool ImportSupport::readText(const QString &path, QString *text, ImportResult *result, const QString &reportFile,
                             int reportLine)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        addError(result, reportFile, reportLine, tr("Cannot open “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        addError(result, reportFile, reportLine, tr("Cannot read “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    *text = QString::fromUtf8(data);
    // Spreadsheet programs like to start UTF-8 files with a byte order mark.
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    return true;
}

bool ImportSupport::readLines(const QString &path, QStringList *lines, ImportResult *result,
                              const QString &reportFile, int reportLine)
{
    QString text;
    if (!readText(path, &text, result, reportFile, reportLine))
        return false;
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    *lines = text.split(lineBreak);
    return true;
}

bool ImportSupport::validateHost(const Host &host, const QString &file, int line, ImportResult *result)
{
    const QStringList problems = HostValidator::validate(host);
    for (const QString &problem : problems)
        addError(result, file, line, tr("Host “%1”: %2").arg(host.name, problem));
    return problems.isEmpty();
}

bool ImportSupport::parsePort(const QString &text, int *port, QString *problem)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok) {
        *problem = tr("Port “%1” is not a number.").arg(text);
        return false;
    }
    if (value < 1 || value > 65535) {
        *problem = tr("Port “%1” is out of range: SSH ports run from 1 to 65535.").arg(text);
        return false;
    }
    *port = value;
    return true;
}

bool ImportSupport::parseKind(const QString &text, HostKind *kind, QString *problem)
{
    if (hostKindFromId(text, kind))
        return true;
    QStringList allowed;
    for (HostKind k : allHostKinds())
        allowed << hostKindId(k);
    *problem = tr("Kind “%1” is not known; use one of: %2.").arg(text, allowed.join(QStringLiteral(", ")));
    return false;
}

bool ImportSupport::parseAuth(const QString &text, AuthMethod *method, QString *problem)
{
    if (authMethodFromId(text, method))
        return true;
    QStringList allowed;
    for (AuthMethod m : allAuthMethods())
        allowed << authMethodId(m);
    *problem = tr("Authentication “%1” is not known; use one of: %2.").arg(text, allowed.join(QStringLiteral(", ")));
    return false;
}

bool ImportSupport::parseGroupPath(const QString &text, QStringList *path, QString *problem)
{
    path->clear();
    const QStringList parts = text.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        if (const QString groupProblem = HostValidator::validateGroupName(name); !groupProblem.isEmpty()) {
            *problem = tr("Group “%1”: %2").arg(name, groupProblem);
            return false;
        }
        path->append(name);
    }
    return true;
}

void ImportSupport::addError(ImportResult *result, const QString &file, int line, const QString &message)
{
    result->errors.append(ImportIssue{file, line, message});
}

void ImportSupport::addSkipped(ImportResult *result, const QString &file, int line, const QString &message)
{
    result->skipped.append(ImportIssue{file, line, message});
}

} // namespace wb
