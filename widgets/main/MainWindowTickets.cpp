// MainWindow's ticket part: the ticket dock, the Tickets menu, editors as
// tabs, and the active ticket that the workbench's own work is logged to.
#include "widgets/main/MainWindow.h"

#include "core/inventory/Inventory.h"
#include "core/tickets/ActiveTicket.h"
#include "core/tickets/AsyncTicketStore.h"
#include "core/tickets/TicketWorkLogger.h"
#include "models/inventory/InventoryModel.h"
#include "widgets/inventory/InventoryPanel.h"
#include "widgets/main/SessionArea.h"
#include "widgets/tickets/KnowledgeBaseDialog.h"
#include "widgets/tickets/TicketEditor.h"
#include "widgets/tickets/TicketPanel.h"
#include "widgets/tickets/TicketSettingsDialog.h"

#include <QAction>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace wb {

void MainWindow::setUpTickets()
{
    m_tickets->setHostNames([this](qint64 id) { return hostName(id); });
    connect(m_tickets, &TicketPanel::newTicketRequested, this, &MainWindow::newTicket);
    connect(m_tickets, &TicketPanel::openTicketRequested, this, &MainWindow::openTicket);
    connect(m_tickets, &TicketPanel::activeTicketRequested, this, &MainWindow::setActiveTicket);
    connect(m_tickets, &TicketPanel::openTicketsPerHostChanged, m_inventoryPanel, &InventoryPanel::setOpenTickets);
}

QString MainWindow::hostName(qint64 id) const
{
    const QString name = m_services.inventory->displayName(id);
    return name.isEmpty() ? tr("(deleted host)") : name;
}

void MainWindow::createTicketMenu()
{
    QMenu *tickets = menuBar()->addMenu(tr("&Tickets"));
    tickets->setObjectName(QStringLiteral("ticketsMenu"));
    tickets->addAction(m_tickets->newTicketAction());
    QAction *forHosts = tickets->addAction(QIcon(QStringLiteral(":/icons/ticket.svg")), tr("New &Ticket for Selected Hosts…"), this,
                                           &MainWindow::newTicketForSelectedHosts);
    forHosts->setObjectName(QStringLiteral("newTicketForHosts"));
    forHosts->setToolTip(tr("Register a ticket about the hosts selected in the inventory"));
    m_inventoryPanel->addContextAction(forHosts);
    QAction *kb = tickets->addAction(QIcon(QStringLiteral(":/icons/info.svg")), tr("&Knowledge Base…"), this, [this] {
        KnowledgeBaseDialog dialog(m_services.knowledgeBase, this);
        dialog.exec();
    });
    kb->setObjectName(QStringLiteral("knowledgeBase"));
    kb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    kb->setToolTip(tr("Search and read the solutions published from resolved tickets"));
    tickets->addSeparator();
    QAction *settings = tickets->addAction(tr("Ticket S&ettings…"), this, [this] {
        TicketSettingsDialog dialog(m_services.tickets, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Ticket settings saved; they apply to tickets saved from now on."), 8000);
    });
    settings->setObjectName(QStringLiteral("ticketSettings"));
    settings->setToolTip(tr("The priority matrix, resolution times and categories of this workspace"));
    QAction *stop = tickets->addAction(tr("&Stop Logging Work"), this, [this] { setActiveTicket(0); });
    stop->setObjectName(QStringLiteral("stopLoggingWork"));
    stop->setEnabled(false);
    connect(m_services.activeTicket, &ActiveTicket::changed, stop, [stop](TicketId id) { stop->setEnabled(id != 0); });
}

TicketEditor *MainWindow::createTicketEditor()
{
    return new TicketEditor(m_services.tickets, m_services.knowledgeBase);
}

void MainWindow::newTicket()
{
    auto *editor = createTicketEditor();
    editor->newTicket();
    openTicketEditor(editor);
}

void MainWindow::newTicketForSelectedHosts()
{
    QList<qint64> hosts;
    for (HostId id : m_inventoryPanel->selectedHostIds())
        hosts << id;
    auto *editor = createTicketEditor();
    editor->newTicket(hosts);
    openTicketEditor(editor);
}

void MainWindow::openTicket(TicketId id)
{
    auto *editor = createTicketEditor();
    editor->openTicket(id);
    openTicketEditor(editor);
}

void MainWindow::openTicketEditor(TicketEditor *editor)
{
    editor->setHostNames([this](qint64 id) { return hostName(id); });
    editor->setHostSelection([this] {
        QList<qint64> ids;
        for (HostId id : m_inventoryPanel->selectedHostIds())
            ids << id;
        return ids;
    });
    TicketEditor *shown = m_sessions->openTicket(editor);
    if (shown != editor)
        return; // the ticket's tab was open already
    connect(editor, &TicketEditor::saved, this, [this](const Ticket &ticket) {
        m_tickets->reload();
        if (ticket.id == activeTicket() && !ticket.isOpen())
            setActiveTicket(0); // a resolved ticket takes no more work
        else if (ticket.id == activeTicket())
            m_services.activeTicket->set(ticket.id, ticket.title);
    });
    connect(m_services.activeTicket, &ActiveTicket::workLogged, editor, [editor](TicketId ticket) {
        if (editor->ticketId() == ticket)
            editor->reloadWorkLog();
    });
    connect(editor, &TicketEditor::makeActiveRequested, this, &MainWindow::setActiveTicket);
    // The ticket is gone (deleted elsewhere) or could not be read: no tab for it.
    connect(editor, &TicketEditor::openFailed, this, [this, editor](TicketId, const QString &error) {
        const int index = m_sessions->tabs()->indexOf(editor);
        if (index >= 0)
            m_sessions->tabs()->removeTab(index);
        editor->deleteLater();
        QMessageBox::warning(this, tr("Open ticket"), error);
    });
    editor->setFocus();
}

void MainWindow::setActiveTicket(qint64 ticketId)
{
    if (ticketId == 0) {
        m_services.activeTicket->clear();
        statusBar()->showMessage(tr("Work is no longer logged to a ticket."), 8000);
        return;
    }
    // Only a ticket that is there (and its title for the pane's bar).
    m_services.tickets->open(this, ticketId, [this, ticketId](const TicketView &view, const QString &error) {
        if (!error.isEmpty()) {
            statusBar()->showMessage(error, 8000);
            return;
        }
        m_services.activeTicket->set(ticketId, view.ticket.title);
        statusBar()->showMessage(tr("Work on the hosts of #%1 is logged to it.").arg(ticketId), 8000);
    });
}

TicketId MainWindow::activeTicket() const
{
    return m_services.activeTicket->id();
}

} // namespace wb
