#pragma once

#include "core/accounts/AccountBackend.h"
#include "core/directory/DirectoryProfile.h"
#include "core/directory/LdapConnection.h"
#include "core/inventory/InventoryTypes.h"

#include <QMutex>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

namespace wb {

// How the worker's answers reach the thread that asked: posted to a target
// object there, as long as it exists (its destructor clears the target first,
// under the lock, so a post never races with its going away).
struct DirectoryMailbox
{
    QMutex mutex;
    QObject *target = nullptr;
    void post(std::function<void()> work);
    void close();
};

// One reply's way back: pages and the end, delivered on the asking thread.
// `cancelled` is set there when the reply goes away, so a search stops paging.
class ReplyChannel
{
public:
    ReplyChannel(std::shared_ptr<DirectoryMailbox> mailbox, AccountReply *reply);
    void page(const QList<AccountStatus> &accounts) const;
    void finish(AccountReply::Error error, const QString &message, const QList<AccountStatus> &accounts = {}) const;
    void finishWithPolicy(const PasswordPolicy &policy) const;
    bool cancelled() const { return m_cancelled->load(); }

private:
    std::shared_ptr<DirectoryMailbox> m_mailbox;
    QPointer<AccountReply> m_reply;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

// The directory's connection and the account work on it, on the worker
// thread: every function runs there (posted by DirectoryAccountBackend).
class DirectoryWorker : public QObject
{
    Q_OBJECT
public:
    DirectoryWorker(Directory directory, std::shared_ptr<DirectoryMailbox> mailbox);

    void setBindPassword(const QString &password) { m_settings.bindPassword = password; }
    void setTimeout(int ms) { m_settings.timeoutMs = ms; }
    // Called on the asking thread's side (through the mailbox) when the kind is known.
    std::function<void(DirectoryKind)> onKindKnown;

    void search(const QString &text, int pageSize, const ReplyChannel &channel);
    void read(const QString &user, const ReplyChannel &channel);
    void perform(const AccountAction &action, const ReplyChannel &channel);
    void readPolicy(const QString &user, const ReplyChannel &channel);
    // Active Directory's domain controllers, by their DNS names (as accounts' names).
    void findDomainControllers(const ReplyChannel &channel);

private:
    using Ready = std::function<void()>;
    // Opens the connection and learns the kind when needed, then `ready`;
    // on failure the channel finishes with the words.
    void whenReady(const ReplyChannel &channel, Ready ready);
    // The groups' names by member DN (for directories whose people do not list their groups).
    void withGroups(const ReplyChannel &channel, std::function<void(const QHash<QString, QStringList> &)> then);
    // A DN under this directory's base DN (else the text is taken as a login).
    bool isDnHere(const QString &user) const;
    void findEntry(const QString &user, const ReplyChannel &channel, std::function<void(const LdapEntry &)> then);
    void runSteps(QList<LdapStep> steps, const QString &dn, const QString &what, const ReplyChannel &channel);
    void readPolicyAt(const QString &pointer, const ReplyChannel &channel);
    void changeGroup(const AccountAction &action, const LdapEntry &entry, const ReplyChannel &channel);
    AccountStatus statusOf(const LdapEntry &entry, const QHash<QString, QStringList> &groups) const;
    QString what(const AccountAction &action, const QString &who) const;

    Directory m_directory;
    LdapSettings m_settings;
    std::shared_ptr<DirectoryMailbox> m_mailbox;
    LdapConnection *m_connection;
    std::unique_ptr<DirectoryProfile> m_profile;
};

} // namespace wb
