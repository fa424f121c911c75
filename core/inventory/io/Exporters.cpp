#include "core/inventory/io/Exporters.h"

#include "core/inventory/Inventory.h"
#include "core/inventory/io/CsvReader.h"
#include "core/inventory/io/ShellWords.h"
#include "core/text/CsvField.h"

#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace wb {

namespace {

// `name`, or name_2, name_3 … if taken; the result is marked as taken.
QString claimUnique(const QString &name, QSet<QString> *used)
{
    QString unique = name;
    for (int n = 2; used->contains(unique); ++n)
        unique = name + QLatin1Char('_') + QString::number(n);
    used->insert(unique);
    return unique;
}

// Guarded like every CSV Werkbank writes (text/CsvField.h); quoted also when the
// value starts or ends with a space, which the importer would otherwise trim.
QString csvField(const QString &raw)
{
    const QString value = spreadsheetFormulaGuarded(raw);
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString jumpHostName(const Inventory &inventory, const Host &host)
{
    const Host *jump = host.jumpHostId ? inventory.host(host.jumpHostId) : nullptr;
    return jump ? jump->name : QString();
}

// Groups below `top` (not `top` itself), parents before children, in tree order.
QList<GroupId> groupsBelow(const Inventory &inventory, GroupId top)
{
    QList<GroupId> result;
    QList<GroupId> stack;
    const auto &first = inventory.childGroups(top);
    for (auto it = first.crbegin(); it != first.crend(); ++it)
        stack.append(*it);
    while (!stack.isEmpty()) {
        const GroupId g = stack.takeLast();
        result.append(g);
        const auto &children = inventory.childGroups(g);
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append(*it);
    }
    return result;
}

QString ansibleHostLine(const Inventory &inventory, const Host &host, const QString &inventoryName)
{
    QStringList words = {inventoryName};
    auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            words.append(QLatin1String(key) + QLatin1Char('=') + ShellWords::quote(value));
    };
    add("ansible_host", host.connectAddress()); // Ansible knows no %h
    if (host.port != 22)
        add("ansible_port", QString::number(host.port));
    add("ansible_user", host.sshUser);
    if (host.kind != HostKind::Server)
        add("wb_kind", hostKindId(host.kind));
    add("wb_os", host.os);
    add("wb_tags", host.tags.join(QLatin1Char(',')));
    add("wb_location", host.location);
    add("wb_owner", host.owner);
    // The importer takes an identity file without wb_auth to mean key authentication,
    // so the method is written whenever it could not be inferred.
    if (host.authMethod != AuthMethod::Agent || !host.identityFile.isEmpty())
        add("wb_auth", authMethodId(host.authMethod));
    add("wb_identity_file", host.identityFile);
    add("wb_jump_host", jumpHostName(inventory, host));
    add("wb_notes", host.notes);
    add("wb_host_key_alias", host.hostKeyAlias);
    add("wb_known_hosts_file", host.knownHostsFile);
    add("wb_reachability_check", host.reachabilityCheck);
    add("wb_mac_address", host.macAddress);
    add("wb_session_log", host.sessionLog);
    add("wb_port_forwards", host.portForwards.join(QStringLiteral("; ")));
    add("wb_remote_desktop", host.remoteDesktop);
    add("wb_ssh_options", host.sshOptions.join(QStringLiteral("; ")));
    if (inventoryName != host.name)
        add("wb_name", host.name);
    return words.join(QLatin1Char(' '));
}
} // namespace

