#include "core/fleet/FactsGatherer.h"

#include <QCoreApplication>
#include <QMap>

namespace wb {

FactsGatherer::FactsGatherer(QList<Target> targets, RunSpec spec, QObject *parent)
    : QObject(parent), m_targets(std::move(targets)), m_spec(std::move(spec))
{
    m_results.resize(m_targets.size());
}

FactsGatherer::~FactsGatherer() = default;

void FactsGatherer::start()
{
    // One runner per backup check: the script differs only there.
    QMap<QString, QList<int>> byCheck;
    for (int i = 0; i < m_targets.size(); ++i)
        byCheck[m_targets.at(i).backup.stored()].append(i);
    const int batches = std::max<int>(1, int(byCheck.size()));
    for (auto it = byCheck.cbegin(); it != byCheck.cend(); ++it) {
        auto batch = std::make_unique<Batch>();
        batch->indexes = it.value();
        QList<SshTarget> ssh;
        for (int i : it.value())
            ssh.append(m_targets.at(i).ssh);
        RunSpec spec = m_spec;
        spec.command.clear();
        spec.script = FactsScript::script(m_targets.at(it.value().first()).backup);
        spec.concurrency = std::max(1, m_spec.concurrency / batches);
        batch->runner = std::make_unique<CommandRunner>(ssh, spec);
        if (m_pool)
            batch->runner->setPool(m_pool);
        if (m_workerNice != 0)
            batch->runner->setWorkerNice(m_workerNice);
        Batch *raw = batch.get();
        connect(raw->runner.get(), &CommandRunner::hostChanged, this, [this, raw](int index) { onHostChanged(raw, index); });
        connect(raw->runner.get(), &CommandRunner::finished, this, [this] {
            if (--m_runnersLeft == 0 && !m_finished) {
                m_finished = true;
                Q_EMIT finished();
            }
        });
        m_batches.push_back(std::move(batch));
    }
    m_runnersLeft = int(m_batches.size());
    if (m_batches.empty()) {
        m_finished = true;
        Q_EMIT finished();
        return;
    }
    for (const auto &batch : m_batches)
        batch->runner->start();
}

void FactsGatherer::onHostChanged(Batch *batch, int runnerIndex)
{
    const HostRun &run = batch->runner->result(runnerIndex);
    if (run.state != HostRun::State::Done && run.state != HostRun::State::Failed && run.state != HostRun::State::Cancelled)
        return;
    const int index = batch->indexes.at(runnerIndex);
    Result &result = m_results[index];
    if (result.done)
        return;
    result.done = true;
    ++m_done;
    if (run.state == HostRun::State::Done && !run.out.isEmpty()) {
        result.ok = true;
        result.facts = FactsParser::parse(run.out, QDateTime::currentDateTimeUtc());
    } else if (run.state == HostRun::State::Failed) {
        result.error = run.failure.message();
        result.unknownHostKey = run.unknownHostKey;
    } else if (run.state == HostRun::State::Cancelled) {
        result.error = QCoreApplication::translate("wb::FactsGatherer", "cancelled");
    } else {
        result.error = QCoreApplication::translate("wb::FactsGatherer", "the facts script printed nothing (exit status %1): %2")
                           .arg(run.exitStatus)
                           .arg(QString::fromUtf8(run.err.left(300)).trimmed());
    }
    Q_EMIT gathered(index);
}

} // namespace wb
