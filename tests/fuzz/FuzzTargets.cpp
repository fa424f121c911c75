#include "tests/fuzz/FuzzTargets.h"

#include "core/inventory/io/AnsibleReader.h"
#include "core/inventory/io/CsvReader.h"
#include "core/inventory/io/SshConfigReader.h"
#include "core/ssh/KnownHosts.h"
#include "core/terminal/TerminalScreen.h"
#include "core/tunnels/SocksHandshake.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>
#include <cstring>

namespace wb::fuzz {

namespace {

// The readers take a path, as in the program, so the input goes through a real file.
// One folder per process; $HOME points into it so "Include ~…" stays inside as well.
const QString &workDir()
{
    static const QString dir = [] {
        static QTemporaryDir temp(QDir::tempPath() + QStringLiteral("/werkbank-fuzz-XXXXXX"));
        const QString path = temp.path();
        qputenv("HOME", QFile::encodeName(path));
        // Neighbours for Include patterns to find: each includes the others' folder.
        auto write = [&](const char *name, const char *text) {
            QFile file(path + QLatin1Char('/') + QLatin1String(name));
            if (file.open(QIODevice::WriteOnly))
                file.write(text);
        };
        write("a.conf", "Host inc-a\n  User alice\n  Include *.conf\n");
        write("b.conf", "Host inc-b inc-*\n  Port 2222\nInclude a.conf b.conf\nMatch all\n  Include *\n");
        write("c.txt", "HostName c.example.org\n");
        return path;
    }();
    return dir;
}

QString writeInput(const char *name, const QByteArray &data)
{
    const QString path = workDir() + QLatin1Char('/') + QLatin1String(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(data);
    return path;
}

QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Touch every field, so a value that is wrong in a way only its reader notices
// (a dangling QString, an uninitialised port) reaches the sanitizers.
std::size_t consume(const ImportResult &result)
{
    std::size_t n = 0;
    for (const ImportedHost &h : result.hosts)
        n += std::size_t(h.host.name.size() + h.host.address.size() + h.host.port + h.host.sshUser.size()
                         + h.groupPath.join(QLatin1Char('/')).size() + h.jumpHostName.size());
    for (const ImportIssue &issue : result.errors)
        n += std::size_t(issue.toString().size());
    for (const ImportIssue &issue : result.skipped)
        n += std::size_t(issue.toString().size());
    return n;
}

volatile std::size_t g_sink = 0;

} // namespace

void sshConfig(const std::uint8_t *data, std::size_t size)
{
    // A path could reach any file on the machine (Include /proc/kmsg blocks); with no
    // '/' an Include stays in the work folder, and everything else is still fuzzed.
    QByteArray text = bytes(data, size);
    text.replace('/', '_');
    g_sink = g_sink + consume(SshConfigReader::read(writeInput("input.conf", text)));
}

void csv(const std::uint8_t *data, std::size_t size)
{
    g_sink = g_sink + consume(CsvReader::read(writeInput("input.csv", bytes(data, size))));
}

void ansible(const std::uint8_t *data, std::size_t size)
{
    g_sink = g_sink + consume(AnsibleReader::read(writeInput("input.ini", bytes(data, size))));
}

void knownHosts(const std::uint8_t *data, std::size_t size)
{
    const KnownHosts file(writeInput("known_hosts", bytes(data, size)));
    const HostKey key{QStringLiteral("ssh-ed25519"), QByteArray::fromBase64("AAAAC3NzaC1lZDI1NTE5AAAAIOmG")};
    for (const auto &[host, port] : {std::pair{"example.org", 22}, std::pair{"10.0.0.1", 2222},
                                     std::pair{"web01.corp.example.net", 22}}) {
        const KnownHosts::Verdict verdict = file.check(QLatin1String(host), quint16(port), key);
        g_sink = g_sink + std::size_t(verdict.match) + std::size_t(verdict.listed.size());
        g_sink = g_sink + std::size_t(file.listedTypes(QLatin1String(host), quint16(port)).size());
    }
}

void terminal(const std::uint8_t *data, std::size_t size)
{
    // The first two bytes choose a size to change to halfway, so resizing with content is fuzzed too.
    if (size < 2)
        return;
    const int rows = 1 + data[0] % 60;
    const int cols = 1 + data[1] % 200;
    data += 2;
    size -= 2;
    TerminalScreen screen(24, 80);
    screen.setScrollbackCapacity(200);
    const std::size_t half = size / 2;
    screen.feed(reinterpret_cast<const char *>(data), half);
    screen.resize(rows, cols);
    screen.feed(reinterpret_cast<const char *>(data) + half, size - half);
    // And back, reflowing what wrapped at either width; then read it all as copy and find do.
    int top = 0;
    screen.resize(24, 80, &top);
    std::size_t n = 0;
    for (int i = 0; i < screen.lineCount(); ++i)
        n += std::size_t(screen.lineText(i).size());
    n += std::size_t(screen.text({0, 0}, {screen.lineCount() - 1, screen.cols()}).size());
    if (const auto match = screen.search(QStringLiteral("a b"), {top, 0}, (rows & 1) != 0))
        n += std::size_t(match->end.col);
    g_sink = g_sink + n + std::size_t(screen.title().size());
}

void socks(const std::uint8_t *data, std::size_t size)
{
    // What a -D proxy reads from any program on this computer. The first byte
    // chooses how the rest is cut into reads, as a socket may deliver it.
    if (size < 1)
        return;
    const std::size_t step = 1 + data[0] % 16;
    SocksHandshake handshake;
    QByteArray input;
    QByteArray reply;
    for (std::size_t at = 1; at < size; at += step) {
        input.append(reinterpret_cast<const char *>(data) + at, qsizetype(std::min(step, size - at)));
        const SocksHandshake::Step result = handshake.feed(&input, &reply);
        g_sink = g_sink + std::size_t(reply.size());
        if (result != SocksHandshake::Step::More)
            break;
    }
    g_sink = g_sink + std::size_t(handshake.host().size()) + handshake.port() + std::size_t(handshake.error().size())
             + std::size_t(handshake.connectedReply().size()) + std::size_t(handshake.failedReply(2).size());
}

Target targetNamed(const char *name)
{
    static const struct {
        const char *name;
        Target target;
    } targets[] = {{"ssh_config", sshConfig}, {"csv", csv},         {"ansible", ansible},
                   {"known_hosts", knownHosts}, {"terminal", terminal}, {"socks", socks}};
    for (const auto &t : targets)
        if (std::strcmp(t.name, name) == 0)
            return t.target;
    return nullptr;
}

} // namespace wb::fuzz
