#include "app/cli/AccountCommand.h"

#include "app/AppOptions.h"
#include "app/cli/CliSupport.h"
#include "app/cli/DirectoryAccounts.h"
#include "core/accounts/AccountActionJob.h"
#include "core/accounts/AccountInput.h"
#include "core/accounts/LinuxSshAccountBackend.h"
#include "core/accounts/PasswordGenerator.h"
#include "core/targets/TargetResolver.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace wb {

namespace {

enum class Verb { List, Show, Reset, MustChange, Lock, Unlock, Disable, Enable, ResetFailures, Expire };

const QList<std::pair<QString, Verb>> &verbs()
{
    static const QList<std::pair<QString, Verb>> list = {
        {QStringLiteral("list"), Verb::List},           {QStringLiteral("show"), Verb::Show},
        {QStringLiteral("reset"), Verb::Reset},         {QStringLiteral("must-change"), Verb::MustChange},
        {QStringLiteral("lock"), Verb::Lock},           {QStringLiteral("unlock"), Verb::Unlock},
        {QStringLiteral("disable"), Verb::Disable},     {QStringLiteral("enable"), Verb::Enable},
        {QStringLiteral("reset-failures"), Verb::ResetFailures}, {QStringLiteral("expire"), Verb::Expire},
    };
    return list;
}

QString passwordWord(AccountStatus::Password state)
{
    switch (state) {
    case AccountStatus::Password::Set: return QStringLiteral("set");
    case AccountStatus::Password::Locked: return QStringLiteral("locked");
    case AccountStatus::Password::Empty: return QStringLiteral("empty");
    case AccountStatus::Password::NotUsable: return QStringLiteral("none");
    case AccountStatus::Password::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QJsonObject toJson(const QString &host, const AccountStatus &a)
{
    auto date = [](const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
    return QJsonObject{{QStringLiteral("host"), host},
                       {QStringLiteral("account"), a.name},
                       {QStringLiteral("uid"), a.uid},
                       {QStringLiteral("full_name"), a.fullName},
                       {QStringLiteral("shell"), a.shell},
                       {QStringLiteral("password"), passwordWord(a.password)},
                       {QStringLiteral("disabled"), a.disabled},
                       {QStringLiteral("last_change"), date(a.lastChange)},
                       {QStringLiteral("must_change"), a.mustChange},
                       {QStringLiteral("max_age_days"), a.maxAgeDays >= 0 ? QJsonValue(a.maxAgeDays) : QJsonValue()},
                       {QStringLiteral("expiry"), date(a.expiry)},
                       {QStringLiteral("failed_logins"), a.failedLogins >= 0 ? QJsonValue(a.failedLogins) : QJsonValue()},
                       {QStringLiteral("last_login"), a.lastLogin},
                       {QStringLiteral("groups"), QJsonArray::fromStringList(a.groups)},
                       {QStringLiteral("actionable"), a.actionable}};
}

void printAccounts(const QList<AccountStatus> &accounts)
{
    QList<QStringList> rows;
    rows << QStringList{Cli::tr("ACCOUNT"), Cli::tr("UID"), Cli::tr("PASSWORD"), Cli::tr("STATE"), Cli::tr("CHANGED"),
                        Cli::tr("EXPIRES"), Cli::tr("FAILED"), Cli::tr("GROUPS")};
    for (const AccountStatus &a : accounts) {
        rows << QStringList{printable(a.name) + (a.actionable ? QString() : Cli::tr(" (shown only)")),
                            QString::number(a.uid),
                            passwordWord(a.password),
                            a.disabled ? Cli::tr("disabled") : Cli::tr("enabled"),
                            a.mustChange ? Cli::tr("must change") : a.lastChange.isValid() ? a.lastChange.toString(Qt::ISODate) : QStringLiteral("-"),
                            a.expiry.isValid() ? a.expiry.toString(Qt::ISODate) : Cli::tr("never"),
                            a.failedLogins >= 0 ? QString::number(a.failedLogins) : QStringLiteral("-"),
                            printable(a.groups.join(QLatin1Char(',')))};
    }
    printColumns(rows);
}

void printOne(const AccountStatus &a)
{
    const auto never = Cli::tr("never");
    const QList<std::pair<QString, QString>> fields = {
        {Cli::tr("Account"), printable(a.name) + (a.actionable ? QString() : Cli::tr(" (not a name Werkbank acts on)"))},
        {Cli::tr("UID"), QString::number(a.uid)},
        {Cli::tr("Full name"), printable(a.fullName)},
        {Cli::tr("Shell"), printable(a.shell)},
        {Cli::tr("Password"), passwordWord(a.password)},
        {Cli::tr("State"), a.disabled ? Cli::tr("disabled") : Cli::tr("enabled")},
        {Cli::tr("Last changed"), a.lastChange.isValid() ? a.lastChange.toString(Qt::ISODate) : QStringLiteral("-")},
        {Cli::tr("Must change"), a.mustChange ? Cli::tr("yes, at the next login") : Cli::tr("no")},
        {Cli::tr("Maximum age"), a.maxAgeDays >= 0 ? Cli::tr("%n day(s)", nullptr, a.maxAgeDays) : never},
        {Cli::tr("Expires"), a.expiry.isValid() ? a.expiry.toString(Qt::ISODate) : never},
        {Cli::tr("Failed logins"), a.failedLogins >= 0 ? QString::number(a.failedLogins) : Cli::tr("unknown")},
        {Cli::tr("Last login"), a.lastLogin.isEmpty() ? Cli::tr("unknown") : printable(a.lastLogin)},
        {Cli::tr("Groups"), printable(a.groups.join(QLatin1Char(' ')))},
    };
    printFields(fields);
}

// The inventory host a resolved target stands for: the one host with its
// name, address and port; 0 for a target typed as user@host:port or an alias.
HostId inventoryHostFor(const Inventory &inventory, const SshEndpoint &endpoint)
{
    HostId found = 0;
    for (const Host &host : inventory.allHosts()) {
        if (host.name != endpoint.name || host.connectAddress() != endpoint.host || host.port != endpoint.port)
            continue;
        if (found != 0)
            return 0; // two alike: naming either would be a guess
        found = host.id;
    }
    return found;
}

bool needsSudoPassword(AccountReply::Error error)
{
    return error == AccountReply::Error::SudoPasswordNeeded || error == AccountReply::Error::SudoPasswordWrong;
}

} // namespace

QString AccountCommand::synopsis() const
{
    return QStringLiteral("account ACTION --host H [--user U] [--generate | --password-stdin] [--show] [--date D] [--json] | "
                          "account ACTION --directory NAME [--user LOGIN | --search TEXT | --users-from FILE] "
                          "[--generate | --password-stdin] [--group G] [--date D|never] [--json]");
}

QString AccountCommand::summary() const
{
    return Cli::tr("list, show, reset, must-change, lock, unlock, disable, enable,\nreset-failures or expire accounts on a Linux host or in a directory (audited)");
}

int AccountCommand::execute(const QStringList &arguments)
{
    // A directory's accounts have options of their own (DirectoryAccounts).
    if (std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &argument) {
            return argument == QLatin1String("--directory") || argument.startsWith(QLatin1String("--directory="));
        }))
        return runDirectoryAccounts(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists or changes accounts on a Linux host over SSH, as root or through sudo. Every change is written "
                "to the workspace's audit log, also when it fails.\n"
                "ACTION: list, show, reset, must-change, lock, unlock, disable, enable, reset-failures, expire."));
    parser.addHelpOption();
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption host(QStringLiteral("host"), Cli::tr("An inventory host by name or path (site/role/name), or user@host:port."), Cli::tr("host"));
    const QCommandLineOption user({QStringLiteral("u"), QStringLiteral("user")}, Cli::tr("The account to act on."), Cli::tr("name"));
    const QCommandLineOption generate(QStringLiteral("generate"), Cli::tr("reset: generate the new password (shown only with --show)."));
    const QCommandLineOption length(QStringLiteral("length"), Cli::tr("reset --generate: its length (default 16)."), Cli::tr("n"), QStringLiteral("16"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), Cli::tr("reset: read the new password from the first line of standard input."));
    const QCommandLineOption sudoStdin(QStringLiteral("sudo-password-stdin"),
                                       Cli::tr("Read the sudo password from the first line of standard input "
                                               "(before the new password, with --password-stdin)."));
    const QCommandLineOption show(QStringLiteral("show"), Cli::tr("reset --generate: print the new password."));
    const QCommandLineOption mustChange(QStringLiteral("must-change"), Cli::tr("reset: the user must change it at the next login."));
    const QCommandLineOption date(QStringLiteral("date"), Cli::tr("expire: the expiry date, or never."), Cli::tr("YYYY-MM-DD"));
    const QCommandLineOption system(QStringLiteral("system"), Cli::tr("list: system accounts too."));
    const QCommandLineOption ticket(QStringLiteral("ticket"), Cli::tr("The ticket the change is done for (kept in the audit log)."), Cli::tr("id"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("JSON: list prints one array; show and the changes one object per account or action and line."));
    const QCommandLineOption identity({QStringLiteral("i"), QStringLiteral("identity")}, Cli::tr("Private key for a user@host:port target."), Cli::tr("file"));
    const QCommandLineOption sshConfig(QStringLiteral("ssh-config"), Cli::tr("Resolve --host as an alias from this OpenSSH client config."), Cli::tr("file"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Cli::tr("How long one request to the host may take, connecting included (default 60). "
                                             "A change that runs out of time after it was sent may have been made."),
                                     Cli::tr("seconds"), QStringLiteral("60"));
    parser.addOptions({host, user, generate, length, passwordStdin, sudoStdin, show, mustChange, date, system, ticket, json, identity,
                       sshConfig, timeout});
    parser.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("What to do."), QStringLiteral("ACTION"));
    if (!parse(parser, QStringLiteral("account"), arguments))
        return 2;

    auto usage = [](const QString &message) {
        err() << message << Qt::endl;
        return 2;
    };
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1)
        return usage(Cli::tr("account needs one ACTION: list, show, reset, must-change, lock, unlock, disable, enable, "
                             "reset-failures or expire."));
    Verb verb = Verb::List;
    bool known = false;
    for (const auto &[word, value] : verbs()) {
        if (word == words.first()) {
            verb = value;
            known = true;
        }
    }
    if (!known)
        return usage(Cli::tr("“%1” is not an account action.").arg(words.first()));
    if (parser.values(host).size() != 1)
        return usage(Cli::tr("account needs exactly one --host."));
    const QString account = parser.value(user);
    if (verb != Verb::List && account.isEmpty())
        return usage(Cli::tr("%1 needs --user.").arg(words.first()));
    if (verb == Verb::Reset && (parser.isSet(generate) && parser.isSet(passwordStdin)))
        return usage(Cli::tr("Give --generate or --password-stdin, not both."));
    if (verb == Verb::Reset && !parser.isSet(generate) && !parser.isSet(passwordStdin) && !isatty(STDIN_FILENO))
        return usage(Cli::tr("reset needs --generate or --password-stdin (one of them)."));
    if (verb == Verb::Expire && !parser.isSet(date))
        return usage(Cli::tr("expire needs --date YYYY-MM-DD (or --date never)."));
    bool ok = true;
    const qint64 ticketId = parser.isSet(ticket) ? parser.value(ticket).toLongLong(&ok) : 0;
    if (!ok || ticketId < 0)
        return usage(Cli::tr("--ticket must be a ticket number."));
    const int timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || timeoutSeconds < 1 || timeoutSeconds > 3600)
        return usage(Cli::tr("--timeout must be from 1 to 3600 seconds."));

    // Standard input: the sudo password first, then the new password.
    LinuxSshAccountBackend *backend = nullptr;
    QString sudoPassword;
    if (parser.isSet(sudoStdin) && !readStdinLine(&sudoPassword))
        return usage(Cli::tr("--sudo-password-stdin: standard input is empty."));

    QList<AccountAction> actions;
    AccountAction action;
    action.user = account;
    QString generated;
    switch (verb) {
    case Verb::Reset: {
        action.kind = AccountAction::Kind::ResetPassword;
        if (parser.isSet(generate)) {
            PasswordGenerator generator;
            generator.length = parser.value(length).toInt(&ok);
            if (!ok || generator.length < PasswordGenerator::minLength || generator.length > PasswordGenerator::maxLength)
                return usage(Cli::tr("--length must be from %1 to %2.").arg(PasswordGenerator::minLength).arg(PasswordGenerator::maxLength));
            generated = action.password = generator.generate();
        } else if (parser.isSet(passwordStdin)) {
            if (!readStdinLine(&action.password))
                return usage(Cli::tr("--password-stdin: standard input has no password line."));
        } else {
            QString again;
            if (!askHidden(Cli::tr("New password for %1: ").arg(account), &action.password)
                || !askHidden(Cli::tr("The same again: "), &again))
                return usage(Cli::tr("reset needs --generate or --password-stdin (one of them)."));
            if (again != action.password)
                return fail(Cli::tr("The two passwords differ; nothing was changed."));
        }
        actions << action;
        if (parser.isSet(mustChange)) {
            AccountAction then = action;
            then.kind = AccountAction::Kind::MustChangePassword;
            then.password.clear();
            actions << then;
        }
        break;
    }
    case Verb::MustChange: action.kind = AccountAction::Kind::MustChangePassword; actions << action; break;
    case Verb::Lock: action.kind = AccountAction::Kind::Lock; actions << action; break;
    case Verb::Unlock: action.kind = AccountAction::Kind::Unlock; actions << action; break;
    case Verb::Disable: action.kind = AccountAction::Kind::Disable; actions << action; break;
    case Verb::Enable: action.kind = AccountAction::Kind::Enable; actions << action; break;
    case Verb::ResetFailures: action.kind = AccountAction::Kind::ResetFailedLogins; actions << action; break;
    case Verb::Expire:
        if (parser.value(date) == QLatin1String("never")) {
            action.kind = AccountAction::Kind::ClearExpiry;
        } else {
            action.kind = AccountAction::Kind::SetExpiry;
            action.date = parser.value(date);
        }
        actions << action;
        break;
    case Verb::List:
    case Verb::Show:
        break;
    }

    OpenWorkspace ws;
    if (!ws.open(common.workspacePath(parser)))
        return fail(ws.error);
    TargetResolver resolved(ws.inventory, SshSettings::load(ws.inventory.database()));
    QString error;
    if (parser.isSet(sshConfig) && !resolved.loadSshConfig(parser.value(sshConfig), &error))
        return fail(error);
    if (parser.isSet(identity))
        resolved.setIdentity(parser.value(identity));
    bool ambiguous = false;
    if (!resolved.addHost(parser.value(host), &error, &ambiguous))
        return ambiguous ? failUsage(error) : fail(error);
    LinuxSshAccountBackend hostBackend(resolved.targets().first());
    backend = &hostBackend;
    backend->setTimeout(timeoutSeconds * 1000);
    if (!sudoPassword.isEmpty())
        backend->setSudoPassword(sudoPassword);
    const QString hostName = backend->hostName();
    const SshEndpoint &login = backend->target().endpoint;
    const HostId inventoryHost = inventoryHostFor(ws.inventory, login);
    const QString targetPath = ws.inventory.hostPath(inventoryHost);

    // Asks for sudo's password on the terminal when sudo wants one nobody gave
    // (or the one given was wrong), up to three times, as sudo itself would.
    int asked = 0;
    auto askSudo = [&](AccountReply::Error error) {
        if (!needsSudoPassword(error) || parser.isSet(sudoStdin) || asked >= 3)
            return false;
        QString typed;
        if (!askHidden(Cli::tr("sudo password for %1 on %2: ").arg(login.user, hostName), &typed))
            return false;
        ++asked;
        backend->setSudoPassword(typed);
        return true;
    };

    if (verb == Verb::List || verb == Verb::Show) {
        AccountReply *reply = nullptr;
        do {
            reply = awaitReply(verb == Verb::List ? backend->listAccounts(parser.isSet(system)) : backend->readAccount(account));
        } while (!reply->succeeded() && askSudo(reply->error()));
        if (!reply->succeeded())
            return fail(reply->errorMessage());
        if (parser.isSet(json) && verb == Verb::List) {
            QJsonArray array;
            for (const AccountStatus &a : reply->accounts())
                array.append(toJson(hostName, a));
            printJsonArray(array);
        } else if (parser.isSet(json)) {
            out() << QJsonDocument(toJson(hostName, reply->accounts().first())).toJson(QJsonDocument::Compact) << '\n';
            out().flush();
        } else if (verb == Verb::List) {
            printAccounts(reply->accounts());
        } else {
            printOne(reply->accounts().first());
        }
        return 0;
    }

    for (const AccountAction &step : actions) {
        bool succeeded = false;
        bool audited = true;
        bool mayHaveBeenMade = false;
        QString message;
        for (;;) {
            AccountActionJob job(backend, step, ws.workspace.database());
            job.setTicket(ticketId, inventoryHost);
            job.setTargetPath(targetPath);
            job.setPendingWork(&ws.pending);
            runAccountJob(job, &succeeded, &message);
            audited = job.auditRecorded();
            mayHaveBeenMade = job.outcome() == AuditRecord::Outcome::Unknown;
            if (succeeded || !askSudo(job.error()))
                break;
        }
        const QString verbName = AccountActionJob::verb(step.kind);
        // A generated password the host may have taken is shown like one it took:
        // a password set there must never be one nobody knows.
        const bool revealGenerated = (succeeded || mayHaveBeenMade) && !generated.isEmpty()
                                     && step.kind == AccountAction::Kind::ResetPassword;
        if (parser.isSet(json)) {
            QJsonObject object{{QStringLiteral("host"), hostName}, {QStringLiteral("account"), step.user},
                               {QStringLiteral("action"), verbName}, {QStringLiteral("ok"), succeeded},
                               {QStringLiteral("outcome"), succeeded ? QStringLiteral("ok")
                                                           : mayHaveBeenMade ? QStringLiteral("unknown") : QStringLiteral("failed")}};
            if (!succeeded || !audited)
                object.insert(QStringLiteral("error"), message);
            if (revealGenerated && parser.isSet(show))
                object.insert(QStringLiteral("password"), generated);
            out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
            out().flush();
        } else if (mayHaveBeenMade && revealGenerated) {
            if (parser.isSet(show))
                out() << Cli::tr("The new password may have been set; keep it until you have checked: %1").arg(generated) << '\n';
            else
                out() << Cli::tr("A new password was generated and may have been set; it is not shown (add --show to see it).") << '\n';
            out().flush();
        } else if (succeeded) {
            out() << Cli::tr("%1: %2 done for %3").arg(hostName, verbName, step.user) << '\n';
            if (!generated.isEmpty() && step.kind == AccountAction::Kind::ResetPassword) {
                if (parser.isSet(show))
                    out() << Cli::tr("New password: %1").arg(generated) << '\n';
                else
                    out() << Cli::tr("A new password was generated and set; it is not shown (add --show to see it).") << '\n';
            }
            out().flush();
        }
        if (!succeeded) {
            if (!parser.isSet(json))
                fail(message);
            return 1;
        }
        if (!audited) // done on the host, but with no record of it: not a success
            return fail(message);
    }
    return 0;
}

} // namespace wb
