// The knowledge base on a real SQLite workspace: articles stored and found
// (FTS5), a resolved ticket's solution published as one, suggestions for a
// ticket being edited, same category first.
#include "core/storage/Workspace.h"
#include "core/tickets/KnowledgeBase.h"
#include "core/tickets/TicketStore.h"

#include "tests/support/TestWorkspaces.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wb;

class TestKnowledgeBase : public QObject
{
    Q_OBJECT

    wbtest::TestWorkspaces m_workspaces;
    Workspace m_workspace;

    KnowledgeBase kb() { return KnowledgeBase(m_workspace.database()); }
    Article stored(const QString &title, const QString &body, CategoryId category = 0, const QStringList &tags = {})
    {
        Article article;
        article.title = title;
        article.body = body;
        article.categoryId = category;
        article.tags = tags;
        QString error;
        if (!kb().add(&article, &error))
            qWarning("add failed: %s", qPrintable(error));
        return article;
    }
    static QList<qint64> ids(const QList<Article> &articles)
    {
        QList<qint64> list;
        for (const Article &a : articles)
            list << a.id;
        return list;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_workspace.open(m_workspaces.create(QStringLiteral("kb"))), qPrintable(m_workspace.errorString())); }

    void articlesAreStoredAndFound()
    {
        const Article vpn = stored(QStringLiteral("VPN error 809"), QStringLiteral("Open UDP 500 and 4500 on the firewall."), 6,
                                   {QStringLiteral("vpn"), QStringLiteral(" ipsec "), QStringLiteral("VPN")});
        const Article printer = stored(QStringLiteral("Printer shows offline"), QStringLiteral("Restart the spooler service."), 7);
        QVERIFY(vpn.id > 0 && printer.id > 0);
        Article back;
        QString error;
        QVERIFY(kb().load(vpn.id, &back, &error));
        QCOMPARE(back.tags, (QStringList{QStringLiteral("vpn"), QStringLiteral("ipsec")})); // trimmed, no duplicates
        QCOMPARE(back.categoryId, 6);
        QCOMPARE(ids(kb().search(QStringLiteral("firewall"))), QList<qint64>{vpn.id});   // body
        QCOMPARE(ids(kb().search(QStringLiteral("ipsec"))), QList<qint64>{vpn.id});      // tags
        QCOMPARE(ids(kb().search(QStringLiteral("spool*"))), QList<qint64>{printer.id}); // prefix
        QCOMPARE(ids(kb().search(QStringLiteral("NEAR(\"x"))), QList<qint64>{});         // words, never syntax
        back.body = QStringLiteral("Allow ESP through the router.");
        QVERIFY2(kb().update(&back, &error), qPrintable(error));
        QCOMPARE(ids(kb().search(QStringLiteral("firewall"))), QList<qint64>{});          // the index follows edits
        QCOMPARE(ids(kb().search(QStringLiteral("router"))), QList<qint64>{vpn.id});
        Article stale = vpn;
        stale.body = QStringLiteral("old copy");
        QVERIFY(!kb().update(&stale, &error));
        QVERIFY(error.contains(QStringLiteral("elsewhere")));
        QVERIFY(kb().remove(printer.id, &error));
        QCOMPARE(ids(kb().search(QStringLiteral("spooler"))), QList<qint64>{});
        Article empty;
        empty.title = QStringLiteral("No body");
        QVERIFY(!kb().add(&empty, &error));
        QVERIFY(!error.isEmpty());
    }

    void solutionIsPublished()
    {
        TicketStore tickets(m_workspace.database());
        Ticket ticket;
        ticket.title = QStringLiteral("Outlook keeps asking for the password");
        ticket.description = QStringLiteral("After the mailbox move.");
        ticket.categoryId = 8;
        QString error;
        QVERIFY(tickets.add(&ticket, &error));
        ticket.solution = QStringLiteral("Removed the old credentials from Credential Manager.");
        ticket.status = TicketStatus::Resolved;
        QVERIFY2(tickets.update(&ticket, &error), qPrintable(error));
        Article article = KnowledgeBase::draftFrom(ticket);
        QCOMPARE(article.title, ticket.title);
        QVERIFY(article.body.contains(QStringLiteral("After the mailbox move.")));
        QVERIFY(article.body.contains(ticket.solution));
        QCOMPARE(article.categoryId, 8);
        QVERIFY2(kb().add(&article, &error), qPrintable(error));
        Article back;
        QVERIFY(kb().load(article.id, &back, &error));
        QCOMPARE(back.sourceTicketId, ticket.id);
        QCOMPARE(ids(kb().search(QStringLiteral("credential manager"))), QList<qint64>{article.id});
    }

    void suggestionsShareTitleWordsSameCategoryFirst()
    {
        const Article network = stored(QStringLiteral("Wifi password for guests"), QStringLiteral("Ask reception."), 6);
        const Article account = stored(QStringLiteral("Reset a forgotten password"), QStringLiteral("Use the account view."), 2);
        stored(QStringLiteral("Toner"), QStringLiteral("Order via the portal."), 7);
        QList<qint64> suggested = ids(kb().suggestionsFor(QStringLiteral("User forgot password"), 2));
        QVERIFY2(suggested.size() >= 2, qPrintable(QString::number(suggested.size())));
        QCOMPARE(suggested.first(), account.id); // both share "password"; the ticket's category comes first
        QVERIFY(suggested.contains(network.id));
        suggested = ids(kb().suggestionsFor(QStringLiteral("Guest wifi"), 0));
        QCOMPARE(suggested.first(), network.id);
        QVERIFY(kb().suggestionsFor(QStringLiteral("a b"), 0).isEmpty());   // no word of three letters
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"
