#include "widgets/tickets/TicketController.h"

#include "core/inventory/Inventory.h"
#include "core/tickets/ActiveTicket.h"
#include "core/tickets/AsyncTicketStore.h"
#include "widgets/inventory/InventoryPanel.h"
#include "widgets/main/SessionArea.h"
#include "widgets/tickets/KnowledgeBaseDialog.h"
#include "widgets/tickets/TicketEditor.h"
#include "widgets/tickets/TicketPanel.h"
#include "widgets/tickets/TicketSettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QTabWidget>

namespace wb {

TicketController::TicketController(AsyncTicketStore *tickets, AsyncKnowledgeBase *knowledgeBase, ActiveTicket *activeTicket,
                                   const Inventory *inventory, TicketPanel *pane, InventoryPanel *panel,
                                   SessionArea *sessions, QWidget *window)
    : QObject(window)
    , m_tickets(tickets)
    , m_knowledgeBase(knowledgeBase)
    , m_activeTicket(activeTicket)
    , m_inventory(inventory)
    , m_pane(pane)
    , m_panel(panel)
    , m_sessions(sessions)
    , m_window(window)
{
    setObjectName(QStringLiteral("ticketController"));
    m_pane->setHostNames([this](qint64 id) { return hostName(id); });
    connect(m_pane, &TicketPanel::newTicketRequested, this, &TicketController::newTicket);
    connect(m_pane, &TicketPanel::openTicketRequested, this, &TicketController::openTicket);
    connect(m_pane, &TicketPanel::activeTicketRequested, this, &TicketController::setActiveTicket);
    connect(m_pane, &TicketPanel::openTicketsPerHostChanged, m_panel, &InventoryPanel::setOpenTickets);

    m_newForHosts = new QAction(QIcon(QStringLiteral(":/icons/ticket.svg")), tr("New &Ticket for Selected Hosts…"), this);
    m_newForHosts->setObjectName(QStringLiteral("newTicketForHosts"));
    m_newForHosts->setToolTip(tr("Register a ticket about the hosts selected in the inventory"));
    connect(m_newForHosts, &QAction::triggered, this, &TicketController::newTicketForSelectedHosts);

    m_knowledgeBaseAction = new QAction(QIcon(QStringLiteral(":/icons/info.svg")), tr("&Knowledge Base…"), this);
    m_knowledgeBaseAction->setObjectName(QStringLiteral("knowledgeBase"));
    m_knowledgeBaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_knowledgeBaseAction->setToolTip(tr("Search and read the solutions published from resolved tickets"));
    connect(m_knowledgeBaseAction, &QAction::triggered, this, [this] {
        KnowledgeBaseDialog dialog(m_knowledgeBase, m_window);
        dialog.exec();
    });

    m_settings = new QAction(tr("Ticket S&ettings…"), this);
    m_settings->setObjectName(QStringLiteral("ticketSettings"));
    m_settings->setToolTip(tr("The priority matrix, resolution times and categories of this workspace"));
    connect(m_settings, &QAction::triggered, this, [this] {
        // Over Preferences when opened from there.
        QWidget *over = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : m_window;
        TicketSettingsDialog dialog(m_tickets, over);
        if (dialog.exec() == QDialog::Accepted)
            Q_EMIT statusMessage(tr("Ticket settings saved; they apply to tickets saved from now on."), 8000);
    });

    m_stopLogging = new QAction(tr("&Stop Logging Work"), this);
    m_stopLogging->setObjectName(QStringLiteral("stopLoggingWork"));
    m_stopLogging->setEnabled(false);
    connect(m_stopLogging, &QAction::triggered, this, [this] { setActiveTicket(0); });
    connect(m_activeTicket, &ActiveTicket::changed, m_stopLogging, [this](TicketId id) { m_stopLogging->setEnabled(id != 0); });
}

QString TicketController::hostName(qint64 id) const
{
    const QString name = m_inventory->displayName(id);
    return name.isEmpty() ? tr("(deleted host)") : name;
}

QList<qint64> TicketController::selectedHosts() const
{
    QList<qint64> ids;
    for (HostId id : m_panel->selectedHostIds())
        ids << id;
    return ids;
}

void TicketController::newTicket()
{
    auto *editor = new TicketEditor(m_tickets, m_knowledgeBase);
    editor->newTicket();
    show(editor);
}

void TicketController::newTicketForSelectedHosts()
{
    auto *editor = new TicketEditor(m_tickets, m_knowledgeBase);
    editor->newTicket(selectedHosts());
    show(editor);
}

void TicketController::openTicket(TicketId id)
{
    auto *editor = new TicketEditor(m_tickets, m_knowledgeBase);
    editor->openTicket(id);
    show(editor);
}

void TicketController::workspaceReachableAgain()
{
    for (const QPointer<TicketEditor> &editor : std::as_const(m_editors)) {
        if (editor)
            editor->saveAgainIfFailed();
    }
}

void TicketController::workLogChangedElsewhere(const QList<qint64> &ticketIds)
{
    for (const QPointer<TicketEditor> &editor : std::as_const(m_editors)) {
        if (editor && editor->ticketId() != 0 && (ticketIds.isEmpty() || ticketIds.contains(editor->ticketId())))
            editor->reloadWorkLog();
    }
}

void TicketController::show(TicketEditor *editor)
{
    editor->setHostNames([this](qint64 id) { return hostName(id); });
    editor->setHostSelection([this] { return selectedHosts(); });
    editor->setDirectories(
        [this](qint64 id) {
            const Directory *directory = m_inventory->directory(id);
            return directory ? directory->name : tr("(deleted directory)");
        },
        [this] {
            QList<qint64> ids;
            for (DirectoryId id : m_panel->selectedDirectories())
                ids << id;
            return ids;
        });
    TicketEditor *shown = m_sessions->openTicket(editor);
    if (shown != editor)
        return; // the ticket's tab was open already
    m_editors.removeAll(nullptr);
    m_editors << editor;
    connect(editor, &TicketEditor::saved, this, [this](const Ticket &ticket) {
        m_pane->reload();
        if (ticket.id == activeTicket() && !ticket.isOpen())
            setActiveTicket(0); // a resolved ticket takes no more work
        else if (ticket.id == activeTicket())
            m_activeTicket->set(ticket.id, ticket.title);
    });
    connect(m_activeTicket, &ActiveTicket::workLogged, editor, [editor](TicketId ticket) {
        if (editor->ticketId() == ticket)
            editor->reloadWorkLog();
    });
    connect(editor, &TicketEditor::makeActiveRequested, this, &TicketController::setActiveTicket);
    // The ticket is gone (deleted elsewhere) or could not be read: no tab for it.
    connect(editor, &TicketEditor::openFailed, this, [this, editor](TicketId, const QString &error) {
        const int index = m_sessions->tabs()->indexOf(editor);
        if (index >= 0)
            m_sessions->tabs()->removeTab(index);
        editor->deleteLater();
        QMessageBox::warning(m_window, tr("Open ticket"), error);
    });
    editor->setFocus();
}

void TicketController::setActiveTicket(qint64 ticketId)
{
    if (ticketId == 0) {
        m_activeTicket->clear();
        Q_EMIT statusMessage(tr("Work is no longer logged to a ticket."), 8000);
        return;
    }
    // Only a ticket that is there (and its title for the pane's bar).
    m_tickets->open(this, ticketId, [this, ticketId](const TicketView &view, const QString &error) {
        if (!error.isEmpty()) {
            Q_EMIT statusMessage(error, 8000);
            return;
        }
        m_activeTicket->set(ticketId, view.ticket.title);
        Q_EMIT statusMessage(tr("Work on the hosts of #%1 is logged to it.").arg(ticketId), 8000);
    });
}

TicketId TicketController::activeTicket() const
{
    return m_activeTicket->id();
}

} // namespace wb
