#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace wb {

// The children of one kind (groups or hosts) under one parent: ids kept in
// name order, with lookup by name. Order is nameLess (only A-Z fold, as
// SQLite's NOCASE), for loaded and inserted entries alike.
class SortedNameList
{
public:
    const QList<qint64> &ids() const { return m_ids; }
    qint64 find(const QString &name) const { return m_byName.value(name, 0); }

    // Loading: entries in any order, then sortLoaded() once.
    void append(qint64 id, const QString &name);
    // Puts appended entries in name order (ties by id, as they were made).
    void sortLoaded();
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
