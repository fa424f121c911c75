#pragma once

#include "core/ssh/TeamKnownHosts.h"
#include "core/targets/SshSettings.h"

#include <QObject>

#include <functional>
#include <optional>

namespace wb {

class WorkspaceThread;

// The window's connection settings: the user's part (QSettings) and the
// workspace's known_hosts path, read once from the workspace thread and kept
// here, so opening a session or a run never reads the database on the GUI
// thread. changed() follows a save.
class ConnectionSettings : public QObject
{
    Q_OBJECT
public:
    // `thread` must outlive this. Starts reading the workspace's part.
    explicit ConnectionSettings(WorkspaceThread *thread, QObject *parent = nullptr);

    // Read, and no save is on its way: current() is what the next session gets.
    bool isSettled() const { return m_loaded && m_saving == 0; }
    SshSettings current() const { return m_settings; }
    // Runs `then` (on `context`'s thread, unless it is gone) once the
    // settings are settled: at once when they are.
    void whenSettled(const QObject *context, std::function<void()> then);

    // Stores both parts; `answer` gets the error, empty when stored. The
    // workspace's part is stored only while it is still what this window read
    // (or last stored): changed by another workbench meanwhile, it is left as
    // it is, the error says so and `savedElsewhere` holds the file stored now
    // (save again to put yours over it, knowing).
    using SaveAnswer = std::function<void(const QString &error, const std::optional<QString> &savedElsewhere)>;
    void save(const QObject *asker, const SshSettings &settings, SaveAnswer answer);
    void save(const QObject *asker, const SshSettings &settings, std::function<void(const QString &error)> answer)
    {
        save(asker, settings, SaveAnswer([answer = std::move(answer)](const QString &error, const std::optional<QString> &) { answer(error); }));
    }

    // Trusts `key` for host:port (as known_hosts names them) for everyone in
    // the team; the database decides whether this login may. `answer` gets the
    // error, empty once stored (and trusted by the next connection here).
    void trustForTeam(const QObject *asker, const QString &host, quint16 port, const HostKey &key,
                      std::function<void(const QString &error)> answer);

Q_SIGNALS:
    void settled();
    void changed(const wb::SshSettings &settings);

private:
    void reloadTeamKnownHosts();

    WorkspaceThread *m_thread;
    std::shared_ptr<TeamKnownHosts> m_team; // a team workspace's, kept current; none on a personal one
    SshSettings m_settings;
    bool m_loaded = false;
    int m_saving = 0;
};

} // namespace wb
