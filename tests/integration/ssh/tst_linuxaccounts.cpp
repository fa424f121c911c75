// Account actions against a real host: the fixture's admin sshd, logged in as
// root by key, inside a mount namespace whose /etc is a private copy, so the
// real chpasswd, chage, usermod and gpasswd change the test accounts alice
// and bob and never the machine's own. Every action is checked on the host
// afterwards, and every accepted password by logging in with it.
#include "tests/core/AccountCorpus.h"
#include "tests/integration/ssh/AccountTestSupport.h"
#include "tests/integration/ssh/SshFixture.h"

#include "core/accounts/AccountActionJob.h"
#include "core/accounts/LinuxAccountCommands.h"
#include "core/accounts/LinuxAccountListing.h"
#include "core/accounts/LinuxSshAccountBackend.h"
#include "core/audit/AuditLog.h"
#include "core/i18n/Translations.h"
#include "core/jobs/PendingWork.h"
#include "core/secrets/CredentialStore.h"
#include "core/ssh/CommandRunner.h"
#include "core/storage/Workspace.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace wb;
using namespace wbtest;
using Kind = AccountAction::Kind;

class TestLinuxAccounts : public QObject
{
    Q_OBJECT
    SshFixture fx;
    QTemporaryDir m_dir;
    QString m_knownHosts;
    QString m_mark;

    // Logged in by key as `user`; the keychain is not asked unless a test says so.
    SshTarget loginTarget(const QString &user) const { return adminTarget(fx, m_knownHosts, user); }
    SshTarget rootTarget() const { return loginTarget(QStringLiteral("root")); }

