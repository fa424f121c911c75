#pragma once

#include <QString>

class QCoreApplication;
class QTranslator;

namespace wb {

// Installs Werkbank's and Qt's own translations for `language` ("nl", "en";
// empty: the system locale). Returns the language code used.
QString installTranslations(QCoreApplication &app, const QString &language);
// Loads Werkbank's own translation for `language` into `translator` without
// installing it (to read a name in another language); false when there is none.
bool loadTranslation(QTranslator &translator, const QString &language);

} // namespace wb
