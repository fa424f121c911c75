// How late does the window's event loop get while it works? A 5 ms timer on
// the GUI thread of a real MainWindow (built by the app's AppServices) records
// the gap between its firings while the window
//   import   imports 100,000 hosts from a CSV file (ImportDialog),
//   open     opens a workspace that holds them, as a restart does (also the
//            window's memory with the inventory loaded),
//   run      shows a run on 1,000 hosts reporting in (a run tab),
//   echo     is typed into, in an open terminal, while such a run reports in:
//            the echo of each key (key sent to the paint that shows it),
//   tickets  is searched as a user types, over the million-ticket workspace,
//   audit    filters an audit log of 100,000 records as a user types.
// Run through gui-stall.sh (the sshd fixture for `run`, two or three passes).
//
//   bench_gui_stall import  [--hosts N]
//   bench_gui_stall open    --workspace PATH [--hosts N (that it holds)]
//   bench_gui_stall run     --user U --port P --key FILE --known-hosts FILE [-n N] [-f CONCURRENCY]
//   bench_gui_stall echo    (as run)
//   bench_gui_stall tickets --workspace PATH
//   bench_gui_stall audit   [--records N]
//   (each also takes --autogroup-nice N)
//
// Prints BENCH lines: the 99th percentile and the longest gap (targets
// 16 ms and 50 ms), the work's wall time, and how much of the longest gap
// the GUI thread itself was busy (the rest it waited for a core).
#include "app/AppServices.h"
#include "app/WindowAssembly.h"
#include "core/audit/AuditLog.h"
#include "core/inventory/Inventory.h"
#include "core/storage/GuiThreadCheck.h"
#include "core/storage/Workspace.h"
#include "core/worklog/SshWorkFactory.h"
#include "tests/bench/BenchReport.h"
#include "tests/bench/FanoutTargets.h"
#include "tests/bench/Scheduling.h"
#include "tests/bench/gui/EchoMeter.h"
#include "tests/support/TestServices.h"
#include "widgets/accounts/AuditLogDialog.h"
#include "widgets/inventory/ImportDialog.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/SessionArea.h"
#include "widgets/run/RunView.h"
#include "widgets/session/SessionTab.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace wb;
using wbbench::bench;
using wbbench::threadCpuMs;
using wbbench::threadRunDelayMs;

namespace {

// A 5 ms timer on the GUI thread: every gap between two firings, and how
// much of the longest the thread spent working itself.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = m_clock.nsecsElapsed() / 1e6;
            const double cpu = threadCpuMs();
            const double delay = threadRunDelayMs();
            const double gap = now - m_last;
            m_gaps << gap;
            if (gap > m_worst) {
                m_worst = gap;
                m_worstCpu = cpu - m_lastCpu;
                m_worstDelay = delay - m_lastDelay;
            }
            m_last = now;
            m_lastCpu = cpu;
            m_lastDelay = delay;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuMs();
        m_startDelay = threadRunDelayMs();
        m_lastDelay = m_startDelay;
        m_startCpu = m_lastCpu;
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        m_runDelay = threadRunDelayMs() - m_startDelay;
        m_cpu = threadCpuMs() - m_startCpu;
    }
    double elapsedMs() const { return m_clock.nsecsElapsed() / 1e6; }

    void report(const QString &name) const
    {
        QList<double> gaps = m_gaps;
        std::sort(gaps.begin(), gaps.end());
        const double p99 = gaps.isEmpty() ? 0 : gaps.at(std::min<qsizetype>(gaps.size() - 1, gaps.size() * 99 / 100));
        bench(qPrintable(name + QStringLiteral("_p99_gap_ms")), p99, "ms");
        bench(qPrintable(name + QStringLiteral("_worst_gap_ms")), m_worst, "ms");
        bench(qPrintable(name + QStringLiteral("_worst_gap_busy_ms")), m_worstCpu, "ms");
        // Of the longest gap: runnable but without a core (the rest, neither
        // busy nor waiting for a core, the thread slept: a lock, a page fault's I/O, the timer).
        bench(qPrintable(name + QStringLiteral("_worst_gap_waited_for_core_ms")), m_worstDelay, "ms");
        bench(qPrintable(name + QStringLiteral("_timer_firings")), double(gaps.size()), "count");
        // The GUI thread's own work, and its waits for a core (the rest of a gap it was blocked).
        bench(qPrintable(name + QStringLiteral("_gui_cpu_ms")), m_cpu, "ms");
        bench(qPrintable(name + QStringLiteral("_gui_waited_for_core_ms")), m_runDelay, "ms");
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    QList<double> m_gaps;
    double m_last = 0;
    double m_lastCpu = 0;
    double m_worst = 0;
    double m_worstCpu = 0;
    double m_worstDelay = 0;
    double m_lastDelay = 0;
    double m_startDelay = 0;
    double m_startCpu = 0;
    double m_runDelay = 0;
    double m_cpu = 0;
};

