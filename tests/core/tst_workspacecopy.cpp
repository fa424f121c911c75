// Copying a personal workspace into a team one (`workspace copy`), on the
// engine the run asks for (the team's PostgreSQL in the _pg run): every row
// of every table arrives as it was, ids, operators and authors included; the
// copy is searchable and new rows continue after the copied ids; a target
// with data is refused without merge, and a merge keeps what the target has.
#include "core/audit/AuditLog.h"
#include "core/inventory/Inventory.h"
#include "core/snippets/SnippetStore.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceCopy.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/tickets/KnowledgeBase.h"
#include "core/tickets/TicketCategories.h"
#include "core/tickets/TicketStore.h"

#include "tests/support/AuditRecords.h"
#include "tests/support/TestWorkspaces.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace wb;
using wbtest::TestWorkspaces;

class TestWorkspaceCopy : public QObject
{
    Q_OBJECT

    TestWorkspaces m_files{};
    TestWorkspaces m_targets{};
    QString m_source;
    QTemporaryDir m_dir;

    // Every row of a table, as text, in id (or key) order: what "the same" means here.
    static QStringList dump(const QSqlDatabase &db, const QString &table, const QString &order)
    {
        QSqlQuery q(db);
        QStringList rows;
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order))) {
            rows << QStringLiteral("cannot read %1").arg(table);
            return rows;
        }
        while (q.next()) {
            const QSqlRecord record = q.record();
            QStringList fields;
            for (int i = 0; i < record.count(); ++i)
                fields << record.fieldName(i) + QLatin1Char('=') + (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << fields.join(QLatin1Char('|'));
        }
        return rows;
    }
    static const QList<QPair<QString, QString>> &tables()
    {
        static const QList<QPair<QString, QString>> list{
            {QStringLiteral("groups"), QStringLiteral("id")},           {QStringLiteral("hosts"), QStringLiteral("id")},
            {QStringLiteral("ticket_categories"), QStringLiteral("id")}, {QStringLiteral("tickets"), QStringLiteral("id")},
            {QStringLiteral("ticket_hosts"), QStringLiteral("ticket_id, host_id")},
            {QStringLiteral("ticket_worklog"), QStringLiteral("id")},   {QStringLiteral("kb_articles"), QStringLiteral("id")},
            {QStringLiteral("snippets"), QStringLiteral("id")},         {QStringLiteral("audit_log"), QStringLiteral("id")},
            {QStringLiteral("workspace_settings"), QStringLiteral("key")}};
        return list;
    }
    static int count(const QSqlDatabase &db, const QString &table)
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A personal workspace with something in every table, written the way
        // the window writes it, ids out of parent order on purpose.
        m_source = m_dir.filePath(QStringLiteral("personal.sqlite"));
        Workspace ws;
        QVERIFY2(ws.open(m_source), qPrintable(ws.errorString()));
        const QSqlDatabase db = ws.database();
        Inventory inventory;
        inventory.setDatabase(db);
        QString error;
        QVERIFY(inventory.load(&error));
        Group servers{0, 0, QStringLiteral("Servers"), 1};
        QVERIFY2(inventory.addGroup(&servers, &error), qPrintable(error));
        Group amsterdam{0, 0, QStringLiteral("Amsterdam"), 1};
        QVERIFY2(inventory.addGroup(&amsterdam, &error), qPrintable(error));
        QVERIFY2(inventory.move({servers.id}, {}, amsterdam.id, &error), qPrintable(error)); // child id below its parent's
        Host web;
        web.name = QStringLiteral("web01");
        web.address = QStringLiteral("web01.example.com");
        web.groupId = servers.id;
        web.tags = {QStringLiteral("nginx"), QStringLiteral("prod")};
        web.identityFile = QStringLiteral("~/.ssh/id_ed25519");
        QVERIFY2(inventory.addHost(&web, &error), qPrintable(error));
        Host bastion;
        bastion.name = QStringLiteral("bastion");
        bastion.address = QStringLiteral("192.0.2.1");
        bastion.groupId = amsterdam.id;
        QVERIFY2(inventory.addHost(&bastion, &error), qPrintable(error));
        for (const Host &stored : inventory.snapshot().hosts) {
            if (stored.id == web.id)
                web = stored;
        }
        web.jumpHostId = bastion.id; // a jump host with a higher id than the host that uses it
        QVERIFY2(inventory.updateHost(web, &error), qPrintable(error));

        TicketCategory vpn;
        vpn.parentId = 1;
        vpn.name = QStringLiteral("VPN");
        QVERIFY2(TicketCategories(db).add(&vpn, &error), qPrintable(error));
        TicketStore tickets(db);
        Ticket ticket;
        ticket.title = QStringLiteral("Disk full on web01.example.com");
        ticket.description = QStringLiteral("Reported by j.de.vries@example.org");
        ticket.urgency = 4;
        ticket.impact = 3;
        ticket.categoryId = vpn.id;
        ticket.hostIds = {web.id, bastion.id};
        QVERIFY2(tickets.add(&ticket, &error), qPrintable(error));
        WorkLogEntry entry{0, ticket.id, QStringLiteral("anna"), {}, QStringLiteral("cleaned /var/log"), 15, true};
        QVERIFY2(tickets.addWorkLog(&entry, &error), qPrintable(error));
        Article article;
        article.title = QStringLiteral("Full disks");
        article.body = QStringLiteral("Rotate the logs.");
        article.sourceTicketId = ticket.id;
        article.categoryId = vpn.id;
        QVERIFY2(KnowledgeBase(db).add(&article, &error), qPrintable(error));
        Snippet snippet;
        snippet.name = QStringLiteral("Disk usage");
        snippet.body = QStringLiteral("df -h");
        QVERIFY2(SnippetStore(db).add(&snippet, &error), qPrintable(error));
        AuditRecord record = wbtest::auditRecord(QStringLiteral("web01"), QStringLiteral("alice"), QStringLiteral("unlock"), true);
        record.operatorName = QStringLiteral("helpdesk1");
        record.target.id = web.id;
        record.ticketId = ticket.id;
        QVERIFY2(AuditLog(db).append(&record, &error), qPrintable(error));
        QVERIFY2(WorkspaceSettings(db).setValue(QStringLiteral("tickets.sla"), QStringLiteral("{\"p1\":4}"), &error), qPrintable(error));
    }

    void everyRowArrivesAsItWas()
    {
        Workspace source;
        QVERIFY(source.open(m_source));
        const QString address = m_targets.create(QStringLiteral("copy"));
        Workspace target;
        QVERIFY2(target.open(address), qPrintable(target.errorString()));
        WorkspaceCopy copy(source.database(), target.database());
        QString error;
        QVERIFY2(copy.targetIsEmpty(&error), qPrintable(error));
        WorkspaceCopy::Report report;
        QVERIFY2(copy.copy(false, &report, &error), qPrintable(error));
        for (const auto &[table, order] : tables())
            QCOMPARE(dump(target.database(), table, order), dump(source.database(), table, order));
        QCOMPARE(report.added.value(QStringLiteral("hosts")), 2);
        QCOMPARE(report.kept.value(QStringLiteral("hosts")), 0);

        // Found by search, and new rows take ids after the copied ones.
        TicketQuery query{TicketQuery::View::All};
        query.text = QStringLiteral("web01.example.com");
        QCOMPARE(TicketStore(target.database()).list(query).size(), 1);
        query.text = QStringLiteral("log");
        QCOMPARE(TicketStore(target.database()).list(query).size(), 1); // the work log is indexed too
        QCOMPARE(KnowledgeBase(target.database()).search(QStringLiteral("rotate")).size(), 1);
        Ticket next;
        next.title = QStringLiteral("after the copy");
        next.urgency = next.impact = 3;
        QVERIFY2(TicketStore(target.database()).add(&next, &error), qPrintable(error));
        QVERIFY(next.id > 1);
        TicketCategory more;
        more.name = QStringLiteral("Phones");
        QVERIFY2(TicketCategories(target.database()).add(&more, &error), qPrintable(error));

        // Once there is data, only a merge adds to it.
        QVERIFY(!copy.targetIsEmpty(&error));
        QVERIFY(!copy.copy(false, &report, &error));
        QVERIFY2(error.contains(QStringLiteral("--merge")), qPrintable(error));
        QCOMPARE(count(target.database(), QStringLiteral("tickets")), 2);
    }

    void aMergeKeepsWhatTheTargetHas()
    {
        Workspace source;
        QVERIFY(source.open(m_source));
        const QString address = m_targets.create(QStringLiteral("merge"));
        Workspace target;
        QVERIFY2(target.open(address), qPrintable(target.errorString()));
        const QSqlDatabase db = target.database();
        // The target has its own Amsterdam, with its own web01, and a snippet of the same name.
        Inventory inventory;
        inventory.setDatabase(db);
        QString error;
        QVERIFY(inventory.load(&error));
        Group amsterdam{0, 0, QStringLiteral("Amsterdam"), 1};
        QVERIFY(inventory.addGroup(&amsterdam, &error));
        Host mine;
        mine.name = QStringLiteral("bastion");
        mine.address = QStringLiteral("198.51.100.7");
        mine.groupId = amsterdam.id;
        QVERIFY(inventory.addHost(&mine, &error));
        Snippet snippet;
        snippet.name = QStringLiteral("disk usage");
        snippet.body = QStringLiteral("du -sh /*");
        QVERIFY(SnippetStore(db).add(&snippet, &error));
        Ticket own;
        own.title = QStringLiteral("Team ticket");
        own.urgency = own.impact = 2;
        QVERIFY(TicketStore(db).add(&own, &error));

        WorkspaceCopy::Report report;
        QVERIFY2(WorkspaceCopy(source.database(), db).copy(true, &report, &error), qPrintable(error));
        QCOMPARE(report.kept.value(QStringLiteral("groups")), 1);   // Amsterdam
        QCOMPARE(report.added.value(QStringLiteral("groups")), 1);  // Servers, under the target's Amsterdam
        QCOMPARE(report.kept.value(QStringLiteral("hosts")), 1);    // bastion stays the target's
        QCOMPARE(report.added.value(QStringLiteral("hosts")), 1);
        QCOMPARE(report.kept.value(QStringLiteral("snippets")), 1);
        QCOMPARE(report.added.value(QStringLiteral("tickets")), 1);
        QCOMPARE(count(db, QStringLiteral("tickets")), 2);
        QVERIFY(inventory.load(&error));
        const InventorySnapshot snapshot = inventory.snapshot();
        QCOMPARE(snapshot.hosts.size(), 2);
        const Host bastion = *std::find_if(snapshot.hosts.cbegin(), snapshot.hosts.cend(),
                                           [](const Host &h) { return h.name == QLatin1String("bastion"); });
        QCOMPARE(bastion.address, QStringLiteral("198.51.100.7")); // the target's, untouched
        const Host web = *std::find_if(snapshot.hosts.cbegin(), snapshot.hosts.cend(),
                                       [](const Host &h) { return h.name == QLatin1String("web01"); });
        QCOMPARE(web.jumpHostId, bastion.id); // its jump host is the target's bastion now
        // The copied ticket links the target's hosts; its audit record follows the host.
        TicketQuery query{TicketQuery::View::All};
        query.text = QStringLiteral("web01.example.com");
        const QList<Ticket> found = TicketStore(db).list(query);
        QCOMPARE(found.size(), 1);
        QCOMPARE(QSet<qint64>(found.first().hostIds.cbegin(), found.first().hostIds.cend()), (QSet<qint64>{web.id, bastion.id}));
        const QList<AuditRecord> audit = AuditLog(db).list();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().operatorName, QStringLiteral("helpdesk1"));
        QCOMPARE(audit.first().target.id, web.id);
        QCOMPARE(audit.first().ticketId, found.first().id);
        // Merging the same file again adds tickets again, but never an audit action twice.
        QVERIFY2(WorkspaceCopy(source.database(), db).copy(true, &report, &error), qPrintable(error));
        QCOMPARE(AuditLog(db).list().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceCopy)
#include "tst_workspacecopy.moc"
