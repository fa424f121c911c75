// The real werkbank-cli killed with SIGKILL at random moments, 20 times in the
// middle of a large import and 20 times in the middle of a ticket comment:
// afterwards the workspace passes SQLite's integrity check (and the full-text
// index its own), every write that reported success is there, and an import
// is all or nothing (it runs in one transaction). The moments are drawn from
// the length of an undisturbed run; the seed is printed, and
// WERKBANK_KILL_SEED repeats a run.
#include "core/storage/Workspace.h"
#include "core/tickets/TicketStore.h"
#include "tests/support/CliTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace wb;

namespace {

constexpr int kills = 20;

// A separate, read-only look at a workspace file, as the next program to open it would have.
class Inspection
{
public:
    explicit Inspection(const QString &path) : m_name(QStringLiteral("inspect-%1").arg(++s_serial))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~Inspection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString integrity() const { return value(QStringLiteral("PRAGMA integrity_check")).toString(); }
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return query.lastError().text();
        return query.value(0);
    }
    QStringList texts(const QString &sql) const
    {
        QStringList found;
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(sql))
            while (query.next())
                found << query.value(0).toString();
        return found;
    }
    bool exec(const QString &sql, QString *error) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(sql))
            return true;
        *error = query.lastError().text();
        return false;
    }

private:
    static inline int s_serial = 0;
    QString m_name;
    bool m_open = false;
};

struct Outcome
{
    bool completed = false; // exited on its own before the kill
    int code = -1;
    QString err;
};

// Starts werkbank-cli, kills it with SIGKILL after `killAfterMs` unless it ended first.
Outcome runAndKill(const QStringList &arguments, int killAfterMs)
{
    QProcess process;
    process.start(QStringLiteral(WERKBANK_CLI), arguments);
    if (!process.waitForStarted(10000))
        return {};
    Outcome outcome;
    if (process.waitForFinished(killAfterMs)) {
        outcome.completed = process.exitStatus() == QProcess::NormalExit;
        outcome.code = process.exitCode();
        outcome.err = QString::fromUtf8(process.readAllStandardError());
        return outcome;
    }
    process.kill(); // SIGKILL: no handler, no cleanup, as a crash or a power cut of the process
    process.waitForFinished(10000);
    return outcome;
}

int median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return int(values.at(values.size() / 2));
}

} // namespace

