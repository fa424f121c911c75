// The one active ticket: every change is announced once, a repeated set is
// not, clearing drops the title, and work-log notes reach listeners.
#include "core/tickets/ActiveTicket.h"

#include <QSignalSpy>
#include <QTest>

using namespace wb;

class TestActiveTicket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsWithNone()
    {
        ActiveTicket active;
        QCOMPARE(active.id(), 0);
        QVERIFY(active.title().isEmpty());
    }

    void eachChangeIsAnnouncedOnce()
    {
        ActiveTicket active;
        QSignalSpy changed(&active, &ActiveTicket::changed);
        active.set(7, QStringLiteral("Printer on floor 2"));
        active.set(7, QStringLiteral("Printer on floor 2")); // the same: nothing to say
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), 7);
        QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("Printer on floor 2"));

        active.set(7, QStringLiteral("Printer on floor 3")); // renamed
        QCOMPARE(changed.size(), 2);
        QCOMPARE(active.title(), QStringLiteral("Printer on floor 3"));

        active.set(9, QStringLiteral("VPN"));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(active.id(), 9);
    }

    void clearingForgetsTheTitle()
    {
        ActiveTicket active;
        active.set(3, QStringLiteral("Disk full"));
        QSignalSpy changed(&active, &ActiveTicket::changed);
        active.clear();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), 0);
        QCOMPARE(active.id(), 0);
        QVERIFY(active.title().isEmpty());
        active.set(0, QStringLiteral("ignored")); // no ticket has no title
        QCOMPARE(changed.size(), 1);
        QVERIFY(active.title().isEmpty());
    }

    void workLogNotesReachListeners()
    {
        ActiveTicket active;
        QSignalSpy logged(&active, &ActiveTicket::workLogged);
        active.noteWorkLogged(12); // any ticket, active or not: its views reload
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.at(0).at(0).toLongLong(), 12);
    }
};

QTEST_GUILESS_MAIN(TestActiveTicket)
#include "tst_activeticket.moc"
