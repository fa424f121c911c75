#include "core/accounts/AccountInput.h"
#include "core/directory/DirectoryProfile.h"
#include "core/directory/LdapText.h"

namespace wb {

namespace {

const QString people = QStringLiteral("(objectCategory=person)(objectClass=user)");

qint64 number(const LdapEntry &entry, const QString &attribute, qint64 otherwise = 0)
{
    bool ok = false;
    const qint64 value = entry.value(attribute).toLongLong(&ok);
    return ok ? value : otherwise;
}

QByteArray text(qint64 value)
{
    return QByteArray::number(value);
}

} // namespace

QByteArray ActiveDirectoryProfile::unicodePwd(const QString &password)
{
    const QString quoted = u'"' + password + u'"';
    QByteArray bytes;
    bytes.reserve(quoted.size() * 2);
    for (const QChar c : quoted) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

QString ActiveDirectoryProfile::peopleFilter(const QString &text) const
{
    if (text.isEmpty())
        return QStringLiteral("(&%1)").arg(people);
    const QString v = LdapText::escapeFilterValue(text);
    return QStringLiteral("(&%1(|(sAMAccountName=*%2*)(displayName=*%2*)(cn=*%2*)(mail=*%2*)(department=*%2*)))").arg(people, v);
}

QString ActiveDirectoryProfile::loginFilter(const QString &login) const
{
    return QStringLiteral("(&%1(sAMAccountName=%2))").arg(people, LdapText::escapeFilterValue(login));
}

QString ActiveDirectoryProfile::groupFilter(const QString &name) const
{
    const QString v = LdapText::escapeFilterValue(name);
    return QStringLiteral("(&(objectClass=group)(|(cn=%1)(sAMAccountName=%1)))").arg(v);
}

QStringList ActiveDirectoryProfile::attributes() const
{
    return {QStringLiteral("objectClass"), QStringLiteral("sAMAccountName"), QStringLiteral("cn"), QStringLiteral("displayName"),
            QStringLiteral("mail"), QStringLiteral("userAccountControl"), QStringLiteral("msDS-User-Account-Control-Computed"),
            QStringLiteral("lockoutTime"), QStringLiteral("badPwdCount"), QStringLiteral("pwdLastSet"),
            QStringLiteral("accountExpires"), QStringLiteral("lastLogon"), QStringLiteral("lastLogonTimestamp"),
            QStringLiteral("memberOf")};
}

bool ActiveDirectoryProfile::isValidLogin(const QString &login) const
{
    // sAMAccountName: at most 20 characters, none of "/\[]:;|=,+*?<> or a
    // control character, and not only dots and spaces or ending in a dot.
    if (login.isEmpty() || login.size() > 20 || login.endsWith(u'.'))
        return false;
    bool onlyDotsAndSpaces = true;
    for (const QChar c : login) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || QStringView(u"\"/\\[]:;|=,+*?<>@").contains(c))
            return false;
        if (c != u'.' && c != u' ')
            onlyDotsAndSpaces = false;
    }
    return !onlyDotsAndSpaces;
}

QString ActiveDirectoryProfile::notApplicable(AccountAction::Kind kind) const
{
    if (kind == AccountAction::Kind::Lock)
        return tr("Active Directory has no lock by hand: an account is locked out only by bad passwords. Disable it instead.");
    return {};
}

AccountStatus ActiveDirectoryProfile::status(const LdapEntry &entry) const
{
    AccountStatus a;
    a.dn = entry.dn;
    a.name = entry.text(QStringLiteral("sAMAccountName"));
    a.fullName = entry.has(QStringLiteral("displayName")) ? entry.text(QStringLiteral("displayName")) : entry.text(QStringLiteral("cn"));
    a.mail = entry.text(QStringLiteral("mail"));
    const qint64 control = number(entry, QStringLiteral("userAccountControl"));
    // The computed value knows the lockout duration; lockoutTime stays set after it ran out.
    const qint64 computed = number(entry, QStringLiteral("msDS-User-Account-Control-Computed"));
    a.disabled = control & accountDisable;
    a.locked = computed & lockout;
    if (a.locked)
        a.lockedSince = LdapText::fromFileTime(number(entry, QStringLiteral("lockoutTime")));
    a.failedLogins = entry.has(QStringLiteral("badPwdCount")) ? int(number(entry, QStringLiteral("badPwdCount"))) : -1;
    const qint64 lastSet = number(entry, QStringLiteral("pwdLastSet"), -1);
    a.passwordNeverExpires = control & dontExpirePassword;
    a.mustChange = lastSet == 0 && !a.passwordNeverExpires;
    a.passwordLastSet = LdapText::fromFileTime(lastSet);
    a.lastChange = a.passwordLastSet.date();
    a.expiresAt = LdapText::fromFileTime(number(entry, QStringLiteral("accountExpires")));
    a.expiry = a.expiresAt.date();
    // lastLogon is this DC's own; lastLogonTimestamp the replicated one (up to two weeks late).
    const QDateTime here = LdapText::fromFileTime(number(entry, QStringLiteral("lastLogon")));
    const QDateTime replicated = LdapText::fromFileTime(number(entry, QStringLiteral("lastLogonTimestamp")));
    a.lastLogon = here.isValid() && (!replicated.isValid() || here > replicated) ? here : replicated;
    if (a.lastLogon.isValid())
        a.lastLogin = a.lastLogon.toString(Qt::ISODate);
    a.groups = groupNames(entry.values(QStringLiteral("memberOf")));
    a.actionable = isValidLogin(a.name);
    return a;
}