// Waits in the event loop itself, as the window does: QTest::qWaitFor and
// qWait sleep 10 ms between their rounds, which the meter would count.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Types `text` into `field` at a brisk typist's pace (one key every 120 ms),
// then lets the answers come in for `settleMs`.
void typeSlowly(QLineEdit *field, const QString &text, int settleMs)
{
    for (const QChar c : text) {
        QTest::keyClick(field, c.toLatin1());
        wait(120);
    }
    wait(settleMs);
}

struct Window
{
    AppServices services;
    std::unique_ptr<MainWindow> window;

    bool open(const QString &path)
    {
        if (!test::openServices(services, path)) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
            return false;
        }
        window = assembleMainWindow(services.services());
        window->resize(1400, 900);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
};

// Resident memory now (VmRSS), in MB.
double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

int importHosts(const QString &label, int hosts)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("hosts.csv"));
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return 2;
        file.write("name,address,port,group,tags\n");
        for (int i = 0; i < hosts; ++i)
            file.write(QStringLiteral("host%1,10.%2.%3.%4,22,site%5/role%6,bench\n")
                           .arg(i, 6, 10, QLatin1Char('0')).arg((i >> 16) & 255).arg((i >> 8) & 255).arg(i & 255)
                           .arg(i % 20).arg(i % 7).toUtf8());
    }
    Window w;
    if (!w.open(dir.filePath(QStringLiteral("import.sqlite"))))
        return 1;
    ImportDialog dialog(&w.services.inventoryEditor(), 0, w.window.get());
    dialog.show();
    StallMeter meter;
    meter.start();
    dialog.setFile(csv); // read on a worker, previewed
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    if (!waitFor([&] { return importButton->isEnabled(); }, 300000)) {
        std::fprintf(stderr, "the preview never allowed the import\n");
        return 1;
    }
    QTest::mouseClick(importButton, Qt::LeftButton);
    if (!waitFor([&] { return dialog.result() == QDialog::Accepted; }, 600000)) {
        std::fprintf(stderr, "the import did not finish\n");
        return 1;
    }
    wait(500); // the tree shows what arrived
    meter.stop();
    bench(qPrintable(label + QStringLiteral("_wall_s")), meter.elapsedMs() / 1000, "s");
    bench(qPrintable(label + QStringLiteral("_hosts")), w.services.inventory().hostCount(), "hosts");
    meter.report(label);
    // The peak, with the import's preview of every row (the "open" phase
    // measures a window that holds the hosts).
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    bench(qPrintable(label + QStringLiteral("_peak_rss_mb")), usage.ru_maxrss / 1024.0, "MB");
    return w.services.inventory().hostCount() == hosts ? 0 : 1;
}

// Opens a workspace that holds many hosts, as a restart does: how long until
// the tree shows them, the event loop meanwhile, and the window's memory with
// the inventory loaded (the workspace thread's copy and the window's replica).
int openInventory(const QString &label, const QString &path, int expectedHosts)
{
    Window w;
    QElapsedTimer clock;
    clock.start();
    if (!w.open(path))
        return 1;
    StallMeter meter;
    meter.start();
    bool loaded = false;
    QString error;
    w.services.inventoryEditor().load(w.window.get(), [&](bool ok, const QString &why) {
        loaded = true;
        error = ok ? QString() : why;
    });
    if (!waitFor([&] { return loaded; }, 300000) || !error.isEmpty()) {
        std::fprintf(stderr, "the inventory did not load: %s\n", qPrintable(error));
        return 1;
    }
    bench(qPrintable(label + QStringLiteral("_loaded_ms")), double(clock.elapsed()), "ms");
    wait(500); // the tree shows what arrived
    meter.stop();
    bench(qPrintable(label + QStringLiteral("_hosts")), w.services.inventory().hostCount(), "hosts");
    meter.report(label);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    bench(qPrintable(label + QStringLiteral("_window_rss_mb")), residentMb(), "MB");
    bench(qPrintable(label + QStringLiteral("_peak_rss_mb")), usage.ru_maxrss / 1024.0, "MB");
    if (w.services.inventory().hostCount() != expectedHosts) {
        std::fprintf(stderr, "the workspace holds %d hosts, not %d\n", w.services.inventory().hostCount(), expectedHosts);
        return 1;
    }
    return 0;
}

