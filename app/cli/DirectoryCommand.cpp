#include "app/cli/DirectoryCommand.h"

#include "app/AppOptions.h"
#include "app/cli/CliSupport.h"
#include "core/directory/DirectoryAccountBackend.h"
#include "core/directory/DirectoryKeys.h"
#include "core/inventory/DirectoryRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace wb {

namespace {

QJsonObject toJson(const Directory &d, const QString &groupPath)
{
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("group"), groupPath},
        {QStringLiteral("url"), d.url},
        {QStringLiteral("base_dn"), d.baseDn},
        {QStringLiteral("bind_dn"), d.bindDn},
        {QStringLiteral("ca_file"), d.caFile},
        {QStringLiteral("kind"), d.kind == DirectoryKind::Detect ? QJsonValue() : QJsonValue(directoryKindId(d.kind))},
        {QStringLiteral("domain_controllers"), QJsonArray::fromStringList(d.domainControllers)},
        {QStringLiteral("notes"), d.notes},
    };
}

// The group at `path`, made (with its parents) when it is not there yet.
bool groupAt(Inventory &inventory, const QString &path, GroupId *id, QString *error)
{
    *id = 0;
    QString prefix;
    for (const QString &name : path.split(u'/', Qt::SkipEmptyParts)) {
        prefix += (prefix.isEmpty() ? QString() : QStringLiteral("/")) + name;
        const GroupId found = inventory.findGroupByPath(prefix);
        if (found != 0) {
            *id = found;
            continue;
        }
        Group group;
        group.parentId = *id;
        group.name = name;
        if (!inventory.addGroup(&group, error))
            return false;
        *id = group.id;
    }
    return true;
}

// With the bind password at hand: logs in once (TLS, the CA, the password),
// and fills in what the server tells: its kind, and Active Directory's domain
// controllers. A failure is said, and the directory stays as added.
void checkAndComplete(OpenWorkspace &ws, Directory *d, const QString &password)
{
    DirectoryAccountBackend backend(*d);
    backend.setBindPassword(password);
    AccountReply *probe = awaitReply(backend.readPasswordPolicy(QString()));
    if (!probe->succeeded()) {
        err() << Cli::tr("Werkbank could not log in to it yet: %1").arg(probe->errorMessage()) << Qt::endl;
        return;
    }
    bool changed = false;
    if (d->kind == DirectoryKind::Detect && backend.kind() != DirectoryKind::Detect) {
        d->kind = backend.kind();
        changed = true;
    }
    if (d->kind == DirectoryKind::ActiveDirectory && d->domainControllers.isEmpty()) {
        AccountReply *found = awaitReply(backend.discoverDomainControllers());
        for (const AccountStatus &server : found->accounts())
            d->domainControllers << server.name;
        changed = changed || !d->domainControllers.isEmpty();
    }
    QString error;
    if (changed && DirectoryRepository::update(ws.workspace.database(), d, &error) != InventoryRepository::WriteResult::Written) {
        err() << Cli::tr("Cannot store what the server said: %1").arg(error) << Qt::endl;
        return;
    }
    out() << Cli::tr("Logged in as %1: %2").arg(printable(d->bindDn), directoryKindDisplayName(d->kind));
    if (!d->domainControllers.isEmpty())
        out() << Cli::tr(", domain controllers %1").arg(printable(d->domainControllers.join(QLatin1String(", "))));
    out() << Qt::endl;
}

int add(OpenWorkspace &ws, const QCommandLineParser &parser, const QString &name)
{
    Directory d;
    d.name = name;
    d.url = parser.value(QStringLiteral("url"));
    d.baseDn = parser.value(QStringLiteral("base-dn"));
    d.bindDn = parser.value(QStringLiteral("bind-dn"));
    d.caFile = parser.value(QStringLiteral("ca-file"));
    d.notes = parser.value(QStringLiteral("notes"));
    d.domainControllers = parser.values(QStringLiteral("dc"));
    if (parser.isSet(QStringLiteral("kind"))) {
        const QString kind = parser.value(QStringLiteral("kind"));
        if (kind.isEmpty() || !directoryKindFromId(kind, &d.kind))
            return failUsage(Cli::tr("--kind is ad or ldap, not “%1”.").arg(kind));
    }
    if (d.kind == DirectoryKind::OpenLdap && !d.domainControllers.isEmpty())
        return failUsage(Cli::tr("--dc names Active Directory's domain controllers; this directory is --kind ldap."));
    const QStringList problems = DirectoryValidator::problems(d);
    if (!problems.isEmpty())
        return failUsage(problems.join(u'\n'));
    QString password;
    if (parser.isSet(QStringLiteral("bind-password-stdin")) && !readStdinLine(&password))
        return failUsage(Cli::tr("--bind-password-stdin: standard input is empty."));

    std::optional<Directory> existing;
    QString error;
    if (!DirectoryRepository::findByName(ws.workspace.database(), name, &existing, &error))
        return fail(error);
    if (existing)
        return fail(Cli::tr("There is a directory “%1” already (directory remove it first, or choose another name).")
                        .arg(printable(name)));
    if (!groupAt(ws.inventory, parser.value(QStringLiteral("group")), &d.groupId, &error))
        return fail(Cli::tr("Cannot make the group “%1”: %2").arg(parser.value(QStringLiteral("group")), error));
    if (!DirectoryRepository::insert(ws.workspace.database(), &d, &error))
        return fail(Cli::tr("Cannot add the directory: %1").arg(error));
    if (!password.isEmpty() && !writeKeychain(bindPasswordKey(d), password, &error))
        return fail(Cli::tr("The directory was added, but its bind password could not be stored in the keychain: %1")
                        .arg(error));
    out() << Cli::tr("Added the directory %1 (%2).").arg(printable(d.name), d.url) << Qt::endl;
    if (!password.isEmpty())
        checkAndComplete(ws, &d, password);
    return 0;
}

