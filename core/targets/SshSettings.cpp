#include "core/targets/SshSettings.h"

#include "core/targets/TeamHostKeyStore.h"

#include "core/storage/WorkspaceSettings.h"

#include <QDir>
#include <QSettings>

namespace wb {

namespace {

const char *const timeoutKey = "ssh/connectTimeoutSeconds";
const char *const keepaliveKey = "ssh/keepaliveSeconds";
const char *const reuseKey = "ssh/reuseIdleSeconds";
const char *const reachabilityKey = "fleet/reachabilityMinutes";
const char *const factsKey = "fleet/factsHours";

} // namespace

SshSettings SshSettings::loadUser()
{
    SshSettings settings;
    const QSettings user;
    settings.connectTimeoutSeconds = std::clamp(user.value(timeoutKey, 10).toInt(), 1, 600);
    settings.keepaliveSeconds = std::clamp(user.value(keepaliveKey, 30).toInt(), 0, 3600);
    settings.reuseIdleSeconds = std::clamp(user.value(reuseKey, 300).toInt(), 0, 86400);
    settings.reachabilityMinutes = std::clamp(user.value(reachabilityKey, 5).toInt(), 0, 1440);
    settings.factsHours = std::clamp(user.value(factsKey, 24).toInt(), 0, 24 * 30);
    return settings;
}

void SshSettings::saveUser() const
{
    QSettings user;
    user.setValue(timeoutKey, connectTimeoutSeconds);
    user.setValue(keepaliveKey, keepaliveSeconds);
    user.setValue(reuseKey, reuseIdleSeconds);
    user.setValue(reachabilityKey, reachabilityMinutes);
    user.setValue(factsKey, factsHours);
}

SshSettings SshSettings::load(const QSqlDatabase &workspace)
{
    SshSettings settings = loadUser();
    settings.knownHostsPath = WorkspaceSettings(workspace).value(WorkspaceSettings::knownHostsKey());
    if (const auto entries = TeamHostKeyStore::loadShared(workspace)) {
        auto team = std::make_shared<TeamKnownHosts>();
        team->reset(*entries);
        settings.teamKnownHosts = team;
    }
    return settings;
}

bool SshSettings::save(const QSqlDatabase &workspace, QString *error) const
{
    saveUser();
    return WorkspaceSettings(workspace).setValue(WorkspaceSettings::knownHostsKey(), knownHostsPath.trimmed(), error);
}

void SshSettings::applyTo(SshConnectOptions *options) const
{
    options->connectTimeoutMs = connectTimeoutSeconds * 1000;
    options->keepaliveSeconds = keepaliveSeconds;
    QString path = knownHostsPath.trimmed();
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    options->knownHostsPath = path;
    options->teamKnownHosts = teamKnownHosts;
}

} // namespace wb
