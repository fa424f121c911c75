#pragma once

#include <QStringList>

namespace wb {

// werkbank-cli account ACTION --directory NAME …: the account command on a
// directory in the inventory, with the same backend and audit as the window.
int runDirectoryAccounts(const QStringList &arguments);

} // namespace wb
