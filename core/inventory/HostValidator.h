#pragma once

#include "core/inventory/InventoryTypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace wb {

// Checks the fields of one host or group on their own; rules that need the
// rest of the inventory (duplicate names, jump host loops) live in Inventory.
// Messages are complete sentences a user can act on.
class HostValidator
{
    Q_DECLARE_TR_FUNCTIONS(wb::HostValidator)
public:
    static QStringList validate(const Host &host);
    static QString validateGroupName(const QString &name);

    static bool isValidAddress(const QString &address);
    static bool isValidHostName(const QString &name);
    static bool isValidSshUser(const QString &user);
    // Splits "a, b,c" into tags; empty entries are dropped.
    static QStringList parseTags(const QString &text);
    // "AA-BB-CC-DD-EE-FF", "aabb.ccdd.eeff" or "aabbccddeeff" as "aa:bb:cc:dd:ee:ff";
    // text that is no MAC address comes back as it was (and validate() says so).
    static QString normalizedMac(const QString &text);
    // Port forwards as typed or imported (";" or line breaks between them), each in
    // PortForward::text()'s form; one that is not a forward is kept as it was, for validate() to name.
    static QStringList parsePortForwards(const QString &text);
    // "RDP:3390" → "rdp:3390"; what is not a remote desktop is kept as it was, for validate() to name.
    static QString normalizedRemoteDesktop(const QString &text);
};

} // namespace wb
