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

    // The user's part only; knownHostsPath stays empty.
    static SshSettings loadUser();
    void saveUser() const;
    // Both parts, for werkbank-cli and tests (the window uses ConnectionSettings).
    static SshSettings load(const QSqlDatabase &workspace);
    bool save(const QSqlDatabase &workspace, QString *error) const;
    void applyTo(SshConnectOptions *options) const;
};

} // namespace wb
