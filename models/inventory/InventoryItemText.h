#pragma once

#include "core/inventory/InventoryTypes.h"

#include <QCoreApplication>
#include <QIcon>
#include <QList>

#include <optional>

class QMimeData;

namespace wb {

// How the inventory tree shows a group, a directory or a host: its icon, its tooltip and
// the text of each column. Read-only views of one item; the tree is
// InventoryModel's.
class InventoryItemText
{
    Q_DECLARE_TR_FUNCTIONS(wb::InventoryItemText)
public:
    static QIcon groupIcon();
    static QIcon hostIcon(HostKind kind);
    static QIcon directoryIcon();
    static QString directoryToolTip(const Directory &directory);
    // The kind column: "Directory", or the kind once known ("Active Directory").
    static QString directoryKind(const Directory &directory);
    static QString groupToolTip(const Group &group, int hostsBelow);
    static QString hostToolTip(const Host &host, int openTickets);
    // "address" or "address:port" when the port is not 22.
    static QString hostAddress(const Host &host);
};

// What a drag of inventory rows carries: the groups and hosts, and the model
// they came from. Ids mean something only in that model's workspace, so a
// drop from another window or program never moves whatever shares the ids.
struct InventoryDragPayload
{
    static constexpr const char *MimeType = "application/x-werkbank-inventory-items";

    QList<GroupId> groups;
    QList<HostId> hosts;

    // `origin` names the model (see InventoryModel); a drop accepts only its own.
    QMimeData *toMimeData(const QString &origin) const;
    static std::optional<InventoryDragPayload> from(const QMimeData *data, const QString &origin);
};

} // namespace wb
