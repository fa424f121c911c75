#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace wb {

// The children of one kind (groups or hosts) under one parent: ids kept in
// name order, with lookup by name. Order is SQLite's NOCASE (only A-Z fold),
// the order a workspace loads in, so loaded and inserted entries agree.
class SortedNameList
{
public:
    const QList<qint64> &ids() const { return m_ids; }
    qint64 find(const QString &name) const { return m_byName.value(name, 0); }

    // For entries that arrive already in order (loading).
    void append(qint64 id, const QString &name);
    // A binary search: imports add thousands of hosts to one group.
    void insert(qint64 id, const QString &name);
    void remove(qint64 id);

    // Makes the lists this one's own (see InventoryTables::independentCopy).
    void detach()
    {
        m_ids.detach();
        m_names.detach();
        m_byName.detach();
    }

    static bool nameLess(const QString &a, const QString &b);

private:
    QList<qint64> m_ids;
    QList<QString> m_names;  // parallel to m_ids; shares the strings' data
    QHash<QString, qint64> m_byName;
};

} // namespace wb
