#include "models/files/TransferQueueModel.h"

#include "models/files/RemoteFolderModel.h"
#include "models/fleet/CapacityModel.h" // dataSize

#include <QFileInfo>
#include <QIcon>

namespace wb {

namespace {

constexpr qint64 windowMsecs = 5000;

bool isActiveState(TransferQueueModel::State state)
{
    return state == TransferQueueModel::State::Waiting || state == TransferQueueModel::State::Running
           || state == TransferQueueModel::State::Asking;
}

} // namespace

void TransferRate::add(qint64 msecs, qint64 bytes)
{
    if (!m_samples.empty() && bytes < m_samples.back().bytes)
        m_samples.clear(); // counted again from the start (a resumed file): the old samples mean nothing now
    m_samples.push_back({msecs, bytes});
    while (m_samples.size() > 2 && msecs - m_samples.front().msecs > windowMsecs)
        m_samples.pop_front();
}

double TransferRate::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const qint64 span = m_samples.back().msecs - m_samples.front().msecs;
    if (span < 250)
        return 0;
    return double(m_samples.back().bytes - m_samples.front().bytes) * 1000.0 / double(span);
}

qint64 TransferRate::secondsFor(qint64 left) const
{
    const double rate = bytesPerSecond();
    if (rate <= 0 || left < 0)
        return -1;
    return qint64(double(left) / rate + 0.999);
}

TransferQueueModel::TransferQueueModel(QObject *parent) : QAbstractTableModel(parent) {}

void TransferQueueModel::add(int id, bool upload, const QString &what, const QString &destination)
{
    const int active = activeCount();
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    Row row;
    row.id = id;
    row.upload = upload;
    row.what = what;
    row.destination = destination;
    m_rows.append(row);
    endInsertRows();
    if (activeCount() != active)
        Q_EMIT activeCountChanged(activeCount());
}

void TransferQueueModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TransferQueueModel::setProgress(int id, const QString &file, qint64 jobDone, qint64 jobKnown, qint64 msecs)
{
    const int at = rowOf(id);
    if (at < 0 || !isActiveState(m_rows[at].state))
        return;
    Row &row = m_rows[at];
    if (row.state == State::Waiting)
        row.state = State::Running;
    row.file = file;
    row.done = jobDone;
    row.known = std::max(jobKnown, jobDone);
    row.rate.add(msecs, jobDone);
    changed(at);
}

void TransferQueueModel::addItem(int id, const TransferItem &item)
{
    const int at = rowOf(id);
    if (at < 0)
        return;
    Row &row = m_rows[at];
    if (row.state == State::Waiting)
        row.state = State::Running;
    if (item.result == TransferItem::Result::Failed)
        row.failures << tr("%1: %2").arg(RemoteFolderModel::shownName(item.source.toUtf8()), item.error);
    else if (item.kind != TransferItem::Kind::Folder)
        ++(item.result == TransferItem::Result::Copied ? row.copied : row.skipped);
    changed(at);
}

void TransferQueueModel::setAsking(int id, bool asking)
{
    const int at = rowOf(id);
    if (at < 0 || !isActiveState(m_rows[at].state))
        return;
    m_rows[at].state = asking ? State::Asking : State::Running;
    if (asking)
        m_rows[at].rate.reset(); // the wait is not a slow transfer
    changed(at);
}

void TransferQueueModel::setCancelling(int id)
{
    const int at = rowOf(id);
    if (at < 0 || !isActiveState(m_rows[at].state))
        return;
    m_rows[at].cancelling = true;
    changed(at);
}

void TransferQueueModel::finish(int id, bool ok)
{
    const int at = rowOf(id);
    if (at < 0 || !isActiveState(m_rows[at].state))
        return;
    Row &row = m_rows[at];
    // A cancel that came after the last file was done changed nothing.
    row.state = ok && row.failures.isEmpty() ? State::Done : row.cancelling ? State::Cancelled : State::Failed;
    row.file.clear();
    changed(at);
    Q_EMIT activeCountChanged(activeCount());
}

void TransferQueueModel::abandonAll(const QString &why)
{
    bool any = false;
    for (int at = 0; at < m_rows.size(); ++at) {
        Row &row = m_rows[at];
        if (!isActiveState(row.state))
            continue;
        row.failures << why;
        row.state = State::Failed;
        row.file.clear();
        any = true;
        changed(at);
    }
    if (any)
        Q_EMIT activeCountChanged(0);
}

