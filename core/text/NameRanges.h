#pragma once

#include <QStringList>

namespace wb {

// Folds host names the way ClusterShell's nodesets print them, so a header
// over 200 hosts stays one short line: web01,web02,web03,web07,db1 →
// "db1,web[01-03,07]". Names without a trailing number are kept as they are.
QString foldNames(const QStringList &names);

} // namespace wb
