#include "core/inventory/io/ImportSupport.h"

#include "core/inventory/HostValidator.h"

#include <QFile>
#include <QRegularExpression>

namespace wb {

namespace {
// The first line (1-based) longer than `limit` characters, or 0.
int firstOverlongLine(const QString &text, qsizetype limit)
{
    int line = 1;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            continue;
        if (i - start > limit)
            return line;
        if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
            ++i;
        ++line;
        start = i + 1;
    }
    return n - start > limit ? line : 0;
}
} // namespace

bool ImportSupport::readText(const QString &path, QString *text, ImportResult *result, const QString &reportFile,
                             int reportLine, qint64 *bytesRead)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        addError(result, reportFile, reportLine, tr("Cannot open “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    auto tooLarge = [&] {
        addError(result, reportFile, reportLine,
                 tr("“%1” is larger than %2 MiB; files that large are not imported.")
                     .arg(path)
                     .arg(MaxFileBytes / (1024 * 1024)));
        return false;
    };
    if (file.size() > MaxFileBytes)
        return tooLarge();
    // Read in pieces rather than trusting size(): files in /proc report 0 and pipes have none.
    QByteArray data;
    data.reserve(file.size());
    char chunk[64 * 1024];
    for (;;) {
        const qint64 got = file.read(chunk, sizeof chunk);
        if (got < 0) {
            addError(result, reportFile, reportLine, tr("Cannot read “%1”: %2").arg(path, file.errorString()));
            return false;
        }
        if (got == 0)
            break;
        if (data.size() + got > MaxFileBytes)
            return tooLarge();
        data.append(chunk, got);
    }
    if (bytesRead)
        *bytesRead = data.size();
    *text = QString::fromUtf8(data);
    // Spreadsheet programs like to start UTF-8 files with a byte order mark.
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    if (const int line = firstOverlongLine(*text, MaxLineChars); line > 0) {
        addError(result, path, line,
                 tr("This line is longer than %1 characters; a file with lines that long is not imported.")
                     .arg(MaxLineChars));
        text->clear();
        return false;
    }
    return true;
}

bool ImportSupport::readLines(const QString &path, QStringList *lines, ImportResult *result,
                              const QString &reportFile, int reportLine, qint64 *bytesRead)
{
    QString text;
    if (!readText(path, &text, result, reportFile, reportLine, bytesRead))
        return false;
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|\\r|\\n"));
    *lines = text.split(lineBreak);
    return true;
}

bool ImportSupport::cancelRequested(const std::atomic<bool> *cancel, ImportResult *result, const QString &file,
                                    int line)
{
    if (!cancel || !cancel->load(std::memory_order_relaxed))
        return false;
    if (!result->cancelled) {
        result->cancelled = true;
        addError(result, file, line, tr("The import was cancelled here; nothing was imported."));
    }
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
