#pragma once

#include "core/accounts/AccountAction.h"
#include "core/accounts/AccountStatus.h"
#include "core/accounts/PasswordPolicy.h"
#include "core/audit/AuditLog.h"

#include <QList>
#include <QObject>
#include <QString>

namespace wb {

// The answer to one request to an account backend. It finishes exactly once,
// always after the call that made it has returned; its maker owns it until
// then and deletes it later (the caller may delete it earlier to drop it).
class AccountReply : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        Refused,            // the data was not sent: not a name, password or date we act on
        Connection,         // the host could not be reached or logged in to
        SudoPasswordNeeded, // not root, and sudo wants a password nobody gave
        SudoPasswordWrong,
        SudoNotAllowed,     // sudo took the password but its rules do not allow this
        NoSuchAccount,
        Failed,             // the host's tool refused or failed; the message has its words
        OutcomeUnknown,     // the data went out, then the connection ended: it may have been made
    };
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    bool succeeded() const { return m_finished && m_error == Error::None; }
    // One line, naming the host; empty on success.
    QString errorMessage() const { return m_message; }
    // For a listing or a read: the accounts the host reported.
    const QList<AccountStatus> &accounts() const { return m_accounts; }
    // For readPasswordPolicy(): what the place said.
    const PasswordPolicy &passwordPolicy() const { return m_policy; }
    void setPasswordPolicy(const PasswordPolicy &policy) { m_policy = policy; }
    // For backends that answer page by page (a directory's search): hands a
    // page on as it comes (accountsArrived), and keeps it for accounts().
    void addPage(const QList<AccountStatus> &page);

    // For backends: records the outcome and emits finished() (once).
    void finish(Error error, const QString &message, QList<AccountStatus> accounts = {});

Q_SIGNALS:
    void accountsArrived(const QList<wb::AccountStatus> &page);
    void finished();

private:
    bool m_finished = false;
    Error m_error = Error::None;
    QString m_message;
    QList<AccountStatus> m_accounts;
    PasswordPolicy m_policy;
};

// Where accounts live: a Linux host over SSH now, a directory (LDAP, Active
// Directory) later. Small on purpose: what a helpdesk needs, and nothing
// that only one kind of backend could honestly do.
class AccountBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The name the audit log and messages use for where the accounts are.
    virtual QString hostName() const = 0;
    // Where the accounts are and who acts there, for the audit log (its
    // inventory id and path are the caller's to add).
    virtual AuditTarget auditTarget() const = 0;
    // The audit log's target for one action: a directory names the DN acted on.
    virtual AuditTarget auditTargetFor(const AccountAction &action) const
    {
        Q_UNUSED(action);
        return auditTarget();
    }
    // People's accounts, or every account (system accounts too).
    virtual AccountReply *listAccounts(bool includeSystemAccounts) = 0;
    // One account's status; Error::NoSuchAccount when there is none.
    virtual AccountReply *readAccount(const QString &user) = 0;
    // One action; checks the data before anything is sent (Error::Refused).
    virtual AccountReply *perform(const AccountAction &action) = 0;
    // The rules a new password of `user` must follow (empty: the general ones);
    // a backend that cannot tell answers with an unknown policy.
    virtual AccountReply *readPasswordPolicy(const QString &user);
};

} // namespace wb
