#include "models/run/RunGroupsModel.h"

#include "core/ssh/CommandRunner.h"
#include "core/text/NameRanges.h"

#include <QHash>

namespace wb {

RunGroupsModel::RunGroupsModel(CommandRunner *runner, QObject *parent)
    : QAbstractListModel(parent), m_runner(runner)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(200);
    connect(&m_coalesce, &QTimer::timeout, this, &RunGroupsModel::rebuild);
    connect(runner, &CommandRunner::hostChanged, this, [this] {
        m_stale = true;
        if (m_followed && !m_coalesce.isActive())
            m_coalesce.start();
    });
    connect(runner, &CommandRunner::finished, this, &RunGroupsModel::rebuild);
}

void RunGroupsModel::setFollowed(bool followed)
{
    m_followed = followed;
    if (followed && m_stale)
        rebuild();
}

void RunGroupsModel::rebuild()
{
    m_coalesce.stop();
    m_stale = false;
    QList<Group> groups;
    QHash<QString, qsizetype> byKey;
    for (int i = 0; i < m_runner->size(); ++i) {
        const HostRun &run = m_runner->result(i);
        QString key;
        Group group;
        if (run.state == HostRun::State::Done) {
            group.output = QString::fromUtf8(run.out + run.err);
            group.failed = !run.succeeded();
            if (group.failed)
                group.output += tr("[exit status %1]").arg(run.hasExitStatus ? QString::number(run.exitStatus) : run.exitSignal);
            key = QStringLiteral("done:") + group.output;
        } else if (run.state == HostRun::State::Failed) {
            group.output = SshFailure::stepName(run.failure.step) + QStringLiteral(": ") + run.failure.reason;
            group.failed = true;
            key = QStringLiteral("failed:") + group.output;
        } else {
            continue; // still going, or cancelled: nothing to compare yet
        }
        const auto found = byKey.constFind(key);
        if (found == byKey.constEnd()) {
            byKey.insert(key, groups.size());
            group.hosts << m_runner->target(i).endpoint.name;
            groups << group;
        } else {
            groups[*found].hosts << m_runner->target(i).endpoint.name;
        }
    }
    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        return a.hosts.size() > b.hosts.size();
    });
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

int RunGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

QVariant RunGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group &group = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString first = group.output.section(QLatin1Char('\n'), 0, 0).trimmed();
        if (first.isEmpty())
            first = tr("(no output)");
        return tr("%Ln host(s): %1", nullptr, int(group.hosts.size())).arg(first);
    }
    case Qt::ToolTipRole:
        return foldNames(group.hosts);
    case OutputRole:
        return group.output;
    case HostsRole:
        return group.hosts;
    case FailedRole:
        return group.failed;
    default:
        return {};
    }
}

} // namespace wb
