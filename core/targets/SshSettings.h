#pragma once

#include "core/ssh/SshTypes.h"

#include <QSqlDatabase>

namespace wb {

// Connection settings: the user's own (QSettings: timeout, keepalive) and the
// workspace's (which known_hosts file to trust).
struct SshSettings
{
    int connectTimeoutSeconds = 10;
    int keepaliveSeconds = 30;  // 0 = off
    QString knownHostsPath;     // empty = ~/.ssh/known_hosts
    // How long a connection stays open for the next session or run (SshPool); 0 = never.
    int reuseIdleSeconds = 300;
    // Minutes between the window's reachability sweeps (FleetMonitor); 0 = only on demand.
    int reachabilityMinutes = 5;
    // Hours between the window's facts gathers (FactsCollector); 0 = only on demand.
    int factsHours = 24;
    // Terminal sessions logged to a file each (SessionLogFile): not, as plain
    // text (escapes removed) or raw; in sessionLogFolder (empty: the default).
    enum class SessionLog { Off, Plain, Raw };
    SessionLog sessionLog = SessionLog::Off;
    QString sessionLogFolder;
    // ~/.local/share/<organisation>/<application>/session-logs
    static QString defaultSessionLogFolder();
    // A terminal session's options with the log, named after the host;
    // hostChoice is the host's own ("" as these settings say, "on", "off"):
    // "on" logs in the chosen format, or as plain text when logging is off here.
    void applySessionLogTo(SshConnectOptions *options, const QString &hostName, const QString &hostChoice = {}) const;
    // A team workspace's known-hosts store (none on a personal one), checked
    // beside knownHostsPath.
    std::shared_ptr<const TeamKnownHosts> teamKnownHosts;

    // The user's part only; knownHostsPath stays empty.
    static SshSettings loadUser();
    void saveUser() const;
    // Both parts and the team's known hosts, for werkbank-cli and tests (the
    // window uses ConnectionSettings). A team store that cannot be read is left
    // out, with a warning: the person's known_hosts still decides.
    static SshSettings load(const QSqlDatabase &workspace);
    bool save(const QSqlDatabase &workspace, QString *error) const;
    void applyTo(SshConnectOptions *options) const;
};

} // namespace wb
