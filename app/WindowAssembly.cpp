#include "app/WindowAssembly.h"

#include "widgets/accounts/AccountController.h"
#include "widgets/desktop/DesktopController.h"
#include "widgets/fleet/FleetController.h"
#include "widgets/fleet/LogController.h"
#include "widgets/fleet/WakeController.h"
#include "widgets/inventory/InventoryController.h"
#include "widgets/main/MainWindow.h"
#include "widgets/preferences/PreferencesController.h"
#include "widgets/run/RunController.h"
#include "widgets/session/SessionController.h"
#include "widgets/tickets/TicketController.h"

namespace wb {

std::unique_ptr<MainWindow> assembleMainWindow(const Services &s)
{
    auto window = std::make_unique<MainWindow>(s);
    MainWindow *w = window.get();
    InventoryPanel *inventory = w->inventoryPanel();
    SessionArea *tabs = w->sessionArea();
    MainWindow::Features features;
    features.inventoryFiles = new InventoryController(s.inventoryEditor, w->inventoryHistory(), inventory, w);
    features.sessions = new SessionController(s.inventory, s.connectionSettings, s.connectionPool, s.credentials,
                                              inventory, tabs, w);
    features.runs = new RunController(s.snippets, s.connectionSettings, s.inventory, inventory, tabs, w);
    features.accounts = new AccountController(s.inventory, s.connectionSettings, s.accountBackends, s.accountTrail,
                                              s.audit, inventory, tabs, w);
    features.accounts->setCredentials(s.credentials);
    features.accounts->setTickets(s.tickets);
    features.tickets = new TicketController(s.tickets, s.knowledgeBase, s.activeTicket, s.inventory, w->ticketPanel(),
                                            inventory, tabs, w);
    features.fleet = new FleetController(s.inventory, s.fleet, s.facts, s.connectionSettings, inventory, tabs, w);
    features.logs = new LogController(s.inventory, s.connectionSettings, s.connectionPool, inventory, tabs, w);
    features.wake = new WakeController({s.inventory, s.inventoryEditor, s.connectionSettings, s.connectionPool, s.fleet, s.tickets,
                                        s.activeTicket},
                                       inventory, w);
    features.desktops = new DesktopController({s.inventory, s.connectionSettings, s.credentials, s.sshWork}, inventory, w);
    features.preferences = new PreferencesController(s.connectionSettings, features.sessions, tabs,
                                                     features.tickets->settingsAction(), w);
    w->setFeatures(features);
    return window;
}

} // namespace wb
