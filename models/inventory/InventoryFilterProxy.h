#pragma once

#include "core/inventory/InventoryTypes.h"
#include "models/inventory/InventoryFacts.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

#include <array>
#include <vector>
#include <QTimer>

namespace wb {

class InventoryModel;

// Filters the inventory tree. A host is shown when it matches every term of the
// text (in its name, address, tags, OS or kind) and, if kinds are chosen, is
// of one of them; a directory when every term matches its name, URL, base DN
// or kind ("kind:directory" shows only directories) and no host kinds are
// chosen; a group is shown when its name matches (then all its hosts and
// directories pass the text) or when something below it is shown.
//
// Terms may be qualified: "tag:prod", "os:debian", "kind:router",
// "name:web", "address:10.1.", "down:yes" (the last sweep found it down),
// facts compared ("updates:>0", "security:>0", "failed:>0", "disk:>90",
// "backup:>1d" with s/m/h/d/w, "reboot:yes", "full:<14d": a disk fills within
// 14 days by the capacity forecast), or with the UI language's keywords (Dutch
// "label:", "soort:", "naam:", "adres:"). Matching is case-insensitive.
//
// The visible set is computed in one pass over the inventory when the filter
// changes, not per row through data(): with 100,000 hosts that is the
// difference between milliseconds and a frozen window.
class InventoryFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InventoryFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setKinds(const QSet<HostKind> &kinds);  // empty: all kinds
    QSet<HostKind> kinds() const { return m_kinds; }
    void clear();
    bool isActive() const { return m_active; }
    int matchingHostCount() const { return m_matchingHosts; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Term {
        enum Field { Any, Name, Address, Tag, Os, Kind, Down, Fact } field = Any;
        // Fact: the fact and the comparison ("updates:>0", "disk:>=90", "backup:>1d", "reboot:yes").
        int fact = 0;            // InventoryFacts::Fact
        char op = '=';
        qint64 number = -1;      // -1: the value could not be read; nothing matches
        bool compare(qint64 value) const;
        bool wantDown = true;  // Down: "down:yes" or "down:no"
        QString text;
        // Built once per filter change: a case-insensitive matcher reused for
        // every host, and which kinds match (their names never change mid-run).
        QStringMatcher matcher;
        QByteArray asciiLower;  // set when the term is plain ASCII: a faster path
        bool contains(const QString &field) const;
        std::array<bool, 6> kindMatches{};
        std::array<bool, 3> directoryKindMatches{};  // per DirectoryKind
    };
    static void parseFactTerm(InventoryFacts::Fact fact, Term *term);
    void recompute();
    void refilter();
    bool hostMatches(const Host &host, bool textAlreadyMatched) const;
    bool termMatches(const Host &host, const Term &term) const;
    bool directoryMatches(const Directory &directory, bool textAlreadyMatched) const;
    bool textMatchedAbove(GroupId group) const;
    bool groupNameMatches(const QString &name) const;
    void markGroupVisible(GroupId id);
    void collectTextMatchedGroups(GroupId id, bool matchedAbove, QSet<GroupId> *matched) const;
    void onSourceRowsInserted(const QModelIndex &parent, int first, int last);

    InventoryModel *m_model = nullptr;
    QString m_text;
    QList<Term> m_terms;
    QSet<HostKind> m_kinds;
    bool m_active = false;
    // Indexed by id (ids are dense: SQLite hands them out in sequence); much
    // cheaper than hash sets when half of 100,000 hosts match.
    class IdSet
    {
    public:
        void clear() { m_bits.clear(); }
        bool contains(qint64 id) const { return id >= 0 && id < qint64(m_bits.size()) && m_bits[size_t(id)]; }
        bool insert(qint64 id)  // true if newly inserted
        {
            if (id >= qint64(m_bits.size()))
                m_bits.resize(size_t(id) + 1 + m_bits.size() / 2, false);
            if (m_bits[size_t(id)])
                return false;
            m_bits[size_t(id)] = true;
            return true;
        }

    private:
        std::vector<bool> m_bits;
    };
    IdSet m_visibleGroups;
    IdSet m_visibleHosts;
    IdSet m_visibleDirectories;
    int m_matchingHosts = 0;
    QTimer m_refresh;
};

} // namespace wb
