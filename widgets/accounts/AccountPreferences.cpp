#include "widgets/accounts/AccountPreferences.h"

#include <QSettings>

#include <algorithm>

namespace wb {

AccountPreferences AccountPreferences::load()
{
    const QSettings settings;
    AccountPreferences loaded;
    loaded.clipboardClearSeconds = std::clamp(settings.value(QStringLiteral("accounts/clipboardClearSeconds"), loaded.clipboardClearSeconds).toInt(),
                                              minClipboardSeconds, maxClipboardSeconds);
    PasswordGenerator &g = loaded.generator;
    g.length = std::clamp(settings.value(QStringLiteral("accounts/passwordLength"), g.length).toInt(), PasswordGenerator::minLength,
                          PasswordGenerator::maxLength);
    g.lower = settings.value(QStringLiteral("accounts/passwordLower"), g.lower).toBool();
    g.upper = settings.value(QStringLiteral("accounts/passwordUpper"), g.upper).toBool();
    g.digits = settings.value(QStringLiteral("accounts/passwordDigits"), g.digits).toBool();
    g.symbols = settings.value(QStringLiteral("accounts/passwordSymbols"), g.symbols).toBool();
    g.easyToReadAloud = settings.value(QStringLiteral("accounts/passwordEasyToReadAloud"), g.easyToReadAloud).toBool();
    return loaded;
}

void AccountPreferences::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("accounts/clipboardClearSeconds"), clipboardClearSeconds);
    settings.setValue(QStringLiteral("accounts/passwordLength"), generator.length);
    settings.setValue(QStringLiteral("accounts/passwordLower"), generator.lower);
    settings.setValue(QStringLiteral("accounts/passwordUpper"), generator.upper);
    settings.setValue(QStringLiteral("accounts/passwordDigits"), generator.digits);
    settings.setValue(QStringLiteral("accounts/passwordSymbols"), generator.symbols);
    settings.setValue(QStringLiteral("accounts/passwordEasyToReadAloud"), generator.easyToReadAloud);
}

} // namespace wb