    // Waits for the reply (it stays the backend's).
    static AccountReply *settled(AccountReply *reply)
    {
        QSignalSpy finished(reply, &AccountReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        return reply;
    }

    AccountStatus readAsRoot(const QString &user)
    {
        LinuxSshAccountBackend backend(rootTarget());
        AccountReply *reply = settled(backend.readAccount(user));
        return reply->succeeded() && reply->accounts().size() == 1 ? reply->accounts().at(0) : AccountStatus{};
    }

    QString shadowDigest() { return onHost(QStringLiteral("cat /etc/passwd /etc/shadow /etc/group | sha256sum")); }

    // Runs a command line as root on the host with `input` on stdin.
    HostRun asRoot(const QString &command, const QByteArray &input = {}) { return asRootOnAdmin(fx, m_knownHosts, command, input); }

    HostRun perform(const AccountAction &action)
    {
        RemoteInvocation invocation;
        QString error;
        if (!LinuxAccountCommands::build(action, &invocation, &error)) {
            HostRun refused;
            refused.state = HostRun::State::Failed;
            refused.failure.reason = error;
            return refused;
        }
        return asRoot(invocation.command, invocation.input);
    }

    QString onHost(const QString &command) { return onAdmin(fx, m_knownHosts, command); }

    bool logsIn(const QString &user, const QString &password) { return wbtest::logsIn(fx, m_knownHosts, user, password); }

    // What `chage -l` says after "Account expires".
    QString accountExpires(const QString &user)
    {
        for (const QString &line : onHost(QStringLiteral("chage -l ") + user).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("Account expires")))
                return line.section(QLatin1Char(':'), 1).trimmed();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present() && fx.adminPort != 0, "the sshd fixture is not running: run the tests through ./scripts/test");
        installTranslations(*qApp, QStringLiteral("en"));
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        m_mark = m_dir.filePath(QStringLiteral("injected"));
        writeKnownHosts(m_knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.adminPort).toUtf8(),
                                        fx.hostKeyLine(QStringLiteral("admin"))}});
        QCOMPARE(onHost(QStringLiteral("id -u")), QStringLiteral("0"));
        // The machine's own accounts know nothing of the test accounts.
        QFile passwd(QStringLiteral("/etc/passwd"));
        QVERIFY(passwd.open(QIODevice::ReadOnly));
        QVERIFY(!passwd.readAll().contains("\nalice:"));
    }

    void everyAcceptedPasswordLogsIn()
    {
        const QStringList passwords = awkwardPasswords(m_mark);
        QVERIFY(passwords.size() >= 25);
        QString previous;
        for (const QString &password : passwords) {
            const HostRun run = perform(act(Kind::ResetPassword, QStringLiteral("alice"), password));
            QVERIFY2(run.succeeded(), qPrintable(password + QStringLiteral(": ") + QString::fromUtf8(run.err)));
            QVERIFY2(logsIn(QStringLiteral("alice"), password), qPrintable(password));
            previous = password;
        }
        QVERIFY(!logsIn(QStringLiteral("alice"), QStringLiteral("wrong") + previous));
        QVERIFY(!QFile::exists(m_mark)); // no password was ever run as a command
    }

    void hostileDataRunsNothingOnTheHost()
    {
        const QString before = onHost(QStringLiteral("cat /etc/passwd /etc/shadow /etc/group | sha256sum"));
        QVERIFY(before.size() >= 64);
        const QStringList names = hostileUserNames(m_mark);
        int sent = 0;
        for (const QString &name : names) {
            // The client refuses it ...
            const HostRun refused = perform(act(Kind::Lock, name));
            QVERIFY(!refused.succeeded());
            QVERIFY2(refused.failure.reason.contains(QStringLiteral("is not a user name")), qPrintable(name)); // by the client
            // ... and sent anyway, past the client, the host's script refuses it too.
            if (name.contains(QChar(0)) || name.contains(QLatin1Char('\n')))
                continue; // not one line: the protocol itself splits it (tested with stub tools)
            const QString lock = LinuxAccountCommands::commandFor(LinuxAccountCommands::script(Kind::Lock));
            const HostRun run = asRoot(lock, name.toUtf8() + '\n');
            QCOMPARE(run.state, HostRun::State::Done);
            QVERIFY2(run.exitStatus == LinuxAccountCommands::refusedExitStatus || run.exitStatus == 65,
                     qPrintable(QStringLiteral("%1: exit %2").arg(name).arg(run.exitStatus)));
            ++sent;
        }
        QVERIFY(sent >= 50);
        QVERIFY(!QFile::exists(m_mark));
        QCOMPARE(onHost(QStringLiteral("cat /etc/passwd /etc/shadow /etc/group | sha256sum")), before);
    }

    void eachActionShowsOnTheHost()
    {
        const QString password = QStringLiteral("Bob's start: $(id)");
        QVERIFY(perform(act(Kind::ResetPassword, QStringLiteral("bob"), password)).succeeded());
        QVERIFY(logsIn(QStringLiteral("bob"), password));

        QVERIFY(perform(act(Kind::Lock, QStringLiteral("bob"))).succeeded());
        QCOMPARE(onHost(QStringLiteral("passwd -S bob")).section(QLatin1Char(' '), 1, 1), QStringLiteral("L"));
        QVERIFY(!logsIn(QStringLiteral("bob"), password));
        QVERIFY(perform(act(Kind::Unlock, QStringLiteral("bob"))).succeeded());
        QCOMPARE(onHost(QStringLiteral("passwd -S bob")).section(QLatin1Char(' '), 1, 1), QStringLiteral("P"));
        QVERIFY(logsIn(QStringLiteral("bob"), password));

        QVERIFY(perform(act(Kind::Disable, QStringLiteral("bob"))).succeeded());
        QCOMPARE(accountExpires(QStringLiteral("bob")), QStringLiteral("Jan 02, 1970"));
        QVERIFY(!logsIn(QStringLiteral("bob"), password)); // expired: no login at all
        QVERIFY(perform(act(Kind::Enable, QStringLiteral("bob"))).succeeded());
        QCOMPARE(accountExpires(QStringLiteral("bob")), QStringLiteral("never"));
        QVERIFY(logsIn(QStringLiteral("bob"), password));

        QVERIFY(perform(act(Kind::SetExpiry, QStringLiteral("bob"), {}, QStringLiteral("2031-03-15"))).succeeded());
        QCOMPARE(accountExpires(QStringLiteral("bob")), QStringLiteral("Mar 15, 2031"));
        QVERIFY(perform(act(Kind::ClearExpiry, QStringLiteral("bob"))).succeeded());
        QCOMPARE(accountExpires(QStringLiteral("bob")), QStringLiteral("never"));

        QVERIFY(perform(act(Kind::AddToGroup, QStringLiteral("bob"), {}, {}, QStringLiteral("helpdesk"))).succeeded());
        QVERIFY(onHost(QStringLiteral("id -nG bob")).split(QLatin1Char(' ')).contains(QStringLiteral("helpdesk")));
        QVERIFY(perform(act(Kind::RemoveFromGroup, QStringLiteral("bob"), {}, {}, QStringLiteral("helpdesk"))).succeeded());
        QVERIFY(!onHost(QStringLiteral("id -nG bob")).split(QLatin1Char(' ')).contains(QStringLiteral("helpdesk")));

        QVERIFY(perform(act(Kind::ResetFailedLogins, QStringLiteral("bob"))).succeeded());

        QVERIFY(perform(act(Kind::MustChangePassword, QStringLiteral("bob"))).succeeded());
        QVERIFY(onHost(QStringLiteral("chage -l bob")).contains(QStringLiteral("password must be changed")));
    }

    void listingShowsWhatTheActionsDid()
    {
        auto list = [&](bool all) {
            const RemoteInvocation invocation = LinuxAccountListing::invocation(all);
            const HostRun run = asRoot(invocation.command, invocation.input);
            QList<AccountStatus> accounts;
            QString error;
            if (!run.succeeded() || !LinuxAccountListing::parse(run.out, &accounts, &error))
                qWarning() << "listing failed:" << error << run.err;
            QHash<QString, AccountStatus> byName;
            for (const AccountStatus &account : accounts)
                byName.insert(account.name, account);
            return byName;
        };
        // What this reads is set up here, so it holds when run alone too.
        QVERIFY(!logsIn(QStringLiteral("alice"), QStringLiteral("not-her-password"))); // a failure for faillock
        QVERIFY(perform(act(Kind::MustChangePassword, QStringLiteral("bob"))).succeeded());
        QVERIFY(perform(act(Kind::Lock, QStringLiteral("alice"))).succeeded());
        QVERIFY(perform(act(Kind::Disable, QStringLiteral("alice"))).succeeded());
        QVERIFY(perform(act(Kind::AddToGroup, QStringLiteral("alice"), {}, {}, QStringLiteral("helpdesk"))).succeeded());
        const QHash<QString, AccountStatus> people = list(false);
        QVERIFY2(people.contains(QStringLiteral("alice")) && people.contains(QStringLiteral("bob")),
                 qPrintable(people.keys().join(QLatin1Char(' '))));
        QVERIFY(!people.contains(QStringLiteral("root")));     // people only
        QVERIFY(!people.contains(QStringLiteral("nobody")));
        const AccountStatus alice = people.value(QStringLiteral("alice"));
        QCOMPARE(alice.password, AccountStatus::Password::Locked);
        QVERIFY(alice.disabled);
        QCOMPARE(alice.expiry, QDate(1970, 1, 2));
        QVERIFY(alice.groups.contains(QStringLiteral("helpdesk")));
        QVERIFY(alice.lastChange.isValid());
        QVERIFY(alice.failedLogins >= 1); // faillock counted the wrong password tried above
        QVERIFY(alice.actionable);
        const AccountStatus bob = people.value(QStringLiteral("bob"));
        QVERIFY(bob.mustChange);
        QCOMPARE(bob.password, AccountStatus::Password::Set);
        QVERIFY(!bob.disabled);
        QVERIFY(!bob.groups.contains(QStringLiteral("helpdesk")));

        const QHash<QString, AccountStatus> everyone = list(true);
        QCOMPARE(everyone.value(QStringLiteral("root")).uid, 0);
        QVERIFY(everyone.size() > people.size());

        for (Kind undo : {Kind::Unlock, Kind::Enable})
            QVERIFY(perform(act(undo, QStringLiteral("alice"))).succeeded());
        QVERIFY(perform(act(Kind::RemoveFromGroup, QStringLiteral("alice"), {}, {}, QStringLiteral("helpdesk"))).succeeded());
        const AccountStatus after = list(false).value(QStringLiteral("alice"));
        QCOMPARE(after.password, AccountStatus::Password::Set);
        QVERIFY(!after.disabled);
        QVERIFY(!after.groups.contains(QStringLiteral("helpdesk")));
    }

    void jobsAreAuditedWithoutTheSecret()
    {
        Workspace workspace;
        QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("audit.sqlite"))));
        auto runJob = [&](const AccountAction &action) {
            LinuxSshAccountBackend backend(rootTarget());
            AccountActionJob job(&backend, action, workspace.database());
            job.setTicket(17);
            QSignalSpy finished(&job, &AccountActionJob::finished);
            job.start();
            const bool done = finished.wait(30000);
            return done ? std::make_pair(finished.at(0).at(0).toBool(), finished.at(0).at(1).toString())
                        : std::make_pair(false, QStringLiteral("timed out"));
        };
        const QString secret = QStringLiteral("Audit-check $(id) %1").arg(QDateTime::currentMSecsSinceEpoch());
        const auto reset = runJob(act(Kind::ResetPassword, QStringLiteral("alice"), secret));
        QVERIFY2(reset.first, qPrintable(reset.second));
        QVERIFY(logsIn(QStringLiteral("alice"), secret));

        const auto unknown = runJob(act(Kind::Lock, QStringLiteral("nosuchuser")));
        QVERIFY(!unknown.first);
        QVERIFY2(unknown.second.startsWith(QStringLiteral("admin: lock failed for nosuchuser (exit status ")), qPrintable(unknown.second));

        const int logins = fx.acceptedLogins(QStringLiteral("admin"));
        const auto hostile = runJob(act(Kind::Lock, QStringLiteral("a;rm -rf /")));
        QVERIFY(!hostile.first);
        QVERIFY(hostile.second.contains(QStringLiteral("is not a user name")));
        QTest::qWait(200);
        QCOMPARE(fx.acceptedLogins(QStringLiteral("admin")), logins); // refused before connecting

        const QList<AuditRecord> records = AuditLog(workspace.database()).list();
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(2).action, QStringLiteral("reset-password"));
        QVERIFY(records.at(2).succeeded());
        QCOMPARE(records.at(2).host, QStringLiteral("admin"));
        QCOMPARE(records.at(2).account, QStringLiteral("alice"));
        QCOMPARE(records.at(2).ticketId, 17);
        QCOMPARE(records.at(2).operatorName, AuditLog::currentOperator());
        QCOMPARE(records.at(1).error, unknown.second);
        QVERIFY(!records.at(1).succeeded());
        QCOMPARE(records.at(0).account, QStringLiteral("a;rm -rf /")); // recorded as typed, never run
        QVERIFY(!records.at(0).succeeded());
        // The password is in no file: not the workspace, its WAL, nor anything under HOME or XDG.
        int read = 0;
        const QStringList found = filesContaining(secret.toUtf8(), m_dir.path(), &read);
        QVERIFY(read > 0);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
    }

    void intentIsOnRecordBeforeAnythingIsSentWithItsTarget()
    {
        Workspace workspace;
        QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("intent.sqlite"))));
        LinuxSshAccountBackend backend(loginTarget(QStringLiteral("carol")));
        backend.setSudoPassword(fx.operatorPassword);
        AccountActionJob job(&backend, act(Kind::ResetFailedLogins, QStringLiteral("bob")), workspace.database());
        job.setTicket(0, 31);
        job.setTargetPath(QStringLiteral("site/admins/admin"));
        PendingWork pending;
        job.setPendingWork(&pending);
        const int logins = fx.acceptedLogins(QStringLiteral("admin"));
        QSignalSpy finished(&job, &AccountActionJob::finished);
        job.start();
        // start() returned: nothing has reached the host, and the intent is written.
        QCOMPARE(fx.acceptedLogins(QStringLiteral("admin")), logins);
        QCOMPARE(pending.count(), 1);
        QList<AuditRecord> records = AuditLog(workspace.database()).list();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).outcome, AuditRecord::Outcome::None);
        QCOMPARE(records.at(0).target.kind, AuditTarget::Kind::LinuxHost);
        QCOMPARE(records.at(0).target.id, 31);
        QCOMPARE(records.at(0).target.path, QStringLiteral("site/admins/admin"));
        QCOMPARE(records.at(0).target.address, QStringLiteral("127.0.0.1:%1").arg(fx.adminPort));
        QCOMPARE(records.at(0).target.login, QStringLiteral("carol")); // through carol's sudo
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(pending.count(), 0);
        records = AuditLog(workspace.database()).list();
        QCOMPARE(records.size(), 1); // the same action, now with its outcome
        QCOMPARE(records.at(0).outcome, AuditRecord::Outcome::Ok);
        QVERIFY(records.at(0).finishedAt.isValid());
    }

    void withoutItsIntentOnRecordNothingIsSent()
    {
        Workspace workspace;
        QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("readonly.sqlite"))));
        QSqlQuery(workspace.database()).exec(QStringLiteral("PRAGMA query_only = ON")); // a workspace that refuses writes
        LinuxSshAccountBackend backend(rootTarget());
        const QString before = shadowDigest();
        const int logins = fx.acceptedLogins(QStringLiteral("admin"));
        AccountActionJob job(&backend, act(Kind::Lock, QStringLiteral("bob")), workspace.database());
        QSignalSpy finished(&job, &AccountActionJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.at(0).at(0).toBool());
        const QString message = finished.at(0).at(1).toString();
        QVERIFY2(message.startsWith(QStringLiteral("The audit log could not be written: ")), qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("Nothing was sent to admin.")), qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('\n')));
        QCOMPARE(job.error(), AccountReply::Error::Refused);
        QTest::qWait(200);
        QCOMPARE(fx.acceptedLogins(QStringLiteral("admin")), logins);
        QCOMPARE(shadowDigest(), before);
    }

    void aConnectionLostAfterSendingIsRecordedAsUnknown()
    {
        Workspace workspace;
        QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("unknown.sqlite"))));
        // The host's tool waits for the account lock; Werkbank stops waiting first.
        QVERIFY(holdShadowLock(fx, m_knownHosts, m_dir.filePath(QStringLiteral("lock-held")), 6));
        LinuxSshAccountBackend backend(rootTarget());
        backend.setTimeout(2500);
        const QString secret = QStringLiteral("Maybe-set %1").arg(QDateTime::currentMSecsSinceEpoch());
        AccountActionJob job(&backend, act(Kind::ResetPassword, QStringLiteral("alice"), secret), workspace.database());
        QSignalSpy finished(&job, &AccountActionJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.at(0).at(0).toBool());
        const QString message = finished.at(0).at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("may have been made")), qPrintable(message));
        QCOMPARE(job.error(), AccountReply::Error::OutcomeUnknown);
        QCOMPARE(job.outcome(), AuditRecord::Outcome::Unknown);
        const QList<AuditRecord> records = AuditLog(workspace.database()).list();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).outcome, AuditRecord::Outcome::Unknown);
        QCOMPARE(records.at(0).error, message);
        // It was indeed made, once the lock was free: "unknown" was the truth, "failed" would have been a lie.
        QVERIFY(QTest::qWaitFor([&] { return logsIn(QStringLiteral("alice"), secret); }, 20000));
        // The secret reached no file.
        int read = 0;
        QVERIFY2(filesContaining(secret.toUtf8(), m_dir.path(), &read).isEmpty(), "the password was written to a file");
    }

    void backendReadsOneAccount()
    {
        LinuxSshAccountBackend backend(rootTarget());
        AccountReply *root = settled(backend.readAccount(QStringLiteral("root")));
        QVERIFY2(root->succeeded(), qPrintable(root->errorMessage()));
        QCOMPARE(root->accounts().size(), 1);
        QCOMPARE(root->accounts().at(0).uid, 0); // one account by name, whatever its UID
        AccountReply *none = settled(backend.readAccount(QStringLiteral("nosuchuser")));
        QCOMPARE(none->error(), AccountReply::Error::NoSuchAccount);
        QVERIFY2(none->errorMessage().contains(QStringLiteral("nosuchuser")), qPrintable(none->errorMessage()));
        const int logins = fx.acceptedLogins(QStringLiteral("admin"));
        AccountReply *hostile = settled(backend.readAccount(QStringLiteral("$(id)")));
        QCOMPARE(hostile->error(), AccountReply::Error::Refused);
        QCOMPARE(fx.acceptedLogins(QStringLiteral("admin")), logins); // refused before connecting
    }

    void sudoPathActsForAnOperator()
    {
        LinuxSshAccountBackend backend(loginTarget(QStringLiteral("carol")));
        const QString before = shadowDigest();
        // No password given and no keychain: sudo's question goes unanswered.
        AccountReply *asked = settled(backend.perform(act(Kind::Lock, QStringLiteral("bob"))));
        QCOMPARE(asked->error(), AccountReply::Error::SudoPasswordNeeded);
        QVERIFY2(asked->errorMessage().contains(QStringLiteral("carol")), qPrintable(asked->errorMessage()));

        // A wrong password is one guess only: the account data that follows is
        // never sent, so sudo cannot try the user name or new password as guesses.
        const int failuresBefore = readAsRoot(QStringLiteral("carol")).failedLogins;
        QVERIFY(failuresBefore >= 0);
        const QString secret = QStringLiteral("Sudo-set \"pass\" `id` %1").arg(QDateTime::currentMSecsSinceEpoch());
        backend.setSudoPassword(QStringLiteral("wrong-") + fx.operatorPassword);
        AccountReply *wrong = settled(backend.perform(act(Kind::ResetPassword, QStringLiteral("bob"), secret)));
        QCOMPARE(wrong->error(), AccountReply::Error::SudoPasswordWrong);
        QVERIFY2(wrong->errorMessage().contains(QStringLiteral("did not accept")), qPrintable(wrong->errorMessage()));
        QCOMPARE(readAsRoot(QStringLiteral("carol")).failedLogins, failuresBefore + 1);
        QCOMPARE(shadowDigest(), before);

        backend.setSudoPassword(fx.operatorPassword);
        AccountReply *reset = settled(backend.perform(act(Kind::ResetPassword, QStringLiteral("bob"), secret)));
        QVERIFY2(reset->succeeded(), qPrintable(reset->errorMessage()));
        QVERIFY(logsIn(QStringLiteral("bob"), secret));
        AccountReply *lock = settled(backend.perform(act(Kind::Lock, QStringLiteral("bob"))));
        QVERIFY2(lock->succeeded(), qPrintable(lock->errorMessage()));
        QCOMPARE(onHost(QStringLiteral("passwd -S bob")).section(QLatin1Char(' '), 1, 1), QStringLiteral("L"));
        QVERIFY(settled(backend.perform(act(Kind::Unlock, QStringLiteral("bob"))))->succeeded());
        QCOMPARE(onHost(QStringLiteral("passwd -S bob")).section(QLatin1Char(' '), 1, 1), QStringLiteral("P"));

        // Reading the shadow file needs root too: the listing goes through sudo as well.
        AccountReply *listed = settled(backend.listAccounts(false));
        QVERIFY2(listed->succeeded(), qPrintable(listed->errorMessage()));
        QStringList names;
        for (const AccountStatus &account : listed->accounts()) {
            names << account.name;
            QVERIFY(account.password != AccountStatus::Password::Unknown);
        }
        for (const QString &name : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")})
            QVERIFY2(names.contains(name), qPrintable(names.join(QLatin1Char(' '))));
        // A failed action through sudo reports the tool's words, not sudo's.
        AccountReply *unknown = settled(backend.perform(act(Kind::Lock, QStringLiteral("nosuchuser"))));
        QCOMPARE(unknown->error(), AccountReply::Error::Failed);
        QVERIFY2(unknown->errorMessage().contains(QStringLiteral("usermod")), qPrintable(unknown->errorMessage()));
    }

    void sudoPasswordComesFromTheKeychain()
    {
        SshTarget target = loginTarget(QStringLiteral("carol"));
        target.options.useKeychain = true;
        CredentialStore store;
        const QString key = keychainKeyFor(target.endpoint);
        bool stored = false;
        store.write(key, fx.operatorPassword, [&stored](bool ok, const QString &) { stored = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(stored, 10000);
        LinuxSshAccountBackend backend(target);
        AccountReply *reply = settled(backend.readAccount(QStringLiteral("carol")));
        bool removed = false;
        store.remove(key, [&removed](bool ok, const QString &) { removed = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
        QVERIFY2(reply->succeeded(), qPrintable(reply->errorMessage()));
        QCOMPARE(reply->accounts().at(0).name, QStringLiteral("carol"));
        QCOMPARE(reply->accounts().at(0).password, AccountStatus::Password::Set); // read from shadow: sudo ran it
    }

    void sudoRefusesAnOutsider()
    {
        const QString before = shadowDigest();
        LinuxSshAccountBackend backend(loginTarget(QStringLiteral("dave")));
        backend.setSudoPassword(fx.outsiderPassword);
        AccountReply *reply = settled(backend.perform(act(Kind::Lock, QStringLiteral("bob"))));
        QCOMPARE(reply->error(), AccountReply::Error::SudoNotAllowed);
        QVERIFY2(reply->errorMessage().contains(QStringLiteral("dave is not allowed to use sudo")), qPrintable(reply->errorMessage()));
        QCOMPARE(shadowDigest(), before);
    }

    void failedLoginsAreCountedAndReset()
    {
        LinuxSshAccountBackend backend(rootTarget());
        QVERIFY(settled(backend.perform(act(Kind::ResetFailedLogins, QStringLiteral("dave"))))->succeeded());
        QCOMPARE(readAsRoot(QStringLiteral("dave")).failedLogins, 0);
        QVERIFY(!logsIn(QStringLiteral("dave"), QStringLiteral("wrong-one")));
        QVERIFY(!logsIn(QStringLiteral("dave"), QStringLiteral("wrong-two")));
        const int failures = readAsRoot(QStringLiteral("dave")).failedLogins;
        QVERIFY2(failures >= 2, qPrintable(QString::number(failures))); // PAM counts each method tried
        QVERIFY(settled(backend.perform(act(Kind::ResetFailedLogins, QStringLiteral("dave"))))->succeeded());
        QCOMPARE(readAsRoot(QStringLiteral("dave")).failedLogins, 0);
        QVERIFY(logsIn(QStringLiteral("dave"), fx.outsiderPassword)); // counted, never locked out (deny = 0)
    }

    void badNamesReadBackAreShownNotActedOn()
    {
        // Debian's useradd takes names Werkbank refuses; such an account is listed, never acted on.
        QCOMPARE(onHost(QStringLiteral("useradd -M -u 4242 -s /bin/sh \"x;id\" && echo made")), QStringLiteral("made"));
        LinuxSshAccountBackend backend(rootTarget());
        AccountReply *listed = settled(backend.listAccounts(false));
        QVERIFY2(listed->succeeded(), qPrintable(listed->errorMessage()));
        AccountStatus odd;
        for (const AccountStatus &account : listed->accounts()) {
            if (account.uid == 4242)
                odd = account;
        }
        QCOMPARE(odd.name, QStringLiteral("x;id"));
        QVERIFY(!odd.actionable);
        AccountReply *lock = settled(backend.perform(act(Kind::Lock, odd.name)));
        QCOMPARE(lock->error(), AccountReply::Error::Refused);
        QCOMPARE(onHost(QStringLiteral("passwd -S \"x;id\"")).section(QLatin1Char(' '), 1, 1), QStringLiteral("L")); // as useradd left it
        QCOMPARE(onHost(QStringLiteral("userdel \"x;id\" && echo gone")), QStringLiteral("gone"));
    }

    void unknownAccountIsAClearError()
    {
        const HostRun run = perform(act(Kind::Lock, QStringLiteral("nosuchuser")));
        QCOMPARE(run.state, HostRun::State::Done);
        QVERIFY(run.exitStatus != 0);
        QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("nosuchuser")), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestLinuxAccounts)
#include "tst_linuxaccounts.moc"
