#pragma once

#include <QString>

class QCoreApplication;

namespace wb {

// Installs Werkbank's and Qt's own translations for `language` ("nl", "en";
// empty: the system locale). Returns the language code used.
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace wb
