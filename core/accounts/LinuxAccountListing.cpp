#include "core/accounts/LinuxAccountListing.h"

#include "core/accounts/AccountInput.h"

namespace wb {

namespace {

// POSIX sh, no single quote anywhere (it is sent as sh -c '...'). The tools
// inside the loop read /dev/null, never the loop's own input.
// Before it: the mode line ("human", "all" or "one"); "one" reads the user
// name next, with LinuxAccountCommands::readUserScript().
const char *const listModeScript =
    "export LC_ALL=C\n"
    "IFS= read -r mode || mode=human\n"
    "case \"$mode\" in all|human|one) ;; *) echo \"werkbank: refused mode\" >&2; exit 64;; esac\n"
    "if [ \"$mode\" = one ]; then\n";
const char *const listScript =
    "fi\n"
    "printf \"today\\037%s\\n\" \"$(( $(date +%s) / 86400 ))\"\n"
    "{ if [ \"$mode\" = one ]; then getent passwd \"$u\"; else getent passwd; fi; } | while IFS=: read -r n x uid gid gecos home shell; do\n"
    "  if [ \"$mode\" = human ]; then\n"
    "    { [ \"$uid\" -ge 1000 ] && [ \"$uid\" -ne 65534 ]; } 2>/dev/null || continue\n"
    "  fi\n"
    "  s=$(getent shadow \"$n\" 2>/dev/null </dev/null); st=\"\"; lc=\"\"; mx=\"\"; ex=\"\"\n"
    "  if [ -n \"$s\" ]; then\n"
    "    old=$IFS; IFS=:; set -f; set -- $s; IFS=$old; set +f\n"
    "    case \"$2\" in \"!\"*) st=L;; \"\") st=N;; \"*\"*|x) st=X;; *) st=P;; esac\n"
    "    lc=$3; mx=$5; ex=$8\n"
    "  fi\n"
    "  fc=\"\"; command -v faillock >/dev/null 2>&1 && fc=$(faillock --user \"$n\" 2>/dev/null </dev/null | grep -c \" V$\")\n"
    "  ll=$(lastlog -u \"$n\" 2>/dev/null </dev/null | sed -n 2p)\n"
    "  g=$(id -nG \"$n\" 2>/dev/null </dev/null)\n"
    "  printf \"%s\\037%s\\037%s\\037%s\\037%s\\037%s\\037%s\\037%s\\037%s\\037%s\\037%s\\n\" "
    "\"$n\" \"$uid\" \"$gecos\" \"$shell\" \"$st\" \"$lc\" \"$mx\" \"$ex\" \"$fc\" \"$ll\" \"$g\"\n"
    "done\n";

constexpr char separator = '\x1f';
constexpr int fieldCount = 11;

QDate fromDays(const QString &days, bool *ok)
{
    const qint64 n = days.toLongLong(ok);
    return *ok ? QDate(1970, 1, 1).addDays(n) : QDate();
}

} // namespace

QString LinuxAccountListing::script()
{
    // The user name check reads $u and exits on a refusal, as in the action scripts.
    return QString::fromLatin1(listModeScript) + LinuxAccountCommands::readUserScript() + QString::fromLatin1(listScript);
}

RemoteInvocation LinuxAccountListing::invocation(bool includeSystemAccounts)
{
    return RemoteInvocation{LinuxAccountCommands::commandFor(script()),
                            includeSystemAccounts ? QByteArray("all\n") : QByteArray("human\n"), script()};
}

RemoteInvocation LinuxAccountListing::invocationFor(const QString &user)
{
    return RemoteInvocation{LinuxAccountCommands::commandFor(script()), "one\n" + user.toUtf8() + '\n', script()};
}

bool LinuxAccountListing::parse(const QByteArray &output, QList<AccountStatus> *accounts, QString *error)
{
    accounts->clear();
    QDate today;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> raw = line.split(separator);
        if (raw.size() == 2 && raw.at(0) == "today") {
            bool ok = false;
            today = fromDays(QString::fromLatin1(raw.at(1)), &ok);
            continue;
        }
        if (raw.size() != fieldCount) {
            if (error)
                *error = tr("The host's account list has a line Werkbank does not understand.");
            return false;
        }
        QStringList f;
        for (const QByteArray &field : raw)
            f << QString::fromUtf8(field);
        AccountStatus account;
        account.name = f.at(0);
        bool ok = false;
        account.uid = f.at(1).toLongLong(&ok);
        if (!ok)
            account.uid = -1;
        account.fullName = f.at(2).section(QLatin1Char(','), 0, 0);
        account.shell = f.at(3);
        const QString state = f.at(4);
        account.password = state == QLatin1String("P") ? AccountStatus::Password::Set
                           : state == QLatin1String("L") ? AccountStatus::Password::Locked
                           : state == QLatin1String("N") ? AccountStatus::Password::Empty
                           : state == QLatin1String("X") ? AccountStatus::Password::NotUsable
                                                         : AccountStatus::Password::Unknown;
        if (!f.at(5).isEmpty()) {
            // Changed "on day 0" is shadow's way of saying: at the next login.
            const QDate changed = fromDays(f.at(5), &ok);
            account.mustChange = ok && changed == QDate(1970, 1, 1);
            account.lastChange = account.mustChange ? QDate() : changed;
        }
        const int maxDays = f.at(6).toInt(&ok);
        account.maxAgeDays = ok && maxDays < 99999 ? maxDays : -1;
        if (!f.at(7).isEmpty()) {
            account.expiry = fromDays(f.at(7), &ok);
            account.disabled = ok && today.isValid() && account.expiry <= today;
        }
        const int failures = f.at(8).toInt(&ok);
        account.failedLogins = ok ? failures : -1;
        account.lastLogin = f.at(9).simplified();
        account.groups = f.at(10).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        account.actionable = AccountInput::isValidUsername(account.name);
        accounts->append(account);
    }
    if (!today.isValid()) {
        if (error)
            *error = tr("The host did not send an account list.");
        return false;
    }
    return true;
}

} // namespace wb
