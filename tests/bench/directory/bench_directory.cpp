// A directory of many people, through DirectoryAccountBackend: the first page
// of a search, the whole result paged in, how long the calling thread's event
// loop waits at most meanwhile (it must stay free for a window), and one reset
// round trip. Run through directory.sh, which starts slapd and fills it.
//   bench_directory URL CAFILE BASEDN BINDDN PASSWORDFILE RESET_DN
#include "core/accounts/AccountAction.h"
#include "core/directory/DirectoryAccountBackend.h"
#include "tests/bench/BenchReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

using namespace wb;
using namespace wbbench;

namespace {

// The longest the event loop went without running a 1 ms timer while `work` ran.
struct LoopWatch
{
    QTimer timer;
    QElapsedTimer sinceLast;
    qint64 longest = 0;
    LoopWatch()
    {
        timer.setInterval(1);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            longest = std::max(longest, sinceLast.restart());
        });
    }
    void start()
    {
        longest = 0;
        sinceLast.start();
        timer.start();
    }
    void stop() { timer.stop(); }
};

bool wait(AccountReply *reply, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!reply->isFinished() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return reply->isFinished();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        std::fprintf(stderr, "usage: bench_directory URL CAFILE BASEDN BINDDN PASSWORDFILE RESET_DN\n");
        return 2;
    }
    QFile passwordFile(args.at(5));
    if (!passwordFile.open(QIODevice::ReadOnly))
        return 2;
    Directory directory;
    directory.name = QStringLiteral("bench");
    directory.url = args.at(1);
    directory.caFile = args.at(2);
    directory.baseDn = args.at(3);
    directory.bindDn = args.at(4);
    directory.kind = DirectoryKind::OpenLdap;
    const QString resetDn = args.at(6);

    DirectoryAccountBackend backend(directory);
    backend.setBindPassword(QString::fromUtf8(passwordFile.readAll()));
    backend.setTimeout(60000);
    LoopWatch watch;

    // Connect (TLS, bind) once, as a window does when the tab opens.
    {
        AccountReply *warm = backend.readAccount(resetDn);
        if (!wait(warm, 30000) || !warm->succeeded()) {
            std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(resetDn), qPrintable(warm->errorMessage()));
            return 1;
        }
    }

    for (const QString &text : {QString(), QStringLiteral("Person 1234")}) {
        const char *suffix = text.isEmpty() ? "all" : "text";
        QElapsedTimer clock;
        qint64 firstPage = -1;
        qint64 received = 0;
        watch.start();
        clock.start();
        AccountReply *reply = backend.searchAccounts(text, 500);
        QObject::connect(reply, &AccountReply::accountsArrived, [&](const QList<AccountStatus> &page) {
            if (firstPage < 0 && !page.isEmpty())
                firstPage = clock.elapsed();
            received += page.size();
        });
        if (!wait(reply, 120000) || !reply->succeeded()) {
            std::fprintf(stderr, "search failed: %s\n", qPrintable(reply->errorMessage()));
            return 1;
        }
        const qint64 whole = clock.elapsed();
        watch.stop();
        bench(qPrintable(QStringLiteral("directory_search_%1_first_page_ms").arg(QLatin1String(suffix))), double(firstPage), "ms");
        bench(qPrintable(QStringLiteral("directory_search_%1_whole_ms").arg(QLatin1String(suffix))), double(whole), "ms");
        benchCount(qPrintable(QStringLiteral("directory_search_%1_people").arg(QLatin1String(suffix))), received);
        bench(qPrintable(QStringLiteral("directory_search_%1_longest_loop_wait_ms").arg(QLatin1String(suffix))), double(watch.longest), "ms");
        delete reply;
    }

    // One reset, round trip: the Password Modify and the must-change mark cleared.
    QList<double> resets;
    for (int i = 0; i < 21; ++i) {
        AccountAction action;
        action.kind = AccountAction::Kind::ResetPassword;
        action.user = resetDn;
        action.accountId = resetDn;
        action.password = QStringLiteral("Bench#Pass%1x").arg(i);
        QElapsedTimer clock;
        clock.start();
        AccountReply *reply = backend.perform(action);
        if (!wait(reply, 30000) || !reply->succeeded()) {
            std::fprintf(stderr, "reset failed: %s\n", qPrintable(reply->errorMessage()));
            return 1;
        }
        resets << double(clock.nsecsElapsed()) / 1e6;
        delete reply;
    }
    bench("directory_reset_round_trip_ms", median(resets), "ms");
    return 0;
}
