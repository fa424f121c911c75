#pragma once

#include "core/storage/TeamRoles.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace wb {

class AppServices;

// Opens the workspace before the window exists. A team workspace's password
// comes from ~/.pgpass (libpq reads it), the keychain ("Remember") or a
// question; a workspace that cannot be opened gets one sentence and the
// choice to retry, open another or quit. `opened` gets who works in it, so
// the window is made knowing the role.
class WorkspaceStartup
{
public:
    WorkspaceStartup(AppServices &services, std::function<void(const WorkspaceIdentity &)> opened);
    void attempt();

private:
    QString keychainKey() const;
    void passwordWanted();
    void askPassword();
    void usePassword(const QString &password);
    void failed(const QString &error);
    void succeeded();

    AppServices &m_services;
    std::function<void(const WorkspaceIdentity &)> m_opened;
    QObject m_context;
    bool m_triedKeychain = false;
    bool m_passwordTried = false;
    std::optional<QString> m_toRemember;
};

} // namespace wb
