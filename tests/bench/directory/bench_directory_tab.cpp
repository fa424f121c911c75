// The window's Accounts tab on a directory of many people: the real
// DirectoryAccountsView (offscreen), searching everyone. How long until the
// first rows show, until all are in, and the longest the GUI thread's event
// loop went without running a 1 ms timer meanwhile: what the user would feel
// as a stall while 100,000 people page in. Run through directory.sh.
//   bench_directory_tab URL CAFILE BASEDN BINDDN PASSWORDFILE
#include "core/accounts/ActionTrail.h"
#include "core/directory/DirectoryAccountBackend.h"
#include "core/tickets/ActiveTicket.h"
#include "tests/bench/BenchReport.h"
#include "widgets/accounts/DirectoryAccountsView.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTimer>

using namespace wb;
using namespace wbbench;

namespace {
// The search writes nothing to the audit log; a trail that would refuse says so.
class NoTrail : public ActionTrail
{
public:
    void begin(const QObject *, const AuditRecord &record, BeginAnswer answer) override { answer(record, QStringLiteral("no trail")); }
    void finish(const QObject *, const AuditRecord &, const WorkLogNote &, FinishAnswer answer) override
    {
        answer(false, false, QStringLiteral("no trail"));
    }
};
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: bench_directory_tab URL CAFILE BASEDN BINDDN PASSWORDFILE\n");
        return 2;
    }
    QFile passwordFile(args.at(5));
    if (!passwordFile.open(QIODevice::ReadOnly))
        return 2;
    Directory directory;
    directory.id = 1;
    directory.name = QStringLiteral("bench");
    directory.url = args.at(1);
    directory.caFile = args.at(2);
    directory.baseDn = args.at(3);
    directory.bindDn = args.at(4);
    directory.kind = DirectoryKind::OpenLdap;

    NoTrail trail;
    ActiveTicket ticket;
    DirectoryAccountsView view(directory, &trail, &ticket, nullptr);
    view.backend()->setBindPassword(QString::fromUtf8(passwordFile.readAll()));
    view.backend()->setTimeout(60000);
    view.resize(1200, 700);
    view.show();
    // The tab is open and painted before the search starts, as when a user types in it.
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);

    QTimer tick;
    tick.setInterval(1);
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    qint64 longestAt = 0;
    QElapsedTimer clock;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 gap = sinceTick.restart();
        if (gap > longest) {
            longest = gap;
            longestAt = clock.elapsed();
        }
    });

    auto *model = view.findChild<QAbstractItemModel *>(QStringLiteral("directoryAccountModel"));
    qint64 firstRows = -1;
    QObject::connect(model, &QAbstractItemModel::rowsInserted, [&] {
        if (firstRows < 0) {
            // Shown: the view has painted with them (the next turn of the loop).
            QTimer::singleShot(0, [&] { firstRows = clock.elapsed(); });
        }
    });
    bool done = false;
    QObject::connect(&view, &DirectoryAccountsView::idle, [&] { done = true; });
    clock.start();
    sinceTick.start();
    tick.start();
    view.search();
    QElapsedTimer limit;
    limit.start();
    while (!done && limit.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 whole = clock.elapsed();
    tick.stop();
    if (!done || view.hasError()) {
        std::fprintf(stderr, "the search did not finish: %s\n", qPrintable(view.tabToolTip()));
        return 1;
    }
    bench("directory_tab_first_rows_ms", double(firstRows), "ms");
    bench("directory_tab_whole_ms", double(whole), "ms");
    benchCount("directory_tab_people", model->rowCount());
    bench("directory_tab_longest_gui_stall_ms", double(longest), "ms");
    std::fprintf(stderr, "the longest stall ended %lld ms into the search\n", static_cast<long long>(longestAt));
    return 0;
}
