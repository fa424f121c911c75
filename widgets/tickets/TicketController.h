#pragma once

#include "core/tickets/Ticket.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace wb {

class ActiveTicket;
class AsyncKnowledgeBase;
class AsyncTicketStore;
class Inventory;
class InventoryPanel;
class SessionArea;
class TicketEditor;
class TicketPanel;

// Tickets in the window: editors as tabs (new, for the selected hosts, opened
// from the pane), the knowledge base and ticket settings, and the active
// ticket that the workbench's own work is logged to.
class TicketController : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialogs; the controller is its child.
    TicketController(AsyncTicketStore *tickets, AsyncKnowledgeBase *knowledgeBase, ActiveTicket *activeTicket,
                     const Inventory *inventory, TicketPanel *pane, InventoryPanel *panel, SessionArea *sessions,
                     QWidget *window);

    QAction *newForHostsAction() const { return m_newForHosts; }
    QAction *knowledgeBaseAction() const { return m_knowledgeBaseAction; }
    QAction *settingsAction() const { return m_settings; }
    QAction *stopLoggingAction() const { return m_stopLogging; }

    TicketId activeTicket() const;

public Q_SLOTS:
    void newTicket();
    // A new ticket linked to the hosts selected in the inventory.
    void newTicketForSelectedHosts();
    void openTicket(wb::TicketId id);
    // Makes `ticketId` the ticket the workbench's work is logged to (account
    // actions, runs and sessions on its hosts; also the audit log's ticket),
    // once it is known to exist; 0 = none.
    void setActiveTicket(qint64 ticketId);
    // The workspace answers again (a team workspace's server was away): an
    // open editor whose save failed meanwhile saves what it holds.
    void workspaceReachableAgain();
    // Another workbench logged work on these tickets (none named: any): open editors show it.
    void workLogChangedElsewhere(const QList<qint64> &ticketIds);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    // An inventory host's name for ticket views; "(deleted host)" once it is gone.
    QString hostName(qint64 id) const;
    QList<qint64> selectedHosts() const;
    void show(TicketEditor *editor);

    AsyncTicketStore *m_tickets;
    AsyncKnowledgeBase *m_knowledgeBase;
    QList<QPointer<TicketEditor>> m_editors; // the open ones (a closed tab's is gone)
    ActiveTicket *m_activeTicket;
    const Inventory *m_inventory;
    TicketPanel *m_pane;
    InventoryPanel *m_panel;
    SessionArea *m_sessions;
    QWidget *m_window;
    QAction *m_newForHosts;
    QAction *m_knowledgeBaseAction;
    QAction *m_settings;
    QAction *m_stopLogging;
};

} // namespace wb