QString Exporters::toCsv(const Inventory &inventory, GroupId top)
{
    QString out = CsvReader::columns().join(QLatin1Char(',')) + QLatin1Char('\n');
    const qsizetype topDepth = top ? inventory.groupPath(top).size() : 0;
    for (HostId id : inventory.hostsBelow(top)) {
        const Host *host = inventory.host(id);
        if (!host)
            continue;
        const QStringList fields = {
            host->name,
            host->address,
            QString::number(host->port),
            hostKindId(host->kind),
            host->os,
            host->tags.join(QLatin1Char(',')),
            host->notes,
            host->sshUser,
            authMethodId(host->authMethod),
            host->identityFile,
            jumpHostName(inventory, *host),
            host->location,
            host->owner,
            inventory.groupPath(host->groupId).mid(topDepth).join(QLatin1Char('/')),
            host->hostKeyAlias,
            host->knownHostsFile,
            host->reachabilityCheck,
            host->macAddress,
            host->sessionLog,
            host->portForwards.join(QStringLiteral("; ")),
            host->remoteDesktop,
            host->sshOptions.join(QStringLiteral("; ")),
        };
        QStringList cells;
        for (const QString &field : fields)
            cells.append(csvField(field));
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

QString Exporters::toAnsible(const Inventory &inventory, GroupId top)
{
    const QList<GroupId> groups = groupsBelow(inventory, top);
    const qsizetype topDepth = top ? inventory.groupPath(top).size() : 0;

    // Ansible knows a group by its name alone, so names used twice in the tree
    // (dc1/web, dc2/web) get their path as section name; wb_name keeps the real name.
    QHash<QString, int> nameUse;
    for (GroupId g : groups)
        ++nameUse[inventory.group(g)->name];
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*$"));
    static const QRegularExpression unsafeChar(QStringLiteral("[^A-Za-z0-9_]"));
    QHash<GroupId, QString> sections;
    QSet<QString> used = {QStringLiteral("all"), QStringLiteral("ungrouped")};
    for (GroupId g : groups) {
        const QString name = inventory.group(g)->name;
        QString section = name;
        if (nameUse.value(name) > 1 || !plainName.match(name).hasMatch() || used.contains(name)) {
            section = inventory.groupPath(g).mid(topDepth).join(QLatin1Char('_'));
            section.replace(unsafeChar, QStringLiteral("_"));
        }
        sections.insert(g, claimUnique(section, &used));
    }

    // Host names are global in Ansible and may not hold spaces, brackets or colons
    // (ranges, ports); such hosts get a path-based inventory name and keep theirs in wb_name.
    static const QRegularExpression unsafeHostChar(QStringLiteral("[^A-Za-z0-9_.-]"));
    QHash<HostId, QString> hostNames;
    QSet<QString> usedHosts;
    const QList<HostId> allHosts = inventory.hostsBelow(top);
    for (HostId id : allHosts) {
        const Host *host = inventory.host(id);
        QString name = host->name;
        if (usedHosts.contains(name) || name.contains(unsafeHostChar)) {
            QStringList parts = inventory.groupPath(host->groupId).mid(topDepth);
            parts.append(host->name);
            name = parts.join(QLatin1Char('_'));
            name.replace(unsafeHostChar, QStringLiteral("_"));
        }
        hostNames.insert(id, claimUnique(name, &usedHosts));
    }
    auto hostLine = [&](HostId id) {
        return ansibleHostLine(inventory, *inventory.host(id), hostNames.value(id)) + QLatin1Char('\n');
    };

    QString out = QStringLiteral("# Ansible inventory exported by Werkbank.\n");
    for (HostId id : inventory.hostsIn(top))
        out += hostLine(id);
    for (GroupId g : groups) {
        const QString &section = sections.value(g);
        const QList<HostId> &hosts = inventory.hostsIn(g);
        const QList<GroupId> &children = inventory.childGroups(g);
        // An empty leaf still gets its header so the group is not lost.
        if (!hosts.isEmpty() || children.isEmpty()) {
            out += QStringLiteral("\n[%1]\n").arg(section);
            for (HostId id : hosts)
                out += hostLine(id);
        }
        if (!children.isEmpty()) {
            out += QStringLiteral("\n[%1:children]\n").arg(section);
            for (GroupId child : children)
                out += sections.value(child) + QLatin1Char('\n');
        }
        const QString &name = inventory.group(g)->name;
        if (section != name)
            out += QStringLiteral("\n[%1:vars]\nwb_name=%2\n").arg(section, ShellWords::quote(name));
    }
    return out;
}

bool Exporters::exportFile(const Inventory &inventory, ExportFormat format, const QString &path, GroupId top,
                           QString *error)
{
    if (top != 0 && !inventory.group(top)) {
        *error = tr("The group to export no longer exists.");
        return false;
    }
    const QString text = format == ExportFormat::Csv ? toCsv(inventory, top) : toAnsible(inventory, top);
    // QSaveFile writes to a temporary file and renames it, so a failed export
    // never leaves a half-written file where the old one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = text.toUtf8();
    if (file.write(data) != data.size() || !file.commit()) {
        *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace wb
