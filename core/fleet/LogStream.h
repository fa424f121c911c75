#pragma once

#include "core/fleet/LogParser.h"
#include "core/fleet/LogQuery.h"
#include "core/ssh/CommandRunner.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

namespace wb {

class SshPool;

// Logs from one or more hosts over the SSH engine (one exec channel each,
// from the pool when it keeps one), merged by time: following, lines are
// held for a moment and let out in time order every `mergeWindowMs`; not
// following, all of them in time order when every host is done. Output is
// never kept beyond that (RunSpec::keepOutput off): a chatty host costs
// time, not memory. A host's own words on stderr ("needs root", "no such
// file") come as notices.
class LogStream : public QObject
{
    Q_OBJECT
public:
    static constexpr int mergeWindowMs = 200;

    LogStream(QList<SshTarget> targets, LogQuery query, QObject *parent = nullptr);
    ~LogStream() override;

    void setPool(SshPool *pool) { m_pool = pool; }
    void setUnknownKeys(RunSpec::UnknownKeys unknownKeys) { m_unknownKeys = unknownKeys; }
    // sudo's password (LogQuery::sudo): sent on the channel's stdin, never kept elsewhere.
    void setSudoPassword(const QString &password) { m_sudoPassword = password; }
    void setWorkerNice(int nice) { m_workerNice = nice; }

    void start();
    // Ends every channel; finished() follows.
    void stop();
    bool isRunning() const { return m_runner && !m_runner->isFinished(); }
    const LogQuery &query() const { return m_query; }
    const QList<SshTarget> &targets() const { return m_targets; }
    qint64 linesReceived() const { return m_received; }

Q_SIGNALS:
    // In time order within the batch; only lines the query keeps.
    void linesArrived(const QList<wb::LogLine> &lines);
    void hostNotice(const QString &host, const QString &text);
    void hostFailed(const QString &host, const QString &error);
    void finished();

private:
    void onData(int index, const QByteArray &data, bool isStderr);
    void onHostChanged(int index);
    void release();
    void noticeFrom(int index, const QByteArray &stderrLine);

    QList<SshTarget> m_targets;
    LogQuery m_query;
    SshPool *m_pool = nullptr;
    RunSpec::UnknownKeys m_unknownKeys = RunSpec::UnknownKeys::Reject;
    QString m_sudoPassword;
    int m_workerNice = 0;
    QPointer<CommandRunner> m_runner;
    std::vector<std::unique_ptr<LogParser>> m_parsers;
    std::vector<QByteArray> m_stderr;   // per host: an unfinished stderr line
    std::vector<bool> m_ended;
    QList<LogLine> m_held;
    QTimer m_release;
    qint64 m_received = 0;
    bool m_stopping = false;
};

} // namespace wb
