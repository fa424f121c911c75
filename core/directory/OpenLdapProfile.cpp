#include "core/accounts/AccountInput.h"
#include "core/directory/DirectoryProfile.h"
#include "core/directory/LdapText.h"

#include <QRegularExpression>

namespace wb {

namespace {

constexpr int noSuchAttribute = 16;

bool hasObjectClass(const LdapEntry &entry, const char *objectClass)
{
    for (const QByteArray &value : entry.values(QStringLiteral("objectClass"))) {
        if (value.compare(objectClass, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QDateTime fromDays(const QByteArray &days)
{
    bool ok = false;
    const qint64 value = days.toLongLong(&ok);
    if (!ok || value < 0)
        return {};
    return QDateTime(QDate(1970, 1, 1).addDays(value), QTime(0, 0), Qt::UTC);
}

} // namespace

QString OpenLdapProfile::peopleFilter(const QString &text) const
{
    const QString people = QStringLiteral("(|(objectClass=inetOrgPerson)(objectClass=posixAccount))");
    if (text.isEmpty())
        return people;
    const QString v = LdapText::escapeFilterValue(text);
    return QStringLiteral("(&%1(|(uid=*%2*)(cn=*%2*)(displayName=*%2*)(mail=*%2*)(departmentNumber=*%2*)(ou=*%2*)))")
        .arg(people, v);
}

QString OpenLdapProfile::loginFilter(const QString &login) const
{
    return QStringLiteral("(&(|(objectClass=inetOrgPerson)(objectClass=posixAccount))(uid=%1))")
        .arg(LdapText::escapeFilterValue(login));
}

QString OpenLdapProfile::groupFilter(const QString &name) const
{
    return QStringLiteral("(&(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=posixGroup))(cn=%1))")
        .arg(LdapText::escapeFilterValue(name));
}

QString OpenLdapProfile::allGroupsFilter() const
{
    return QStringLiteral("(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=posixGroup))");
}

QStringList OpenLdapProfile::attributes() const
{
    // Operational attributes are only returned when named.
    return {QStringLiteral("objectClass"), QStringLiteral("uid"), QStringLiteral("cn"), QStringLiteral("displayName"),
            QStringLiteral("mail"), QStringLiteral("uidNumber"), QStringLiteral("loginShell"), QStringLiteral("shadowExpire"),
            QStringLiteral("pwdAccountLockedTime"), QStringLiteral("pwdFailureTime"), QStringLiteral("pwdChangedTime"),
            QStringLiteral("pwdReset"), QStringLiteral("pwdLastSuccess"), QStringLiteral("memberOf")};
}

bool OpenLdapProfile::isValidLogin(const QString &login) const
{
    // RFC 4519's uid is any string; what people and tools use is narrower.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._@-]{0,63}$"));
    return pattern.match(login).hasMatch();
}

AccountStatus OpenLdapProfile::status(const LdapEntry &entry) const
{
    AccountStatus a;
    a.dn = entry.dn;
    a.name = entry.text(QStringLiteral("uid"));
    a.fullName = entry.has(QStringLiteral("displayName")) ? entry.text(QStringLiteral("displayName"))
                                                          : entry.text(QStringLiteral("cn"));
    a.mail = entry.text(QStringLiteral("mail"));
    a.uid = entry.has(QStringLiteral("uidNumber")) ? entry.value(QStringLiteral("uidNumber")).toLongLong() : -1;
    a.shell = entry.text(QStringLiteral("loginShell"));
    a.password = AccountStatus::Password::Unknown; // userPassword is not readable, by design
    const QByteArray lockedTime = entry.value(QStringLiteral("pwdAccountLockedTime"));
    a.locked = !lockedTime.isEmpty();
    if (a.locked && lockedTime != administrativeLock)
        a.lockedSince = LdapText::parseGeneralizedTime(lockedTime);
    a.failedLogins = int(entry.values(QStringLiteral("pwdFailureTime")).size());
    a.passwordLastSet = LdapText::parseGeneralizedTime(entry.value(QStringLiteral("pwdChangedTime")));
    a.lastChange = a.passwordLastSet.date();
    a.mustChange = entry.value(QStringLiteral("pwdReset")).compare("TRUE", Qt::CaseInsensitive) == 0;
    a.lastLogon = LdapText::parseGeneralizedTime(entry.value(QStringLiteral("pwdLastSuccess")));
    if (a.lastLogon.isValid())
        a.lastLogin = a.lastLogon.toString(Qt::ISODate);
    const QByteArray shadowExpire = entry.value(QStringLiteral("shadowExpire"));
    const bool disabledMark = !shadowExpire.isEmpty() && shadowExpire.toLongLong() <= disabledShadowExpire
                              && shadowExpire.toLongLong() >= 0;
    a.disabled = disabledMark;
    if (!disabledMark) {
        a.expiresAt = fromDays(shadowExpire);
        a.expiry = a.expiresAt.date();
        if (a.expiresAt.isValid() && a.expiresAt <= QDateTime::currentDateTimeUtc())
            a.disabled = true; // expired: the login is refused as when disabled
    }
    a.groups = groupNames(entry.values(QStringLiteral("memberOf")));
    a.actionable = isValidLogin(a.name);
    return a;
}

QStringList OpenLdapProfile::policyAttributes() const
{
    return {QStringLiteral("pwdMinLength"), QStringLiteral("pwdCheckQuality"), QStringLiteral("pwdInHistory"),
            QStringLiteral("pwdMaxFailure"), QStringLiteral("pwdLockout")};
}

void OpenLdapProfile::generalPolicy(const QString &baseDn, QString *base, LdapConnection::Scope *scope, QString *filter) const
{
    // The overlay's default policy is not shown to clients: the policy entries
    // under the base, the one called "default" first.
    *base = baseDn;
    *scope = LdapConnection::Scope::Subtree;
    *filter = QStringLiteral("(objectClass=pwdPolicy)");
}

PasswordPolicy OpenLdapProfile::policy(const LdapEntry &entry) const
{
    PasswordPolicy p;
    p.known = true;
    p.source = entry.dn;
    const auto number = [&](const char *name) {
        bool ok = false;
        const int value = entry.value(QLatin1String(name)).toInt(&ok);
        return ok ? value : -1;
    };
    p.minLength = number("pwdMinLength");
    p.complexity = number("pwdCheckQuality") > 0;
    p.history = number("pwdInHistory");
    const bool lockout = entry.value(QStringLiteral("pwdLockout")).compare("TRUE", Qt::CaseInsensitive) == 0;
    p.maxFailures = lockout ? number("pwdMaxFailure") : 0;
    return p;
}

QList<LdapStep> OpenLdapProfile::steps(const AccountAction &action, const LdapEntry &entry, QString *refusal) const
{
    using Op = LdapModification::Op;
    using Kind = AccountAction::Kind;
    const bool shadow = hasObjectClass(entry, "shadowAccount");
    const auto needsShadow = [&](const QString &what) {
        *refusal = tr("%1 is not a shadowAccount, so OpenLDAP has no attribute to %2 it by (shadowExpire); "
                      "lock it instead, or add the shadowAccount object class.")
                       .arg(entry.dn, what);
        return QList<LdapStep>{};
    };
    switch (action.kind) {
    case Kind::ResetPassword: {
        const QString problem = AccountInput::passwordProblem(action.password);
        if (!problem.isEmpty()) {
            *refusal = problem;
            return {};
        }
        LdapStep reset;
        reset.kind = LdapStep::Kind::PasswordModify;
        reset.password = action.password;
        // An administrator's reset leaves "must change" as it was asked for:
        // cleared here, set by the must-change action that may follow.
        LdapStep clear;
        clear.changes = {{Op::Delete, "pwdReset", {}}};
        return {reset, clear};
    }
    case Kind::MustChangePassword:
        return modify({{Op::Replace, "pwdReset", {"TRUE"}}});
    case Kind::Lock:
        return modify({{Op::Replace, "pwdAccountLockedTime", {administrativeLock}}});
    case Kind::Unlock:
    case Kind::ResetFailedLogins:
        // One atomic modify that sets and removes the lock: it works whether
        // or not the account is locked now, and the overlay forgets the
        // failed logins (pwdFailureTime, which no client may change) with it.
        return modify({{Op::Replace, "pwdAccountLockedTime", {administrativeLock}},
                       {Op::Delete, "pwdAccountLockedTime", {}}});
    case Kind::Disable:
        if (!shadow)
            return needsShadow(tr("disable"));
        return modify({{Op::Replace, "shadowExpire", {QByteArray::number(disabledShadowExpire)}}});
    case Kind::Enable:
    case Kind::ClearExpiry:
        if (!shadow)
            return needsShadow(action.kind == Kind::Enable ? tr("enable") : tr("set the expiry of"));
        return modify({{Op::Delete, "shadowExpire", {}}});
    case Kind::SetExpiry: {
        if (!AccountInput::isValidDate(action.date)) {
            *refusal = tr("“%1” is not a date (YYYY-MM-DD).").arg(action.date);
            return {};
        }
        if (!shadow)
            return needsShadow(tr("set the expiry of"));
        const qint64 days = QDate(1970, 1, 1).daysTo(QDate::fromString(action.date, Qt::ISODate));
        if (days <= disabledShadowExpire) {
            *refusal = tr("An expiry before 1970-01-03 cannot be told apart from “disabled”; use disable.");
            return {};
        }
        return modify({{Op::Replace, "shadowExpire", {QByteArray::number(days)}}});
    }
    case Kind::AddToGroup:
    case Kind::RemoveFromGroup:
        *refusal = QStringLiteral("internal: group changes go to the group's entry"); // the backend handles them
        return {};
    }
    return {};
}

bool OpenLdapProfile::tolerated(const LdapStep &step, int code) const
{
    // Deleting pwdReset or shadowExpire that is not there is the state wanted.
    return code == noSuchAttribute && step.kind == LdapStep::Kind::Modify && step.changes.size() == 1
           && step.changes.first().op == LdapModification::Op::Delete;
}

std::unique_ptr<DirectoryProfile> DirectoryProfile::create(DirectoryKind kind)
{
    switch (kind) {
    case DirectoryKind::OpenLdap: return std::make_unique<OpenLdapProfile>();
    case DirectoryKind::ActiveDirectory: return std::make_unique<ActiveDirectoryProfile>();
    case DirectoryKind::Detect: break;
    }
    return nullptr;
}

} // namespace wb
