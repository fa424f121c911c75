// Throughput of a -L port forward: Werkbank's (TunnelSession, libssh) against
// OpenSSH's `ssh -N -L` in the same run, to the same server (the fixture's
// sshd) with the same cipher (the one libssh negotiated, read back from the
// server's log and forced on ssh with -c). One stream downloading, one
// uploading, and 100 streams downloading at once; the median of three rounds.
// Run through tunnels.sh.
#include "tests/bench/BenchReport.h"
#include "tests/integration/ssh/TunnelTestSupport.h"

#include "core/ssh/KnownHosts.h"
#include "core/tunnels/TunnelSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace wb;
using namespace wbtest;

namespace {

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Streams downloading at once from `port` until each has its end; MB/s over all, or -1.
double download(quint16 port, int streams, qint64 bytesEach)
{
    std::vector<pollfd> fds;
    std::vector<qint64> got(streams, 0);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < streams; ++i) {
        const int fd = connectTo(port);
        if (fd < 0)
            return -1;
        fds.push_back(pollfd{fd, POLLIN, 0});
    }
    static char buffer[256 * 1024];
    int open = streams;
    while (open > 0) {
        if (::poll(fds.data(), fds.size(), 30000) <= 0)
            return -1;
        for (int i = 0; i < streams; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                got[i] += n;
                continue;
            }
            ::close(fds[i].fd);
            fds[i].fd = -1;
            --open;
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    for (const qint64 n : got) {
        if (n != bytesEach)
            return -1;
    }
    return double(bytesEach) * streams / seconds / 1e6;
}

// One stream uploading `bytes` to the sink behind `port`; MB/s until the sink has them all, or -1.
double upload(quint16 port, qint64 bytes, const TcpPeerServer &sink)
{
    const qint64 before = sink.received;
    const int fd = connectTo(port);
    if (fd < 0)
        return -1;
    static const QByteArray chunk(256 * 1024, 'u');
    QElapsedTimer timer;
    timer.start();
    for (qint64 sent = 0; sent < bytes;) {
        const ssize_t n = ::write(fd, chunk.constData(), size_t(std::min<qint64>(chunk.size(), bytes - sent)));
        if (n <= 0)
            return -1;
        sent += n;
    }
    ::shutdown(fd, SHUT_WR);
    while (sink.received - before < bytes) {
        if (timer.elapsed() > 120000)
            return -1;
        QThread::usleep(200);
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    ::close(fd);
    return double(bytes) / seconds / 1e6;
}

bool listening(quint16 port)
{
    const int fd = connectTo(port);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    const QString dir = qEnvironmentVariable("WERKBANK_SSHD_DIR");
    const quint16 sshPort = quint16(qEnvironmentVariableIntValue("WERKBANK_SSHD_PORT"));
    const QString user = qEnvironmentVariable("WERKBANK_SSHD_USER");
    if (dir.isEmpty() || !sshPort) {
        std::fprintf(stderr, "run through tests/bench/tunnels/tunnels.sh (needs the sshd fixture)\n");
        return 2;
    }
    const QString key = dir + QStringLiteral("/client/id_ed25519");
    QTemporaryDir work;
    const QString knownHosts = work.filePath(QStringLiteral("known_hosts"));
    {
        QFile keyFile(dir + QStringLiteral("/keys/main.pub"));
        QFile file(knownHosts);
        if (!keyFile.open(QIODevice::ReadOnly) || !file.open(QIODevice::WriteOnly))
            return 2;
        const QList<QByteArray> fields = keyFile.readAll().simplified().split(' ');
        file.write(KnownHosts::hostField(QStringLiteral("127.0.0.1"), sshPort).toUtf8() + ' ' + fields.value(0) + ' ' + fields.value(1) + '\n');
    }
    const qint64 bytes = mib * 1024 * 1024;
    constexpr int streams = 100;
    const qint64 bytesEach = std::max<qint64>(bytes / streams, 1024 * 1024);

    TcpPeerServer source(TcpPeerServer::Mode::Source);
    source.sourceBytes = bytes;
    const quint16 sourcePort = source.startServing();
    TcpPeerServer smallSource(TcpPeerServer::Mode::Source);
    smallSource.sourceBytes = bytesEach;
    const quint16 smallSourcePort = smallSource.startServing();
    TcpPeerServer sink(TcpPeerServer::Mode::Sink);
    const quint16 sinkPort = sink.startServing();

    // Werkbank: three forwards on one connection.
    QFile log(dir + QStringLiteral("/state/main.log"));
    const qint64 logStart = log.size();
    SshConnectOptions options;
    options.knownHostsPath = knownHosts;
    options.useAgent = false;
    options.useKeychain = false;
    QList<PortForward> forwards;
    for (const quint16 target : {sourcePort, sinkPort, smallSourcePort}) {
        PortForward forward;
        forward.host = QStringLiteral("127.0.0.1");
        forward.hostPort = target;
        forwards << forward; // bind port 0: the system's choice, read back below
    }
    TunnelSession session(SshEndpoint{QStringLiteral("main"), QStringLiteral("127.0.0.1"), sshPort, user, {key}}, options, forwards);
    session.open();
    if (!QTest::qWaitFor([&] { return session.status(2).state == TunnelStatus::State::Active; }, 20000)) {
        std::fprintf(stderr, "the tunnel did not start\n");
        return 1;
    }
    QList<quint16> ours;
    for (int i = 0; i < 3; ++i)
        ours << session.status(i).boundPort;
    QString cipher;
    if (log.open(QIODevice::ReadOnly) && log.seek(logStart)) {
        static const QRegularExpression kex(QStringLiteral("kex: server->client cipher: (\\S+)"));
        cipher = kex.match(QString::fromUtf8(log.readAll())).captured(1);
    }
    if (cipher.isEmpty()) {
        std::fprintf(stderr, "no cipher in the server log\n");
        return 1;
    }

    // OpenSSH: the same three forwards, the same cipher.
    QList<quint16> theirs{freePort(), freePort(), freePort()};
    QStringList arguments{QStringLiteral("-N"), QStringLiteral("-c"), cipher, QStringLiteral("-p"), QString::number(sshPort),
                          QStringLiteral("-i"), key, QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + knownHosts,
                          QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"), QStringLiteral("ExitOnForwardFailure=yes"),
                          QStringLiteral("-F"), QStringLiteral("/dev/null")};
    const QList<quint16> targets{sourcePort, sinkPort, smallSourcePort};
    for (int i = 0; i < 3; ++i)
        arguments << QStringLiteral("-L") << QStringLiteral("127.0.0.1:%1:127.0.0.1:%2").arg(theirs.at(i)).arg(targets.at(i));
    arguments << QStringLiteral("%1@127.0.0.1").arg(user);
    QProcess ssh;
    ssh.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    ssh.start(QStringLiteral("ssh"), arguments);
    if (!QTest::qWaitFor([&] { return listening(theirs.at(2)) || ssh.state() == QProcess::NotRunning; }, 20000) || ssh.state() == QProcess::NotRunning) {
        std::fprintf(stderr, "ssh -L did not start\n");
        return 1;
    }

    std::printf("# %lld MiB a stream on loopback, cipher %s on both, one stream each way, then %d streams of %lld MiB at once\n",
                mib, qPrintable(cipher), streams, bytesEach / 1024 / 1024);
    // Three rounds, ours and theirs in turn, each figure the median: two cores make single runs noisy.
    QList<double> figures[6];
    for (int round = 0; round < 3; ++round) {
        figures[0] << download(ours.at(0), 1, bytes);
        figures[1] << download(theirs.at(0), 1, bytes);
        figures[2] << upload(ours.at(1), bytes, sink);
        figures[3] << upload(theirs.at(1), bytes, sink);
        figures[4] << download(ours.at(2), streams, bytesEach);
        figures[5] << download(theirs.at(2), streams, bytesEach);
    }
    ssh.terminate();
    ssh.waitForFinished(5000);
    for (const QList<double> &values : figures) {
        if (*std::min_element(values.begin(), values.end()) < 0) {
            std::fprintf(stderr, "a transfer failed or came short\n");
            return 1;
        }
    }
    const double ourDown = wbbench::median(figures[0]);
    const double theirDown = wbbench::median(figures[1]);
    const double ourUp = wbbench::median(figures[2]);
    const double theirUp = wbbench::median(figures[3]);
    const double ourMany = wbbench::median(figures[4]);
    const double theirMany = wbbench::median(figures[5]);
    wbbench::bench("tunnel_download_werkbank", ourDown, "MB/s");
    wbbench::bench("tunnel_download_openssh", theirDown, "MB/s");
    wbbench::bench("tunnel_upload_werkbank", ourUp, "MB/s");
    wbbench::bench("tunnel_upload_openssh", theirUp, "MB/s");
    wbbench::bench("tunnel_100_streams_werkbank", ourMany, "MB/s");
    wbbench::bench("tunnel_100_streams_openssh", theirMany, "MB/s");
    std::printf("BENCH tunnel_download_ratio %.2f x\nBENCH tunnel_upload_ratio %.2f x\nBENCH tunnel_100_streams_ratio %.2f x\n", ourDown / theirDown,
                ourUp / theirUp, ourMany / theirMany);
    session.close();
    return 0;
}
