// The ticket table model under QAbstractItemModelTester, fed by a real
// TicketPager on a real workspace: pages arrive as rows are scrolled to,
// the view's order is the store's, a new query replaces the rows, late
// answers for an old query are dropped, overdue and urgent rows are marked.
#include "core/storage/Workspace.h"
#include "core/tickets/TicketPager.h"
#include "models/tickets/TicketFilterProxy.h"
#include "models/tickets/TicketTableModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;

class TestTicketTableModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    const QDateTime m_start = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    QList<TicketId> m_ids;

    // Until no page is on its way (QAbstractItemModelTester itself asks for more as it checks).
    static bool settled(TicketTableModel &model)
    {
        QElapsedTimer clock;
        clock.start();
        while (model.isLoading() && clock.elapsed() < 10000)
            QTest::qWait(5);
        return !model.isLoading();
    }
    static bool loadAll(TicketTableModel &model)
    {
        while (settled(model) && model.canFetchMore({}))
            model.fetchMore({});
        return settled(model) && model.isComplete();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("tickets.sqlite"));
        Workspace workspace;
        QVERIFY(workspace.open(m_path));
        TicketStore store(workspace.database());
        int minute = 0;
        store.setClock([&] { return m_start.addSecs(60 * minute); });
        for (int i = 0; i < 450; ++i, ++minute) {
            Ticket ticket;
            ticket.title = QStringLiteral("Ticket %1 %2").arg(i).arg(i % 3 == 0 ? QStringLiteral("printer") : QStringLiteral("mail"));
            ticket.urgency = 1 + i % 5;
            ticket.impact = 1 + (i / 5) % 5;
            QString error;
            QVERIFY2(store.add(&ticket, &error), qPrintable(error));
            m_ids << ticket.id;
        }
    }

    void loadsPageByPage()
    {
        // No tester here: it asks for pages itself, and this counts them.
        TicketPager pager(m_path);
        TicketTableModel model;
        model.setPageSize(100);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setPager(&pager);
        QVERIFY(model.isLoading());
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 100);
        int pages = 1;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(model.isLoading());
            QVERIFY(!model.canFetchMore({})); // one page in flight at a time
            QVERIFY(settled(model));
            ++pages;
        }
        QCOMPARE(pages, 5);                  // 100 + 100 + 100 + 100 + 50
        QCOMPARE(inserted.size(), 5);
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(model.isComplete());
    }

    void wholeViewUnderTheTester()
    {
        TicketPager pager(m_path);
        TicketTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(64);
        model.setPager(&pager);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 450);
        // Priority first, then due date: never a higher priority after a lower one.
        for (int row = 1; row < model.rowCount(); ++row) {
            const Ticket &before = model.ticketAt(row - 1);
            const Ticket &after = model.ticketAt(row);
            QVERIFY(before.priority > after.priority || (before.priority == after.priority && before.due <= after.due));
        }
        QCOMPARE(model.data(model.index(0, TicketTableModel::IdColumn)).toString(), QStringLiteral("#%1").arg(model.ticketAt(0).id));
        QCOMPARE(model.headerData(TicketTableModel::DueColumn, Qt::Horizontal).toString(), QStringLiteral("Due"));
    }

    void sortAndQueryReloadFromTheStore()
    {
        TicketPager pager(m_path);
        TicketTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(50);
        model.setPager(&pager);
        QVERIFY(settled(model));
        model.sort(TicketTableModel::IdColumn);
        QVERIFY(settled(model));
        QCOMPARE(model.ticketAt(0).id, m_ids.last()); // newest first, over all 450, not the loaded rows
        QCOMPARE(model.query().order, TicketQuery::Order::Newest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(TicketTableModel::TitleColumn);    // no such order in the store: nothing changes
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.ticketAt(0).id, m_ids.last());

        TicketQuery printers;
        printers.view = TicketQuery::View::All;
        printers.text = QStringLiteral("printer");
        printers.order = TicketQuery::Order::Newest;
        model.setQuery(printers);
        // Asked again at once: the answer to the first query must not land in the second.
        TicketQuery mail = printers;
        mail.text = QStringLiteral("mail");
        model.setQuery(mail);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 300); // two in three are mail
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.ticketAt(row).title.endsWith(QStringLiteral("mail")));
    }

    void marksOverdueAndUrgentRows()
    {
        TicketPager pager(m_path);
        TicketTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([this] { return m_start.addDays(2); }); // priority 4 and 5 (8 h, 4 h) are late by then
        model.setPager(&pager);
        QVERIFY(settled(model));
        const QModelIndex top = model.index(0, TicketTableModel::DueColumn);
        QCOMPARE(model.data(top, TicketTableModel::PriorityRole).toInt(), 5);
        QVERIFY(model.data(top, TicketTableModel::OverdueRole).toBool());
        QVERIFY(model.data(top).toString().contains(QStringLiteral("overdue")));
        QVERIFY(model.data(top, Qt::ForegroundRole).isValid());
        QVERIFY(model.data(model.index(0, TicketTableModel::TitleColumn), Qt::FontRole).value<QFont>().bold());
        const int last = model.rowCount() - 1;
        QVERIFY(model.data(model.index(last, 0), TicketTableModel::PriorityRole).toInt() < 5);
        QVERIFY(!model.data(model.index(last, TicketTableModel::TitleColumn), Qt::FontRole).value<QFont>().bold());
        model.setClock([this] { return m_start; });
        QVERIFY(!model.data(top, TicketTableModel::OverdueRole).toBool());

        Ticket edited = model.ticketAt(0);
        edited.title = QStringLiteral("Edited in the editor");
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshTicket(edited);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(0, TicketTableModel::TitleColumn)).toString(), QStringLiteral("Edited in the editor"));
    }

    void proxyNarrowsTheLoadedRows()
    {
        TicketPager pager(m_path);
        TicketTableModel model;
        model.setPageSize(100);
        model.setClock([this] { return m_start.addDays(2); });
        TicketFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TicketQuery newest;
        newest.order = TicketQuery::Order::Newest; // every priority mixed in the loaded rows
        model.setQuery(newest);
        model.setPager(&pager);
        QVERIFY(settled(model));
        const int loaded = model.rowCount();
        proxy.setHighPriorityOnly(true);
        QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < loaded);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row, 0).data(TicketTableModel::PriorityRole).toInt() >= 4);
        proxy.setHighPriorityOnly(false);
        proxy.setOverdueOnly(true);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row, 0).data(TicketTableModel::OverdueRole).toBool());
        QVERIFY(proxy.rowCount() > 0);
        proxy.setOverdueOnly(false);
        QCOMPARE(proxy.rowCount(), model.rowCount());
        // More pages through the proxy, as a view scrolling to the end asks
        // (the tester asks too, so the view may be complete by now).
        while (settled(model) && proxy.canFetchMore({}))
            proxy.fetchMore({});
        QVERIFY(model.isComplete());
        QCOMPARE(proxy.rowCount(), 450);
        QVERIFY(loaded < 450);
        proxy.sort(TicketTableModel::PriorityColumn); // the store's order, for the whole view
        QVERIFY(settled(model));
        QCOMPARE(model.query().order, TicketQuery::Order::PriorityThenDue);
        QCOMPARE(proxy.index(0, 0).data(TicketTableModel::PriorityRole).toInt(), 5);
    }

    void aBrokenWorkspaceIsAnError()
    {
        const QString junk = m_dir.filePath(QStringLiteral("not-a-workspace.sqlite"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        TicketPager pager(junk);
        TicketTableModel model;
        QSignalSpy failed(&model, &TicketTableModel::loadFailed);
        model.setPager(&pager);
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({})); // no retry loop
    }
};

QTEST_GUILESS_MAIN(TestTicketTableModel)
#include "tst_tickettablemodel.moc"