QStringList ActiveDirectoryProfile::policyAttributes() const
{
    // The domain's own (on its root) and a fine-grained policy's (msDS-PasswordSettings).
    return {QStringLiteral("minPwdLength"), QStringLiteral("pwdProperties"), QStringLiteral("pwdHistoryLength"),
            QStringLiteral("lockoutThreshold"), QStringLiteral("msDS-MinimumPasswordLength"),
            QStringLiteral("msDS-PasswordComplexityEnabled"), QStringLiteral("msDS-PasswordHistoryLength"),
            QStringLiteral("msDS-LockoutThreshold")};
}

void ActiveDirectoryProfile::generalPolicy(const QString &baseDn, QString *base, LdapConnection::Scope *scope, QString *filter) const
{
    *base = baseDn;
    *scope = LdapConnection::Scope::Base;
    *filter = QStringLiteral("(objectClass=*)");
}

PasswordPolicy ActiveDirectoryProfile::policy(const LdapEntry &entry) const
{
    PasswordPolicy p;
    p.known = true;
    p.source = entry.dn;
    const bool fineGrained = entry.has(QStringLiteral("msDS-MinimumPasswordLength"));
    const auto value = [&](const char *domain, const char *pso) {
        bool ok = false;
        const int v = entry.value(QLatin1String(fineGrained ? pso : domain)).toInt(&ok);
        return ok ? v : -1;
    };
    p.minLength = value("minPwdLength", "msDS-MinimumPasswordLength");
    p.history = value("pwdHistoryLength", "msDS-PasswordHistoryLength");
    p.maxFailures = value("lockoutThreshold", "msDS-LockoutThreshold");
    p.complexity = fineGrained ? entry.value(QStringLiteral("msDS-PasswordComplexityEnabled")).compare("TRUE", Qt::CaseInsensitive) == 0
                               : (number(entry, QStringLiteral("pwdProperties")) & 1) != 0; // DOMAIN_PASSWORD_COMPLEX
    return p;
}

QList<LdapStep> ActiveDirectoryProfile::steps(const AccountAction &action, const LdapEntry &entry, QString *refusal) const
{
    using Op = LdapModification::Op;
    using Kind = AccountAction::Kind;
    const qint64 control = number(entry, QStringLiteral("userAccountControl"), -1);
    const auto withControl = [&](qint64 set, qint64 clear) {
        if (control < 0) {
            *refusal = tr("Cannot read the userAccountControl of %1, so it was not changed.").arg(entry.dn);
            return QList<LdapStep>{};
        }
        return modify({{Op::Replace, "userAccountControl", {text((control | set) & ~clear)}}});
    };
    switch (action.kind) {
    case Kind::ResetPassword: {
        const QString problem = AccountInput::passwordProblem(action.password);
        if (!problem.isEmpty()) {
            *refusal = problem;
            return {};
        }
        return modify({{Op::Replace, "unicodePwd", {unicodePwd(action.password)}}});
    }
    case Kind::MustChangePassword:
        if (control >= 0 && (control & dontExpirePassword)) {
            if (!action.clearPasswordNeverExpires) {
                *refusal = tr("%1 has “password never expires” set, so “must change at next logon” would have no effect. "
                              "Clear “password never expires” with it (--clear-never-expires) to make it count.")
                               .arg(entry.dn);
                return {};
            }
            return modify({{Op::Replace, "userAccountControl", {text(control & ~dontExpirePassword)}},
                           {Op::Replace, "pwdLastSet", {"0"}}});
        }
        return modify({{Op::Replace, "pwdLastSet", {"0"}}});
    case Kind::Lock:
        *refusal = notApplicable(action.kind);
        return {};
    case Kind::Unlock:
    case Kind::ResetFailedLogins:
        return modify({{Op::Replace, "lockoutTime", {"0"}}});
    case Kind::Disable:
        return withControl(accountDisable, 0);
    case Kind::Enable:
        return withControl(0, accountDisable);
    case Kind::SetExpiry: {
        if (!AccountInput::isValidDate(action.date)) {
            *refusal = tr("“%1” is not a date (YYYY-MM-DD).").arg(action.date);
            return {};
        }
        const QDateTime at(QDate::fromString(action.date, Qt::ISODate), QTime(0, 0), Qt::UTC);
        return modify({{Op::Replace, "accountExpires", {text(LdapText::toFileTime(at))}}});
    }
    case Kind::ClearExpiry:
        return modify({{Op::Replace, "accountExpires", {text(LdapText::fileTimeNever)}}});
    case Kind::AddToGroup:
    case Kind::RemoveFromGroup:
        *refusal = QStringLiteral("internal: group changes go to the group's entry");
        return {};
    }
    return {};
}

} // namespace wb
