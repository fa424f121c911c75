#pragma once

#include "core/fleet/FactsScript.h"
#include "core/fleet/HostFacts.h"
#include "core/ssh/CommandRunner.h"
#include "core/ssh/SshTarget.h"

#include <QObject>

#include <memory>
#include <vector>

namespace wb {

class SshPool;

// Gathers facts from many hosts, as a run is: the facts script on each host
// over SSH (sent on stdin), hosts that share a backup check in one
// CommandRunner, the runners side by side; each answer parsed as it comes.
// For werkbank-cli facts and the window alike.
class FactsGatherer : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        SshTarget ssh;
        BackupCheck backup;
    };
    struct Result
    {
        bool done = false;
        bool ok = false;
        HostFacts facts;       // when ok
        QString error;         // when not: why, in words
        bool unknownHostKey = false;
    };

    // spec: concurrency (shared by all), timeouts, host-key policy; its script is set here.
    FactsGatherer(QList<Target> targets, RunSpec spec, QObject *parent = nullptr);
    ~FactsGatherer() override;

    void setPool(SshPool *pool) { m_pool = pool; }
    // The nice value of the runners' threads (CommandRunner::setWorkerNice).
    void setWorkerNice(int nice) { m_workerNice = nice; }
    void start();

    int size() const { return int(m_targets.size()); }
    const Target &target(int index) const { return m_targets.at(index); }
    const Result &result(int index) const { return m_results.at(index); }
    int doneCount() const { return m_done; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void gathered(int index);
    void finished();

private:
    struct Batch
    {
        std::unique_ptr<CommandRunner> runner;
        QList<int> indexes; // the gatherer's index of each runner host
    };
    void onHostChanged(Batch *batch, int runnerIndex);

    QList<Target> m_targets;
    QList<Result> m_results;
    RunSpec m_spec;
    SshPool *m_pool = nullptr;
    int m_workerNice = 0;
    std::vector<std::unique_ptr<Batch>> m_batches;
    int m_done = 0;
    int m_runnersLeft = 0;
    bool m_finished = false;
};

} // namespace wb
