#pragma once
// Runs the real werkbank-cli for a test: arguments, standard input, and what
// it printed and returned.

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

} // namespace wbtest
