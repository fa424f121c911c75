#pragma once

#include "core/accounts/AccountBackend.h"
#include "core/inventory/InventoryTypes.h"

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

    // Why `kind` does not apply to this directory (empty when it does); needs kind() known.
    QString notApplicable(AccountAction::Kind kind) const;

Q_SIGNALS:
    void kindKnown(wb::DirectoryKind kind);

private:
    template <typename Work>
    AccountReply *post(Work work);

    Directory m_directory;
    DirectoryKind m_kind;
    bool m_hasBindPassword = false;
    QThread *m_thread = nullptr;
    DirectoryWorker *m_worker = nullptr; // lives on m_thread
    std::shared_ptr<DirectoryMailbox> m_mailbox;
};

} // namespace wb
