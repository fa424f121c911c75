#include "core/targets/ConnectionSettings.h"

#include "core/jobs/WhileAlive.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/storage/WorkspaceThread.h"

namespace wb {

ConnectionSettings::ConnectionSettings(WorkspaceThread *thread, QObject *parent)
    : QObject(parent), m_thread(thread), m_settings(SshSettings::loadUser())
{
    m_thread->read<QString>(
        this, [](QSqlDatabase db, QString *) { return WorkspaceSettings(db).value(WorkspaceSettings::knownHostsKey()); },
        [this](const QString &knownHosts, const QString &) {
            m_settings.knownHostsPath = knownHosts; // unreadable: the user's own known_hosts, as with none set
            m_loaded = true;
            if (isSettled())
                Q_EMIT settled();
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

void ConnectionSettings::save(const QObject *asker, const SshSettings &settings, std::function<void(const QString &error)> answer)
{
    settings.saveUser();
    ++m_saving; // sessions opened meanwhile wait for what was chosen
    m_thread->write<bool>(
        this,
        [knownHosts = settings.knownHostsPath.trimmed()](QSqlDatabase db, QString *error) {
            return WorkspaceSettings(db).setValue(WorkspaceSettings::knownHostsKey(), knownHosts, error);
        },
        [this, settings, answer = whileAlive(asker, std::move(answer))](bool, const QString &error) {
            --m_saving;
            m_settings.connectTimeoutSeconds = settings.connectTimeoutSeconds; // the user's part is stored already
            m_settings.keepaliveSeconds = settings.keepaliveSeconds;
            m_settings.reuseIdleSeconds = settings.reuseIdleSeconds;
            if (error.isEmpty()) // else the workspace keeps the file it had
                m_settings.knownHostsPath = settings.knownHostsPath.trimmed();
            Q_EMIT changed(m_settings);
            answer(error);
            if (isSettled())
                Q_EMIT settled();
        });
}

} // namespace wb
