// The first run: an empty inventory's getting-started page offers the hosts of this
// person's ~/.ssh/config and Ansible inventory, each imported with one click (one undo
// step). Home, working folder and /etc/ansible are temporary folders of the test.
#include "tests/widgets/MainWindowFixture.h"
#include "tests/support/TestFiles.h"

#include "widgets/inventory/ImportOffers.h"
#include "widgets/inventory/InventoryController.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>

using namespace wb;
using wbtest::saveScreenshot;
using wbtest::whenModal;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QVERIFY2(wbtest::writeFileAt(path, text), qPrintable(path));
}

} // namespace

class TestWindowFirstRun : public QObject, protected wbtest::MainWindowFixture
{
    Q_OBJECT

    QTemporaryDir m_places;

    ImportSourcePaths paths() const
    {
        ImportSourcePaths paths;
        paths.home = m_places.filePath(QStringLiteral("home"));
        paths.workingDir = m_places.filePath(QStringLiteral("project"));
        paths.systemAnsibleConfig = m_places.filePath(QStringLiteral("etc/ansible/ansible.cfg"));
        paths.systemAnsibleHosts = m_places.filePath(QStringLiteral("etc/ansible/hosts"));
        return paths;
    }

    // The window as the app builds it, looking at `where` once the inventory is loaded.
    void reopenWindowLookingAt(const ImportSourcePaths &where)
    {
        m_window.reset();
        Services services = test::withoutConnectionReuse(m_services->services());
        services.importSources = where;
        m_window = assembleMainWindow(services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        activate();
        m_window->offerImports();
    }

    QToolButton *offerButton(const char *name) const { return m_window->findChild<QToolButton *>(QString::fromLatin1(name)); }
    QStringList offerNames() const
    {
        QStringList names;
        for (QAction *offer : m_window->findChild<ImportOffers *>(QStringLiteral("importOffers"))->offers())
            names << offer->objectName();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        setUpApplication("tst_windowfirstrun");
        QVERIFY(m_places.isValid());
        write(m_places.filePath(QStringLiteral("home/.ssh/config")),
              "Host web1\n  HostName 192.0.2.11\n  User deploy\nHost db1\n  HostName 192.0.2.12\nHost *\n  ServerAliveInterval 30\n");
        write(m_places.filePath(QStringLiteral("project/ansible.cfg")), "[defaults]\ninventory = inv/\n");
        write(m_places.filePath(QStringLiteral("project/inv/hosts")), "[web]\nweb2 ansible_host=192.0.2.21\nweb3\n[db]\ndb2\n");
        QFile::setPermissions(m_places.filePath(QStringLiteral("project")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void anEmptyInventoryIsOfferedWhatSshAndAnsibleUse()
    {
        reopenWindowLookingAt(paths());
        QTRY_VERIFY(offerButton("importSshConfigButton"));
        QTRY_VERIFY(offerButton("importAnsibleButton"));
        QCOMPARE(offerButton("importSshConfigButton")->text(), QStringLiteral("Import 2 hosts from ~/.ssh/config"));
        QCOMPARE(offerButton("importAnsibleButton")->text(),
                 QStringLiteral("Import 3 hosts from %1").arg(m_places.filePath(QStringLiteral("project/inv"))));
        QVERIFY(offerButton("importAnsibleButton")->toolTip().contains(m_places.filePath(QStringLiteral("project/ansible.cfg"))));
        auto *heading = m_window->findChild<QLabel *>(QStringLiteral("offersHeading"));
        QVERIFY(heading->isVisible());
        QCOMPARE(heading->text(), QStringLiteral("Found on this computer:"));
        saveScreenshot(m_window.get(), QStringLiteral("first-run-offers"));

        // One click: the hosts are stored, as one undo step; the other offer stays.
        QTest::mouseClick(offerButton("importSshConfigButton"), Qt::LeftButton);
        QTRY_COMPARE(m_inventory->hostCount(), 2);
        QVERIFY(editsSettled());
        QCOMPARE(storedHostCount(), 2);
        QTRY_COMPARE(offerNames(), QStringList{QStringLiteral("importAnsible")});
        QTRY_VERIFY(!offerButton("importSshConfigButton"));
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Import config"));
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("emptyText"))->text().contains(QStringLiteral("2 hosts")));

        QTest::mouseClick(offerButton("importAnsibleButton"), Qt::LeftButton);
        QTRY_COMPARE(m_inventory->hostCount(), 5);
        QVERIFY(editsSettled());
        QTRY_VERIFY(offerNames().isEmpty());
        QVERIFY(!heading->isVisible());
        QCOMPARE(storedHostCount(), 5);

        undo();
        QCOMPARE(m_inventory->hostCount(), 2);
        undo();
        QCOMPARE(m_inventory->hostCount(), 0);
        QCOMPARE(storedHostCount(), 0);
    }

    void aSourceWithBadLinesShowsThemFirst()
    {
        QTemporaryDir elsewhere;
        write(elsewhere.filePath(QStringLiteral("hosts")), "[web]\nweb1 ansible_port=99999\nweb2\nweb3\n");
        ImportSourcePaths where;
        where.workingDir = elsewhere.path();
        where.ansibleInventoryEnv = elsewhere.filePath(QStringLiteral("hosts"));
        reopenWindowLookingAt(where);
        QTRY_VERIFY(offerButton("importAnsibleButton"));
        QCOMPARE(offerButton("importAnsibleButton")->text(), QStringLiteral("Review 2 hosts from %1…").arg(elsewhere.filePath(QStringLiteral("hosts"))));

        // Cancel first: nothing happens.
        whenModal<QMessageBox>([](QMessageBox *box) {
            QCOMPARE(box->objectName(), QStringLiteral("importSourceIssues"));
            QVERIFY(box->detailedText().contains(QStringLiteral("hosts:2:")));
            box->reject();
        });
        QTest::mouseClick(offerButton("importAnsibleButton"), Qt::LeftButton);
        QTest::qWait(100);
        QCOMPARE(m_inventory->hostCount(), 0);

        whenModal<QMessageBox>([](QMessageBox *box) { box->findChild<QPushButton *>(QStringLiteral("importSkipBadLines"))->click(); });
        QTest::mouseClick(offerButton("importAnsibleButton"), Qt::LeftButton);
        QTRY_COMPARE(m_inventory->hostCount(), 2);
        QVERIFY(editsSettled());
        QCOMPARE(storedHostCount(), 2);
    }

    void noOffersWhenTheInventoryHasHostsOrNothingIsFound()
    {
        // The window of the tests and benchmarks looks nowhere.
        m_window->offerImports();
        QTest::qWait(200);
        QVERIFY(offerNames().isEmpty());
        QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("offersHeading"))->isVisible());

        // Hosts added by hand while offers show end them.
        reopenWindowLookingAt(paths());
        QTRY_COMPARE(offerNames().size(), 2);
        addHost(QStringLiteral("byhand"), 0);
        QTRY_VERIFY(offerNames().isEmpty());
        QTRY_VERIFY(!offerButton("importSshConfigButton"));

        // A workspace with hosts is past its first run.
        reopenWindowLookingAt(paths());
        QTest::qWait(300);
        QVERIFY(offerNames().isEmpty());
    }
};

QTEST_MAIN(TestWindowFirstRun)
#include "tst_windowfirstrun.moc"
