#pragma once

#include "core/inventory/io/ImportTypes.h"

#include <atomic>

namespace wb {

// Readers for the three supported formats. They only read and validate; they
// never touch an Inventory. A file that cannot be opened yields one error.
class Importers
{
    Q_DECLARE_TR_FUNCTIONS(wb::Importers)
public:
    // `cancel` (optional) stops a reader early, checked once per line: the result then
    // has `cancelled` set and one error saying where it stopped.
    static ImportResult importFile(ImportFormat format, const QString &path,
                                   const std::atomic<bool> *cancel = nullptr);

    // OpenSSH client config: Host, HostName, User, Port, IdentityFile, ProxyJump,
    // Include (globs; relative paths resolve against the including file's folder,
    // ~ against $HOME). First value wins, as in ssh. Wildcard-only Host patterns
    // and Match blocks are reported in `skipped`.
    static ImportResult readSshConfig(const QString &path, const std::atomic<bool> *cancel = nullptr);
    // CSV with a header row; columns documented in docs/import-formats.md.
    static ImportResult readCsv(const QString &path, const std::atomic<bool> *cancel = nullptr);
    // Ansible INI inventory: [group], [group:children], [group:vars] (ignored,
    // reported as skipped), ansible_host/ansible_port/ansible_user and wb_* vars.
    static ImportResult readAnsible(const QString &path, const std::atomic<bool> *cancel = nullptr);
};

} // namespace wb
