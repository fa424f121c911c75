#pragma once

#include "core/inventory/io/ImportTypes.h"

#include <QHash>
#include <QList>
#include <QString>

#include <atomic>

namespace wb {

// Where a first run looks for hosts to import. Every path is given, so that nothing
// but the composition root (fromEnvironment) ever names the machine's own files: a
// default-made ImportSourcePaths looks nowhere.
struct ImportSourcePaths {
    QString home;                // ~/.ssh/config, ~/.ansible.cfg, and ~ in the values
    QString workingDir;          // ./ansible.cfg, and what $ANSIBLE_INVENTORY's relative paths mean
    QString ansibleConfigEnv;    // $ANSIBLE_CONFIG (empty: not set)
    QString ansibleInventoryEnv; // $ANSIBLE_INVENTORY (empty: not set)
    QString systemAnsibleConfig; // /etc/ansible/ansible.cfg
    QString systemAnsibleHosts;  // /etc/ansible/hosts
    QHash<QString, QString> environment; // for $NAME and ${NAME} in paths, as Ansible expands them

    bool isEmpty() const;
    // This person's: $HOME, the current folder, the two variables and /etc/ansible.
    static ImportSourcePaths fromEnvironment();
};

// One file (or folder of files) of hosts found, already read.
struct ImportSource {
    ImportFormat format = ImportFormat::SshConfig;
    QString path;        // absolute
    QString displayPath; // with ~ for the home folder
    QString origin;      // what named it: "$ANSIBLE_INVENTORY", an ansible.cfg, or empty (its usual place)
    ImportResult result; // a folder's files in one
    int hostCount() const { return int(result.hosts.size()); }
};

// Finds the OpenSSH config and the Ansible inventory this person uses and reads them,
// as ssh and ansible would: ~/.ssh/config, then $ANSIBLE_INVENTORY, or else the
// `inventory` of the first ansible.cfg found ($ANSIBLE_CONFIG, ./ansible.cfg unless the
// folder is writable by anyone, ~/.ansible.cfg, /etc/ansible/ansible.cfg), or else
// /etc/ansible/hosts. Reads files, so never on the GUI thread. Sources without hosts and
// without problems are left out. An inventory folder is read as Ansible reads one: sorted,
// recursively, without group_vars/host_vars or hidden files; YAML files and programs
// (dynamic inventories, which are never run) are listed in the result's `skipped`.
class ImportSources
{
    Q_DECLARE_TR_FUNCTIONS(wb::ImportSources)
public:
    static QList<ImportSource> find(const ImportSourcePaths &paths, const std::atomic<bool> *cancel = nullptr);

    // The Ansible inventories that `paths` name, in order, and what named them.
    struct AnsibleInventories {
        QStringList paths;
        QString origin;
    };
    static AnsibleInventories ansibleInventories(const ImportSourcePaths &paths);
};

} // namespace wb
