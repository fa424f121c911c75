// `cat` of 100 MiB over a real SSH session into a session tab (screen + view,
// offscreen), with the GUI thread's worst event-loop stall during the run.
// Needs the sshd fixture: run it through tests/bench/terminal/ssh-cat.sh.
#include "core/terminal/TerminalScreen.h"
#include "core/worklog/SshWorkFactory.h"
#include "widgets/session/SessionTab.h"
#include "widgets/terminal/TerminalView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace wb;

namespace {

bool screenContains(const TerminalScreen *screen, const QString &text)
{
    for (int row = 0; row < screen->rows(); ++row) {
        if (screen->lineText(screen->scrollbackSize() + row).contains(text))
            return true;
    }
    return false;
}

bool screenHasLineStartingWith(const TerminalScreen *screen, const QString &prefix)
{
    for (int row = 0; row < screen->rows(); ++row) {
        if (screen->lineText(screen->scrollbackSize() + row).startsWith(prefix))
            return true;
    }
    return false;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString dir = qEnvironmentVariable("WERKBANK_SSHD_DIR");
    const quint16 port = quint16(qEnvironmentVariableIntValue("WERKBANK_SSHD_PORT"));
    const QString user = qEnvironmentVariable("WERKBANK_SSHD_USER");
    if (dir.isEmpty() || port == 0) {
        std::fprintf(stderr, "no sshd fixture: run tests/bench/terminal/ssh-cat.sh\n");
        return 2;
    }
    qint64 mib = 100;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--mib")); i > 0 && i + 1 < args.size())
        mib = args.at(i + 1).toLongLong();
    const qint64 bytes = mib * 1024 * 1024;
    QTemporaryDir scratch;
    const QString knownHosts = scratch.filePath(QStringLiteral("known_hosts"));
    {
        QFile key(dir + QStringLiteral("/keys/main.pub"));
        QFile out(knownHosts);
        if (!key.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return 2;
        const QList<QByteArray> fields = key.readAll().simplified().split(' ');
        out.write(QStringLiteral("[127.0.0.1]:%1 ").arg(port).toUtf8() + fields.value(0) + ' ' + fields.value(1) + '\n');
    }

    SshTarget target;
    target.endpoint = SshEndpoint{QStringLiteral("bench"), QStringLiteral("127.0.0.1"), port, user,
                                  {dir + QStringLiteral("/client/id_ed25519")}};
    target.options.knownHostsPath = knownHosts;
    target.options.useAgent = false;
    SshWorkFactory work(nullptr, nullptr, nullptr, nullptr); // no pool, nothing logged
    SessionTab tab(0, target, &work);
    tab.resize(tab.view()->sizeForGrid(50, 160));
    tab.show();
    tab.connectToHost();
    if (!waitFor([&] { return tab.state() == SessionTab::State::Connected && screenHasLineStartingWith(tab.screen(), user); }, 20000)) {
        std::fprintf(stderr, "could not connect: %s\n", qPrintable(tab.statusText()));
        return 1;
    }
    std::printf("# terminal %dx%d\n", tab.screen()->cols(), tab.screen()->rows());

    // The file is made on the server first (seq: numbers and line feeds, pure scrolling).
    tab.screen()->sendText(QStringLiteral("seq 1 30000000 | head -c %1 > ~/cat-100mib.txt; printf 'MADE%s\\n' -\r").arg(bytes));
    if (!waitFor([&] { return screenHasLineStartingWith(tab.screen(), QStringLiteral("MADE-")); }, 60000)) {
        for (int row = 0; row < tab.screen()->rows(); ++row)
            std::fprintf(stderr, "%s\n", qPrintable(tab.screen()->lineText(tab.screen()->scrollbackSize() + row)));
        return 1;
    }

    qint64 received = 0;
    QObject::connect(tab.connection(), &SshConnection::dataReceived, [&](const QByteArray &data) { received += data.size(); });
    QElapsedTimer heartbeatClock;
    qint64 lastBeat = 0, worstStall = 0, worstAt = 0;
    int longGaps = 0;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = heartbeatClock.elapsed();
        if (now - lastBeat > worstStall) {
            worstStall = now - lastBeat;
            worstAt = now;
        }
        if (now - lastBeat > 16)
            ++longGaps;
        lastBeat = now;
    });

    std::fprintf(stderr, "# file made, running cat\n");
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, [&] {
        std::fprintf(stderr, "# %lld bytes so far\n", static_cast<long long>(received));
    });
    if (qEnvironmentVariableIsSet("WERKBANK_BENCH_PROGRESS"))
        progress.start(2000);
    QElapsedTimer clock;
    clock.start();
    heartbeatClock.start();
    heartbeat.start();
    tab.screen()->sendText(QStringLiteral("cat ~/cat-100mib.txt; printf 'CAT%s\\n' -DONE\r"));
    // The file's last line has no line feed, so the marker may follow a number.
    const bool done = waitFor([&] { return screenContains(tab.screen(), QStringLiteral("CAT-DONE")); }, 600000);
    const double seconds = clock.elapsed() / 1000.0;
    heartbeat.stop();
    if (!done) {
        std::fprintf(stderr, "cat did not finish\n");
        return 1;
    }

    std::fprintf(stderr, "# cat done, now OpenSSH's client\n");
    // The same transfer with OpenSSH's client into /dev/null: the transport's own ceiling.
    QProcess ssh;
    ssh.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer peerClock;
    peerClock.start();
    ssh.start(QStringLiteral("ssh"), {QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-i"),
                                      dir + QStringLiteral("/client/id_ed25519"), QStringLiteral("-o"),
                                      QStringLiteral("UserKnownHostsFile=") + knownHosts, QStringLiteral("-o"),
                                      QStringLiteral("BatchMode=yes"), QStringLiteral("-p"), QString::number(port),
                                      QStringLiteral("%1@127.0.0.1").arg(user), QStringLiteral("cat ~/cat-100mib.txt")});
    ssh.waitForFinished(600000);
    const double peerSeconds = peerClock.elapsed() / 1000.0;

    tab.screen()->sendText(QStringLiteral("rm -f ~/cat-100mib.txt; exit\r"));
    waitFor([&] { return !tab.isLive(); }, 10000);

    std::printf("BENCH ssh_cat_%lldmib_seconds %.2f s\n", static_cast<long long>(mib), seconds);
    std::printf("BENCH ssh_cat_mbps %.1f MB/s\n", received / 1e6 / seconds);
    std::printf("BENCH ssh_cat_worst_stall_ms %lld ms\n", static_cast<long long>(worstStall));
    std::printf("BENCH ssh_cat_openssh_to_devnull_seconds %.2f s\n", peerSeconds);
    std::printf("# worst stall ended %lld ms into the run; %d gaps over 16 ms\n", static_cast<long long>(worstAt), longGaps);
    std::printf("# target: worst stall <= 50 ms: %s\n", worstStall <= 50 ? "met" : "NOT met");
    return 0;
}
