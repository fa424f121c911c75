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
        m_rows.clear();
        for (const LogLine &line : m_all)
            if (passes(line))
                m_rows.push_back(&line);
        endResetModel();
    }
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

void LogModel::append(const QList<LogLine> &lines)
{
    if (lines.isEmpty())
        return;
    // More than the ring holds: only the newest count.
    const qsizetype skip = std::max<qsizetype>(0, lines.size() - m_capacity);
    m_dropped += skip;
    const qsizetype incoming = lines.size() - skip;
    // The oldest lines leave first; the rows that showed them go in one removal.
    const qsizetype leaving = std::max<qsizetype>(0, qsizetype(m_all.size()) + incoming - m_capacity);
    int rowsLeaving = 0;
    for (qsizetype i = 0; i < leaving; ++i)
        if (size_t(rowsLeaving) < m_rows.size() && m_rows[size_t(rowsLeaving)] == &m_all[size_t(i)])
            ++rowsLeaving;
    if (rowsLeaving > 0) {
        beginRemoveRows({}, 0, rowsLeaving - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + rowsLeaving);
    }
    m_all.erase(m_all.begin(), m_all.begin() + leaving);
    m_dropped += leaving;
    if (rowsLeaving > 0)
        endRemoveRows();

    std::vector<const LogLine *> passing;
    for (qsizetype i = skip; i < lines.size(); ++i) {
        m_all.push_back(lines.at(i)); // references into a deque stay valid when it grows at an end
        if (passes(m_all.back()))
            passing.push_back(&m_all.back());
    }
    if (!passing.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(passing.size()) - 1);
        m_rows.insert(m_rows.end(), passing.begin(), passing.end());
        endInsertRows();
    }
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
    m_rows.clear();
    for (const LogLine &line : m_all)
        if (passes(line))
            m_rows.push_back(&line);
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
