// Quitting the real main window (offscreen) while work is pending: an account
// action whose outcome is not yet recorded, or a secret on its way to the real
// keychain. The window waits with a dialog that is not modal, counting the
// pending work ("Waiting for 2 actions…"; the English plural forms come
// from werkbank_en.ts, so the test reads the number), and closes once it is done; "Quit
// Anyway" closes at once; Esc keeps the window. The action is a real
// AccountActionJob against a server that accepts the connection and then
// says nothing, so it stays pending until the test ends the connection.
#include "core/accounts/AccountActionJob.h"
#include "core/accounts/LinuxSshAccountBackend.h"
#include "core/audit/AuditLog.h"
#include "core/i18n/Translations.h"
#include "core/inventory/Inventory.h"
#include "core/jobs/PendingWork.h"
#include "core/secrets/CredentialStore.h"
#include "core/storage/Workspace.h"
#include "tests/support/TestServices.h"
#include "tests/support/WidgetTestSupport.h"
#include "tests/widgets/MainWindowFixture.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/QuitWaitDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace wb;

class TestQuitWait : public QObject, protected wbtest::MainWindowFixture
{
    Q_OBJECT

    PendingWork *m_pending = nullptr; // the composition root's

    QuitWaitDialog *waitDialog() const { return m_window->findChild<QuitWaitDialog *>(QStringLiteral("quitWaitDialog")); }
    QString waitText() const
    {
        QuitWaitDialog *dialog = waitDialog();
        return dialog ? dialog->findChild<QLabel *>(QStringLiteral("quitWaitText"))->text() : QString();
    }

private Q_SLOTS:
    void initTestCase() { setUpApplication("tst_quitwait"); }

    void init()
    {
        openWindow();
        m_pending = m_services->services().pendingWork;
    }

    void cleanup() { closeWindow(); }

    void closingWaitsForAPendingActionAndClosesWhenItEnds()
    {
        // A host that accepts the connection and never says a word.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        SshTarget target;
        target.endpoint = SshEndpoint{QStringLiteral("quiet01"), QStringLiteral("127.0.0.1"), silent.serverPort(),
                                      QStringLiteral("root"), {}};
        target.options.knownHostsPath = m_dir.filePath(QStringLiteral("known_hosts"));
        target.options.useAgent = false;
        target.options.useKeychain = false;
        LinuxSshAccountBackend backend(target);
        AccountAction lock;
        lock.kind = AccountAction::Kind::Lock;
        lock.user = QStringLiteral("bob");
        AccountActionJob job(&backend, lock, m_services->services().accountTrail); // as the window does
        job.setPendingWork(m_pending);
        QSignalSpy finished(&job, &AccountActionJob::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 10000);
        std::unique_ptr<QTcpSocket> accepted(silent.nextPendingConnection());
        QCOMPARE(m_pending->count(), 1);
        // The intent is on record before anything was sent.
        QList<AuditRecord> records = readBack([&] { return AuditLog(m_workspace->database()).list(); });
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).outcome, AuditRecord::Outcome::None);

        QVERIFY(!m_window->close()); // File → Quit, the title bar's ×: the same close
        QVERIFY(m_window->isVisible());
        QuitWaitDialog *dialog = waitDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal()); // the window keeps answering, a sudo question included
        QVERIFY2(waitText().startsWith(QStringLiteral("Waiting for 1 action")), qPrintable(waitText()));
        // A keychain write joins the wait; it counts while it runs.
        QObject other;
        m_pending->add(&other);
        QVERIFY2(waitText().startsWith(QStringLiteral("Waiting for 2 action")), qPrintable(waitText()));
        wbtest::saveScreenshot(dialog, QStringLiteral("quit-waiting"));
        m_pending->done(&other);
        QVERIFY2(waitText().startsWith(QStringLiteral("Waiting for 1 action")), qPrintable(waitText()));
        QVERIFY(!m_window->close()); // closing again shows the same dialog, not a second one
        QCOMPARE(m_window->findChildren<QuitWaitDialog *>().size(), 1);

        // The host hangs up: the action ends, its outcome is written, the window closes.
        accepted->close();
        silent.close();
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 5000);
        records = readBack([&] { return AuditLog(m_workspace->database()).list(); });
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).outcome, AuditRecord::Outcome::Failed);
        QVERIFY2(records.at(0).error.startsWith(QStringLiteral("quiet01")), qPrintable(records.at(0).error));
    }

    void quitAnywayClosesAtOnce()
    {
        QObject stuck; // an action whose host never answers
        m_pending->add(&stuck);
        QVERIFY(!m_window->close());
        QuitWaitDialog *dialog = waitDialog();
        QVERIFY(dialog && dialog->isVisible());
        dialog->findChild<QPushButton *>(QStringLiteral("quitAnyway"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 2000);
        QCOMPARE(m_pending->count(), 1); // it was not waited for
    }

    void escapeKeepsTheWindowOpen()
    {
        QObject stuck;
        m_pending->add(&stuck);
        QVERIFY(!m_window->close());
        QuitWaitDialog *dialog = waitDialog();
        QVERIFY(dialog && dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!waitDialog() || !waitDialog()->isVisible());
        m_pending->done(&stuck);
        QTest::qWait(50);
        QVERIFY(m_window->isVisible()); // the work ended, and nobody asked to quit any more
        QVERIFY(m_window->close()); // nothing pending: closes at once
    }

    void aKeychainWriteIsWaitedFor()
    {
        CredentialStore store;
        store.setPendingWork(m_pending);
        const QString key = QStringLiteral("tst_quitwait@127.0.0.1:%1").arg(QCoreApplication::applicationPid());
        bool stored = false;
        store.write(key, QStringLiteral("not-a-real-secret"), [&](bool ok, const QString &) { stored = ok; });
        QCOMPARE(m_pending->count(), 1);
        QVERIFY(!m_window->close());
        QVERIFY(waitDialog() && waitDialog()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 20000);
        QVERIFY2(stored, "the keychain did not store the secret: is the keychain fixture running?");
        bool removed = false;
        store.remove(key, [&](bool ok, const QString &) { removed = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
        QTRY_COMPARE(m_pending->count(), 0);
    }
};

QTEST_MAIN(TestQuitWait)
#include "tst_quitwait.moc"
