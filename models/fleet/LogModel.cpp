#include "models/fleet/LogModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace wb {

namespace {
const QColor errorColour(0xc6, 0x28, 0x28);
const QColor warningColour(0xb2, 0x6a, 0x00);
const QColor debugColour(0x75, 0x75, 0x75);
} // namespace

LogModel::LogModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void LogModel::setCapacity(int lines)
{
    m_capacity = std::max(1, lines);
    if (int(m_all.size()) > m_capacity) {
        beginResetModel();
        while (int(m_all.size()) > m_capacity) {
            m_all.pop_front();
            ++m_dropped;
        }
        rebuildRows();
        endResetModel();
    }
}

void LogModel::rebuildRows()
{
    m_rows.clear();
    for (const auto &line : m_all)
        if (passes(*line))
            m_rows.push_back(line.get());
}

bool LogModel::passes(const LogLine &line) const
{
    if (m_filter.priority >= 0 && line.priority > m_filter.priority)
        return false;
    if (!m_filter.unit.isEmpty() && !line.unit.contains(m_filter.unit, Qt::CaseInsensitive))
        return false;
    if (!m_filter.pattern.pattern().isEmpty() && m_filter.pattern.isValid() && !m_filter.pattern.match(line.message).hasMatch())
        return false;
    return true;
}

void LogModel::insertRow(size_t at, const LogLine *line)
{
    beginInsertRows({}, int(at), int(at));
    m_rows.insert(m_rows.begin() + qsizetype(at), line);
    endInsertRows();
}

void LogModel::append(const QList<LogLine> &lines)
{
    if (lines.isEmpty())
        return;
    const auto earlier = [](const QDateTime &time, const auto &line) { return time < line->time; };
    // Rows that belong at the end go in one insertion; a late one where its time says.
    std::vector<const LogLine *> atEnd;
    const auto flushAtEnd = [&] {
        if (atEnd.empty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(atEnd.size()) - 1);
        m_rows.insert(m_rows.end(), atEnd.begin(), atEnd.end());
        endInsertRows();
        atEnd.clear();
    };
    for (const LogLine &incoming : lines) {
        auto line = std::make_unique<LogLine>(incoming);
        const LogLine *raw = line.get();
        const bool shown = passes(*raw);
        if (m_all.empty() || raw->time >= m_all.back()->time) {
            m_all.push_back(std::move(line));
            if (shown)
                atEnd.push_back(raw);
            continue;
        }
        flushAtEnd();
        m_all.insert(std::upper_bound(m_all.begin(), m_all.end(), raw->time, earlier), std::move(line));
        if (shown)
            insertRow(size_t(std::upper_bound(m_rows.begin(), m_rows.end(), raw->time, earlier) - m_rows.begin()), raw);
    }
    flushAtEnd();

    // Over the ring's size: the oldest leave, and the rows that showed them in one removal.
    const qsizetype leaving = std::max<qsizetype>(0, qsizetype(m_all.size()) - m_capacity);
    if (leaving == 0)
        return;
    int rowsLeaving = 0;
    for (qsizetype i = 0; i < leaving; ++i)
        if (size_t(rowsLeaving) < m_rows.size() && m_rows[size_t(rowsLeaving)] == m_all[size_t(i)].get())
            ++rowsLeaving;
    if (rowsLeaving > 0) {
        beginRemoveRows({}, 0, rowsLeaving - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + rowsLeaving);
    }
    m_all.erase(m_all.begin(), m_all.begin() + leaving);
    m_dropped += leaving;
    if (rowsLeaving > 0)
        endRemoveRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_all.clear();
    endResetModel();
}

void LogModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuildRows();
    endResetModel();
}

QString LogModel::lineText(int row) const
{
    return LogText::line(line(row));
}

int LogModel::find(const QString &text, int from, int direction) const
{
    if (text.isEmpty() || m_rows.empty())
        return -1;
    const int count = int(m_rows.size());
    for (int step = 1; step <= count; ++step) {
        const int row = ((from + direction * step) % count + count) % count; // wraps around, as a find bar does
        const LogLine &l = *m_rows[size_t(row)];
        if (l.message.contains(text, Qt::CaseInsensitive) || l.unit.contains(text, Qt::CaseInsensitive) || l.host.contains(text, Qt::CaseInsensitive))
            return row;
    }
    return -1;
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const LogLine &l = *m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return l.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case HostColumn: return LogText::visible(l.host);
        case PriorityColumn: return LogPriority::displayName(l.priority);
        case UnitColumn: return LogText::visible(l.unit);
        case MessageColumn: return LogText::visible(l.message);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return l.time.toLocalTime().toString(Qt::ISODateWithMs);
        if (index.column() == MessageColumn && l.message.size() > 120)
            return LogText::visible(l.message);
        break;
    case Qt::ForegroundRole:
        if (l.priority >= 0 && l.priority <= 3)
            return QBrush(errorColour);
        if (l.priority == 4)
            return QBrush(warningColour);
        if (l.priority == 7)
            return QBrush(debugColour);
        break;
    case Qt::FontRole:
        if (l.priority >= 0 && l.priority <= 2) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case HostColumn: return tr("Host");
    case PriorityColumn: return tr("Priority");
    case UnitColumn: return tr("Unit");
    case MessageColumn: return tr("Message");
    }
    return {};
}

} // namespace wb
