// Roles in a team workspace, enforced by the fixture's real PostgreSQL: a
// helpdesk login reads the inventory, works tickets, the knowledge base and
// audit records of its account actions, and is refused every other write with
// a sentence; a sysadmin may do everything but change an audit record or a
// work-log entry; the operator recorded is the login, not what the client says.
#include "core/audit/AuditLog.h"
#include "core/inventory/Inventory.h"
#include "core/snippets/SnippetStore.h"
#include "core/ssh/TeamKnownHosts.h"
#include "core/storage/TeamRoles.h"
#include "core/fleet/HostStatusStore.h"
#include "core/storage/Workspace.h"
#include "core/targets/TeamHostKeyStore.h"
#include "core/tickets/KnowledgeBase.h"
#include "core/tickets/TicketCategories.h"
#include "core/tickets/TicketStore.h"

#include "tests/support/AuditRecords.h"
#include "tests/support/TestWorkspaces.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace wb;
using wbtest::TestWorkspaces;

class TestTeamRoles : public QObject
{
    Q_OBJECT

    TestWorkspaces m_workspaces{TestWorkspaces::Engine::PostgreSql};
    QString m_address;   // as the owner
    QString m_database;
    qint64 m_ticket = 0; // made by the owner

    QString addressFor(const QString &login) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(login, qEnvironmentVariable("WERKBANK_PG_PORT"), m_database);
    }
    // A login of the fixture's server, new to this test run, given `role`.
    QString member(const QString &name, TeamRole role)
    {
        const QString login = QStringLiteral("wbt_%1_%2").arg(QCoreApplication::applicationPid()).arg(name);
        m_workspaces.dropRoleLater(login);
        Workspace owner;
        if (!owner.open(m_address))
            return {};
        QString error;
        if (!TeamRoles(owner.database()).grant(login, role, QStringLiteral("pw-%1").arg(name), &error))
            qWarning("grant failed: %s", qPrintable(error));
        return login;
    }
    bool openAs(Workspace *ws, const QString &login)
    {
        ws->setPassword(QStringLiteral("pw-") + login.section(QLatin1Char('_'), 2));
        return ws->open(addressFor(login));
    }
    static QString refusalOf(const std::function<bool(QString *)> &write)
    {
        QString error;
        return write(&error) ? QString() : error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_address = m_workspaces.create(QStringLiteral("roles"));
        QVERIFY(!m_address.isEmpty());
        m_database = m_address.section(QLatin1Char('/'), -1);
        Workspace owner;
        QVERIFY(owner.open(m_address));
        TeamRoles roles(owner.database());
        m_workspaces.dropRoleLater(roles.roleName(TeamRole::Helpdesk));
        m_workspaces.dropRoleLater(roles.roleName(TeamRole::Sysadmin));
        QString error;
        QVERIFY2(roles.setUp(&error), qPrintable(error));
        QVERIFY2(roles.setUp(&error), qPrintable(error)); // again, as after an upgrade: nothing changes
        QCOMPARE(roles.roleName(TeamRole::Helpdesk), m_database + QStringLiteral("_helpdesk"));
        QCOMPARE(roles.currentRole(), TeamRole::Owner);
        Inventory inventory;
        inventory.setDatabase(owner.database());
        QVERIFY(inventory.load(&error));
        Host web;
        web.name = QStringLiteral("web01");
        web.address = QStringLiteral("192.0.2.10");
        QVERIFY2(inventory.addHost(&web, &error), qPrintable(error));
        Ticket ticket;
        ticket.title = QStringLiteral("Printer offline");
        ticket.urgency = ticket.impact = 3;
        QVERIFY2(TicketStore(owner.database()).add(&ticket, &error), qPrintable(error));
        m_ticket = ticket.id;
    }

    void helpdeskWorksTicketsAndIsRefusedTheInventory()
    {
        const QString login = member(QStringLiteral("helpdesk1"), TeamRole::Helpdesk);
        Workspace ws;
        QVERIFY2(openAs(&ws, login), qPrintable(ws.errorString()));
        QCOMPARE(TeamRoles(ws.database()).currentRole(), TeamRole::Helpdesk);

        Inventory inventory;
        inventory.setDatabase(ws.database());
        QString error;
        QVERIFY2(inventory.load(&error), qPrintable(error)); // reads the inventory
        QCOMPARE(inventory.snapshot().hosts.size(), 1);
        Host db;
        db.name = QStringLiteral("db01");
        db.address = QStringLiteral("192.0.2.11");
        const QString refused = refusalOf([&](QString *e) { return inventory.addHost(&db, e); });
        QVERIFY2(refused.contains(QStringLiteral("Your role in this team workspace does not allow this")), qPrintable(refused));
        QVERIFY2(refused.contains(QStringLiteral("permission denied for table hosts")), qPrintable(refused));

        Snippet snippet;
        snippet.name = QStringLiteral("uptime");
        snippet.body = QStringLiteral("uptime");
        QVERIFY(!refusalOf([&](QString *e) { return SnippetStore(ws.database()).add(&snippet, e); }).isEmpty());
        TicketCategory category;
        category.name = QStringLiteral("VPN");
        QVERIFY(!refusalOf([&](QString *e) { return TicketCategories(ws.database()).add(&category, e); }).isEmpty());

        // Tickets: new ones, changes, hosts linked, work logged, but not deleted.
        TicketStore tickets(ws.database());
        Ticket ticket;
        ticket.title = QStringLiteral("VPN drops");
        ticket.urgency = ticket.impact = 2;
        ticket.hostIds = {inventory.snapshot().hosts.first().id};
        QVERIFY2(tickets.add(&ticket, &error), qPrintable(error));
        ticket.status = TicketStatus::InProgress;
        QVERIFY2(tickets.update(&ticket, &error), qPrintable(error));
        WorkLogEntry entry;
        entry.ticketId = m_ticket;
        entry.author = QStringLiteral("mallory"); // what the client claims
        entry.text = QStringLiteral("called the user");
        QVERIFY2(tickets.addWorkLog(&entry, &error), qPrintable(error));
        QCOMPARE(tickets.workLog(m_ticket).value(0).author, login);
        QVERIFY(!refusalOf([&](QString *e) { return tickets.remove(ticket.id, e); }).isEmpty());

        Article article;
        article.title = QStringLiteral("Resetting the VPN client");
        article.body = QStringLiteral("Remove the profile, reconnect.");
        QVERIFY2(KnowledgeBase(ws.database()).add(&article, &error), qPrintable(error));
        QCOMPARE(KnowledgeBase(ws.database()).search(QStringLiteral("vpn")).size(), 1); // indexed, by the owner's trigger

        // Its account actions are audited under its own name, and stay as written.
        AuditRecord record = wbtest::auditRecord(QStringLiteral("web01"), QStringLiteral("alice"), QStringLiteral("unlock"), true);
        record.operatorName = QStringLiteral("someone-else");
        QVERIFY2(AuditLog(ws.database()).append(&record, &error), qPrintable(error));
        QCOMPARE(AuditLog(ws.database()).list().value(0).operatorName, login);
        QSqlQuery q(ws.database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET result = 'failed'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM ticket_worklog")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE ticket_search SET worklog = ''")));

        // What its reachability sweeps see is recorded: an observation, not an edit of the inventory.
        ProbeResult up;
        up.state = ProbeResult::State::Up;
        up.latencyMs = 4;
        up.checkedAt = QDateTime::currentDateTimeUtc();
        const HostId web = inventory.snapshot().hosts.first().id;
        QVERIFY2(HostStatusStore::record(ws.database(), {HostStatus::from(web, up)}, &error), qPrintable(error));
        QList<HostStatus> statuses;
        QVERIFY2(HostStatusStore::load(ws.database(), &statuses, &error), qPrintable(error));
        QCOMPARE(statuses.size(), 1);
    }

    void sysadminMayDoAllButRewriteHistory()
    {
        const QString login = member(QStringLiteral("sysadmin1"), TeamRole::Sysadmin);
        Workspace ws;
        QVERIFY2(openAs(&ws, login), qPrintable(ws.errorString()));
        QCOMPARE(TeamRoles(ws.database()).currentRole(), TeamRole::Sysadmin);
        Inventory inventory;
        inventory.setDatabase(ws.database());
        QString error;
        QVERIFY(inventory.load(&error));
        Group group;
        group.name = QStringLiteral("Amsterdam");
        QVERIFY2(inventory.addGroup(&group, &error), qPrintable(error));
        Host db;
        db.name = QStringLiteral("db02");
        db.address = QStringLiteral("192.0.2.12");
        db.groupId = group.id;
        QVERIFY2(inventory.addHost(&db, &error), qPrintable(error));
        Snippet snippet;
        snippet.name = QStringLiteral("disk");
        snippet.body = QStringLiteral("df -h");
        QVERIFY2(SnippetStore(ws.database()).add(&snippet, &error), qPrintable(error));
        Ticket doomed;
        doomed.title = QStringLiteral("duplicate");
        doomed.urgency = doomed.impact = 3;
        TicketStore tickets(ws.database());
        QVERIFY2(tickets.add(&doomed, &error), qPrintable(error));
        WorkLogEntry entry{0, doomed.id, QString(), {}, QStringLiteral("looked"), 0, false};
        QVERIFY2(tickets.addWorkLog(&entry, &error), qPrintable(error));
        QVERIFY2(tickets.remove(doomed.id, &error), qPrintable(error)); // its work log goes with it

        AuditRecord record = wbtest::auditRecord(QStringLiteral("db02"), QStringLiteral("bob"), QStringLiteral("lock"), true);
        QVERIFY2(AuditLog(ws.database()).append(&record, &error), qPrintable(error));
        QSqlQuery q(ws.database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET result = 'failed'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE ticket_worklog SET text = 'rewritten'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
    }

    void aNewRoleReplacesTheOldAndRevokeTakesBoth()
    {
        const QString login = member(QStringLiteral("mover"), TeamRole::Helpdesk);
        {
            Workspace owner;
            QVERIFY(owner.open(m_address));
            QString error;
            QVERIFY2(TeamRoles(owner.database()).grant(login, TeamRole::Sysadmin, std::nullopt, &error), qPrintable(error));
        }
        {
            Workspace ws;
            QVERIFY2(openAs(&ws, login), qPrintable(ws.errorString())); // the password stayed
            QCOMPARE(TeamRoles(ws.database()).currentRole(), TeamRole::Sysadmin);
            QSqlQuery q(ws.database());
            QVERIFY(q.exec(QStringLiteral("SELECT pg_has_role(session_user, '%1_helpdesk', 'MEMBER'),"
                                          " (SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
                                          "  WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = session_user))")
                               .arg(m_database))
                    && q.next());
            QVERIFY(q.value(0).toBool());     // through sysadmin
            QCOMPARE(q.value(1).toInt(), 1);  // one direct role, not both
        }
        {
            Workspace owner;
            QVERIFY(owner.open(m_address));
            QString error;
            QVERIFY2(TeamRoles(owner.database()).revoke(login, &error), qPrintable(error));
            QVERIFY(!TeamRoles(owner.database()).revoke(QStringLiteral("nobody_here_%1").arg(QCoreApplication::applicationPid()), &error));
            QVERIFY2(error.contains(QStringLiteral("no login")), qPrintable(error));
        }
        Workspace ws;
        QVERIFY(!openAs(&ws, login)); // not even the schema version may be read
        QVERIFY2(ws.errorString().contains(QStringLiteral("does not allow")), qPrintable(ws.errorString()));
    }

    void passwordsReachTheServerAsVerifiersOnly()
    {
        const QString login = member(QStringLiteral("secretive"), TeamRole::Helpdesk);
        Workspace owner;
        QVERIFY(owner.open(m_address));
        QSqlQuery q(owner.database());
        QVERIFY(q.exec(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(login)) && q.next());
        QVERIFY2(q.value(0).toString().startsWith(QStringLiteral("SCRAM-SHA-256$")), qPrintable(q.value(0).toString()));
        QFile log(qEnvironmentVariable("WERKBANK_PG_DIR") + QStringLiteral("/log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(!log.readAll().contains("pw-secretive"));
    }

    void hostileLoginNamesStayNames()
    {
        Workspace owner;
        QVERIFY(owner.open(m_address));
        TeamRoles roles(owner.database());
        const QString hostile = QStringLiteral("x\"; DROP ROLE wb; --%1").arg(QCoreApplication::applicationPid());
        m_workspaces.dropRoleLater(hostile);
        QString error;
        QVERIFY2(roles.grant(hostile, TeamRole::Helpdesk, std::nullopt, &error), qPrintable(error));
        QSqlQuery q(owner.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('wb', '%1')")
                           .arg(QString(hostile).replace(QLatin1Char('\''), QStringLiteral("''"))))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(!roles.grant(QStringLiteral("line\nbreak"), TeamRole::Helpdesk, std::nullopt, &error));
        QVERIFY(!roles.grant(QString(64, QLatin1Char('a')), TeamRole::Helpdesk, std::nullopt, &error));
    }

    void onlyASysadminTrustsAHostKeyForTheTeamUnderItsOwnName()
    {
        const HostKey key{QStringLiteral("ssh-ed25519"), QByteArray(32, '\x07')};
        const QString helpdesk = member(QStringLiteral("helpdesk3"), TeamRole::Helpdesk);
        {
            Workspace ws;
            QVERIFY2(openAs(&ws, helpdesk), qPrintable(ws.errorString()));
            TeamKnownHosts::Entry entry{QStringLiteral("web01.example.org"), 22, key, QStringLiteral("someone else"), {}};
            const QString refused = refusalOf([&](QString *e) { return TeamHostKeyStore(ws.database()).add(&entry, e); });
            QVERIFY2(refused.contains(QStringLiteral("Your role in this team workspace does not allow this")), qPrintable(refused));
            QList<TeamKnownHosts::Entry> entries;
            QString error;
            QVERIFY2(TeamHostKeyStore(ws.database()).load(&entries, &error), qPrintable(error)); // but reads them
        }
        const QString sysadmin = member(QStringLiteral("sysadmin3"), TeamRole::Sysadmin);
        Workspace ws;
        QVERIFY2(openAs(&ws, sysadmin), qPrintable(ws.errorString()));
        TeamKnownHosts::Entry entry{QStringLiteral("Web01.Example.org"), 22, key, QStringLiteral("someone else"), {}};
        QString error;
        QVERIFY2(TeamHostKeyStore(ws.database()).add(&entry, &error), qPrintable(error));
        QCOMPARE(entry.acceptedBy, sysadmin); // the login, not what the client said
        QList<TeamKnownHosts::Entry> entries;
        QVERIFY2(TeamHostKeyStore(ws.database()).load(&entries, &error), qPrintable(error));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().host, QStringLiteral("web01.example.org"));
        QCOMPARE(entries.first().acceptedBy, sysadmin);
        // Nobody rewrites who accepted it.
        QSqlQuery rewrite(ws.database());
        QVERIFY(!rewrite.exec(QStringLiteral("UPDATE team_host_keys SET accepted_by = 'mallory'")));
        int removed = 0;
        QVERIFY2(TeamHostKeyStore(ws.database()).remove(QStringLiteral("web01.example.org"), 22, &removed, &error), qPrintable(error));
        QCOMPARE(removed, 1);
    }
};

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
