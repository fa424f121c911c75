#include "core/tickets/PriorityMatrix.h"

#include "core/tickets/Ticket.h"

#include <QStringList>

#include <algorithm>

namespace wb {

PriorityMatrix::PriorityMatrix()
    : m_cells{{{1, 1, 2, 2, 2}, {1, 2, 2, 3, 3}, {2, 2, 3, 4, 4}, {2, 3, 4, 4, 5}, {2, 3, 4, 5, 5}}}
{
}

int PriorityMatrix::priority(int urgency, int impact) const
{
    const int row = std::clamp(urgency, minLevel, maxLevel) - 1;
    const int column = std::clamp(impact, minLevel, maxLevel) - 1;
    return m_cells[size_t(row)][size_t(column)];
}

bool PriorityMatrix::set(int urgency, int impact, int priority, QString *error)
{
    auto inRange = [](int v) { return v >= minLevel && v <= maxLevel; };
    if (!inRange(urgency) || !inRange(impact) || !inRange(priority)) {
        if (error)
            *error = tr("Urgency, impact and priority go from %1 to %2.").arg(minLevel).arg(maxLevel);
        return false;
    }
    m_cells[size_t(urgency - 1)][size_t(impact - 1)] = priority;
    return true;
}

QString PriorityMatrix::toString() const
{
    QStringList rows;
    for (const auto &row : m_cells) {
        QStringList cells;
        for (int cell : row)
            cells << QString::number(cell);
        rows << cells.join(QLatin1Char(','));
    }
    return rows.join(QLatin1Char(';'));
}

bool PriorityMatrix::fromString(const QString &text, PriorityMatrix *matrix, QString *error)
{
    const QStringList rows = text.split(QLatin1Char(';'));
    PriorityMatrix parsed;
    bool ok = rows.size() == maxLevel;
    for (int u = 0; ok && u < maxLevel; ++u) {
        const QStringList cells = rows.at(u).split(QLatin1Char(','));
        ok = cells.size() == maxLevel;
        for (int i = 0; ok && i < maxLevel; ++i) {
            const int value = cells.at(i).trimmed().toInt(&ok);
            ok = ok && parsed.set(u + 1, i + 1, value);
        }
    }
    if (!ok) {
        if (error)
            *error = tr("A priority matrix is five rows of five levels from 1 to 5.");
        return false;
    }
    *matrix = parsed;
    return true;
}

} // namespace wb
