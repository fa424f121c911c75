#pragma once
// Runs the real werkbank-cli for a test: arguments, standard input, and what
// it printed and returned.

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace wbtest {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

inline CliResult runCli(const QString &program, const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000,
                        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// JSON Lines (one object a line) by the value of `key` in each.
inline QHash<QString, QJsonObject> jsonLinesBy(const QString &key, const QString &jsonLines)
{
    QHash<QString, QJsonObject> objects;
    for (const QString &line : jsonLines.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
        objects.insert(object.value(key).toString(), object);
    }
    return objects;
}

} // namespace wbtest
