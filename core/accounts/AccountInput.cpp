#include "core/accounts/AccountInput.h"

#include <QDate>

namespace wb {

bool AccountInput::isValidUsername(const QString &name)
{
    if (name.isEmpty() || name.size() > 32)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool lower = c >= u'a' && c <= u'z';
        const bool digit = c >= u'0' && c <= u'9';
        if (i == 0 ? !(lower || c == u'_') : !(lower || digit || c == u'_' || c == u'-'))
            return false;
    }
    return true;
}

QString AccountInput::passwordProblem(const QString &password)
{
    if (password.isEmpty())
        return tr("The password is empty.");
    for (const QChar c : password) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            return tr("The password contains a line break.");
        if (c.isNull())
            return tr("The password contains a NUL character.");
    }
    if (password.toUtf8().size() > maxPasswordBytes)
        return tr("The password is longer than %1 bytes.").arg(maxPasswordBytes);
    return {};
}

bool AccountInput::isValidDate(const QString &date)
{
    if (date.size() != 10 || date.at(4) != QLatin1Char('-') || date.at(7) != QLatin1Char('-'))
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!date.at(i).isDigit() || date.at(i).unicode() > u'9')
            return false;
    }
    return QDate::fromString(date, QStringLiteral("yyyy-MM-dd")).isValid();
}

} // namespace wb