int list(OpenWorkspace &ws, bool json)
{
    QList<Directory> directories;
    QString error;
    if (!DirectoryRepository::loadAll(ws.workspace.database(), &directories, &error))
        return fail(error);
    if (json) {
        QJsonArray array;
        for (const Directory &d : std::as_const(directories))
            array.append(toJson(d, ws.inventory.groupPath(d.groupId).join(u'/')));
        printJsonArray(array);
        return 0;
    }
    QList<QStringList> rows{{Cli::tr("GROUP"), Cli::tr("NAME"), Cli::tr("KIND"), Cli::tr("ADDRESS"), Cli::tr("BASE DN"),
                             Cli::tr("BIND DN")}};
    for (const Directory &d : std::as_const(directories)) {
        rows.append({printable(ws.inventory.groupPath(d.groupId).join(u'/')), printable(d.name),
                     d.kind == DirectoryKind::Detect ? Cli::tr("detect") : directoryKindId(d.kind), printable(d.url),
                     printable(d.baseDn), printable(d.bindDn)});
    }
    printColumns(rows);
    return 0;
}

int remove(OpenWorkspace &ws, const QString &name)
{
    std::optional<Directory> existing;
    QString error;
    if (!DirectoryRepository::findByName(ws.workspace.database(), name, &existing, &error))
        return fail(error);
    if (!existing)
        return fail(Cli::tr("There is no directory “%1”.").arg(printable(name)));
    if (!DirectoryRepository::remove(ws.workspace.database(), existing->id, &error))
        return fail(Cli::tr("Cannot remove the directory: %1").arg(error));
    // Another directory may log in the same way and share the entry.
    QList<Directory> others;
    if (DirectoryRepository::loadAll(ws.workspace.database(), &others, &error)
        && std::none_of(others.cbegin(), others.cend(),
                        [&](const Directory &d) { return bindPasswordKey(d) == bindPasswordKey(*existing); }))
        removeKeychain(bindPasswordKey(*existing));
    out() << Cli::tr("Removed the directory %1.").arg(printable(name)) << Qt::endl;
    return 0;
}

} // namespace

QString DirectoryCommand::synopsis() const
{
    return QStringLiteral("directory add NAME --url URL --base-dn DN --bind-dn DN [--ca-file FILE] [--kind ad|ldap] "
                          "[--dc HOST[:PORT]]... [--group G] [--bind-password-stdin] | list [--json] | remove NAME");
}

QString DirectoryCommand::summary() const
{
    return Cli::tr("add, list or remove the directories (Active Directory, OpenLDAP) in the inventory");
}

int DirectoryCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("The directories in the inventory. A directory's bind password is kept in "
                                             "the keychain only (--bind-password-stdin stores it there)."));
    parser.addHelpOption();
    CommonOptions common;
    common.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("add, list or remove"));
    parser.addPositionalArgument(QStringLiteral("name"), Cli::tr("The directory's name (add, remove)."));
    parser.addOptions({
        {QStringLiteral("url"), Cli::tr("ldaps://server[:port], or ldap://server[:port] for StartTLS."), Cli::tr("url")},
        {QStringLiteral("base-dn"), Cli::tr("Where people are searched (e.g. dc=example,dc=org)."), Cli::tr("dn")},
        {QStringLiteral("bind-dn"), Cli::tr("The account Werkbank logs in as: a DN, or user@REALM."), Cli::tr("dn")},
        {QStringLiteral("ca-file"), Cli::tr("The CA certificate (PEM) the server's certificate is checked against; "
                                            "without it, the system's trusted CAs."), Cli::tr("file")},
        {QStringLiteral("kind"), Cli::tr("ad or ldap; without it, detected from the server."), Cli::tr("kind")},
        {QStringLiteral("dc"), Cli::tr("A domain controller asked for lockout state (Active Directory; repeat it)."),
         Cli::tr("host[:port]")},
        {QStringLiteral("group"), Cli::tr("The group it sits in (made when missing)."), Cli::tr("group")},
        {QStringLiteral("notes"), Cli::tr("Notes."), Cli::tr("text")},
        {QStringLiteral("bind-password-stdin"), Cli::tr("Read the bind password from standard input and keep it in the keychain.")},
        {QStringLiteral("json"), Cli::tr("Print JSON instead of a table (list).")},
    });
    if (!parse(parser, QStringLiteral("directory"), arguments))
        return 2;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool needsName = action == QLatin1String("add") || action == QLatin1String("remove");
    if (action != QLatin1String("list") && !needsName)
        return failUsage(Cli::tr("Say what to do: directory add, directory list or directory remove."));
    if (needsName && positional.size() != 2)
        return failUsage(Cli::tr("directory %1 takes one NAME.").arg(action));
    if (!needsName && positional.size() != 1)
        return failUsage(Cli::tr("directory list takes no NAME."));
    if (action == QLatin1String("add")) {
        for (const char *required : {"url", "base-dn", "bind-dn"}) {
            if (!parser.isSet(QLatin1String(required)))
                return failUsage(Cli::tr("directory add needs --%1.").arg(QLatin1String(required)));
        }
    }
    OpenWorkspace ws;
    if (!ws.open(common.workspacePath(parser)))
        return fail(ws.error);
    if (action == QLatin1String("add"))
        return add(ws, parser, positional.at(1));
    if (action == QLatin1String("remove"))
        return remove(ws, positional.at(1));
    return list(ws, parser.isSet(QStringLiteral("json")));
}

} // namespace wb
