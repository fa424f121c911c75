#pragma once

#include "core/fleet/LogLine.h"

#include <QAbstractTableModel>
#include <QRegularExpression>

#include <deque>
#include <memory>

namespace wb {

// A log tab's lines: a ring of at most `capacity` lines in time order (the
// oldest go when more come, so a chatty host never grows memory), of which
// those passing the filter (priority, unit, regular expression) are the rows.
// Lines come batch by batch (LogStream); most belong at the end, and one
// that comes late (a slower host) is put where its time says. A filter
// change re-reads the ring. Everything shown goes through LogText::visible.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, HostColumn, PriorityColumn, UnitColumn, MessageColumn, ColumnCount };
    static constexpr int defaultCapacity = 100000;

    explicit LogModel(QObject *parent = nullptr);

    void setCapacity(int lines);
    int capacity() const { return m_capacity; }
    void append(const QList<LogLine> &lines);
    void clear();

    struct Filter
    {
        int priority = -1;          // this and more important; lines without one pass
        QString unit;               // a part of the unit, any case
        QRegularExpression pattern; // on the message; empty or invalid: all
        bool operator==(const Filter &other) const
        {
            return priority == other.priority && unit == other.unit && pattern == other.pattern;
        }
    };
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    bool passes(const LogLine &line) const;

    // Lines in the ring, and how many left it because it was full.
    int lineCount() const { return int(m_all.size()); }
    qint64 droppedCount() const { return m_dropped; }
    const LogLine &line(int row) const { return *m_rows.at(size_t(row)); }
    // The row's text as werkbank-cli logs prints it (LogText::line).
    QString lineText(int row) const;
    // The next row from `from` (exclusive) in `direction` (+1, -1) whose message, unit or host contains `text`; -1 if none.
    int find(const QString &text, int from, int direction) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void insertRow(size_t at, const LogLine *line);
    void rebuildRows();

    std::deque<std::unique_ptr<LogLine>> m_all; // the ring, oldest first (each line stays where it is in memory)
    std::deque<const LogLine *> m_rows;         // the passing ones, in the same order
    Filter m_filter;
    int m_capacity = defaultCapacity;
    qint64 m_dropped = 0;
};

} // namespace wb
