#pragma once

#include "core/accounts/AccountAction.h"
#include "core/accounts/AccountStatus.h"
#include "core/accounts/PasswordPolicy.h"
#include "core/directory/LdapConnection.h"
#include "core/inventory/InventoryTypes.h"

#include <QCoreApplication>

#include <memory>

namespace wb {

// One request of an account action: a Password Modify, or a modification.
struct LdapStep
{
    enum class Kind { PasswordModify, Modify };
    Kind kind = Kind::Modify;
    QString password;                  // PasswordModify: a secret
    QList<LdapModification> changes;   // Modify (may hold a secret: unicodePwd)
};

// What one kind of directory means by people, their state and each action:
// the filters, the attributes read, an entry read as an account, and an
// action as LDAP requests. No I/O; the backend sends what it says.
class DirectoryProfile
{
public:
    virtual ~DirectoryProfile() = default;
    static std::unique_ptr<DirectoryProfile> create(DirectoryKind kind);

    virtual DirectoryKind kind() const = 0;
    // People whose name, login, e-mail or department contain `text` (as
    // typed: wildcards and parentheses escaped); everyone for an empty text.
    virtual QString peopleFilter(const QString &text) const = 0;
    // The one person with this login.
    virtual QString loginFilter(const QString &login) const = 0;
    // The group named `name` (its common name or account name).
    virtual QString groupFilter(const QString &name) const = 0;
    virtual QStringList attributes() const = 0;
    // Groups by their members' DNs, where the entries do not list their groups.
    virtual bool groupsFromGroupEntries() const = 0;
    virtual QString allGroupsFilter() const = 0;
    // A login this kind of directory can have (uid / sAMAccountName rules).
    virtual bool isValidLogin(const QString &login) const = 0;

    // Empty when this kind of directory has the action; otherwise why not
    // (Active Directory has no lock by hand, only lockout).
    virtual QString notApplicable(AccountAction::Kind kind) const
    {
        Q_UNUSED(kind);
        return {};
    }
    virtual AccountStatus status(const LdapEntry &entry) const = 0;
    // The password policy: the attribute of a person's entry naming the policy
    // that applies to them, the attributes of a policy entry, where the
    // general policy is (base, scope, filter), and a policy entry read.
    virtual QString policyPointerAttribute() const = 0;
    virtual QStringList policyAttributes() const = 0;
    virtual void generalPolicy(const QString &baseDn, QString *base, LdapConnection::Scope *scope, QString *filter) const = 0;
    virtual PasswordPolicy policy(const LdapEntry &entry) const = 0;
    // The requests for `action` on `entry` (read with attributes()); empty
    // with *refusal set when the action does not apply (exit status 2 in the CLI).
    virtual QList<LdapStep> steps(const AccountAction &action, const LdapEntry &entry, QString *refusal) const = 0;
protected:
    // One modification request.
    static QList<LdapStep> modify(QList<LdapModification> changes)
    {
        LdapStep step;
        step.changes = std::move(changes);
        return {step};
    }
    // The groups' names (their first RDN's value) from their DNs (memberOf).
    static QStringList groupNames(const QList<QByteArray> &dns)
    {
        QStringList names;
        for (const QByteArray &dn : dns)
            names.append(QString::fromUtf8(dn).section(u',', 0, 0).section(u'=', 1));
        return names;
    }

public:
    // Result codes a step may get without failing the action (e.g. deleting an absent attribute).
    virtual bool tolerated(const LdapStep &step, int code) const
    {
        Q_UNUSED(step);
        Q_UNUSED(code);
        return false;
    }
};

// OpenLDAP with the password-policy overlay (ppolicy): lock and unlock by
// pwdAccountLockedTime, must change by pwdReset, reset by Password Modify;
// expiry and disabling through shadowAccount's shadowExpire.
class OpenLdapProfile final : public DirectoryProfile
{
    Q_DECLARE_TR_FUNCTIONS(wb::OpenLdapProfile)
public:
    // pwdAccountLockedTime's value for a lock by hand (no end).
    static constexpr const char *administrativeLock = "000001010000Z";
    // shadowExpire's value for "disabled": expired on 1970-01-02.
    static constexpr int disabledShadowExpire = 1;

    DirectoryKind kind() const override { return DirectoryKind::OpenLdap; }
    QString peopleFilter(const QString &text) const override;
    QString loginFilter(const QString &login) const override;
    QString groupFilter(const QString &name) const override;
    QStringList attributes() const override;
    bool groupsFromGroupEntries() const override { return true; }
    QString allGroupsFilter() const override;
    bool isValidLogin(const QString &login) const override;
    AccountStatus status(const LdapEntry &entry) const override;
    QString policyPointerAttribute() const override { return QStringLiteral("pwdPolicySubentry"); }
    QStringList policyAttributes() const override;
    void generalPolicy(const QString &baseDn, QString *base, LdapConnection::Scope *scope, QString *filter) const override;
    PasswordPolicy policy(const LdapEntry &entry) const override;
    QList<LdapStep> steps(const AccountAction &action, const LdapEntry &entry, QString *refusal) const override;
    bool tolerated(const LdapStep &step, int code) const override;
};

// Active Directory (and Samba AD): reset by unicodePwd over TLS, must change
// by pwdLastSet=0, disable by userAccountControl's bit 2, unlock and the bad
// password count by lockoutTime=0, expiry by accountExpires (FILETIME); lock
// state from msDS-User-Account-Control-Computed, not the raw lockoutTime.
class ActiveDirectoryProfile final : public DirectoryProfile
{
    Q_DECLARE_TR_FUNCTIONS(wb::ActiveDirectoryProfile)
public:
    static constexpr qint64 accountDisable = 0x2;
    static constexpr qint64 lockout = 0x10;
    static constexpr qint64 dontExpirePassword = 0x10000;

    // The value unicodePwd takes: the password in double quotes, as UTF-16LE.
    static QByteArray unicodePwd(const QString &password);

    DirectoryKind kind() const override { return DirectoryKind::ActiveDirectory; }
    QString peopleFilter(const QString &text) const override;
    QString loginFilter(const QString &login) const override;
    QString groupFilter(const QString &name) const override;
    QStringList attributes() const override;
    bool groupsFromGroupEntries() const override { return false; }
    QString allGroupsFilter() const override { return {}; }
    bool isValidLogin(const QString &login) const override;
    QString notApplicable(AccountAction::Kind kind) const override;
    AccountStatus status(const LdapEntry &entry) const override;
    QString policyPointerAttribute() const override { return QStringLiteral("msDS-ResultantPSO"); }
    QStringList policyAttributes() const override;
    void generalPolicy(const QString &baseDn, QString *base, LdapConnection::Scope *scope, QString *filter) const override;
    PasswordPolicy policy(const LdapEntry &entry) const override;
    QList<LdapStep> steps(const AccountAction &action, const LdapEntry &entry, QString *refusal) const override;
};

} // namespace wb
