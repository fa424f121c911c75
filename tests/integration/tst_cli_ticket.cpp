// werkbank-cli ticket, the real program, on a real workspace file: what a
// monitoring script or mail hook does (open, comment, resolve, search) and
// what a person reads back.
#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"
#include "core/tickets/KnowledgeBase.h"
#include "core/tickets/TicketStore.h"
#include "tests/support/CliTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wbtest;

class TestCliTicket : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_workspace;

    using Result = CliResult;

    Result cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCli(QStringLiteral(WERKBANK_CLI), QStringList{QStringLiteral("--workspace"), m_workspace, QStringLiteral("ticket")} + arguments,
                      input);
    }
    QJsonObject object(const Result &r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }
    // The first entry of a listing's array.
    QJsonObject first(const Result &r) { return QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject(); }
    QList<qint64> listed(const QStringList &arguments)
    {
        // A listing is one JSON array (an empty one when nothing matches).
        const Result r = cli(arguments + QStringList{QStringLiteral("--json")});
        const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8());
        if (r.code != 0 || !document.isArray())
            return {-1};
        QList<qint64> ids;
        for (const QJsonValue &ticket : document.array())
            ids << ticket.toObject().value(QStringLiteral("id")).toInteger();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(QStringLiteral("tickets.sqlite"));
        Workspace workspace;
        QVERIFY(workspace.open(m_workspace));
        Inventory inventory;
        inventory.setDatabase(workspace.database());
        QString error;
        QVERIFY(inventory.load(&error));
        for (const QString &name : {QStringLiteral("web01"), QStringLiteral("db01")}) {
            Host host;
            host.name = name;
            host.address = name + QStringLiteral(".example.org");
            QVERIFY2(inventory.addHost(&host, &error), qPrintable(error));
        }
    }

    void monitoringOpensCommentsAndResolves()
    {
        Result r = cli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("Disk /var 95% on web01"),
                        QStringLiteral("--description-stdin"), QStringLiteral("--category"), QStringLiteral("hardware"),
                        QStringLiteral("--urgency"), QStringLiteral("4"), QStringLiteral("--impact"), QStringLiteral("4"),
                        QStringLiteral("--host"), QStringLiteral("web01"), QStringLiteral("--requester"), QStringLiteral("Zabbix"),
                        QStringLiteral("--email"), QStringLiteral("zabbix@example.org"), QStringLiteral("--json")},
                       "Trigger: /var above 95%\nValue: 96.1%\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject opened = object(r);
        const qint64 id = opened.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(opened.value(QStringLiteral("priority")).toInt(), 4); // GLPI: urgency 4, impact 4
        QCOMPARE(opened.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
        QCOMPARE(opened.value(QStringLiteral("category")).toString(), QStringLiteral("Hardware"));
        QCOMPARE(opened.value(QStringLiteral("hosts")).toArray().first().toString(), QStringLiteral("web01"));
        QCOMPARE(opened.value(QStringLiteral("description")).toString(), QStringLiteral("Trigger: /var above 95%\nValue: 96.1%"));
        QVERIFY(!opened.value(QStringLiteral("due")).isNull());

        r = cli({QStringLiteral("comment"), QString::number(id), QStringLiteral("--text"), QStringLiteral("Rotated the logs; 71% now."),
                 QStringLiteral("--minutes"), QStringLiteral("10"), QStringLiteral("--author"), QStringLiteral("jan")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("resolve"), QString::number(id)});
        QCOMPARE(r.code, 2); // no solution given
        r = cli({QStringLiteral("update"), QString::number(id), QStringLiteral("--status"), QStringLiteral("closed")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("resolved")), qPrintable(r.err));
        r = cli({QStringLiteral("resolve"), QString::number(id), QStringLiteral("--solution"), QStringLiteral("Logrotate now compresses daily."),
                 QStringLiteral("--publish"), QStringLiteral("--tags"), QStringLiteral("disk,logrotate")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("knowledge-base article")));

        r = cli({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject shown = object(r);
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        const QJsonArray log = shown.value(QStringLiteral("work_log")).toArray();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().toObject().value(QStringLiteral("author")).toString(), QStringLiteral("jan"));
        QCOMPARE(log.first().toObject().value(QStringLiteral("minutes")).toInt(), 10);
        QVERIFY(!shown.value(QStringLiteral("first_response")).isNull());
        QVERIFY(!shown.value(QStringLiteral("resolved")).isNull());

        QCOMPARE(listed({QStringLiteral("search"), QStringLiteral("logs")}), QList<qint64>{id});        // work log
        QCOMPARE(listed({QStringLiteral("search"), QStringLiteral("logrotate")}), QList<qint64>{id});   // solution
        r = cli({QStringLiteral("search"), QStringLiteral("--kb"), QStringLiteral("logrotate"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
        QCOMPARE(first(r).value(QStringLiteral("ticket")).toInteger(), id);
        QCOMPARE(first(r).value(QStringLiteral("tags")).toArray().size(), 2);

        r = cli({QStringLiteral("show"), QString::number(id)});
        QVERIFY(r.out.startsWith(QStringLiteral("#%1 Disk /var 95% on web01").arg(id)));
        QVERIFY(r.out.contains(QStringLiteral("Rotated the logs")));
    }

    // update --status resolved --publish publishes as resolve --publish does.
    void resolvingThroughUpdatePublishesToo()
    {
        Result r = cli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("Printer queue stuck on floor 3"),
                        QStringLiteral("--host"), QStringLiteral("db01"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const qint64 id = object(r).value(QStringLiteral("id")).toInteger();
        r = cli({QStringLiteral("update"), QString::number(id), QStringLiteral("--status"), QStringLiteral("resolved"),
                 QStringLiteral("--solution"), QStringLiteral("Cleared the spooler and restarted cupsd."),
                 QStringLiteral("--publish"), QStringLiteral("--tags"), QStringLiteral("printer, cups")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Published as knowledge-base article")), qPrintable(r.out));
        r = cli({QStringLiteral("search"), QStringLiteral("--kb"), QStringLiteral("spooler"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(first(r).value(QStringLiteral("ticket")).toInteger(), id);
        QCOMPARE(first(r).value(QStringLiteral("tags")).toArray(), (QJsonArray{QStringLiteral("printer"), QStringLiteral("cups")}));
    }

    void listsViewsInOrder()
    {
        auto open = [&](const QString &title, int urgency, int impact) {
            const Result r = cli({QStringLiteral("new"), QStringLiteral("--title"), title, QStringLiteral("--urgency"), QString::number(urgency),
                                  QStringLiteral("--impact"), QString::number(impact), QStringLiteral("--host"), QStringLiteral("db01"),
                                  QStringLiteral("--json")});
            return object(r).value(QStringLiteral("id")).toInteger();
        };
        const qint64 low = open(QStringLiteral("Low one"), 1, 1);
        const qint64 high = open(QStringLiteral("High one"), 5, 5);
        QVERIFY(low > 0 && high > 0);
        QCOMPARE(listed({QStringLiteral("list"), QStringLiteral("--host"), QStringLiteral("db01")}), (QList<qint64>{high, low}));
        Result r = cli({QStringLiteral("update"), QString::number(low), QStringLiteral("--status"), QStringLiteral("assigned"),
                        QStringLiteral("--assignee"), QStringLiteral("piet")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(listed({QStringLiteral("list"), QStringLiteral("--view"), QStringLiteral("mine"), QStringLiteral("--me"), QStringLiteral("piet")}),
                 QList<qint64>{low});
        QCOMPARE(listed({QStringLiteral("list"), QStringLiteral("--view"), QStringLiteral("unassigned"), QStringLiteral("--host"), QStringLiteral("db01")}),
                 QList<qint64>{high});
        r = cli({QStringLiteral("update"), QString::number(low), QStringLiteral("--priority"), QStringLiteral("5")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("show"), QString::number(low), QStringLiteral("--json")});
        QVERIFY(object(r).value(QStringLiteral("priority_overridden")).toBool());
        r = cli({QStringLiteral("list"), QStringLiteral("--host"), QStringLiteral("db01")});
        QVERIFY2(r.out.startsWith(QStringLiteral("ID")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("High one")));
    }

    void badInputIsRefused()
    {
        QCOMPARE(cli({QStringLiteral("new")}).code, 1);                                               // no title
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(cli({QStringLiteral("show")}).code, 2);
        QCOMPARE(cli({QStringLiteral("show"), QStringLiteral("abc")}).code, 2);
        Result r = cli({QStringLiteral("show"), QStringLiteral("99999")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("#99999")));
        QCOMPARE(cli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--urgency"), QStringLiteral("9")}).code, 2);
        r = cli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--host"), QStringLiteral("nope")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("nope")));
        r = cli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--category"), QStringLiteral("Nope/None")});
        QCOMPARE(r.code, 1);
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--view"), QStringLiteral("everything")}).code, 2);
        // A title with an escape sequence is refused (control characters), and the message that
        // says so is printed without the raw escape.
        r = cli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("Evil \x1b]0;owned\x07 title"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1); // control characters are refused in a title
        QVERIFY2(r.err.contains(QStringLiteral("control character")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QChar(0x1b)));
        r = cli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("ok"), QStringLiteral("--email"), QStringLiteral("x\x1b]0;pwn\x07@example.org")});
        QCOMPARE(r.code, 1); // not an address, and no escape reaches the terminal either
        QVERIFY(!r.err.contains(QChar(0x1b)));
        r = cli({QStringLiteral("search"), QStringLiteral("\"unbalanced"), QStringLiteral("NEAR(")});
        QCOMPARE(r.code, 0); // words, never FTS syntax
    }

    // A built-in category by its English or its Dutch name, whatever language the
    // CLI runs in, so scripts keep working; a Dutch CLI shows it in Dutch, and
    // JSON names it as stored.
    void builtInCategoriesByTheirEnglishOrDutchName()
    {
        Result r = cli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("Wifi drops"), QStringLiteral("--category"),
                        QStringLiteral("Netwerk"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(object(r).value(QStringLiteral("category")).toString(), QStringLiteral("Network"));
        r = cli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("Locked out"), QStringLiteral("--category"),
                 QStringLiteral("account / WACHTWOORD"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(object(r).value(QStringLiteral("category")).toString(), QStringLiteral("Account / Password"));
        const QString id = QString::number(object(r).value(QStringLiteral("id")).toInteger());
        const QStringList dutch{QStringLiteral("--workspace"), m_workspace, QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("ticket")};
        r = runCli(QStringLiteral(WERKBANK_CLI), dutch + QStringList{QStringLiteral("show"), id});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Account / Wachtwoord")), qPrintable(r.out));
        r = runCli(QStringLiteral(WERKBANK_CLI), dutch + QStringList{QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("category")).toString(), QStringLiteral("Account / Password"));
        r = runCli(QStringLiteral(WERKBANK_CLI), dutch + QStringList{QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("Toner"),
                                                                     QStringLiteral("--category"), QStringLiteral("Printer/Toner")});
        QCOMPARE(r.code, 1); // no such subcategory, in either language
    }
};

QTEST_GUILESS_MAIN(TestCliTicket)
#include "tst_cli_ticket.moc"
