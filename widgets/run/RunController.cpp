#include "widgets/run/RunController.h"

#include "core/inventory/Inventory.h"
#include "core/targets/ConnectionSettings.h"
#include "core/targets/TargetResolver.h"
#include "widgets/inventory/InventoryPanel.h"
#include "widgets/main/SessionArea.h"
#include "widgets/run/RunCommandDialog.h"
#include "widgets/run/RunPreferences.h"
#include "widgets/run/SnippetLibraryDialog.h"
#include "widgets/run/SnippetMenu.h"

#include <QAction>
#include <QIcon>
#include <QMessageBox>

namespace wb {

RunController::RunController(AsyncSnippetStore *snippets, ConnectionSettings *connection, const Inventory *inventory,
                             InventoryPanel *panel, SessionArea *sessions, QWidget *window)
    : QObject(window)
    , m_snippets(snippets)
    , m_connection(connection)
    , m_inventory(inventory)
    , m_panel(panel)
    , m_sessions(sessions)
    , m_window(window)
{
    setObjectName(QStringLiteral("runController"));
    m_run = new QAction(QIcon(QStringLiteral(":/icons/run.svg")), tr("R&un Command…"), this);
    m_run->setObjectName(QStringLiteral("runCommand"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_run->setToolTip(tr("Run a command or script on the selected hosts and groups"));
    connect(m_run, &QAction::triggered, this, &RunController::runCommand);

    m_snippetMenu = new SnippetMenu(m_snippets, tr("Run S&nippet"), window);
    m_snippetMenu->setObjectName(QStringLiteral("runSnippetMenu"));
    m_snippetMenu->menuAction()->setObjectName(QStringLiteral("runSnippet"));
    auto *manage = new QAction(tr("&Manage Snippets…"), this);
    manage->setObjectName(QStringLiteral("manageSnippets"));
    manage->setToolTip(tr("Add, edit and delete saved commands and scripts"));
    connect(manage, &QAction::triggered, this, &RunController::manageSnippets);
    m_snippetMenu->addTrailingAction(manage);
    connect(m_snippetMenu, &SnippetMenu::snippetChosen, this, &RunController::runSnippet);
}

QList<HostId> RunController::selection()
{
    const QList<HostId> ids = m_panel->selectedHostIdsWithGroups();
    if (ids.isEmpty())
        Q_EMIT statusMessage(tr("Select the hosts or groups to run a command on."), 8000);
    return ids;
}

void RunController::runCommand()
{
    const QList<HostId> ids = selection();
    if (ids.isEmpty())
        return;
    RunCommandDialog dialog(m_snippets, int(ids.size()), m_window);
    if (dialog.exec() == QDialog::Accepted)
        start(dialog.spec());
}

void RunController::runSnippet(const Snippet &snippet)
{
    start(RunPreferences::load().specFor(snippet.body));
}

void RunController::manageSnippets()
{
    // Without a selection the library still opens, only without "Run on…".
    const QList<HostId> ids = m_panel->selectedHostIdsWithGroups();
    SnippetLibraryDialog dialog(m_snippets, int(ids.size()), m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.snippetToRun())
        runSnippet(*dialog.snippetToRun());
}

void RunController::start(const RunSpec &spec)
{
    const QList<HostId> ids = selection();
    if (ids.isEmpty())
        return;
    // Resolved once the connection settings are read: the same resolver as werkbank-cli run.
    m_connection->whenSettled(this, [this, ids, spec] {
        TargetResolver resolver(*m_inventory, m_connection->current());
        if (QString error; !resolver.addInventoryHosts(ids, &error)) {
            QMessageBox::warning(m_window, tr("Run Command"), error);
            return;
        }
        m_sessions->openRun(resolver.targets(), spec);
    });
}

} // namespace wb