class TestDurability : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QRandomGenerator m_random;

    // A CSV of `count` hosts in groups of their own, all named after `batch`.
    QString writeImport(const QString &batch, int count)
    {
        const QString path = m_dir.filePath(batch + QStringLiteral(".csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QByteArray csv = "name,address,port,group\n";
        for (int i = 0; i < count; ++i)
            csv += QStringLiteral("%1-h%2,10.%3.%4.%5,22,%1/site-%6/role-%7\n")
                       .arg(batch).arg(i).arg((i >> 16) & 255).arg((i >> 8) & 255).arg(i & 255).arg(i % 7).arg(i % 13)
                       .toUtf8();
        file.write(csv);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const quint32 seed = qEnvironmentVariableIsSet("WERKBANK_KILL_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("WERKBANK_KILL_SEED"))
                                 : QRandomGenerator::system()->generate();
        qInfo("kill moments from seed %u (WERKBANK_KILL_SEED=%u repeats them)", seed, seed);
        m_random.seed(seed);
    }

    void importKilledAnywhereIsAllOrNothing()
    {
        constexpr int hosts = 6000;
        // The workspace every attempt starts from: a file that already holds a few hosts.
        const QString base = m_dir.filePath(QStringLiteral("import-base.sqlite"));
        QCOMPARE(wbtest::runCli(QStringLiteral(WERKBANK_CLI), {QStringLiteral("--workspace"), base, QStringLiteral("import"),
                                QStringLiteral("--format"), QStringLiteral("csv"), writeImport(QStringLiteral("base"), 50)}).code, 0);
        const qint64 before = Inspection(base).value(QStringLiteral("SELECT count(*) FROM hosts")).toLongLong();
        QCOMPARE(before, 50);

        // How long an undisturbed import takes: the kills fall within it.
        QList<qint64> durations;
        for (int i = 0; i < 2; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("import-calibrate-%1.sqlite").arg(i));
            QVERIFY(QFile::copy(base, path));
            QElapsedTimer timer;
            timer.start();
            const wbtest::CliResult run = wbtest::runCli(QStringLiteral(WERKBANK_CLI), {QStringLiteral("--workspace"), path,
                                         QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"),
                                         writeImport(QStringLiteral("calibrate%1").arg(i), hosts)});
            durations << timer.elapsed();
            QVERIFY2(run.code == 0, qPrintable(run.err));
            QCOMPARE(Inspection(path).value(QStringLiteral("SELECT count(*) FROM hosts")).toLongLong(), before + hosts);
        }
        const int lifetime = median(durations);
        qInfo("an import of %d hosts takes %d ms", hosts, lifetime);

        int killed = 0;
        int completed = 0;
        for (int attempt = 0; attempt < kills; ++attempt) {
            const QString path = m_dir.filePath(QStringLiteral("import-%1.sqlite").arg(attempt));
            QVERIFY(QFile::copy(base, path));
            const QString batch = QStringLiteral("batch%1").arg(attempt);
            const QString csv = writeImport(batch, hosts);
            const int moment = int(m_random.bounded(lifetime + lifetime / 5));
            const Outcome outcome = runAndKill({QStringLiteral("--workspace"), path, QStringLiteral("import"),
                                                QStringLiteral("--format"), QStringLiteral("csv"), csv}, moment);
            Inspection look(path);
            QVERIFY(look.isOpen());
            QCOMPARE(look.integrity(), QStringLiteral("ok"));
            const qint64 now = look.value(QStringLiteral("SELECT count(*) FROM hosts")).toLongLong();
            const qint64 imported = look.value(QStringLiteral("SELECT count(*) FROM hosts WHERE name LIKE '%1-h%'").arg(batch)).toLongLong();
            const QString where = QStringLiteral("attempt %1, killed after %2 ms").arg(attempt).arg(moment);
            if (outcome.completed) {
                ++completed;
                QVERIFY2(outcome.code == 0, qPrintable(where + QStringLiteral(": ") + outcome.err));
                QVERIFY2(imported == hosts, qPrintable(where)); // reported success: all of it is there
            } else {
                ++killed;
                QVERIFY2(imported == 0 || imported == hosts, qPrintable(QStringLiteral("%1: %2 of %3 hosts").arg(where).arg(imported).arg(hosts)));
            }
            QCOMPARE(now, before + imported); // and nothing that was there before went missing
            QFile::remove(csv);
        }
        qInfo("imports: %d killed, %d finished first", killed, completed);
        QVERIFY2(killed >= kills / 3, "many kills must land while the import runs, or the test proves little");
    }

    void ticketCommentKilledAnywhereKeepsEveryReportedComment()
    {
        const QString path = m_dir.filePath(QStringLiteral("tickets.sqlite"));
        qint64 ticketId = 0;
        {
            Workspace workspace;
            QVERIFY(workspace.open(path));
            Ticket ticket;
            ticket.title = QStringLiteral("Backups fail on db01");
            QString error;
            QVERIFY2(TicketStore(workspace.database()).add(&ticket, &error), qPrintable(error));
            ticketId = ticket.id;
        }
        auto comment = [&](const QString &text) {
            return QStringList{QStringLiteral("--workspace"), path, QStringLiteral("ticket"), QStringLiteral("comment"),
                               QString::number(ticketId), QStringLiteral("--text"), text, QStringLiteral("--minutes"),
                               QStringLiteral("5")};
        };
        QList<qint64> durations;
        QStringList reported; // comments whose invocation exited 0
        QStringList survived; // comments whose invocation was killed after its commit
        for (int i = 0; i < 3; ++i) {
            const QString text = QStringLiteral("calibration %1").arg(i);
            QElapsedTimer timer;
            timer.start();
            const wbtest::CliResult run = wbtest::runCli(QStringLiteral(WERKBANK_CLI), comment(text));
            durations << timer.elapsed();
            QVERIFY2(run.code == 0, qPrintable(run.err));
            reported << text;
        }
        qInfo("a ticket comment takes %d ms", median(durations));

        int killed = 0;
        for (int attempt = 0; attempt < kills; ++attempt) {
            // A few comments in a row, the way a script adds them, and the kill somewhere in the last.
            for (int i = 0; i < 2; ++i) {
                const QString text = QStringLiteral("attempt %1, comment %2").arg(attempt).arg(i);
                QElapsedTimer timer;
                timer.start();
                const wbtest::CliResult run = wbtest::runCli(QStringLiteral(WERKBANK_CLI), comment(text));
                durations << timer.elapsed();
                QVERIFY2(run.code == 0, qPrintable(run.err));
                reported << text;
            }
            // A comment takes tens of ms, which the machine's load moves a lot
            // (other tests run beside this one): the kill falls within what the
            // last few took, not what the first three did.
            const int lifetime = median(durations.mid(durations.size() - 5));
            const QString text = QStringLiteral("attempt %1, killed").arg(attempt);
            const int moment = int(m_random.bounded(lifetime + lifetime / 5));
            const Outcome outcome = runAndKill(comment(text), moment);
            if (outcome.completed) {
                QVERIFY2(outcome.code == 0, qPrintable(outcome.err));
                reported << text;
            } else {
                ++killed;
            }

            Inspection look(path);
            QVERIFY(look.isOpen());
            QCOMPARE(look.integrity(), QStringLiteral("ok"));
            QString error;
            QVERIFY2(look.exec(QStringLiteral("INSERT INTO ticket_fts (ticket_fts) VALUES ('integrity-check')"), &error), qPrintable(error));
            QCOMPARE(look.value(QStringLiteral("SELECT count(*) FROM ticket_worklog WHERE minutes <> 5")).toInt(), 0); // whole rows only
            const QStringList stored = look.texts(QStringLiteral("SELECT text FROM ticket_worklog WHERE ticket_id = %1").arg(ticketId));
            for (const QString &expected : std::as_const(reported))
                QVERIFY2(stored.contains(expected), qPrintable(QStringLiteral("lost after a success: ") + expected));
            // Nothing else: a killed one is there whole, or not at all.
            if (!outcome.completed && stored.contains(text))
                survived << text;
            QVERIFY2(stored.size() == reported.size() + survived.size(),
                     qPrintable(QStringLiteral("%1 stored, %2 reported, %3 killed after writing: %4").arg(stored.size())
                                    .arg(reported.size()).arg(survived.size()).arg(stored.join(QLatin1String(" | ")))));
        }
        qInfo("comments: %d of %d invocations killed, %d of them after their commit", killed, kills, int(survived.size()));
        QVERIFY2(killed >= kills / 3, "many kills must land while the comment runs, or the test proves little");
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
