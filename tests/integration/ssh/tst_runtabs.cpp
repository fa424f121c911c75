// A run on many hosts from the real main window, against the sshd fixture:
// the Run Command dialog, one question about unknown keys for the whole run,
// the results table and the grouped view with a diff, the exports (the CLI's
// keys, written off the GUI thread) and "Run again on failed".
#include "tests/integration/ssh/SessionTestSupport.h"
#include "tests/integration/ssh/SshFixture.h"
#include "tests/support/WidgetTestSupport.h"

#include "core/i18n/Translations.h"
#include "core/inventory/Inventory.h"
#include "core/ssh/KnownHosts.h"
#include "models/run/RunResultsModel.h"
#include "tests/support/TestServices.h"
#include "widgets/inventory/InventoryPanel.h"
#include "app/WindowAssembly.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/SessionArea.h"
#include "widgets/run/RunView.h"

#include <QAction>
#include <QLabel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace wb;
using namespace wbtest;

namespace {

// Counts the layout requests a widget receives (a child's size hint changed).
struct LayoutRequests : QObject
{
    explicit LayoutRequests(QWidget *widget) { widget->installEventFilter(this); }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return false;
    }
    int count = 0;
};

} // namespace

class TestRunTabs : public QObject
{
    Q_OBJECT

    SshFixture fx;
    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services; // the app's composition root
    Inventory *m_inventory = nullptr;
    std::unique_ptr<MainWindow> m_window;
    HostId m_keyHost = 0;

    SessionArea *area() const { return m_window->sessionArea(); }

