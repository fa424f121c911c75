// What the workbench writes into the active ticket's work log: only for the
// ticket's hosts, only while it is open, and never a secret (a command is
// named by its program, never its arguments or environment); and two
// workbenches logging to one ticket at once both land.
#include "core/audit/AuditLog.h"
#include "core/i18n/Translations.h"
#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"
#include "core/tickets/TicketStore.h"
#include "core/tickets/TicketWorkLogger.h"

#include "tests/support/TestWorkspaces.h"

#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

using namespace wb;

class TestTicketWorkLogger : public QObject
{
    Q_OBJECT
    wbtest::TestWorkspaces m_workspaces;
    QString m_location;
    Workspace m_workspace;
    qint64 m_web = 0;
    qint64 m_db = 0;

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, QStringLiteral("en")); // English plural forms
        m_location = m_workspaces.create(QStringLiteral("log"));
        QVERIFY2(m_workspace.open(m_location), qPrintable(m_workspace.errorString()));
        Inventory inventory;
        inventory.setDatabase(m_workspace.database());
        QString error;
        QVERIFY(inventory.load(&error));
        for (auto [name, id] : {std::pair{QStringLiteral("web01"), &m_web}, std::pair{QStringLiteral("db01"), &m_db}}) {
            Host host;
            host.name = name;
            host.address = name + QStringLiteral(".example.org");
            QVERIFY(inventory.addHost(&host, &error));
            *id = host.id;
        }
    }

    void programNamesOnly_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("program");
        QTest::newRow("plain") << QStringLiteral("systemctl restart nginx") << QStringLiteral("systemctl");
        QTest::newRow("path") << QStringLiteral("/usr/sbin/service cups restart") << QStringLiteral("service");
        QTest::newRow("sudo") << QStringLiteral("sudo -u postgres psql -c 'ALTER USER x PASSWORD ''s3cret'''") << QStringLiteral("psql");
        QTest::newRow("environment") << QStringLiteral("PGPASSWORD=s3cret psql -h db01") << QStringLiteral("psql");
        QTest::newRow("pipe") << QStringLiteral("echo s3cret|passwd --stdin bob") << QStringLiteral("echo");
        QTest::newRow("leading space") << QStringLiteral("   df -h") << QStringLiteral("df");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("quoted environment") << QStringLiteral("MYSQL_PWD='correct s3cret horse' mysql -e 'select 1'") << QStringLiteral("mysql");
        QTest::newRow("double-quoted environment") << QStringLiteral("PASS=\"hunter s3cret\" cmd") << QStringLiteral("cmd");
        QTest::newRow("escaped space") << QStringLiteral("PW=a\\ s3cret cmd") << QStringLiteral("cmd");
        QTest::newRow("only assignments") << QStringLiteral("PW=s3cret") << QString();
        QTest::newRow("not a program name") << QStringLiteral("'s3cret phrase'") << QStringLiteral("a command");
        QTest::newRow("second line ignored") << QStringLiteral("uptime\necho s3cret") << QStringLiteral("uptime");
    }

    void programNamesOnly()
    {
        QFETCH(QString, command);
        QFETCH(QString, program);
        QCOMPARE(TicketWorkLogger::programOf(command), program);
        const QString text = TicketWorkLogger::commandRun(command, {QStringLiteral("web01")}, 1, 0);
        QVERIFY2(!text.contains(QStringLiteral("s3cret")), qPrintable(text));
    }

    void recordsOnlyForTheTicketsOpenHosts()
    {
        TicketStore store(m_workspace.database());
        Ticket ticket;
        ticket.title = QStringLiteral("web01 is slow");
        ticket.hostIds = {m_web};
        QString error;
        QVERIFY(store.add(&ticket, &error));
        TicketWorkLogger logger(m_workspace.database());
        QVERIFY(logger.record(ticket.id, {m_web, m_db}, TicketWorkLogger::commandRun(QStringLiteral("uptime"), {QStringLiteral("web01"), QStringLiteral("db01")}, 2, 0)));
        QVERIFY(!logger.record(ticket.id, {m_db}, QStringLiteral("not about this ticket's hosts")));
        QVERIFY(!logger.record(0, {m_web}, QStringLiteral("no active ticket")));
        QVERIFY(logger.record(ticket.id, {m_web}, TicketWorkLogger::accountAction(QStringLiteral("web01"), QStringLiteral("alice"),
                                                                                  QStringLiteral("reset-password"), false,
                                                                                  QStringLiteral("sudo did not accept the password"))));
        QList<WorkLogEntry> log = store.workLog(ticket.id);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).text, QStringLiteral("Ran uptime on web01, db01 (2 ok, 0 failed)."));
        QVERIFY(!log.at(0).isPublic);
        QCOMPARE(log.at(0).author, AuditLog::currentOperator());
        QVERIFY(log.at(1).text.startsWith(QStringLiteral("Account alice on web01: reset-password failed")));
        // A resolved ticket takes no more automatic entries.
        ticket = Ticket{};
        QVERIFY(store.load(log.at(0).ticketId, &ticket, &error));
        ticket.solution = QStringLiteral("Restarted php-fpm.");
        ticket.status = TicketStatus::Resolved;
        QVERIFY(store.update(&ticket, &error));
        QVERIFY(!logger.record(ticket.id, {m_web}, TicketWorkLogger::sessionOpened(QStringLiteral("web01"), QStringLiteral("root"))));
        QCOMPARE(store.workLog(ticket.id).size(), 2);
        QCOMPARE(TicketWorkLogger::commandRun(QStringLiteral("df"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                                                    QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f")}, 6, 0),
                 QStringLiteral("Ran df on 6 hosts (6 ok, 0 failed)."));
    }

    // Two workbenches logging to the same ticket at the same moment, each on
    // its own connection and thread: every line of both lands, none is lost.
    void twoWorkbenchesLoggingAtOnceBothLand()
    {
        Ticket ticket;
        ticket.title = QStringLiteral("Shared printer jams");
        QString error;
        QVERIFY2(TicketStore(m_workspace.database()).add(&ticket, &error), qPrintable(error));
        constexpr int perWorkbench = 40;
        QList<QStringList> failures(2);
        auto workbench = [&](int which) {
            return QThread::create([&, which] {
                Workspace own;
                if (!own.open(m_location)) {
                    failures[which] << own.errorString();
                    return;
                }
                TicketStore store(own.database());
                for (int i = 0; i < perWorkbench; ++i) {
                    WorkLogEntry entry;
                    entry.ticketId = ticket.id;
                    entry.text = QStringLiteral("workbench %1 line %2").arg(which).arg(i);
                    QString lineError;
                    if (!store.addWorkLog(&entry, &lineError))
                        failures[which] << lineError;
                }
            });
        };
        std::unique_ptr<QThread> first(workbench(0)), second(workbench(1));
        first->start();
        second->start();
        QVERIFY(first->wait(60000) && second->wait(60000));
        QCOMPARE(failures.at(0), QStringList());
        QCOMPARE(failures.at(1), QStringList());
        const QList<WorkLogEntry> log = TicketStore(m_workspace.database()).workLog(ticket.id, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(log.size(), 2 * perWorkbench);
        QSet<QString> texts;
        for (const WorkLogEntry &entry : log)
            texts.insert(entry.text);
        QCOMPARE(texts.size(), 2 * perWorkbench);
    }
};

QTEST_GUILESS_MAIN(TestTicketWorkLogger)
#include "tst_ticketworklogger.moc"