void TransferQueueModel::removeFinished()
{
    for (int at = int(m_rows.size()) - 1; at >= 0; --at) {
        if (isActiveState(m_rows[at].state))
            continue;
        beginRemoveRows({}, at, at);
        m_rows.removeAt(at);
        endRemoveRows();
    }
}

int TransferQueueModel::rowOf(int id) const
{
    for (int at = 0; at < m_rows.size(); ++at) {
        if (m_rows[at].id == id)
            return at;
    }
    return -1;
}

int TransferQueueModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

TransferQueueModel::State TransferQueueModel::state(int id) const
{
    const int at = rowOf(id);
    return at < 0 ? State::Failed : m_rows[at].state;
}

bool TransferQueueModel::isActive(int id) const
{
    const int at = rowOf(id);
    return at >= 0 && isActiveState(m_rows[at].state);
}

int TransferQueueModel::activeCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return isActiveState(row.state); }));
}

QStringList TransferQueueModel::failures(int id) const
{
    const int at = rowOf(id);
    return at < 0 ? QStringList() : m_rows[at].failures;
}

QString TransferQueueModel::summary(int id) const
{
    const int at = rowOf(id);
    if (at < 0)
        return {};
    const Row &row = m_rows[at];
    QStringList parts;
    parts << (row.upload ? tr("%n file(s) uploaded", nullptr, row.copied) : tr("%n file(s) downloaded", nullptr, row.copied));
    if (row.skipped > 0)
        parts << tr("%n skipped", nullptr, row.skipped);
    if (!row.failures.isEmpty())
        parts << tr("%n failed", nullptr, int(row.failures.size()));
    return parts.join(QLatin1String(", "));
}

QString TransferQueueModel::durationText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds >= 3600)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString TransferQueueModel::statusText(const Row &row) const
{
    switch (row.state) {
    case State::Waiting: return row.cancelling ? tr("Cancelling…") : tr("Waiting");
    case State::Asking: return tr("Waiting for your answer");
    case State::Running:
        if (row.cancelling)
            return tr("Cancelling…");
        return row.file.isEmpty() ? tr("Working…")
                                  : tr("Copying %1").arg(RemoteFolderModel::shownName(QFileInfo(row.file).fileName().toUtf8()));
    case State::Done: return summary(row.id);
    case State::Cancelled: return tr("Cancelled") + QStringLiteral(" (") + summary(row.id) + QLatin1Char(')');
    case State::Failed: return summary(row.id) + QStringLiteral(": ") + row.failures.value(0);
    }
    return {};
}

int TransferQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransferQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool running = row.state == State::Running && !row.cancelling;
    switch (role) {
    case IdRole: return row.id;
    case StateRole: return int(row.state);
    case ProgressRole:
        if (row.state == State::Done)
            return 1000;
        return row.known > 0 ? int(row.done * 1000 / row.known) : -1;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !row.failures.isEmpty())
            return row.failures.join(QLatin1Char('\n'));
        if (index.column() == NameColumn)
            return (row.upload ? tr("Upload to %1") : tr("Download to %1")).arg(row.destination);
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return QIcon(row.upload ? QStringLiteral(":/icons/upload.svg") : QStringLiteral(":/icons/download.svg"));
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn: return row.what;
        case ProgressColumn:
            return row.known > 0 ? tr("%1 of %2").arg(CapacityModel::dataSize(row.done), CapacityModel::dataSize(row.known))
                                 : QString();
        case SpeedColumn: {
            const double rate = row.rate.bytesPerSecond();
            return running && rate > 0 ? tr("%1/s").arg(CapacityModel::dataSize(qint64(rate))) : QString();
        }
        case TimeLeftColumn: return running ? durationText(row.rate.secondsFor(row.known - row.done)) : QString();
        case StatusColumn: return statusText(row);
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant TransferQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Transfer");
    case ProgressColumn: return tr("Progress");
    case SpeedColumn: return tr("Speed");
    case TimeLeftColumn: return tr("Time left");
    case StatusColumn: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

} // namespace wb
