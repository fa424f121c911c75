#include "core/targets/ConnectionSettings.h"

#include "core/jobs/WhileAlive.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/storage/WorkspaceThread.h"
#include "core/targets/TeamHostKeyStore.h"

#include <optional>

namespace wb {

namespace {
struct StoredPart
{
    QString knownHostsPath;
    std::optional<QList<TeamKnownHosts::Entry>> team; // none: a personal workspace, or unreadable
};
} // namespace

ConnectionSettings::ConnectionSettings(WorkspaceThread *thread, QObject *parent)
    : QObject(parent), m_thread(thread), m_settings(SshSettings::loadUser())
{
    m_thread->read<StoredPart>(
        this,
        [](QSqlDatabase db, QString *) {
            return StoredPart{WorkspaceSettings(db).value(WorkspaceSettings::knownHostsKey()), TeamHostKeyStore::loadShared(db)};
        },
        [this](const StoredPart &part, const QString &) {
            m_settings.knownHostsPath = part.knownHostsPath; // unreadable: the user's own known_hosts, as with none set
            if (part.team) {
                m_team = std::make_shared<TeamKnownHosts>();
                m_team->reset(*part.team);
                m_settings.teamKnownHosts = m_team;
            }
            m_loaded = true;
            if (isSettled())
                Q_EMIT settled();
        });
    connect(m_thread, &WorkspaceThread::changedElsewhere, this, [this](const QString &table) {
        if (table == QLatin1String("team_host_keys"))
            reloadTeamKnownHosts();
    });
}

void ConnectionSettings::reloadTeamKnownHosts()
{
    if (!m_team)
        return;
    m_thread->read<std::optional<QList<TeamKnownHosts::Entry>>>(
        this,
        [](QSqlDatabase db, QString *) { return TeamHostKeyStore::loadShared(db); },
        [this](const std::optional<QList<TeamKnownHosts::Entry>> &entries, const QString &) {
            if (entries) // else the keys read before stay
                m_team->reset(*entries);
        });
}

void ConnectionSettings::trustForTeam(const QObject *asker, const QString &host, quint16 port, const HostKey &key,
                                      std::function<void(const QString &error)> answer)
{
    m_thread->write<TeamKnownHosts::Entry>(
        this,
        [host, port, key](QSqlDatabase db, QString *error) {
            TeamKnownHosts::Entry entry{host, port, key, {}, {}};
            TeamHostKeyStore(db).add(&entry, error);
            return entry;
        },
        [this, answer = whileAlive(asker, std::move(answer))](const TeamKnownHosts::Entry &entry, const QString &error) {
            if (error.isEmpty() && m_team && m_team->check(entry.host, entry.port, entry.key).match != KnownHosts::Match::Known)
                m_team->add(entry);
            answer(error);
        });
}

void ConnectionSettings::whenSettled(const QObject *context, std::function<void()> then)
{
    if (isSettled()) {
        then();
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(this, &ConnectionSettings::settled, context, [once, then = std::move(then)] {
        QObject::disconnect(*once);
        then();
    });
}

void ConnectionSettings::save(const QObject *asker, const SshSettings &settings, SaveAnswer answer)
{
    settings.saveUser();
    ++m_saving; // sessions opened meanwhile wait for what was chosen
    m_thread->write<std::optional<QString>>(
        this,
        [knownHosts = settings.knownHostsPath.trimmed(), basedOn = m_settings.knownHostsPath](QSqlDatabase db, QString *error)
            -> std::optional<QString> {
            WorkspaceSettings stored(db);
            const QString now = stored.value(WorkspaceSettings::knownHostsKey());
            if (now != basedOn && now != knownHosts) {
                *error = tr("The workspace's known_hosts file was changed elsewhere to “%1”; yours was not saved.").arg(now);
                return now;
            }
            // Unchanged, it is not written: a helpdesk login, which may not write the
            // workspace's settings, can still save its own timeouts.
            if (now != knownHosts)
                stored.setValue(WorkspaceSettings::knownHostsKey(), knownHosts, error);
            return std::nullopt;
        },
        [this, settings, answer = whileAlive(asker, std::move(answer))](const std::optional<QString> &savedElsewhere, const QString &error) {
            --m_saving;
            m_settings.connectTimeoutSeconds = settings.connectTimeoutSeconds; // the user's part is stored already
            m_settings.keepaliveSeconds = settings.keepaliveSeconds;
            m_settings.reuseIdleSeconds = settings.reuseIdleSeconds;
            m_settings.reachabilityMinutes = settings.reachabilityMinutes;
            m_settings.factsHours = settings.factsHours;
            m_settings.sessionLog = settings.sessionLog;
            m_settings.sessionLogFolder = settings.sessionLogFolder;
            if (error.isEmpty()) // else the workspace keeps the file it had
                m_settings.knownHostsPath = settings.knownHostsPath.trimmed();
            if (savedElsewhere) // what sessions use from now on, and what the next save is based on
                m_settings.knownHostsPath = *savedElsewhere;
            Q_EMIT changed(m_settings);
            answer(error, savedElsewhere);
            if (isSettled())
                Q_EMIT settled();
        });
}

} // namespace wb
