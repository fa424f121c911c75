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

// The window's language as Preferences keep it (QSettings "ui/language": "nl", "en"; empty:
// the system's). --lang wins over it; werkbank-cli never reads it, so scripts do not change
// with a choice made in the window.
QString savedLanguage();
void saveLanguage(const QString &language);

} // namespace wb
