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
};

} // namespace wb
