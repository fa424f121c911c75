#include "app/WorkspaceStartup.h"

#include "app/AppServices.h"
#include "core/secrets/CredentialStore.h"
#include "core/storage/WorkspaceLocation.h"
#include "widgets/main/WorkspaceDialogs.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace wb {

WorkspaceStartup::WorkspaceStartup(AppServices &services, std::function<void(const WorkspaceIdentity &)> opened)
    : m_services(services), m_opened(std::move(opened))
{
}

void WorkspaceStartup::attempt()
{
    m_services.whenOpen(&m_context, [this](const QString &error) {
        if (error.isEmpty())
            succeeded();
        else if (m_services.needsPassword())
            passwordWanted();
        else
            failed(error);
    });
}

// The keychain entry of a team workspace's login: its address, which holds no password.
QString WorkspaceStartup::keychainKey() const
{
    return QStringLiteral("postgresql:") + WorkspaceLocation::parse(m_services.path()).displayText();
}

void WorkspaceStartup::passwordWanted()
{
    if (!m_triedKeychain) {
        m_triedKeychain = true;
        m_services.credentials().read(keychainKey(), [this](std::optional<QString> secret, const QString &) {
            if (secret && !secret->isEmpty())
                usePassword(*secret);
            else
                askPassword();
        });
        return;
    }
    askPassword();
}

void WorkspaceStartup::askPassword()
{
    const WorkspaceLocation location = WorkspaceLocation::parse(m_services.path());
    const QString login = location.user().isEmpty() ? qEnvironmentVariable("USER") : location.user();
    WorkspacePasswordDialog dialog(location.displayText(), login, m_passwordTried);
    if (dialog.exec() != QDialog::Accepted) {
        failed(QCoreApplication::translate("wb::GuiApp", "No password was given for %1.").arg(location.displayText()));
        return;
    }
    m_toRemember = dialog.remember() ? std::optional<QString>(dialog.password()) : std::nullopt;
    usePassword(dialog.password());
}

void WorkspaceStartup::usePassword(const QString &password)
{
    m_passwordTried = true;
    m_services.setPassword(password);
    attempt();
}

void WorkspaceStartup::failed(const QString &error)
{
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("wb::GuiApp", "Werkbank"),
                    QCoreApplication::translate("wb::GuiApp", "The workspace could not be opened."));
    box.setObjectName(QStringLiteral("workspaceOpenFailed"));
    box.setInformativeText(error);
    QPushButton *retry = box.addButton(QCoreApplication::translate("wb::GuiApp", "&Retry"), QMessageBox::AcceptRole);
    QPushButton *other = box.addButton(QCoreApplication::translate("wb::GuiApp", "&Open Another Workspace…"), QMessageBox::ActionRole);
    box.addButton(QCoreApplication::translate("wb::GuiApp", "&Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(retry);
    box.exec();
    if (box.clickedButton() == retry) {
        attempt();
    } else if (box.clickedButton() == other) {
        OpenTeamWorkspaceDialog dialog;
        if (dialog.exec() != QDialog::Accepted) {
            failed(error);
            return;
        }
        m_services.open(dialog.address());
        m_triedKeychain = m_passwordTried = false;
        m_toRemember.reset();
        attempt();
    } else {
        QCoreApplication::exit(1);
    }
}

void WorkspaceStartup::succeeded()
{
    if (m_toRemember)
        m_services.credentials().write(keychainKey(), *m_toRemember);
    m_toRemember.reset();
    RecentWorkspaces::remember(m_services.path());
    // The role decides what the window offers: known before it is shown.
    m_services.whoAmI(&m_context, [this](const WorkspaceIdentity &identity, const QString &) { m_opened(identity); });
}

} // namespace wb
