#pragma once

#include "core/inventory/InventoryTypes.h"

namespace wb {

// The keychain entry holding a directory's bind password: one per address and
// bind DN, so a renamed directory keeps it and two directories that log in
// the same way share it.
inline QString bindPasswordKey(const Directory &directory)
{
    return QStringLiteral("directory:%1 %2").arg(directory.url, directory.bindDn);
}

} // namespace wb
