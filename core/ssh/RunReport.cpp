#include "core/ssh/RunReport.h"

#include "core/text/CsvField.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wb::RunReport {

QStringList columns()
{
    return {QStringLiteral("host"), QStringLiteral("address"), QStringLiteral("port"), QStringLiteral("ok"),
            QStringLiteral("state"), QStringLiteral("exit_status"), QStringLiteral("exit_signal"), QStringLiteral("duration_ms"),
            QStringLiteral("stdout"), QStringLiteral("stderr"), QStringLiteral("step"), QStringLiteral("error")};
}

QString stateKey(HostRun::State state)
{
    switch (state) {
    case HostRun::State::Pending: return QStringLiteral("pending");
    case HostRun::State::Connecting: return QStringLiteral("connecting");
    case HostRun::State::Running: return QStringLiteral("running");
    case HostRun::State::Done: return QStringLiteral("done");
    case HostRun::State::Failed: return QStringLiteral("failed");
    case HostRun::State::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString stepKey(SshStep step)
{
    switch (step) {
    case SshStep::Resolve: return QStringLiteral("resolve");
    case SshStep::Connect: return QStringLiteral("connect");
    case SshStep::HostKey: return QStringLiteral("host-key");
    case SshStep::Authenticate: return QStringLiteral("authenticate");
    case SshStep::Channel: return QStringLiteral("channel");
    case SshStep::Session: return QStringLiteral("session");
    }
    return {};
}

QJsonObject hostObject(const SshTarget &target, const HostRun &run)
{
    QJsonObject object{{QStringLiteral("host"), target.endpoint.name},
                       {QStringLiteral("address"), target.endpoint.host},
                       {QStringLiteral("port"), target.endpoint.port},
                       {QStringLiteral("ok"), run.succeeded()},
                       {QStringLiteral("state"), stateKey(run.state)},
                       {QStringLiteral("duration_ms"), run.durationMs},
                       {QStringLiteral("stdout"), QString::fromUtf8(run.out)},
                       {QStringLiteral("stderr"), QString::fromUtf8(run.err)}};
    if (run.hasExitStatus)
        object.insert(QStringLiteral("exit_status"), run.exitStatus);
    if (!run.exitSignal.isEmpty())
        object.insert(QStringLiteral("exit_signal"), run.exitSignal);
    if (run.state == HostRun::State::Failed) {
        object.insert(QStringLiteral("step"), stepKey(run.failure.step));
        object.insert(QStringLiteral("error"), run.failure.message());
    }
    return object;
}

QList<QJsonObject> hostObjects(const CommandRunner &runner)
{
    QList<QJsonObject> hosts;
    hosts.reserve(runner.size());
    for (int i = 0; i < runner.size(); ++i)
        hosts << hostObject(runner.target(i), runner.result(i));
    return hosts;
}

QByteArray jsonLines(const QList<QJsonObject> &hosts)
{
    QByteArray bytes;
    for (const QJsonObject &host : hosts)
        bytes += QJsonDocument(host).toJson(QJsonDocument::Compact) + '\n';
    return bytes;
}

QByteArray jsonArray(const QList<QJsonObject> &hosts)
{
    QJsonArray array;
    for (const QJsonObject &host : hosts)
        array << host;
    return QJsonDocument(array).toJson();
}

QByteArray csv(const QList<QJsonObject> &hosts)
{
    const QStringList keys = columns();
    QByteArray bytes = keys.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const QJsonObject &host : hosts) {
        QStringList fields;
        for (const QString &key : keys) {
            const QJsonValue value = host.value(key);
            if (value.isBool())
                fields << (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            else if (value.isDouble())
                fields << QString::number(value.toInteger());
            else
                fields << spreadsheetSafeCsvField(value.toString()); // absent: an empty cell
        }
        bytes += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return bytes;
}

} // namespace wb::RunReport