    HostId addHost(const QString &name, AuthMethod auth, const QString &identity = {},
                   const QString &address = QStringLiteral("127.0.0.1"), quint16 port = 0)
    {
        Host host;
        host.name = name;
        host.address = address;
        host.port = port ? port : fx.port;
        host.sshUser = fx.user;
        host.authMethod = auth;
        host.identityFile = identity;
        QString error;
        if (!wb::test::InventoryEdits(*m_services).addHost(&host, &error))
            qFatal("%s", qPrintable(error));
        return host.id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        installTranslations(*qApp, QStringLiteral("en"));
        m_services = std::make_unique<AppServices>();
        QVERIFY(test::openServices(*m_services, m_dir.filePath(QStringLiteral("runs.sqlite"))));
        m_inventory = &m_services->inventory();
        m_keyHost = addHost(QStringLiteral("keyhost"), AuthMethod::KeyFile, fx.clientKey());
        addHost(QStringLiteral("pwhost"), AuthMethod::Password);
        // The user's known_hosts trusts the main server (keyhost, pwhost), not the inner one.
        QDir().mkpath(QDir::homePath() + QStringLiteral("/.ssh"));
        writeKnownHosts(QDir::homePath() + QStringLiteral("/.ssh/known_hosts"),
                        {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))}});
        m_window = assembleMainWindow(test::withoutConnectionReuse(m_services->services()));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void countsChangeWithoutLayingOutTheWindow()
    {
        // A run's counts change many times a second. When the line that shows
        // them took the size of its text, every change laid out the run view
        // and the session tabs repainted whole (bench_gui_stall run).
        QList<SshTarget> targets;
        for (int i = 0; i < 12; ++i) {
            SshTarget target;
            target.endpoint = SshEndpoint{QStringLiteral("h%1").arg(i), QStringLiteral("127.0.0.1"), fx.port, fx.user, {fx.clientKey()}};
            target.options.useAgent = false;
            targets << target;
        }
        RunSpec spec;
        spec.command = QStringLiteral("sleep 0.$((RANDOM % 5))");
        spec.concurrency = 4;
        spec.useKeychain = false;
        spec.unknownKeys = RunSpec::UnknownKeys::Reject;
        RunView *run = area()->openRun(targets, spec);
        QVERIFY(QTest::qWaitForWindowExposed(run));
        auto *summary = partOf<QLabel>(run, "runSummary");
        // From the first host done (showing the tab has laid it out by then) to the last.
        QVERIFY(QTest::qWaitFor([&] { return !summary->text().startsWith(QStringLiteral("0 ok")); }, 30000));
        LayoutRequests layoutRequests(run);
        QSet<QString> shown;
        QVERIFY(QTest::qWaitFor([&] {
            shown << summary->text();
            return !run->isRunning();
        }, 30000));
        QTest::qWait(150);
        QCOMPARE(summary->text(), QStringLiteral("12 ok · 0 failed · 0 running · 0 pending"));
        QVERIFY2(shown.size() >= 3, qPrintable(QStringList(shown.values()).join(u'|')));
        QCOMPARE(layoutRequests.count, 0);
        QVERIFY(summary->sizeHint().width() <= summary->width());
        QVERIFY(area()->closeTab(area()->tabs()->indexOf(run)));
    }

    void runCommandOnSelectedHostsShowsResults()
    {
        // keyhost is trusted; "inner" is not, so the run asks once about its key.
        const HostId inner = addHost(QStringLiteral("inner"), AuthMethod::KeyFile, fx.clientKey(),
                                     QStringLiteral("127.0.0.2"), fx.innerPort);
        InventoryPanel *panel = m_window->inventoryPanel();
        panel->view()->selectAll(); // every host: keyhost, pwhost, inner
        const QList<HostId> chosen = panel->selectedHostIdsWithGroups();
        QVERIFY(chosen.contains(m_keyHost) && chosen.contains(inner));

        whenModal<QDialog>([&](QDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("runCommandText")), QStringLiteral("echo hi from $(hostname)"));
            saveScreenshot(dialog, QStringLiteral("run-command"));
            whenModal<QDialog>([](QDialog *keys) {
                if (auto *all = keys->findChild<QPushButton *>(QStringLiteral("acceptAll"))) {
                    saveScreenshot(keys, QStringLiteral("run-host-keys"));
                    all->click();
                }
            });
            dialog->accept();
        });
        m_window->findChild<QAction *>(QStringLiteral("runCommand"))->trigger();
        auto *run = qobject_cast<RunView *>(area()->tabs()->currentWidget());
        QVERIFY(run);
        QVERIFY(QTest::qWaitFor([&] { return !run->isRunning(); }, 30000));
        QTest::qWait(150); // the table model gathers changes for 100 ms
        QAbstractItemModel *table = partOf<QTableView>(run, "runTable")->model();
        QHash<QString, int> rowOf;
        for (int row = 0; row < table->rowCount(); ++row)
            rowOf.insert(table->index(row, RunResultsModel::HostColumn).data().toString(), row);
        QVERIFY(rowOf.contains(QStringLiteral("keyhost")) && rowOf.contains(QStringLiteral("inner")));
        for (const QString &name : {QStringLiteral("keyhost"), QStringLiteral("inner")}) {
            const int row = rowOf.value(name);
            QCOMPARE(table->index(row, RunResultsModel::StateColumn).data().toString(), QStringLiteral("done"));
            QCOMPARE(table->index(row, RunResultsModel::ExitColumn).data().toInt(), 0);
            QVERIFY(table->index(row, RunResultsModel::OutputColumn).data().toString().startsWith(QStringLiteral("hi from ")));
        }
        // pwhost (password only, nothing in the keychain) fails without asking anyone.
        const int pw = rowOf.value(QStringLiteral("pwhost"));
        QCOMPARE(table->index(pw, RunResultsModel::StateColumn).data().toString(), QStringLiteral("failed"));
        QVERIFY(run->findChild<QProgressBar *>(QStringLiteral("runProgress"))->value() == table->rowCount());
        saveScreenshot(m_window.get(), QStringLiteral("run-results"));

        // Grouped: the two hosts with the same output are one entry, the failure another.
        auto *views = run->findChild<QTabWidget *>(QStringLiteral("runViews"));
        views->setCurrentIndex(1);
        QVERIFY(QTest::qWaitFor([&] { return partOf<QListView>(run, "runGroups")->model()->rowCount() == 2; }, 2000));
        QCOMPARE(partOf<QListView>(run, "runGroups")->model()->index(0, 0).data().toString(), QStringLiteral("2 hosts: hi from vm"));
        QVERIFY2(partOf<QPlainTextEdit>(run, "runGroupOutput")->toPlainText().startsWith(QStringLiteral("2 hosts: ")), qPrintable(partOf<QPlainTextEdit>(run, "runGroupOutput")->toPlainText()));
        QVERIFY(partOf<QPlainTextEdit>(run, "runGroupOutput")->toPlainText().contains(QStringLiteral("hi from vm")));
        // Two groups selected: the difference between their outputs.
        partOf<QListView>(run, "runGroups")->selectionModel()->select(partOf<QListView>(run, "runGroups")->model()->index(1, 0), QItemSelectionModel::Select);
        const QString diff = partOf<QPlainTextEdit>(run, "runGroupOutput")->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("\n- hi from vm\n")) && diff.contains(QStringLiteral("\n+ authentication: ")),
                 qPrintable(diff));
        saveScreenshot(m_window.get(), QStringLiteral("run-grouped"));

        // Export, both formats, written off the GUI thread.
        for (const QString &name : {QStringLiteral("results.csv"), QStringLiteral("results.json")}) {
            QSignalSpy exported(run, &RunView::exported);
            run->exportTo(m_dir.filePath(name));
            QVERIFY(exported.wait(5000));
            QVERIFY(exported.first().at(0).toBool());
            QFile file(m_dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(content.contains("keyhost") && content.contains("inner") && content.contains("pwhost"), content.constData());
            if (name.endsWith(QLatin1String(".csv"))) {
                // The CLI's keys, untranslated (RunReport).
                QVERIFY(content.startsWith("host,address,port,ok,state,exit_status,exit_signal,duration_ms,stdout,stderr,step,error\r\n"));
                QVERIFY2(content.contains(",true,done,0,,"), content.constData());
                QVERIFY2(content.contains(",false,failed,,,") && content.contains(",authenticate,"), content.constData());
                QCOMPARE(content.count("\r\n"), 4);     // header and three rows
                QVERIFY(content.contains(",\"hi from vm\n\",")); // an output with its line feed, quoted
            } else {
                const QJsonArray hosts = QJsonDocument::fromJson(content).array();
                QCOMPARE(hosts.size(), 3);
                for (const QJsonValue &host : hosts) {
                    const QJsonObject object = host.toObject();
                    if (object.value(QStringLiteral("host")).toString() == QStringLiteral("pwhost")) {
                        QCOMPARE(object.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
                        QCOMPARE(object.value(QStringLiteral("step")).toString(), QStringLiteral("authenticate"));
                        QVERIFY(!object.contains(QStringLiteral("exit_status")));
                    } else {
                        QCOMPARE(object.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
                        QVERIFY(object.value(QStringLiteral("exit_status")).isDouble()); // a number, not text
                        QVERIFY(object.value(QStringLiteral("ok")).toBool());
                    }
                }
            }
        }

        // Re-run on the failed host only, in a new tab.
        auto *rerun = run->findChild<QPushButton *>(QStringLiteral("rerunFailed"));
        QVERIFY(rerun->isEnabled());
        rerun->click();
        auto *again = qobject_cast<RunView *>(area()->tabs()->currentWidget());
        QVERIFY(again && again != run);
        QCOMPARE(again->runner()->size(), 1);
        QCOMPARE(again->runner()->target(0).endpoint.name, QStringLiteral("pwhost"));
        QVERIFY(QTest::qWaitFor([&] { return !again->isRunning(); }, 15000));
        RemovedItems removed;
        QString error;
        QVERIFY2(wb::test::InventoryEdits(*m_services).remove({}, {inner}, &removed, &error), qPrintable(error));
    }

};

QTEST_MAIN(TestRunTabs)
#include "tst_runtabs.moc"
