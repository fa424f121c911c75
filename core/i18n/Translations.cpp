#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace wb {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QString name = QLocale::languageToCode(locale.language());
    QLocale::setDefault(locale);
    // English needs its .qm too: it holds the plural forms of "%n host(s)".
    // Languages without a translation fall back to it.
    auto *own = new QTranslator(&app);
    if (!loadTranslation(*own, name)) {
        name = QStringLiteral("en");
        if (!loadTranslation(*own, name)) {
            delete own;  // not linked in (a test without werkbank_i18n): plain source strings
            return name;
        }
    }
    QCoreApplication::installTranslator(own);
    if (name == QLatin1String("en"))
        return name;
    // Qt's own strings (Cancel, Yes, file dialogs) when the system has them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return name;
}

QString savedLanguage()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void saveLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

bool loadTranslation(QTranslator &translator, const QString &language)
{
    return translator.load(QStringLiteral(":/i18n/werkbank_%1.qm").arg(language));
}

} // namespace wb
