#include "models/common/ShownTime.h"

#include <QLocale>

namespace wb {

QString ShownTime::date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString ShownTime::dateTime(const QDateTime &at, bool seconds)
{
    if (!at.isValid())
        return {};
    const QLocale locale;
    if (!seconds)
        return locale.toString(at.toLocalTime(), QLocale::ShortFormat);
    // The locale's short time with the seconds after its minutes ("h:mm:ss AP", "HH:mm:ss").
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(QLatin1Char('s')))
        time.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    return locale.toString(at.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time);
}

} // namespace wb
