#include "core/fleet/WakeStore.h"

#include "core/fleet/GroupInherited.h"
#include "core/storage/GuiThreadCheck.h"
#include "core/storage/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace wb {

namespace {
// As the other stores say it: a team workspace's role refusal and a lost connection in words.
bool failed(const QSqlQuery &q, QString *error)
{
    return sql::fail(error, sql::errorText(q.lastError()));
}
} // namespace

bool WakeStore::setGroupRoute(QSqlDatabase db, GroupId group, const std::optional<WakeRoute> &route, QString *error)
{
    checkNotOnGuiThread("WakeStore", std::source_location::current());
    QSqlQuery q(db);
    // A set route always stores its address, so "255.255.255.255 from here" under a group that uses a relay stays set.
    q.prepare(QStringLiteral("INSERT INTO group_settings (group_id, wake_address, wake_relay) VALUES (:group_id, :address, :relay)"
                             " ON CONFLICT (group_id) DO UPDATE SET wake_address = excluded.wake_address, wake_relay = excluded.wake_relay"));
    q.bindValue(QStringLiteral(":group_id"), group);
    q.bindValue(QStringLiteral(":address"), route ? route->target() : QStringLiteral("")); // not a null QString: the column is NOT NULL
    q.bindValue(QStringLiteral(":relay"), route && route->relay != 0 ? QVariant(route->relay) : QVariant(QMetaType::fromType<qint64>()));
    return q.exec() || failed(q, error);
}

bool WakeStore::groupRoutes(QSqlDatabase db, QHash<GroupId, WakeRoute> *routes, QString *error)
{
    checkNotOnGuiThread("WakeStore", std::source_location::current());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT group_id, wake_address, wake_relay FROM group_settings"
                               " WHERE wake_address <> '' OR wake_relay IS NOT NULL")))
        return failed(q, error);
    routes->clear();
    while (q.next()) {
        WakeRoute route;
        // What another version (or a hand) stored wrongly is read as the default address, not dropped:
        // the relay, if any, still applies.
        WakeRoute::parseAddress(q.value(1).toString(), &route);
        route.relay = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        routes->insert(q.value(0).toLongLong(), route);
    }
    return true;
}

WakeRoute WakeStore::routeFor(const QHash<GroupId, WakeRoute> &routes, const Inventory &inventory, GroupId group)
{
    return inheritedFromGroups(routes, inventory, group).value_or(WakeRoute());
}

} // namespace wb