int runOnHosts(const QString &label, const wbbench::FanoutOptions &fanout, const QCommandLineParser &parser)
{
    QTemporaryDir dir;
    Window w;
    if (!w.open(dir.filePath(QStringLiteral("run.sqlite"))))
        return 1;
    const QList<SshTarget> targets = fanout.targets(parser, QStringLiteral("host"));
    // The targets are one sshd here; real hosts are a thousand machines, so
    // no connection is shared between them: no pool.
    w.services.services().sshWork->setPool(nullptr);
    StallMeter meter;
    meter.start();
    RunView *run = w.window->sessionArea()->openRun(targets, fanout.spec(parser));
    if (!waitFor([&] { return !run->isRunning(); }, 600000)) {
        std::fprintf(stderr, "the run did not finish\n");
        return 1;
    }
    wait(300);
    meter.stop();
    const CommandRunner::Counts counts = run->runner()->counts();
    bench(qPrintable(label + QStringLiteral("_wall_s")), meter.elapsedMs() / 1000, "s");
    bench(qPrintable(label + QStringLiteral("_hosts_ok")), counts.ok, "hosts");
    meter.report(label);
    return counts.ok == int(targets.size()) ? 0 : 1;
}

// Types one key every 100 ms while `more()`, clearing the line every 40 keys;
// false when an echo never came.
bool typeKeys(wbbench::EchoMeter &echo, const std::function<bool()> &more, int maxKeys)
{
    for (int typed = 0; typed < maxKeys && more(); ++typed) {
        if (typed > 0 && typed % 40 == 0) {
            echo.clearLine();
            wait(300);
        }
        echo.type(char('a' + typed % 26));
        if (!waitFor([&] { return !echo.waiting(); }, 10000)) {
            std::fprintf(stderr, "no echo within 10 s\n");
            return false;
        }
        wait(100);
    }
    return true;
}

void reportEcho(const QString &name, const wbbench::EchoMeter &echo, qsizetype from)
{
    const QList<double> latencies = echo.latencies().mid(from);
    bench(qPrintable(name + QStringLiteral("_keys")), double(latencies.size()), "count");
    bench(qPrintable(name + QStringLiteral("_p50_ms")), wbbench::EchoMeter::percentile(latencies, 50), "ms");
    bench(qPrintable(name + QStringLiteral("_p99_ms")), wbbench::EchoMeter::percentile(latencies, 99), "ms");
    bench(qPrintable(name + QStringLiteral("_worst_ms")), wbbench::EchoMeter::percentile(latencies, 100), "ms");
}

// (e) An open terminal's keystroke echo while a 1,000-host run reports in,
// from the key sent to the paint that shows the echoed character; first
// without the run, for comparison.
int echoDuringRun(const QString &label, const wbbench::FanoutOptions &fanout, const QCommandLineParser &parser)
{
    QTemporaryDir dir;
    Window w;
    if (!w.open(dir.filePath(QStringLiteral("echo.sqlite"))))
        return 1;
    w.services.services().sshWork->setPool(nullptr);
    const QList<SshTarget> targets = fanout.targets(parser, QStringLiteral("host"));
    SshTarget shell = targets.first();
    shell.endpoint.name = QStringLiteral("shell");
    SessionArea *area = w.window->sessionArea();
    SessionTab *tab = area->openSession(0, shell);
    const QString user = parser.value(fanout.user);
    const auto prompt = [&] {
        const TerminalScreen *screen = tab->screen();
        for (int row = 0; row < screen->rows(); ++row)
            if (screen->lineText(screen->scrollbackSize() + row).startsWith(user))
                return true;
        return false;
    };
    if (!waitFor([&] { return tab->state() == SessionTab::State::Connected && prompt(); }, 20000)) {
        std::fprintf(stderr, "the session did not connect: %s\n", qPrintable(tab->statusText()));
        return 1;
    }
    wbbench::EchoMeter echo(tab->view());
    if (!typeKeys(echo, [] { return true; }, 40))
        return 1;
    reportEcho(label + QStringLiteral("_idle"), echo, 0);
    echo.clearLine();
    wait(300);

    const qsizetype before = echo.latencies().size();
    RunView *run = area->openRun(targets, fanout.spec(parser));
    // The user watches the terminal while the run reports in on its own tab.
    area->tabs()->setCurrentWidget(tab);
    QElapsedTimer clock;
    clock.start();
    if (!typeKeys(echo, [&] { return run->isRunning(); }, 6000))
        return 1;
    if (!waitFor([&] { return !run->isRunning(); }, 600000))
        return 1;
    const CommandRunner::Counts counts = run->runner()->counts();
    bench(qPrintable(label + QStringLiteral("_run_wall_s")), clock.elapsed() / 1000.0, "s");
    bench(qPrintable(label + QStringLiteral("_run_hosts_ok")), counts.ok, "hosts");
    reportEcho(label + QStringLiteral("_during_run"), echo, before);
    return counts.ok == int(targets.size()) ? 0 : 1;
}

