#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace wb {

// The libraries Werkbank runs on and their versions, for Help → About (and bug reports):
// what is loaded now where the library can say so, else what the build was made with.
QList<std::pair<QString, QString>> libraryVersions();

} // namespace wb
