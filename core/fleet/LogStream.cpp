#include "core/fleet/LogStream.h"

#include <algorithm>

namespace wb {

LogStream::LogStream(QList<SshTarget> targets, LogQuery query, QObject *parent)
    : QObject(parent), m_targets(std::move(targets)), m_query(std::move(query))
{
    m_release.setInterval(mergeWindowMs);
    connect(&m_release, &QTimer::timeout, this, &LogStream::release);
}

LogStream::~LogStream()
{
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancelAll();
    }
}

void LogStream::start()
{
    RunSpec spec;
    spec.command = QString::fromUtf8(m_query.remoteCommand(!m_sudoPassword.isEmpty()));
    if (m_query.sudo && !m_sudoPassword.isEmpty())
        spec.input = m_sudoPassword.toUtf8() + '\n';
    spec.keepOutput = false;
    spec.hostTimeoutMs = m_query.follow ? 0 : 120 * 1000;
    spec.concurrency = std::max<int>(1, int(m_targets.size()));
    spec.unknownKeys = m_unknownKeys;
    spec.useKeychain = true;
    const auto format = m_query.readsJournal() ? LogParser::Format::Journal : LogParser::Format::Text;
    for (const SshTarget &target : std::as_const(m_targets))
        m_parsers.push_back(std::make_unique<LogParser>(target.endpoint.name, format, m_query.file));
    m_stderr.assign(m_targets.size(), {});
    m_ended.assign(m_targets.size(), false);
    m_runner = new CommandRunner(m_targets, spec, this);
    m_runner->setPool(m_pool);
    m_runner->setWorkerNice(m_workerNice);
    connect(m_runner, &CommandRunner::dataArrived, this, &LogStream::onData);
    connect(m_runner, &CommandRunner::hostChanged, this, &LogStream::onHostChanged);
    connect(m_runner, &CommandRunner::finished, this, [this] {
        release();
        m_release.stop();
        Q_EMIT finished();
    });
    if (m_query.follow)
        m_release.start();
    m_runner->start();
}

void LogStream::stop()
{
    m_stopping = true;
    if (m_runner)
        m_runner->cancelAll();
}

void LogStream::onData(int index, const QByteArray &data, bool isStderr)
{
    if (isStderr) {
        QByteArray &pending = m_stderr[size_t(index)];
        pending += data;
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            noticeFrom(index, pending.left(end));
            pending.remove(0, end + 1);
        }
        if (pending.size() > LogParser::maxLineBytes)
            noticeFrom(index, std::exchange(pending, {}));
        return;
    }
    const QList<LogLine> lines = m_parsers[size_t(index)]->feed(data, QDateTime::currentDateTimeUtc());
    m_received += lines.size();
    for (const LogLine &line : lines)
        if (m_query.matches(line))
            m_held.append(line);
}

void LogStream::noticeFrom(int index, const QByteArray &stderrLine)
{
    const QString text = QString::fromUtf8(stderrLine).trimmed();
    if (text.isEmpty())
        return;
    const QString host = m_targets.at(index).endpoint.name;
    // journalctl as an ordinary login shows only that login's own entries, and says so.
    if (text.contains(QLatin1String("not seeing messages from other users"))) {
        Q_EMIT hostNotice(host, LogQuery::tr("needs root: only this login's own journal entries are shown "
                                             "(root, or the adm or systemd-journal group, sees them all; or use sudo)"));
        return;
    }
    if (text.startsWith(QLatin1String("Users in groups")) || text.startsWith(QLatin1String("Pass -q to turn off")))
        return; // the rest of that hint
    if (text.contains(QLatin1String("Permission denied")) && !m_query.sudo) {
        Q_EMIT hostNotice(host, LogQuery::tr("needs root: %1 (use sudo)").arg(LogText::visible(text)));
        return;
    }
    Q_EMIT hostNotice(host, LogText::visible(text));
}

void LogStream::onHostChanged(int index)
{
    const HostRun &run = m_runner->result(index);
    if (m_ended[size_t(index)])
        return;
    if (run.state != HostRun::State::Done && run.state != HostRun::State::Failed && run.state != HostRun::State::Cancelled)
        return;
    m_ended[size_t(index)] = true;
    if (!m_stderr[size_t(index)].isEmpty())
        noticeFrom(index, std::exchange(m_stderr[size_t(index)], {}));
    for (const LogLine &line : m_parsers[size_t(index)]->finish(QDateTime::currentDateTimeUtc()))
        if (m_query.matches(line))
            m_held.append(line);
    const QString host = m_targets.at(index).endpoint.name;
    if (run.state == HostRun::State::Failed) {
        Q_EMIT hostFailed(host, run.failure.message());
    } else if (run.state == HostRun::State::Done && run.hasExitStatus && run.exitStatus != 0 && !m_stopping) {
        if (run.exitStatus == 127 && m_query.readsJournal())
            Q_EMIT hostFailed(host, LogQuery::tr("this host has no journal (journalctl): read a file instead"));
        else
            Q_EMIT hostFailed(host, LogQuery::tr("the log command ended with exit status %1").arg(run.exitStatus));
    }
}

void LogStream::release()
{
    if (m_held.isEmpty())
        return;
    QList<LogLine> batch = std::exchange(m_held, {});
    std::stable_sort(batch.begin(), batch.end(), [](const LogLine &a, const LogLine &b) { return a.time < b.time; });
    Q_EMIT linesArrived(batch);
}

} // namespace wb