int searchTickets(const QString &label, const QString &workspace)
{
    if (!QFile::exists(workspace)) {
        std::fprintf(stderr, "no ticket workspace at %s: run tests/bench/tickets/tickets.sh once\n", qPrintable(workspace));
        return 2;
    }
    Window w;
    if (!w.open(workspace))
        return 1;
    auto *table = w.window->findChild<QTableView *>(QStringLiteral("ticketTable"));
    auto *search = w.window->findChild<QLineEdit *>(QStringLiteral("ticketSearch"));
    if (!table || !search || !waitFor([&] { return table->model()->rowCount() > 0; }, 60000)) {
        std::fprintf(stderr, "the ticket pane showed no rows\n");
        return 1;
    }
    StallMeter meter;
    meter.start();
    typeSlowly(search, QStringLiteral("certificate"), 3000);
    const int found = table->model()->rowCount();
    search->clear();
    wait(1500);
    typeSlowly(search, QStringLiteral("ws01234"), 3000);
    meter.stop();
    bench(qPrintable(label + QStringLiteral("_rows_certificate")), found, "rows");
    meter.report(label);
    return found > 0 ? 0 : 1;
}

int filterAudit(const QString &label, int records)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
    {
        // Setup, not measured: the records, written in one transaction.
        GuiThreadSqlAllowed setup;
        Workspace workspace;
        if (!workspace.open(path))
            return 1;
        AuditLog log(workspace.database());
        workspace.database().transaction();
        QString error;
        for (int i = 0; i < records; ++i) {
            AuditRecord record;
            record.operatorName = QStringLiteral("op%1").arg(i % 12);
            record.host = QStringLiteral("host%1").arg(i % 5000, 4, 10, QLatin1Char('0'));
            record.target.path = QStringLiteral("site%1/%2").arg(i % 20).arg(record.host);
            record.target.address = QStringLiteral("10.0.%1.%2:22").arg((i / 256) % 256).arg(i % 256);
            record.target.login = QStringLiteral("root");
            record.account = QStringLiteral("user%1").arg(i % 900);
            record.action = QStringLiteral("reset-password");
            record.outcome = i % 10 == 0 ? AuditRecord::Outcome::Failed : AuditRecord::Outcome::Ok;
            if (!log.append(&record, &error)) {
                std::fprintf(stderr, "cannot write the audit log: %s\n", qPrintable(error));
                return 1;
            }
        }
        workspace.database().commit();
    }
    Window w;
    if (!w.open(path))
        return 1;
    AuditLogDialog dialog(w.services.services().audit, w.window.get());
    dialog.resize(1000, 700);
    dialog.show();
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("auditTable"));
    auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("auditHostFilter"));
    if (!table || !host || !waitFor([&] { return table->model()->rowCount() > 0; }, 60000)) {
        std::fprintf(stderr, "the audit log showed no rows\n");
        return 1;
    }
    StallMeter meter;
    meter.start();
    typeSlowly(host, QStringLiteral("host0123"), 3000);
    const int shown = table->model()->rowCount();
    meter.stop();
    bench(qPrintable(label + QStringLiteral("_rows_shown")), shown, "rows");
    meter.report(label);
    return shown > 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window keeps its layout in settings: not the user's
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("phase"), QStringLiteral("import, open, run, echo, tickets or audit"));
    const wbbench::FanoutOptions fanout(QStringLiteral("1000"), QStringLiteral("64"));
    fanout.addTo(parser);
    const QCommandLineOption hosts(QStringLiteral("hosts"), QStringLiteral("hosts to import"), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption records(QStringLiteral("records"), QStringLiteral("audit records"), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("the million-ticket workspace"), QStringLiteral("path"),
                                       QStringLiteral("/tmp/werkbank-bench-tickets.sqlite"));
    const wbbench::AutogroupNice autogroupNice;
    parser.addOptions({hosts, records, workspace, autogroupNice.option});
    parser.process(app);
    const QString phase = parser.positionalArguments().value(0);
    QString label = QStringLiteral("gui_stall_%1").arg(phase);
    // As in run-gui.sh: the servers share this machine's two cores.
    if (!autogroupNice.apply(parser, &label))
        return 2;
    if (phase == QLatin1String("import"))
        return importHosts(label, parser.value(hosts).toInt());
    if (phase == QLatin1String("open"))
        return openInventory(label, parser.value(workspace), parser.value(hosts).toInt());
    if (phase == QLatin1String("run"))
        return runOnHosts(label, fanout, parser);
    if (phase == QLatin1String("echo"))
        return echoDuringRun(label, fanout, parser);
    if (phase == QLatin1String("tickets"))
        return searchTickets(label, parser.value(workspace));
    if (phase == QLatin1String("audit"))
        return filterAudit(label, parser.value(records).toInt());
    std::fprintf(stderr, "usage: bench_gui_stall import|open|run|echo|tickets|audit [options]\n");
    return 2;
}
