#include "app/cli/DirectoryAccounts.h"

#include "app/AppOptions.h"
#include "app/cli/CliSupport.h"
#include "core/accounts/AccountActionJob.h"
#include "core/accounts/PasswordGenerator.h"
#include "core/directory/DirectoryAccountBackend.h"
#include "core/directory/DirectoryKeys.h"
#include "core/inventory/DirectoryRepository.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace wb {

namespace {

using Kind = AccountAction::Kind;

struct VerbInfo
{
    const char *word;
    std::optional<Kind> kind; // empty: list, show
};

const VerbInfo verbs[] = {
    {"list", {}},
    {"show", {}},
    {"policy", {}},
    {"reset", Kind::ResetPassword},
    {"must-change", Kind::MustChangePassword},
    {"lock", Kind::Lock},
    {"unlock", Kind::Unlock},
    {"enable", Kind::Enable},
    {"disable", Kind::Disable},
    {"reset-failures", Kind::ResetFailedLogins},
    {"expire", Kind::SetExpiry},
    {"add-to-group", Kind::AddToGroup},
    {"remove-from-group", Kind::RemoveFromGroup},
};

QJsonValue when(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject toJson(const AccountStatus &a)
{
    QJsonObject object{
        {QStringLiteral("login"), a.name},
        {QStringLiteral("dn"), a.dn},
        {QStringLiteral("display_name"), a.fullName},
        {QStringLiteral("mail"), a.mail.isEmpty() ? QJsonValue() : QJsonValue(a.mail)},
        {QStringLiteral("enabled"), !a.disabled},
        {QStringLiteral("locked"), a.locked},
        {QStringLiteral("locked_since"), when(a.lockedSince)},
        {QStringLiteral("bad_password_count"), a.failedLogins >= 0 ? QJsonValue(a.failedLogins) : QJsonValue()},
        {QStringLiteral("password_last_set"), when(a.passwordLastSet)},
        {QStringLiteral("must_change"), a.mustChange},
        {QStringLiteral("expires"), when(a.expiresAt)},
        {QStringLiteral("last_logon"), when(a.lastLogon)},
        {QStringLiteral("groups"), QJsonArray::fromStringList(a.groups)},
    };
    // Active Directory: each domain controller asked.
    if (!a.domainControllers.isEmpty()) {
        QJsonArray servers;
        for (const DomainControllerState &dc : a.domainControllers) {
            QJsonObject server{{QStringLiteral("server"), dc.server}, {QStringLiteral("reached"), dc.reached}};
            if (dc.reached) {
                server.insert(QStringLiteral("locked"), dc.locked);
                server.insert(QStringLiteral("locked_since"), when(dc.lockedSince));
                server.insert(QStringLiteral("bad_password_count"), dc.badPasswordCount >= 0 ? QJsonValue(dc.badPasswordCount) : QJsonValue());
                server.insert(QStringLiteral("last_logon"), when(dc.lastLogon));
            } else {
                server.insert(QStringLiteral("error"), dc.error);
            }
            servers.append(server);
        }
        object.insert(QStringLiteral("domain_controllers"), servers);
        object.insert(QStringLiteral("locked_on"), a.lockedOn.isEmpty() ? QJsonValue() : QJsonValue(a.lockedOn));
    }
    return object;
}

QString shown(const QDateTime &time, const QString &otherwise)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : otherwise;
}

void printTable(const QList<AccountStatus> &accounts)
{
    QList<QStringList> rows{{Cli::tr("LOGIN"), Cli::tr("NAME"), Cli::tr("ENABLED"), Cli::tr("LOCKED"), Cli::tr("BAD"),
                             Cli::tr("MUST CHANGE"), Cli::tr("EXPIRES"), Cli::tr("GROUPS")}};
    for (const AccountStatus &a : accounts) {
        rows.append({printable(a.name), printable(a.fullName), a.disabled ? Cli::tr("no") : Cli::tr("yes"),
                     a.locked ? Cli::tr("yes") : Cli::tr("no"), a.failedLogins >= 0 ? QString::number(a.failedLogins) : QStringLiteral("-"),
                     a.mustChange ? Cli::tr("yes") : Cli::tr("no"), shown(a.expiresAt, Cli::tr("never")),
                     printable(a.groups.join(u','))});
    }
    printColumns(rows);
}

void printOne(const AccountStatus &a)
{
    const QList<std::pair<QString, QString>> fields{
        {Cli::tr("Login"), printable(a.name)},
        {Cli::tr("DN"), printable(a.dn)},
        {Cli::tr("Name"), printable(a.fullName)},
        {Cli::tr("E-mail"), printable(a.mail)},
        {Cli::tr("Enabled"), a.disabled ? Cli::tr("no") : Cli::tr("yes")},
        {Cli::tr("Locked out"), !a.locked                ? Cli::tr("no")
                                : !a.lockedOn.isEmpty()  ? Cli::tr("yes, since %1, on %2").arg(shown(a.lockedSince, Cli::tr("unknown")), printable(a.lockedOn))
                                : a.lockedSince.isValid() ? Cli::tr("yes, since %1").arg(shown(a.lockedSince, {}))
                                                          : Cli::tr("yes, by an administrator")},
        {Cli::tr("Bad passwords"), a.failedLogins >= 0 ? QString::number(a.failedLogins) : Cli::tr("unknown")},
        {Cli::tr("Password set"), shown(a.passwordLastSet, Cli::tr("unknown"))},
        {Cli::tr("Must change"), a.mustChange ? Cli::tr("yes, at the next logon") : Cli::tr("no")},
        {Cli::tr("Expires"), shown(a.expiresAt, Cli::tr("never"))},
        {Cli::tr("Last logon"), shown(a.lastLogon, Cli::tr("unknown"))},
        {Cli::tr("Groups"), printable(a.groups.join(QLatin1String(", ")))},
    };
    printFields(fields);
    if (a.domainControllers.isEmpty())
        return;
    // Per domain controller, as LockoutStatus.exe shows it.
    QList<QStringList> rows{{Cli::tr("DOMAIN CONTROLLER"), Cli::tr("LOCKED"), Cli::tr("BAD"), Cli::tr("LAST LOGON")}};
    for (const DomainControllerState &dc : a.domainControllers) {
        if (!dc.reached) {
            rows.append({printable(dc.server), Cli::tr("not reached: %1").arg(printable(dc.error))});
            continue;
        }
        rows.append({printable(dc.server), dc.locked ? shown(dc.lockedSince, Cli::tr("yes")) : Cli::tr("no"),
                     dc.badPasswordCount >= 0 ? QString::number(dc.badPasswordCount) : QStringLiteral("-"),
                     shown(dc.lastLogon, Cli::tr("never"))});
    }
    out() << '\n';
    printColumns(rows);
}

// The logins of --users-from: one a line; blank lines and # comments skipped.
bool readLogins(const QString &path, QStringList *logins, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = Cli::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > 16 * 1024 * 1024) {
        *error = Cli::tr("%1 is larger than 16 MiB; that is not a list of logins.").arg(path);
        return false;
    }
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            logins->append(line);
    }
    logins->removeDuplicates();
    if (logins->isEmpty()) {
        *error = Cli::tr("%1 names no login.").arg(path);
        return false;
    }
    return true;
}

} // namespace

