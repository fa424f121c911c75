#pragma once

#include "ImportTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace wb {

// Reads an Ansible INI inventory: [group], [group:children], [group:vars]
// (only Werkbank's wb_name is read from it), hosts with ansible_* and wb_* vars,
// and host ranges such as web[01:10].
class AnsibleReader
{
    Q_DECLARE_TR_FUNCTIONS(wb::AnsibleReader)
public:
    static ImportResult read(const QString &path);

    // "web[01:03]" -> web01, web02, web03; several ranges multiply.
    static bool expandHostRange(const QString &pattern, QStringList *names, QString *problem);
    // Ansible's reserved groups; their hosts and children belong to the import target itself.
    static bool isReservedGroup(const QString &name);

    // Refuses patterns that would expand to more hosts than any inventory file plausibly means.
    static constexpr int MaxRangeHosts = 10000;

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
    };
    struct HostEntry {
        QString name;
        int line = 0;
        QStringList groups;    // in order of appearance; empty string = no group
        QHash<QString, Value> vars;
    };
    struct ChildLink {
        QString parent;
        QString child;
        int line = 0;
    };

    AnsibleReader(const QString &path, ImportResult *result) : m_path(path), m_result(result) {}
    void parse(const QStringList &lines);
    void parseHostLine(const QString &text, int line, const QString &group);
    void parseVarsLine(const QString &text, int line, const QString &group, bool *reportedForeign, int sectionLine);
    void ensureGroup(const QString &name, int line);
    void buildTree();
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
};

} // namespace wb
