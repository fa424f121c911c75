#pragma once

#include "core/inventory/InventoryTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace wb {

enum class ImportFormat { SshConfig, Csv, Ansible };

// "ssh-config", "csv", "ansible" (CLI and file dialogs).
QString importFormatId(ImportFormat format);
bool importFormatFromId(const QString &id, ImportFormat *format);

// A problem in an import file, always with the file and line it came from.
struct ImportIssue {
    QString file;
    int line = 0;
    QString message;

    // "hosts.csv:12: Port 70000 is out of range…"
    QString toString() const;
};

// One host as read from a file, before it is placed in the inventory.
struct ImportedHost {
    Host host;               // id, groupId and jumpHostId are unset
    // The fields the file states for this host. Re-importing onto an existing
    // host changes only these; the others keep what the inventory holds.
    HostFields stated = allHostFields();
    QStringList groupPath;   // below the group the import goes into; empty = that group itself
    QString jumpHostName;    // a name or site/role/name; resolved in the import, its group, then the inventory
    QString file;
    int line = 0;
};

struct ImportResult {
    QList<ImportedHost> hosts;
    QList<QStringList> groupPaths;  // groups to create even if empty (Ansible)
    QList<ImportIssue> errors;      // bad lines: block the import unless skipped
    QList<ImportIssue> skipped;     // things deliberately not imported (wildcards, Match blocks…)
    bool cancelled = false;         // the reader was stopped early; `errors` says where

    bool hasErrors() const { return !errors.isEmpty(); }
    int badLineCount() const;  // distinct file:line pairs among the errors
};

} // namespace wb
