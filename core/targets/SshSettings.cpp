#include "core/targets/SshSettings.h"

#include "core/targets/TeamHostKeyStore.h"

#include "core/storage/WorkspaceSettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace wb {

namespace {

const char *const timeoutKey = "ssh/connectTimeoutSeconds";
const char *const keepaliveKey = "ssh/keepaliveSeconds";
const char *const reuseKey = "ssh/reuseIdleSeconds";
const char *const reachabilityKey = "fleet/reachabilityMinutes";
const char *const factsKey = "fleet/factsHours";
const char *const sessionLogKey = "ssh/sessionLog";
const char *const sessionLogFolderKey = "ssh/sessionLogFolder";

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
    const QString log = user.value(sessionLogKey).toString();
    settings.sessionLog = log == QLatin1String("plain") ? SessionLog::Plain : log == QLatin1String("raw") ? SessionLog::Raw : SessionLog::Off;
    settings.sessionLogFolder = user.value(sessionLogFolderKey).toString();
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
    user.setValue(sessionLogKey, sessionLog == SessionLog::Plain ? QStringLiteral("plain")
                                 : sessionLog == SessionLog::Raw ? QStringLiteral("raw")
                                                                 : QStringLiteral("off"));
    user.setValue(sessionLogFolderKey, sessionLogFolder);
}

QString SshSettings::defaultSessionLogFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/session-logs");
}

void SshSettings::applySessionLogTo(SshConnectOptions *options, const QString &hostName, const QString &hostChoice) const
{
    if (hostChoice == QLatin1String("off") || (sessionLog == SessionLog::Off && hostChoice != QLatin1String("on")))
        return;
    QString folder = sessionLogFolder.trimmed();
    if (folder == QLatin1String("~") || folder.startsWith(QLatin1String("~/")))
        folder = QDir::homePath() + folder.mid(1);
    options->sessionLogFolder = folder.isEmpty() ? defaultSessionLogFolder() : folder;
    options->sessionLogName = hostName;
    options->sessionLogRaw = sessionLog == SessionLog::Raw;
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
