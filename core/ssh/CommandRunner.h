#pragma once

#include "core/ssh/SshEvents.h"
#include "core/ssh/SshTarget.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <vector>

class QThread;
class QTimer;

namespace wb {

class CommandRunner;
class CredentialStore;
class SshPool;
class SshWorker;

struct RunSpec
{
    QString command;            // run with exec, or:
    QByteArray script;          // sent on stdin to `sh -s` (never pasted into a command line)
    QByteArray input;           // with a command: sent on its stdin, then end of input (data, never a command line)
    // The caller writes stdin itself (sendInput, endInput), as the command asks
    // for it: a privileged helper that must say it is ready before it is told anything.
    bool inputByCaller = false;
    int concurrency = 64;
    int hostTimeoutMs = 60000;  // per host, connect to exit; user decisions do not count; 0: none (a stream that follows)
    // false: output only passes through dataArrived and is not kept in HostRun
    // (a stream that never ends must not grow memory).
    bool keepOutput = true;
    // What the run is called in its tab and the work log instead of its
    // command ("apply updates"), and what the work log adds once it is done.
    QString title;
    std::function<QString(const CommandRunner &)> workLogNote;
    int threads = 2;            // worker threads that share all the sessions
    enum class UnknownKeys { Ask, Reject, AcceptNew };
    UnknownKeys unknownKeys = UnknownKeys::Ask;
    bool useKeychain = true;    // passwords only from the keychain: a run never prompts per host
};

// The user's answer to one host-key question: bound to the host, the hop on
// its way and the exact key that was shown, never to a position in a list.
struct HostKeyAnswer
{
    int host = -1;              // the runner's index of the target
    int hop = 0;
    QByteArray keyBlob;         // HostKeyQuestion::key.blob as shown
    bool accepted = false;
};

struct HostRun
{
    Q_DECLARE_TR_FUNCTIONS(wb::HostRun)
public:
    enum class State { Pending, Connecting, Running, Done, Failed, Cancelled };
    State state = State::Pending;
    bool hasExitStatus = false;
    int exitStatus = -1;
    QString exitSignal;
    QByteArray out;
    QByteArray err;
    qint64 durationMs = 0;
    SshFailure failure;         // when Failed
    bool unknownHostKey = false; // the host presented a key known_hosts does not list

    // Ran to the end with exit status 0.
    bool succeeded() const { return state == State::Done && hasExitStatus && exitStatus == 0; }
    static QString stateName(State state);
};

// Runs one command or script on many hosts: every session is an SshWorker,
// and all of them share a small, fixed set of worker threads (event-driven,
// not a thread per host). At most `concurrency` hosts are in flight.
class CommandRunner : public QObject
{
    Q_OBJECT
public:
    CommandRunner(QList<SshTarget> targets, RunSpec spec, QObject *parent = nullptr);
    ~CommandRunner() override;

    // Connections come from the pool when it holds one for a host, and go back
    // to it when the host is done. Set before start(); the pool must outlive the runner.
    void setPool(SshPool *pool) { m_pool = pool; }
    // The nice value of the run's own threads (before start(); Linux). The
    // window's runs are bulk work beside its event loop and open terminals
    // (SshWorkFactory sets 19); werkbank-cli's run has the machine to itself.
    void setWorkerNice(int nice) { m_workerNice = nice; }

    void start();
    void cancel(int index);
    void cancelAll();
    // With RunSpec::inputByCaller: more of a running host's stdin, and its end.
    void sendInput(int index, const QByteArray &data);
    void endInput(int index);

    int size() const { return int(m_targets.size()); }

    const RunSpec &spec() const { return m_spec; }
    const SshTarget &target(int index) const { return m_targets.at(index); }
    const HostRun &result(int index) const { return m_results.at(index); }
    bool isFinished() const { return m_finished; }
    // Hosts that ran on a pooled connection, without a new handshake.
    int reusedCount() const { return m_reusedCount; }

    struct Counts { int ok = 0; int failed = 0; int running = 0; int pending = 0; };
    Counts counts() const;

    // Unknown host keys wait here (RunSpec::UnknownKeys::Ask) and are announced
    // together by hostKeysPending().
    const QList<HostKeyQuestion> &pendingHostKeys() const { return m_pendingKeys; }
    // The host (index) each pending question belongs to, in the same order.
    const QList<int> &pendingHostKeyHosts() const { return m_pendingKeyHosts; }
    // Answers the questions named (by host, hop and key). An answer whose question
    // is gone (the host dropped out) or was about another key changes nothing.
    // Questions that came in while the user decided stay pending and are
    // announced again.
    void answerHostKeys(const QList<HostKeyAnswer> &answers, bool save);

Q_SIGNALS:
    void hostChanged(int index);
    // New output from a host, now at the end of result(index).out or .err
    // (unless RunSpec::keepOutput is off).
    void outputReceived(int index, bool isStderr);
    // The same output, as it came.
    void dataArrived(int index, const QByteArray &data, bool isStderr);
    void hostKeysPending();
    // A host whose key question was pending stopped waiting (it failed or was cancelled).
    void hostKeyWithdrawn(int index);
    void finished();

private:
    struct Slot
    {
        SshWorker *worker = nullptr;
        QTimer *timeout = nullptr;
        QElapsedTimer clock;
        bool reused = false;
    };

    void launchMore();
    void launch(int index, bool mayReuse = true);
    QThread *threadFor(int index);
    void onDone(int index, const SshOutcome &outcome);
    void release(int index, bool launchNext = true);
    void setState(int index, HostRun::State state);
    void stopThreads();
    void checkFinished();

    QList<SshTarget> m_targets;
    RunSpec m_spec;
    QList<HostRun> m_results;
    std::vector<Slot> m_slots;
    std::vector<QThread *> m_threads;
    CredentialStore *m_credentials;
    SshPool *m_pool = nullptr;
    int m_workerNice = 0;
    QTimer *m_keyDebounce;
    QList<HostKeyQuestion> m_pendingKeys;
    QList<int> m_pendingKeyHosts;
    int m_next = 0;
    int m_reusedCount = 0;
    int m_active = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace wb
