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
    // The locale's short time with the seconds after its minutes, joined as it
    // joins hours and minutes ("h:mm:ss AP", "HH:mm:ss", "H.mm.ss").
    QString time = locale.timeFormat(QLocale::ShortFormat);
    const qsizetype minutes = time.indexOf(QStringLiteral("mm"));
    if (minutes >= 0 && !time.contains(QStringLiteral("ss"))) {
        const QChar joint = minutes > 0 && !time.at(minutes - 1).isLetter() ? time.at(minutes - 1) : QLatin1Char(':');
        time.insert(minutes + 2, joint + QStringLiteral("ss"));
    }
    return locale.toString(at.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time);
}

} // namespace wb
