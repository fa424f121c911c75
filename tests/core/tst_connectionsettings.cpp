// The window's connection settings on a real workspace: the workspace's
// known_hosts path is read off the GUI thread, sessions asked for before it
// is in (or while a save is on its way) wait for it, and a save reaches both
// the user's settings and the workspace.
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/storage/WorkspaceThread.h"
#include "core/targets/ConnectionSettings.h"

#include "tests/support/TestWorkspaces.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;

class TestConnectionSettings : public QObject
{
    Q_OBJECT
    wbtest::TestWorkspaces m_workspaces;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WerkbankTest"));
        // Its own settings file per engine: ctest runs both variants at once, in one HOME.
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectionsettings_")
                                             + qEnvironmentVariable("WERKBANK_TEST_ENGINE", QStringLiteral("sqlite")));
        QSettings().remove(QStringLiteral("ssh"));
    }

    void whatWaitsForTheSettingsGetsTheStoredOnes()
    {
        const QString path = m_workspaces.create(QStringLiteral("read"));
        {
            Workspace workspace;
            QVERIFY(workspace.open(path));
            QString error;
            QVERIFY(WorkspaceSettings(workspace.database()).setValue(WorkspaceSettings::knownHostsKey(), QStringLiteral("/srv/kh"), &error));
        }
        WorkspaceThread thread(path);
        ConnectionSettings settings(&thread);
        QVERIFY(!settings.isSettled()); // nothing was answered yet: no event loop ran
        QObject session;
        QString seen;
        settings.whenSettled(&session, [&] { seen = settings.current().knownHostsPath; });
        QVERIFY(seen.isEmpty());
        QTRY_COMPARE(seen, QStringLiteral("/srv/kh"));
        // Settled now: at once.
        bool atOnce = false;
        settings.whenSettled(&session, [&] { atOnce = true; });
        QVERIFY(atOnce);
    }

    void aSaveIsWaitedForAndReachesBothParts()
    {
        const QString path = m_workspaces.create(QStringLiteral("save"));
        WorkspaceThread thread(path);
        ConnectionSettings settings(&thread);
        QTRY_VERIFY(settings.isSettled());
        QSignalSpy changed(&settings, &ConnectionSettings::changed);
        SshSettings chosen = settings.current();
        chosen.connectTimeoutSeconds = 3;
        chosen.reuseIdleSeconds = 0;
        chosen.knownHostsPath = QStringLiteral("  /srv/team_known_hosts ");
        QObject dialog;
        QString error = QStringLiteral("unset");
        settings.save(&dialog, chosen, [&](const QString &e) { error = e; });
        QVERIFY(!settings.isSettled()); // a session opened now waits for this
        QObject session;
        int timeoutSeen = 0;
        settings.whenSettled(&session, [&] { timeoutSeen = settings.current().connectTimeoutSeconds; });
        QTRY_COMPARE(error, QString());
        QCOMPARE(timeoutSeen, 3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(settings.current().knownHostsPath, QStringLiteral("/srv/team_known_hosts"));
        QCOMPARE(SshSettings::loadUser().connectTimeoutSeconds, 3);
        QCOMPARE(SshSettings::loadUser().reuseIdleSeconds, 0);
        Workspace workspace;
        QVERIFY(workspace.open(path));
        QCOMPARE(SshSettings::load(workspace.database()).knownHostsPath, QStringLiteral("/srv/team_known_hosts"));
        QSettings().remove(QStringLiteral("ssh"));
    }

    // Two workbenches: the one that read the file before the other stored its
    // own is refused, told what is stored now, and stores its own only when
    // asked to again.
    void aFileChangedElsewhereIsNotOverwrittenUnasked()
    {
        const QString path = m_workspaces.create(QStringLiteral("two"));
        WorkspaceThread firstThread(path), secondThread(path);
        ConnectionSettings first(&firstThread), second(&secondThread);
        QTRY_VERIFY(first.isSettled() && second.isSettled());
        QObject dialog;
        SshSettings mine = first.current();
        mine.knownHostsPath = QStringLiteral("/srv/first");
        QString error = QStringLiteral("unset");
        first.save(&dialog, mine, [&](const QString &e) { error = e; });
        QTRY_COMPARE(error, QString());
        SshSettings theirs = second.current();
        theirs.knownHostsPath = QStringLiteral("/srv/second");
        error = QStringLiteral("unset");
        std::optional<QString> elsewhere;
        second.save(&dialog, theirs, ConnectionSettings::SaveAnswer([&](const QString &e, const std::optional<QString> &stored) {
            error = e;
            elsewhere = stored;
        }));
        QTRY_VERIFY(error != QStringLiteral("unset"));
        QVERIFY2(error.contains(QStringLiteral("changed elsewhere to “/srv/first”")), qPrintable(error));
        QCOMPARE(elsewhere, std::optional<QString>(QStringLiteral("/srv/first")));
        QCOMPARE(second.current().knownHostsPath, QStringLiteral("/srv/first")); // what its sessions use now
        {
            Workspace workspace;
            QVERIFY(workspace.open(path));
            QCOMPARE(SshSettings::load(workspace.database()).knownHostsPath, QStringLiteral("/srv/first"));
        }
        error = QStringLiteral("unset");
        second.save(&dialog, theirs, [&](const QString &e) { error = e; }); // again, knowing
        QTRY_COMPARE(error, QString());
        Workspace workspace;
        QVERIFY(workspace.open(path));
        QCOMPARE(SshSettings::load(workspace.database()).knownHostsPath, QStringLiteral("/srv/second"));
        QSettings().remove(QStringLiteral("ssh"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