int runDirectoryAccounts(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists or changes accounts in a directory of the inventory (Active Directory, OpenLDAP). Every change is "
                "written to the workspace's audit log, also when it fails. The bind password comes from the keychain, "
                "else --bind-password-stdin, else a prompt.\nACTION: list, show, policy, reset, must-change, lock, unlock, enable, "
                "disable, reset-failures, expire, add-to-group, remove-from-group."));
    parser.addHelpOption();
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption directory(QStringLiteral("directory"), Cli::tr("The directory, by its name in the inventory."), Cli::tr("name"));
    const QCommandLineOption user({QStringLiteral("u"), QStringLiteral("user")}, Cli::tr("The account's login (or DN)."), Cli::tr("login"));
    const QCommandLineOption search(QStringLiteral("search"), Cli::tr("list: people whose name, login, e-mail or department contain this."), Cli::tr("text"));
    const QCommandLineOption usersFrom(QStringLiteral("users-from"), Cli::tr("Act on every login in this file (one a line)."), Cli::tr("file"));
    const QCommandLineOption generate(QStringLiteral("generate"), Cli::tr("reset: generate the new password(s)."));
    const QCommandLineOption length(QStringLiteral("length"), Cli::tr("reset --generate: its length (default 16)."), Cli::tr("n"), QStringLiteral("16"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), Cli::tr("reset: read the new password from standard input (after the bind password, with --bind-password-stdin)."));
    const QCommandLineOption bindStdin(QStringLiteral("bind-password-stdin"), Cli::tr("Read the bind password from the first line of standard input."));
    const QCommandLineOption mustChange(QStringLiteral("must-change"), Cli::tr("reset: the user must change it at the next logon."));
    const QCommandLineOption clearNeverExpires(QStringLiteral("clear-never-expires"),
                                               Cli::tr("must-change (Active Directory): also clear “password never expires”, "
                                                       "without which it has no effect."));
    const QCommandLineOption show(QStringLiteral("show"), Cli::tr("reset --generate: print the new password(s)."));
    const QCommandLineOption output(QStringLiteral("output"), Cli::tr("reset --generate with --users-from: write logins and passwords to this new file (mode 600)."), Cli::tr("file"));
    const QCommandLineOption group(QStringLiteral("group"), Cli::tr("add-to-group, remove-from-group: the group."), Cli::tr("group"));
    const QCommandLineOption date(QStringLiteral("date"), Cli::tr("expire: the expiry date, or never."), Cli::tr("YYYY-MM-DD"));
    const QCommandLineOption ticket(QStringLiteral("ticket"), Cli::tr("The ticket the change is done for (kept in the audit log)."), Cli::tr("id"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("JSON: list prints one array; show and the changes one object per line."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), Cli::tr("How long connecting and each request may take (default 15)."), Cli::tr("seconds"), QStringLiteral("15"));
    parser.addOptions({directory, user, search, usersFrom, generate, length, passwordStdin, bindStdin, mustChange, clearNeverExpires, show, output,
                       group, date, ticket, json, timeout});
    parser.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("What to do."), QStringLiteral("ACTION"));
    if (!parse(parser, QStringLiteral("account"), arguments))
        return 2;

    const QStringList words = parser.positionalArguments();
    if (words.size() != 1)
        return failUsage(Cli::tr("account needs one ACTION."));
    const VerbInfo *verb = nullptr;
    for (const VerbInfo &candidate : verbs) {
        if (words.first() == QLatin1String(candidate.word))
            verb = &candidate;
    }
    if (!verb)
        return failUsage(Cli::tr("“%1” is not an account action.").arg(words.first()));
    const bool listing = !verb->kind;
    const bool isList = words.first() == QLatin1String("list");
    const bool isPolicy = words.first() == QLatin1String("policy");
    const int targets = int(parser.isSet(user)) + int(parser.isSet(usersFrom)) + int(parser.isSet(search));
    if (isList && (parser.isSet(user) || parser.isSet(usersFrom)))
        return failUsage(Cli::tr("list takes --search (or nothing: everyone)."));
    if (isPolicy && (parser.isSet(usersFrom) || parser.isSet(search)))
        return failUsage(Cli::tr("policy takes one --user (or nothing: the general policy)."));
    if (!isList && !isPolicy && (targets != 1 || parser.isSet(search)))
        return failUsage(Cli::tr("%1 needs --user LOGIN or --users-from FILE (one of them).").arg(words.first()));
    if (words.first() == QLatin1String("show") && parser.isSet(usersFrom))
        return failUsage(Cli::tr("show takes one --user."));
    const bool bulk = parser.isSet(usersFrom);
    const std::optional<Kind> kind = verb->kind;
    if (kind == Kind::ResetPassword) {
        if (parser.isSet(generate) == parser.isSet(passwordStdin) && (bulk || !isatty(STDIN_FILENO) || parser.isSet(generate)))
            return failUsage(Cli::tr("reset needs --generate or --password-stdin (one of them)."));
        if (bulk && !parser.isSet(generate))
            return failUsage(Cli::tr("A reset of several accounts takes --generate only: one new password each."));
        if (parser.isSet(generate) && !parser.isSet(show) && !parser.isSet(output))
            return failUsage(Cli::tr("reset --generate needs --show or --output FILE: a password nobody sees must not be set."));
    }
    if (kind == Kind::SetExpiry && !parser.isSet(date))
        return failUsage(Cli::tr("expire needs --date YYYY-MM-DD (or --date never)."));
    if ((kind == Kind::AddToGroup || kind == Kind::RemoveFromGroup) && parser.value(group).isEmpty())
        return failUsage(Cli::tr("%1 needs --group.").arg(words.first()));
    bool ok = true;
    const qint64 ticketId = parser.isSet(ticket) ? parser.value(ticket).toLongLong(&ok) : 0;
    if (!ok || ticketId < 0)
        return failUsage(Cli::tr("--ticket must be a ticket number."));
    const int timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || timeoutSeconds < 1 || timeoutSeconds > 3600)
        return failUsage(Cli::tr("--timeout must be from 1 to 3600 seconds."));
    PasswordGenerator generator;
    generator.length = parser.value(length).toInt(&ok);
    if (!ok || generator.length < PasswordGenerator::minLength || generator.length > PasswordGenerator::maxLength)
        return failUsage(Cli::tr("--length must be from %1 to %2.").arg(PasswordGenerator::minLength).arg(PasswordGenerator::maxLength));

    QStringList logins;
    QString error;
    if (bulk && !readLogins(parser.value(usersFrom), &logins, &error))
        return fail(error);
    if (parser.isSet(user))
        logins << parser.value(user);

    // Standard input: the bind password first, then a new password.
    QString bindPassword;
    if (parser.isSet(bindStdin) && !readStdinLine(&bindPassword))
        return failUsage(Cli::tr("--bind-password-stdin: standard input is empty."));
    QString typedPassword;
    if (kind == Kind::ResetPassword && parser.isSet(passwordStdin) && !readStdinLine(&typedPassword))
        return failUsage(Cli::tr("--password-stdin: standard input has no password line."));

    OpenWorkspace ws;
    if (!ws.open(common.workspacePath(parser)))
        return fail(ws.error);
    std::optional<Directory> found;
    if (!DirectoryRepository::findByName(ws.workspace.database(), parser.value(directory), &found, &error))
        return fail(error);
    if (!found)
        return fail(Cli::tr("There is no directory “%1” in the inventory (werkbank-cli directory list).").arg(printable(parser.value(directory))));
    if (bindPassword.isEmpty()) {
        if (const std::optional<QString> kept = readKeychain(bindPasswordKey(*found)))
            bindPassword = *kept;
    }
    if (bindPassword.isEmpty() && !askHidden(Cli::tr("Bind password for %1 (%2): ").arg(found->name, found->bindDn), &bindPassword))
        return fail(Cli::tr("No bind password for %1: none in the keychain, no --bind-password-stdin, and no terminal to ask on.")
                        .arg(found->name));

    DirectoryAccountBackend backend(*found);
    backend.setBindPassword(bindPassword);
    backend.setTimeout(timeoutSeconds * 1000);

    if (isPolicy) {
        AccountReply *reply = awaitReply(backend.readPasswordPolicy(logins.value(0)));
        if (!reply->succeeded())
            return fail(reply->errorMessage());
        const PasswordPolicy &policy = reply->passwordPolicy();
        if (parser.isSet(json)) {
            const auto number = [](int value) { return value >= 0 ? QJsonValue(value) : QJsonValue(); };
            out() << QJsonDocument(QJsonObject{{QStringLiteral("known"), policy.known},
                                               {QStringLiteral("source"), policy.source},
                                               {QStringLiteral("min_length"), number(policy.minLength)},
                                               {QStringLiteral("complexity"), policy.complexity},
                                               {QStringLiteral("history"), number(policy.history)},
                                               {QStringLiteral("max_failures"), number(policy.maxFailures)},
                                               {QStringLiteral("description"), policy.describe()}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        } else {
            out() << policy.describe() << '\n';
            if (!policy.source.isEmpty())
                out() << Cli::tr("(from %1)").arg(printable(policy.source)) << '\n';
        }
        out().flush();
        return 0;
    }

    if (listing) {
        AccountReply *reply = awaitReply(isList ? backend.searchAccounts(parser.value(search)) : backend.readAccount(logins.first()));
        if (!reply->succeeded())
            return fail(reply->errorMessage());
        if (parser.isSet(json) && isList) {
            QJsonArray array;
            for (const AccountStatus &a : reply->accounts())
                array.append(toJson(a));
            printJsonArray(array);
        } else if (parser.isSet(json)) {
            out() << QJsonDocument(toJson(reply->accounts().first())).toJson(QJsonDocument::Compact) << '\n';
            out().flush();
        } else if (isList) {
            printTable(reply->accounts());
        } else {
            printOne(reply->accounts().first());
        }
        return 0;
    }

    // A verb this kind of directory does not have: said before anything is sent.
    if (backend.kind() == DirectoryKind::Detect)
        awaitReply(backend.readAccount(logins.first())); // learns the kind
    const QString notApplicable = backend.notApplicable(*kind);
    if (!notApplicable.isEmpty())
        return failUsage(notApplicable);

    // Generated passwords the directory's policy takes (long enough, every class).
    if (kind == Kind::ResetPassword && parser.isSet(generate)) {
        AccountReply *policy = awaitReply(backend.readPasswordPolicy(bulk ? QString() : logins.first()));
        if (policy->succeeded())
            generator = policy->passwordPolicy().generatorFor(generator);
    }

    std::unique_ptr<QFile> passwords;
    if (kind == Kind::ResetPassword && parser.isSet(output)) {
        // Made with mode 600 from the start: never readable by others, not even empty.
        const int fd = ::open(QFile::encodeName(parser.value(output)).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return fail(Cli::tr("Cannot create %1 (it must not exist yet): %2").arg(parser.value(output), QString::fromLocal8Bit(strerror(errno))));
        passwords = std::make_unique<QFile>();
        if (!passwords->open(fd, QIODevice::WriteOnly | QIODevice::Text, QFileDevice::AutoCloseHandle))
            return fail(Cli::tr("Cannot write %1: %2").arg(parser.value(output), passwords->errorString()));
    }

    int failures = 0;
    for (const QString &login : std::as_const(logins)) {
        // Find the entry first, so the audit log names its DN.
        AccountReply *read = awaitReply(backend.readAccount(login));
        QList<AccountAction> actions;
        AccountAction action;
        action.kind = *kind;
        action.user = login;
        action.group = parser.value(group);
        action.clearPasswordNeverExpires = parser.isSet(clearNeverExpires);
        if (kind == Kind::SetExpiry && parser.value(date) == QLatin1String("never"))
            action.kind = Kind::ClearExpiry;
        else if (kind == Kind::SetExpiry)
            action.date = parser.value(date);
        QString generated;
        if (kind == Kind::ResetPassword)
            action.password = parser.isSet(generate) ? (generated = generator.generate()) : typedPassword;
        if (read->succeeded()) {
            action.user = read->accounts().first().name.isEmpty() ? login : read->accounts().first().name;
            action.accountId = read->accounts().first().dn;
        }
        actions << action;
        if (kind == Kind::ResetPassword && parser.isSet(mustChange)) {
            AccountAction then = action;
            then.kind = Kind::MustChangePassword;
            then.password.clear();
            actions << then;
        }
        for (const AccountAction &step : std::as_const(actions)) {
            bool succeeded = false;
            QString message;
            bool mayHaveBeenMade = false;
            bool audited = true;
            if (!read->succeeded()) {
                message = read->errorMessage();
            } else {
                AccountActionJob job(&backend, step, ws.workspace.database());
                job.setTicket(ticketId, found->id);
                job.setTargetPath(found->name);
                job.setPendingWork(&ws.pending);
                runAccountJob(job, &succeeded, &message);
                audited = job.auditRecorded();
                mayHaveBeenMade = job.outcome() == AuditRecord::Outcome::Unknown;
            }
            const bool reveal = (succeeded || mayHaveBeenMade) && !generated.isEmpty() && step.kind == Kind::ResetPassword;
            if (reveal && passwords)
                passwords->write(QStringLiteral("%1\t%2\n").arg(step.user, generated).toUtf8());
            const QString verbName = AccountActionJob::verb(step.kind);
            if (parser.isSet(json)) {
                QJsonObject object{{QStringLiteral("directory"), found->name}, {QStringLiteral("login"), step.user},
                                   {QStringLiteral("dn"), step.accountId}, {QStringLiteral("action"), verbName},
                                   {QStringLiteral("ok"), succeeded && audited},
                                   {QStringLiteral("outcome"), succeeded ? QStringLiteral("ok")
                                                               : mayHaveBeenMade ? QStringLiteral("unknown") : QStringLiteral("failed")}};
                if (!succeeded || !audited)
                    object.insert(QStringLiteral("error"), message);
                if (reveal && parser.isSet(show))
                    object.insert(QStringLiteral("password"), generated);
                out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
            } else if (succeeded && audited) {
                out() << Cli::tr("%1: %2 done for %3").arg(found->name, verbName, printable(step.user));
                if (reveal && parser.isSet(show))
                    out() << '\t' << generated;
                out() << '\n';
            } else {
                out() << Cli::tr("%1: %2 failed for %3: %4").arg(found->name, verbName, printable(step.user), message) << '\n';
                if (reveal && parser.isSet(show))
                    out() << Cli::tr("The new password may have been set; keep it until you have checked: %1").arg(generated) << '\n';
            }
            out().flush();
            if (!succeeded || !audited) {
                ++failures;
                break; // no must-change after a failed reset
            }
        }
    }
    if (passwords)
        passwords->close();
    return failures == 0 ? 0 : 1;
}

} // namespace wb
