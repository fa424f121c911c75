#pragma once
// What the fan-out benchmarks share: the options naming the fixture's sshd
// and its account, and N targets (all the same server) with `uname -a`.

#include "core/ssh/CommandRunner.h"

#include <QCommandLineParser>

namespace wbbench {

struct FanoutOptions
{
    QCommandLineOption user{QStringLiteral("user"), QStringLiteral("login"), QStringLiteral("user")};
    QCommandLineOption port{QStringLiteral("port"), QStringLiteral("port"), QStringLiteral("port")};
    QCommandLineOption key{QStringLiteral("key"), QStringLiteral("identity file"), QStringLiteral("file")};
    QCommandLineOption knownHosts{QStringLiteral("known-hosts"), QStringLiteral("known_hosts"), QStringLiteral("file")};
    QCommandLineOption count;
    QCommandLineOption concurrency;

    FanoutOptions(const QString &defaultCount, const QString &defaultConcurrency)
        : count(QStringLiteral("n"), QStringLiteral("targets"), QStringLiteral("n"), defaultCount),
          concurrency(QStringLiteral("f"), QStringLiteral("hosts at once"), QStringLiteral("n"), defaultConcurrency)
    {
    }

    void addTo(QCommandLineParser &parser) const { parser.addOptions({user, port, key, knownHosts, count, concurrency}); }

    QList<wb::SshTarget> targets(const QCommandLineParser &parser, const QString &namePrefix) const
    {
        QList<wb::SshTarget> list;
        const int n = parser.value(count).toInt();
        for (int i = 0; i < n; ++i) {
            wb::SshTarget target;
            target.endpoint = wb::SshEndpoint{namePrefix + QStringLiteral("%1").arg(i + 1, 4, 10, QLatin1Char('0')),
                                              QStringLiteral("127.0.0.1"), quint16(parser.value(port).toUInt()),
                                              parser.value(user), {parser.value(key)}};
            target.options.knownHostsPath = parser.value(knownHosts);
            target.options.useAgent = false;
            // Hundreds of handshakes at once overflow the one server's listen
            // backlog (128): SYNs retried after 1, 3, 7 s... must not count as failures.
            target.options.connectTimeoutMs = 60000;
            list << target;
        }
        return list;
    }

    wb::RunSpec spec(const QCommandLineParser &parser) const
    {
        wb::RunSpec spec;
        spec.command = QStringLiteral("uname -a");
        spec.concurrency = parser.value(concurrency).toInt();
        spec.useKeychain = false;
        spec.unknownKeys = wb::RunSpec::UnknownKeys::Reject;
        spec.hostTimeoutMs = 120000;
        return spec;
    }
};

} // namespace wbbench
