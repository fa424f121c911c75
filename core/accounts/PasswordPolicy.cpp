#include "core/accounts/PasswordPolicy.h"

#include <QStringList>

namespace wb {

QString PasswordPolicy::describe() const
{
    if (!known)
        return tr("The password policy could not be read; the server checks the new password itself.");
    QStringList parts;
    if (minLength > 0)
        parts << tr("at least %n character(s)", nullptr, minLength);
    if (complexity)
        parts << tr("three of: capitals, small letters, digits, symbols");
    if (history > 0)
        parts << tr("not one of the last %n password(s)", nullptr, history);
    QString text = parts.isEmpty() ? tr("No rules for new passwords.") : tr("New passwords: %1.").arg(parts.join(QLatin1String("; ")));
    if (maxFailures > 0)
        text += u' ' + tr("Locked out after %n bad password(s).", nullptr, maxFailures);
    return text;
}

PasswordGenerator PasswordPolicy::generatorFor(PasswordGenerator base) const
{
    if (minLength > base.length)
        base.length = std::min(minLength, PasswordGenerator::maxLength);
    if (complexity) {
        base.lower = base.upper = base.digits = base.symbols = true;
    }
    return base;
}

} // namespace wb
