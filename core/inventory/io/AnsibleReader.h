#pragma once

#include "core/inventory/io/ImportTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace wb {

// Reads an Ansible INI inventory: [group], [group:children], [group:vars]
// (only Werkbank's wb_name is read from it), hosts with ansible_* and wb_* vars,
// and host ranges such as web[01:10].
class AnsibleReader
{
    Q_DECLARE_TR_FUNCTIONS(wb::AnsibleReader)
public:
    // `cancel` (optional) is checked once per line; see ImportSupport::cancelRequested.
    static ImportResult read(const QString &path, const std::atomic<bool> *cancel = nullptr);

    // Ansible's reserved groups; their hosts and children belong to the import target itself.
    static bool isReservedGroup(const QString &name);

    // The whole file holds at most MaxHosts hosts and names at most
    // MaxHostMentions (a host in five groups: five); one pattern expands to at
    // most AnsibleHostPattern::MaxHosts.
    static constexpr int MaxHosts = 100000;
    static constexpr int MaxHostMentions = 1000000;
    // Deeper [group:children] nesting is refused: no real inventory has it, and every
    // group's path is built from its ancestors.
    static constexpr int MaxGroupDepth = 64;

private:
    struct Value {
        QString text;
        int line = 0;
    };
    struct GroupInfo {
        QString name;          // as in the file
        QString displayName;   // wb_name if given, else name
        int line = 0;
        QString parent;        // empty: below the import target
        int parentLine = 0;    // the [parent:children] line that put it there
    };
    struct HostEntry {
        QString name;
        int line = 0;
        QStringList groups;    // in order of appearance; empty string = no group
        QSet<QString> groupSet;  // only once `groups` is long; see addMembership()
        QHash<QString, Value> vars;
    };
    struct ChildLink {
        QString parent;
        QString child;
        int line = 0;
    };

    AnsibleReader(const QString &path, ImportResult *result) : m_path(path), m_result(result) {}
    void parse(const QStringList &lines, const std::atomic<bool> *cancel);
    void parseHostLine(const QString &text, int line, const QString &group);
    static void addMembership(HostEntry *entry, const QString &group);
    void parseVarsLine(const QString &text, int line, const QString &group, bool *reportedForeign, int sectionLine);
    void ensureGroup(const QString &name, int line);
    void buildTree();
    QString rootOf(const QString &group);
    void limitDepth();
    QStringList groupPath(const QString &name) const;
    void buildHosts();
    void error(int line, const QString &message);

    QString m_path;
    ImportResult *m_result;
    QList<QString> m_groupOrder;
    QHash<QString, GroupInfo> m_groups;
    QList<ChildLink> m_links;
    QList<QString> m_hostOrder;
    QHash<QString, HostEntry> m_hosts;
    QHash<QString, QString> m_treeOf;  // union-find over linked groups, for the loop check
    qsizetype m_mentions = 0;
    bool m_full = false;               // a cap was reached: the rest of the file is not read
};

} // namespace wb
