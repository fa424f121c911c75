#pragma once

#include "core/accounts/AccountBackend.h"
#include "core/accounts/LinuxAccountCommands.h"
#include "core/ssh/CommandRunner.h"
#include "core/ssh/SudoExchange.h"

#include <QCoreApplication>

namespace wb {

class SshPool;

// Accounts on a Linux host, changed over SSH with the host's own tools. Each
// request is one exec channel running one fixed script (LinuxAccountCommands,
// LinuxAccountListing) with its data on stdin. As root the script runs
// directly; as anyone else through `sudo -S`, and the exchange on stdin goes:
// sudo's prompt → the sudo password, the script's ready line → the data. The
// data is never sent before the script says it is running, so a wrong sudo
// password cannot make sudo read a user name or a new password as a guess.
class LinuxSshAccountBackend : public AccountBackend
{
    Q_OBJECT
public:
    explicit LinuxSshAccountBackend(SshTarget target, QObject *parent = nullptr);

    // Optional: a kept connection is used when there is one, and kept after.
    void setPool(SshPool *pool) { m_pool = pool; }
    // The password sudo asks for when the login is not root; a secret, kept
    // only in memory. Without one, the keychain's password for the login is
    // used (when the target's options allow the keychain); failing that, a
    // request ends with Error::SudoPasswordNeeded: ask, set it, try again.
    void setSudoPassword(const QString &password) { m_sudoPassword = password; }
    bool hasSudoPassword() const { return !m_sudoPassword.isEmpty(); }
    // How long sudo may go without asking for the password or starting the
    // script before the exchange gives up (it asked something else); 20 s.
    void setExchangePatience(int ms) { m_exchangePatienceMs = ms; }
    // How long one request may take, connecting to the exit of the script; 60 s.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    const SshTarget &target() const { return m_target; }

    QString hostName() const override { return m_target.endpoint.name; }
    AuditTarget auditTarget() const override;
    AccountReply *listAccounts(bool includeSystemAccounts) override;
    AccountReply *readAccount(const QString &user) override;
    AccountReply *perform(const AccountAction &action) override;

private:
    enum class Purpose { List, Read, Act };
    AccountReply *refuse(const QString &message);
    AccountReply *run(const RemoteInvocation &invocation, Purpose purpose, const QString &user, const QString &verb);

    SshTarget m_target;
    SshPool *m_pool = nullptr;
    QString m_sudoPassword;
    int m_exchangePatienceMs = 20000;
    int m_timeoutMs = 60000;
};

// How one run of a privileged script ended, from what it wrote on stderr
// (SudoTranscript), in the account actions' errors and words.
struct PrivilegedOutcome : SudoTranscript
{
    Q_DECLARE_TR_FUNCTIONS(wb::PrivilegedOutcome)
public:
    bool stuck = false;           // sudo (or PAM) asked something Werkbank cannot answer

    static PrivilegedOutcome read(const QByteArray &err, const QString &nonce);
    // Why sudo did not run the script: which error, and a message naming host and user.
    AccountReply::Error sudoError(bool passwordGiven) const;
    QString sudoMessage(AccountReply::Error error, const QString &host, const QString &user) const;
};

} // namespace wb
