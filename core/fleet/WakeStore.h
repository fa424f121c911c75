#pragma once

#include "core/fleet/WakeOnLan.h"
#include "core/inventory/InventoryTypes.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace wb {

class Inventory;

// Each group's wake route (group_settings.wake_address and wake_relay), which
// the groups below inherit. Synchronous: for the workspace thread and werkbank-cli.
class WakeStore
{
public:
    // The route the group sets itself; none: as the group above.
    static bool setGroupRoute(QSqlDatabase db, GroupId group, const std::optional<WakeRoute> &route, QString *error);
    // The groups that set a route.
    static bool groupRoutes(QSqlDatabase db, QHash<GroupId, WakeRoute> *routes, QString *error);
    // How a host in `group` is woken: the nearest group's route, else 255.255.255.255 port 9 from here.
    static WakeRoute routeFor(const QHash<GroupId, WakeRoute> &routes, const Inventory &inventory, GroupId group);
};

} // namespace wb
