#pragma once

#include "core/accounts/AccountBackend.h"
#include "core/inventory/InventoryTypes.h"

#include <functional>
#include <map>
#include <memory>

class QThread;

namespace wb {

class DirectoryWorker;
struct DirectoryMailbox;

// Accounts in a directory (OpenLDAP with ppolicy, Active Directory) through
// libldap on a worker thread of its own: every request returns at once, and
// its reply finishes later on the caller's thread. A person's id is the DN of
// their entry (AccountStatus::dn, AccountAction::accountId); a login is found
// by the directory kind's own attribute (uid, sAMAccountName).
//
// The connection is opened with the first request (TLS always, the bind
// password from setBindPassword(), kept in memory only) and kept; the kind of
// directory is read from the server's root DSE when the inventory says "detect".
class DirectoryAccountBackend : public AccountBackend
{
    Q_OBJECT
public:
    explicit DirectoryAccountBackend(Directory directory, QObject *parent = nullptr);
    ~DirectoryAccountBackend() override;

    void setBindPassword(const QString &password);
    bool hasBindPassword() const { return m_hasBindPassword; }
    // Connecting, and each request; 15 s.
    void setTimeout(int ms);
    const Directory &directory() const { return m_directory; }
    // The directory's kind: as set in the inventory, or as the server said
    // (kindKnown() after the first answer); Detect until then.
    DirectoryKind kind() const { return m_kind; }

    QString hostName() const override { return m_directory.name; }
    AuditTarget auditTarget() const override;
    AuditTarget auditTargetFor(const AccountAction &action) const override;
    // Everyone (a directory has no system accounts to leave out), page by page.
    AccountReply *listAccounts(bool includeSystemAccounts) override;
    // People whose name, login, e-mail or department contain `text`, as typed;
    // pages of `pageSize` arrive as accountsArrived() before finished().
    AccountReply *searchAccounts(const QString &text, int pageSize = 500);
    // By login, or by DN.
    AccountReply *readAccount(const QString &user) override;
    AccountReply *perform(const AccountAction &action) override;
    AccountReply *readPasswordPolicy(const QString &user) override;

    // Why `kind` does not apply to this directory (empty when it does); needs kind() known.
    QString notApplicable(AccountAction::Kind kind) const;

    // Active Directory: reading one account also asks every domain controller
    // (the directory's list, else those the directory names), each through a
    // backend of its own (its own thread and connection, so a dead DC holds up
    // nothing else) within the DC timeout (5 s), and merges what they say.
    // Tests replay recorded replies of DCs through a reader of their own.
    using DomainControllerReader = std::function<AccountReply *(const QString &server, const QString &dn)>;
    void setDomainControllerReader(DomainControllerReader reader) { m_readOnDc = std::move(reader); }
    void setDomainControllerTimeout(int ms) { m_dcTimeoutMs = ms; }
    // Active Directory: the domain controllers the domain names (their DNS
    // names, as the accounts' names of the reply); connects (and learns the kind) first.
    AccountReply *discoverDomainControllers();
    // A read of `dn` on one domain controller by the default reader.
    AccountReply *readOnDomainController(const QString &server, const QString &dn);

Q_SIGNALS:
    void kindKnown(wb::DirectoryKind kind);

private:
    template <typename Work>
    AccountReply *post(Work work);
    void askDomainControllers(AccountReply *result, const AccountStatus &status, bool searched);

    Directory m_directory;
    DirectoryKind m_kind;
    bool m_hasBindPassword = false;
    QString m_bindPassword;        // a secret, in memory only: the DC backends log in with it too
    bool m_isDomainControllerProbe = false;
    int m_dcTimeoutMs = 5000;
    int m_timeoutMs = 15000;
    QStringList m_foundDomainControllers;
    DomainControllerReader m_readOnDc;
    std::map<QString, std::unique_ptr<DirectoryAccountBackend>> m_dcBackends;
    QThread *m_thread = nullptr;
    DirectoryWorker *m_worker = nullptr; // lives on m_thread
    std::shared_ptr<DirectoryMailbox> m_mailbox;
};

} // namespace wb
