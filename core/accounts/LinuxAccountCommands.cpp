#include "core/accounts/LinuxAccountCommands.h"

#include "core/accounts/AccountInput.h"
#include "core/ssh/SudoExchange.h"

namespace wb {

namespace {

// The remote side's own checks, as POSIX sh (dash on Debian). `read -r`
// keeps backslashes; a line break cannot be inside a line; CR is refused.
// C collation, so [a-z] means those 26 bytes wherever the host's sh is bash.
const char *const readUser =
    "export LC_ALL=C\n"
    "IFS= read -r u || exit 65\n"
    "case \"$u\" in \"\"|[!a-z_]*|*[!a-z0-9_-]*) echo \"werkbank: refused user name\" >&2; exit 64;; esac\n"
    "[ ${#u} -le 32 ] || { echo \"werkbank: refused user name\" >&2; exit 64; }\n";
const char *const readPassword =
    "IFS= read -r p || exit 65\n"
    "cr=$(printf \"\\\\r\")\n"
    "case \"$p\" in \"\"|*\"$cr\"*) echo \"werkbank: refused password\" >&2; exit 64;; esac\n";
const char *const readDate =
    "IFS= read -r d || exit 65\n"
    "case \"$d\" in [0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]) ;; *) echo \"werkbank: refused date\" >&2; exit 64;; esac\n";
const char *const readGroup =
    "IFS= read -r g || exit 65\n"
    "case \"$g\" in \"\"|[!a-z_]*|*[!a-z0-9_-]*) echo \"werkbank: refused group name\" >&2; exit 64;; esac\n"
    "[ ${#g} -le 32 ] || { echo \"werkbank: refused group name\" >&2; exit 64; }\n";

QByteArray line(const QString &value)
{
    return value.toUtf8() + '\n';
}

} // namespace

QString LinuxAccountCommands::commandFor(const QString &script, const QString &nonce)
{
    return SudoExchange::command(script, nonce);
}

QString LinuxAccountCommands::readUserScript()
{
    return QString::fromLatin1(readUser);
}

QString LinuxAccountCommands::script(AccountAction::Kind kind)
{
    using Kind = AccountAction::Kind;
    QString text = readUserScript();
    switch (kind) {
    case Kind::ResetPassword:
        // printf is a shell builtin: the password never shows in a process list.
        // chpasswd -c hashes it itself, with the host's ENCRYPT_METHOD, instead of
        // going through PAM's quality checks: an administrator's reset is not
        // held to them, as root's passwd is not.
        return text + QString::fromLatin1(readPassword)
               + QStringLiteral("m=$(sed -n \"s/^ENCRYPT_METHOD[[:space:]]*//p\" /etc/login.defs 2>/dev/null)\n"
                                "case \"$m\" in SHA512|SHA256|YESCRYPT|MD5) ;; *) m=SHA512;; esac\n"
                                "printf \"%s:%s\\n\" \"$u\" \"$p\" | chpasswd -c \"$m\"\n");
    case Kind::MustChangePassword:
        return text + QStringLiteral("exec chage -d 0 -- \"$u\"\n");
    case Kind::Lock:
        return text + QStringLiteral("exec usermod -L -- \"$u\"\n");
    case Kind::Unlock:
        return text + QStringLiteral("exec usermod -U -- \"$u\"\n");
    case Kind::Disable:
        // An expired account refuses key logins too, unlike a locked password.
        return text + QStringLiteral("exec usermod -e 1 -- \"$u\"\n");
    case Kind::Enable:
        return text + QStringLiteral("exec usermod -e \"\" -- \"$u\"\n");
    case Kind::ResetFailedLogins:
        return text + QStringLiteral("exec faillock --user \"$u\" --reset\n");
    case Kind::SetExpiry:
        return text + QString::fromLatin1(readDate) + QStringLiteral("exec chage -E \"$d\" -- \"$u\"\n");
    case Kind::ClearExpiry:
        return text + QStringLiteral("exec chage -E -1 -- \"$u\"\n");
    case Kind::AddToGroup:
        return text + QString::fromLatin1(readGroup) + QStringLiteral("exec gpasswd -a \"$u\" \"$g\"\n");
    case Kind::RemoveFromGroup:
        return text + QString::fromLatin1(readGroup) + QStringLiteral("exec gpasswd -d \"$u\" \"$g\"\n");
    }
    return text;
}

bool LinuxAccountCommands::build(const AccountAction &action, RemoteInvocation *invocation, QString *error)
{
    using Kind = AccountAction::Kind;
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!AccountInput::isValidUsername(action.user))
        return refuse(tr("“%1” is not a user name Werkbank acts on (lower-case letters, digits, _ and -, "
                         "starting with a letter or _, at most 32).").arg(action.user));
    QByteArray input = line(action.user);
    switch (action.kind) {
    case Kind::ResetPassword:
        if (const QString problem = AccountInput::passwordProblem(action.password); !problem.isEmpty())
            return refuse(problem);
        input += line(action.password);
        break;
    case Kind::SetExpiry:
        if (!AccountInput::isValidDate(action.date))
            return refuse(tr("“%1” is not a date (YYYY-MM-DD).").arg(action.date));
        input += line(action.date);
        break;
    case Kind::AddToGroup:
    case Kind::RemoveFromGroup:
        if (!AccountInput::isValidGroupName(action.group))
            return refuse(tr("“%1” is not a group name Werkbank acts on.").arg(action.group));
        input += line(action.group);
        break;
    default:
        break;
    }
    invocation->script = script(action.kind);
    invocation->command = commandFor(invocation->script);
    invocation->input = input;
    return true;
}

} // namespace wb
