// The ticket rules, table-driven: the priority matrix (all 25 cells), the
// workflow (every pair of statuses), and SLA due dates on the clock and in
// business hours.
#include "core/tickets/PriorityMatrix.h"
#include "core/tickets/SlaPolicy.h"
#include "core/tickets/TicketWorkflow.h"

#include <QTest>

#include <ctime>

using namespace wb;
using S = TicketStatus;

Q_DECLARE_METATYPE(wb::TicketStatus)

class TestTicketRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Business hours are local time: pin the zone so the expected times hold anywhere.
        qputenv("TZ", "Europe/Amsterdam");
        tzset();
    }

    void glpiMatrix_data()
    {
        QTest::addColumn<int>("urgency");
        QTest::addColumn<int>("impact");
        QTest::addColumn<int>("priority");
        const int expected[5][5] = {{1, 1, 2, 2, 2}, {1, 2, 2, 3, 3}, {2, 2, 3, 4, 4}, {2, 3, 4, 4, 5}, {2, 3, 4, 5, 5}};
        for (int u = 1; u <= 5; ++u) {
            for (int i = 1; i <= 5; ++i)
                QTest::addRow("u%d i%d", u, i) << u << i << expected[u - 1][i - 1];
        }
    }

    void glpiMatrix()
    {
        QFETCH(int, urgency);
        QFETCH(int, impact);
        QFETCH(int, priority);
        QCOMPARE(PriorityMatrix().priority(urgency, impact), priority);
    }

    void matrixIsEditableAndStored()
    {
        PriorityMatrix matrix;
        QVERIFY(matrix.set(1, 5, 4));
        QCOMPARE(matrix.priority(1, 5), 4);
        QString error;
        QVERIFY(!matrix.set(0, 5, 4, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!matrix.set(2, 2, 6));
        QCOMPARE(matrix.priority(9, -3), matrix.priority(5, 1)); // out-of-range input is clamped

        PriorityMatrix back;
        QVERIFY(PriorityMatrix::fromString(matrix.toString(), &back, &error));
        QVERIFY(back == matrix);
        QCOMPARE(PriorityMatrix().toString(), QStringLiteral("1,1,2,2,2;1,2,2,3,3;2,2,3,4,4;2,3,4,4,5;2,3,4,5,5"));
        for (const QString &bad : {QStringLiteral(""), QStringLiteral("1,1,2,2,2"), QStringLiteral("1,1,2,2,2;1,2,2,3,3;2,2,3,4,4;2,3,4,4,5;2,3,4,5,6"),
                                   QStringLiteral("1,1,2,2;1,2,2,3,3;2,2,3,4,4;2,3,4,4,5;2,3,4,5,5"), QStringLiteral("a,b,c,d,e;1,2,2,3,3;2,2,3,4,4;2,3,4,4,5;2,3,4,5,5")}) {
            PriorityMatrix untouched = matrix;
            QVERIFY2(!PriorityMatrix::fromString(bad, &untouched, &error), qPrintable(bad));
            QVERIFY(untouched == matrix);
        }
    }

    void everyTransition_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<S>("to");
        QTest::addColumn<bool>("legal");
        const QList<S> all = {S::New, S::Assigned, S::InProgress, S::Pending, S::Resolved, S::Closed};
        const QList<QPair<S, S>> legal = {
            {S::New, S::Assigned}, {S::New, S::InProgress}, {S::New, S::Pending}, {S::New, S::Resolved},
            {S::Assigned, S::InProgress}, {S::Assigned, S::Pending}, {S::Assigned, S::Resolved},
            {S::InProgress, S::Assigned}, {S::InProgress, S::Pending}, {S::InProgress, S::Resolved},
            {S::Pending, S::Assigned}, {S::Pending, S::InProgress}, {S::Pending, S::Resolved},
            {S::Resolved, S::Closed}, {S::Resolved, S::InProgress}, {S::Closed, S::InProgress},
        };
        for (S from : all) {
            for (S to : all)
                QTest::addRow("%s -> %s", qPrintable(TicketWorkflow::statusKey(from)), qPrintable(TicketWorkflow::statusKey(to)))
                    << from << to << legal.contains({from, to});
        }
    }

    void everyTransition()
    {
        QFETCH(S, from);
        QFETCH(S, to);
        QFETCH(bool, legal);
        Ticket ticket;
        ticket.status = from;
        ticket.assignee = QStringLiteral("jan");
        ticket.solution = QStringLiteral("Reset the password.");
        QCOMPARE(TicketWorkflow::isEdge(from, to), legal);
        const QString refusal = TicketWorkflow::refusal(ticket, to);
        QCOMPARE(refusal.isEmpty(), legal);
        QCOMPARE(TicketWorkflow::nextStatuses(from).contains(to), legal);
        if (!legal)
            QVERIFY(refusal.endsWith(QLatin1Char('.'))); // a sentence, not a code
    }

    void stepsNeedTheirData()
    {
        Ticket ticket;
        QVERIFY(TicketWorkflow::refusal(ticket, S::Assigned).contains(QStringLiteral("assigned to")));
        QVERIFY(TicketWorkflow::refusal(ticket, S::Resolved).contains(QStringLiteral("solution")));
        ticket.solution = QStringLiteral("   ");
        QVERIFY(!TicketWorkflow::refusal(ticket, S::Resolved).isEmpty()); // blanks are no solution
        ticket.status = S::Resolved;
        QVERIFY(TicketWorkflow::isReopen(S::Resolved, S::InProgress));
        QVERIFY(TicketWorkflow::isReopen(S::Closed, S::InProgress));
        QVERIFY(!TicketWorkflow::isReopen(S::Pending, S::InProgress));
        ticket.status = S::New;
        QVERIFY(TicketWorkflow::refusal(ticket, S::Closed).contains(QStringLiteral("resolved")));
    }

    void statusKeysRoundTrip()
    {
        for (S status : {S::New, S::Assigned, S::InProgress, S::Pending, S::Resolved, S::Closed}) {
            S back = S::New;
            QVERIFY(TicketWorkflow::statusFromKey(TicketWorkflow::statusKey(status), &back));
            QCOMPARE(back, status);
            QVERIFY(!TicketWorkflow::statusName(status).isEmpty());
        }
        S untouched = S::Pending;
        QVERIFY(!TicketWorkflow::statusFromKey(QStringLiteral("open"), &untouched));
        QCOMPARE(untouched, S::Pending);
    }

    void slaOnTheClock_data()
    {
        QTest::addColumn<int>("priority");
        QTest::addColumn<int>("hours");
        QTest::newRow("very low") << 1 << 120;
        QTest::newRow("low") << 2 << 72;
        QTest::newRow("medium") << 3 << 24;
        QTest::newRow("high") << 4 << 8;
        QTest::newRow("very high") << 5 << 4;
    }

    void slaOnTheClock()
    {
        QFETCH(int, priority);
        QFETCH(int, hours);
        const QDateTime opened(QDate(2026, 12, 4), QTime(16, 30), Qt::UTC); // a Friday afternoon
        QCOMPARE(SlaPolicy().dueFrom(opened, priority), opened.addSecs(hours * 3600));
    }

    void slaInBusinessHours_data()
    {
        QTest::addColumn<QDateTime>("opened"); // local time, Europe/Amsterdam
        QTest::addColumn<int>("priority");
        QTest::addColumn<QDateTime>("due");
        auto local = [](int d, int h, int m) { return QDateTime(QDate(2026, 12, d), QTime(h, m), Qt::LocalTime); };
        // Mon 30 Nov … Fri 4 Dec 2026, 08:00-17:00 (9 working hours a day).
        QTest::newRow("within the day") << local(1, 9, 0) << 5 << local(1, 13, 0);
        QTest::newRow("into the next day") << local(1, 15, 0) << 4 << local(2, 14, 0);
        QTest::newRow("over the weekend") << local(4, 16, 30) << 5 << local(7, 11, 30);
        QTest::newRow("opened at night") << local(1, 22, 0) << 5 << local(2, 12, 0);
        QTest::newRow("opened on Saturday") << local(5, 10, 0) << 4 << local(7, 16, 0); // Monday 08:00 + 8 h
        QTest::newRow("three working days") << local(1, 8, 0) << 3 << local(3, 14, 0); // 24 h = 9 + 9 + 6
        QTest::newRow("ends exactly at closing") << local(1, 13, 0) << 5 << local(1, 17, 0);
        QTest::newRow("before opening") << local(2, 6, 0) << 5 << local(2, 12, 0);
    }

    void slaInBusinessHours()
    {
        QFETCH(QDateTime, opened);
        QFETCH(int, priority);
        QFETCH(QDateTime, due);
        SlaPolicy policy;
        policy.businessHoursOnly = true;
        QCOMPARE(policy.dueFrom(opened.toUTC(), priority), due.toUTC());
    }

    void slaIsEditableAndStored()
    {
        SlaPolicy policy;
        QVERIFY(policy.setHours(5, 2));
        QVERIFY(!policy.setHours(6, 2));
        QVERIFY(!policy.setHours(5, 0));
        policy.businessHoursOnly = true;
        policy.dayStart = QTime(9, 0);
        policy.dayEnd = QTime(17, 30);
        policy.workingDays = {{true, true, true, true, false, false, false}};
        SlaPolicy back;
        QString error;
        QVERIFY2(SlaPolicy::fromString(policy.toString(), &back, &error), qPrintable(error));
        QCOMPARE(back.toString(), policy.toString());
        QCOMPARE(back.hoursFor(5), 2);
        QCOMPARE(back.dayEnd, QTime(17, 30));
        QVERIFY(!back.workingDays[4]);
        QCOMPARE(SlaPolicy().toString(), QStringLiteral("120,72,24,8,4"));

        SlaPolicy broken;
        broken.businessHoursOnly = true;
        broken.workingDays.fill(false);
        QVERIFY(!broken.problem().isEmpty());
        QVERIFY(!broken.dueFrom(QDateTime::currentDateTimeUtc(), 3).isValid()); // no working time: no due date
        broken.workingDays.fill(true);
        broken.dayEnd = broken.dayStart;
        QVERIFY(!broken.problem().isEmpty());
        for (const QString &bad : {QStringLiteral("1,2,3"), QStringLiteral("1,2,3,4,x"), QStringLiteral("1,2,3,4,5;business;17:00-08:00;12345"),
                                   QStringLiteral("1,2,3,4,5;business;08:00-17:00;"), QStringLiteral("1,2,3,4,5;business;08:00-17:00;89")})
            QVERIFY2(!SlaPolicy::fromString(bad, &back, &error), qPrintable(bad));
    }
};

QTEST_GUILESS_MAIN(TestTicketRules)
#include "tst_ticketrules.moc"
