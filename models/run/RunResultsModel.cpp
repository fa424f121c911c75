#include "models/run/RunResultsModel.h"

#include "core/ssh/CommandRunner.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace wb {

namespace {

QString firstLine(const QByteArray &bytes)
{
    const int end = bytes.indexOf('\n');
    return QString::fromUtf8(end < 0 ? bytes : bytes.left(end)).trimmed();
}

} // namespace

RunResultsModel::RunResultsModel(CommandRunner *runner, QObject *parent)
    : QAbstractTableModel(parent), m_runner(runner)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(100);
    connect(&m_coalesce, &QTimer::timeout, this, &RunResultsModel::flush);
    connect(runner, &CommandRunner::hostChanged, this, [this](int row) {
        m_firstDirty = m_firstDirty < 0 ? row : std::min(m_firstDirty, row);
        m_lastDirty = std::max(m_lastDirty, row);
        if (!m_coalesce.isActive())
            m_coalesce.start();
    });
    connect(runner, &CommandRunner::finished, this, &RunResultsModel::flush);
}

void RunResultsModel::flush()
{
    m_coalesce.stop();
    if (m_firstDirty < 0)
        return;
    const int first = m_firstDirty;
    const int last = m_lastDirty;
    m_firstDirty = m_lastDirty = -1;
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int RunResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_runner->size();
}

int RunResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HostRun &run = m_runner->result(index.row());
    const bool failed = run.state == HostRun::State::Failed || run.state == HostRun::State::Cancelled
                        || (run.state == HostRun::State::Done && !run.succeeded());
    switch (role) {
    case SucceededRole:
        return run.succeeded();
    case FailedRole:
        return failed;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && failed)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (index.column() == StateColumn && run.succeeded())
            return QBrush(QColor(0x1e, 0x7a, 0x34));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ExitColumn || index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == OutputColumn && run.state == HostRun::State::Failed)
            return run.failure.message();
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case HostColumn:
        return m_runner->target(index.row()).endpoint.name;
    case StateColumn:
        return HostRun::stateName(run.state);
    case ExitColumn:
        if (!run.exitSignal.isEmpty())
            return run.exitSignal;
        return run.hasExitStatus ? QVariant(run.exitStatus) : QVariant();
    case DurationColumn:
        if (run.state == HostRun::State::Pending || run.durationMs == 0)
            return {};
        return tr("%1 s").arg(QLocale().toString(run.durationMs / 1000.0, 'f', 2));
    case OutputColumn:
        if (run.state == HostRun::State::Failed)
            return run.failure.reason;
        return firstLine(run.out.isEmpty() ? run.err : run.out);
    }
    return {};
}

QVariant RunResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HostColumn: return tr("Host");
    case StateColumn: return tr("State");
    case ExitColumn: return tr("Exit");
    case DurationColumn: return tr("Duration");
    case OutputColumn: return tr("Output");
    }
    return {};
}

} // namespace wb
