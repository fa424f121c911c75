#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace wb {

class TeamKnownHosts;

// One machine on the way to a shell: the target itself or a jump host.
struct SshEndpoint
{
    QString name;          // what the user calls it (inventory name)
    QString host;          // address or DNS name, as known_hosts names it
    quint16 port = 22;
    QString user;
    QStringList identityFiles; // private key files; empty = OpenSSH's defaults
    // What may be offered to this machine. Any is OpenSSH's order (agent, key
    // files, keyboard-interactive, password); an inventory host's setting
    // narrows it, so keys it does not use cannot spend the server's MaxAuthTries.
    enum class Offer { Any, AgentOnly, KeyFilesOnly, PasswordOnly };
    Offer offer = Offer::Any;
    // OpenSSH's HostKeyAlias: the name the server's key is looked up and saved
    // under in known_hosts (as written, without a port).
    QString hostKeyAlias {};
    // OpenSSH's UserKnownHostsFile for this machine; empty = the connection's file.
    QString knownHostsFile {};
    // The machine's own OpenSSH options (an inventory host's SshHostOptions), over the connection's.
    int connectTimeoutSeconds = 0;         // ConnectTimeout; 0 = the connection's
    int serverAliveIntervalSeconds = -1;   // ServerAliveInterval; -1 = the connection's keepalive, 0 = off
    int serverAliveCountMax = 3;           // ServerAliveCountMax
    QString compression {};                // Compression "yes" / "no"; empty = libssh's default
    QString kexAlgorithms {};              // KexAlgorithms, Ciphers, HostKeyAlgorithms: full lists; empty = libssh's
    QString ciphers {};
    QString hostKeyAlgorithms {};
    QString identityAgent {};              // IdentityAgent, expanded; "none" = no agent; empty = the connection's

    // The name and port known_hosts lists this machine under.
    QString knownHostsHost() const { return hostKeyAlias.isEmpty() ? host : hostKeyAlias; }
    quint16 knownHostsPort() const { return hostKeyAlias.isEmpty() ? port : quint16(22); }
};

struct SshConnectOptions
{
    QList<SshEndpoint> jumps;   // ProxyJump chain, first hop first
    int connectTimeoutMs = 10000;
    int keepaliveSeconds = 30;  // 0 = off
    QString knownHostsPath;     // empty = ~/.ssh/known_hosts
    // A team workspace's known-hosts store, checked beside knownHostsPath; none on a personal one.
    std::shared_ptr<const TeamKnownHosts> teamKnownHosts;
    QString agentSocket;        // empty = $SSH_AUTH_SOCK
    bool useAgent = true;
    bool useKeychain = true;
    QString term = QStringLiteral("xterm-256color");
    int rows = 24;
    int columns = 80;
    QString command;            // empty = login shell with a pty
    // Set: the channel asks for this subsystem ("sftp") instead of a command or shell.
    QString subsystem;
    // Set: the channel is a direct-tcpip connection from the server to this
    // address and port (a reachability check through a jump host), not a session.
    QString forwardHost;
    quint16 forwardPort = 0;
    // Sent as channel "env" requests; sshd accepts only what its AcceptEnv lists
    // (Debian: LANG LC_*) and ignores the rest.
    QList<QPair<QString, QString>> environment;
    // Keep the logged-in connection when the channel ends, so a pool can
    // open the next channel on it (SshPool); keepalive then runs at this
    // interval while it waits.
    bool keepConnection = false;
    int idleKeepaliveSeconds = 30;
    // Set: what the host sends on this channel is logged to a new file in this
    // folder, named after sessionLogName and the time (SessionLogFile); as it
    // came (raw) or as plain text. What is sent to the host never is.
    QString sessionLogFolder;
    QString sessionLogName;
    bool sessionLogRaw = false;
    // No channel at all (ssh -N): once logged in the connection is the link
    // user's (SshConnection::setLinkUser), and ends when closed or lost.
    bool linkOnly = false;
};

// The steps of a connection, in order; a failure names the step it stopped at.
enum class SshStep { Resolve, Connect, HostKey, Authenticate, Channel, Session };

struct SshFailure
{
    Q_DECLARE_TR_FUNCTIONS(wb::SshFailure)
public:
    SshStep step = SshStep::Connect;
    QString reason;
    SshEndpoint endpoint;

    // "web01 (10.0.0.5:22): authentication failed: publickey, password tried"
    QString message() const;
    static QString stepName(SshStep step);
};

QString defaultKnownHostsPath();
QStringList defaultIdentityFiles();
QString keychainKeyFor(const SshEndpoint &endpoint);           // user@host:port
QString keychainKeyForKeyFile(const QString &privateKeyPath);  // passphrase entries

} // namespace wb
