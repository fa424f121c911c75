#include "core/tickets/SlaPolicy.h"

#include "core/tickets/Ticket.h"

#include <QStringList>

#include <algorithm>

namespace wb {

SlaPolicy::SlaPolicy() = default;

int SlaPolicy::hoursFor(int priority) const
{
    return m_hours[size_t(std::clamp(priority, minLevel, maxLevel) - 1)];
}

bool SlaPolicy::setHours(int priority, int hours, QString *error)
{
    // A year of hours is already more than any helpdesk promises.
    if (priority < minLevel || priority > maxLevel || hours < 1 || hours > 24 * 366) {
        if (error)
            *error = tr("A resolution time is from 1 hour to a year, for priority 1 to 5.");
        return false;
    }
    m_hours[size_t(priority - 1)] = hours;
    return true;
}

QString SlaPolicy::problem() const
{
    if (!businessHoursOnly)
        return {};
    if (!dayStart.isValid() || !dayEnd.isValid() || dayStart >= dayEnd)
        return tr("The working day must start before it ends.");
    if (std::none_of(workingDays.begin(), workingDays.end(), [](bool working) { return working; }))
        return tr("Choose at least one working day.");
    return {};
}

QDateTime SlaPolicy::dueFrom(const QDateTime &opened, int priority) const
{
    if (!opened.isValid())
        return {};
    const qint64 minutes = qint64(hoursFor(priority)) * 60;
    if (!businessHoursOnly)
        return opened.addSecs(minutes * 60);
    if (!problem().isEmpty())
        return {};
    return addBusinessMinutes(opened, minutes);
}

QDateTime SlaPolicy::addBusinessMinutes(const QDateTime &from, qint64 minutes) const
{
    // Walks day by day in local time: each working day gives its hours
    // between dayStart and dayEnd, until the time needed is used up.
    QDateTime at = from.toLocalTime();
    qint64 secondsLeft = minutes * 60;
    // Enough days for the longest promise on the shortest working week (one
    // working minute a week would need this many weeks), plus slack.
    const qint64 perDay = std::max<qint64>(1, dayStart.secsTo(dayEnd));
    const qint64 days = (secondsLeft / perDay + 2) * 7 + 14;
    for (qint64 day = 0; day < days; ++day) {
        const QDate date = at.date();
        const QDateTime start(date, dayStart, Qt::LocalTime);
        const QDateTime end(date, dayEnd, Qt::LocalTime);
        if (!workingDays[size_t(date.dayOfWeek() - 1)] || at >= end) {
            at = QDateTime(date.addDays(1), dayStart, Qt::LocalTime);
            continue;
        }
        if (at < start)
            at = start;
        const qint64 available = at.secsTo(end);
        if (secondsLeft <= available)
            return at.addSecs(secondsLeft).toUTC();
        secondsLeft -= available;
        at = QDateTime(date.addDays(1), dayStart, Qt::LocalTime);
    }
    return {};
}

QString SlaPolicy::toString() const
{
    QStringList hours;
    for (int h : m_hours)
        hours << QString::number(h);
    QString text = hours.join(QLatin1Char(','));
    if (businessHoursOnly) {
        QString days;
        for (int d = 0; d < 7; ++d) {
            if (workingDays[size_t(d)])
                days += QString::number(d + 1);
        }
        text += QStringLiteral(";business;%1-%2;%3")
                    .arg(dayStart.toString(QStringLiteral("HH:mm")), dayEnd.toString(QStringLiteral("HH:mm")), days);
    }
    return text;
}

bool SlaPolicy::fromString(const QString &text, SlaPolicy *policy, QString *error)
{
    auto refuse = [error] {
        if (error)
            *error = tr("An SLA setting is five resolution times in hours, optionally followed by business hours.");
        return false;
    };
    const QStringList parts = text.split(QLatin1Char(';'));
    SlaPolicy parsed;
    const QStringList hours = parts.value(0).split(QLatin1Char(','));
    if (hours.size() != maxLevel)
        return refuse();
    for (int p = 0; p < maxLevel; ++p) {
        bool ok = false;
        if (!parsed.setHours(p + 1, hours.at(p).trimmed().toInt(&ok)) || !ok)
            return refuse();
    }
    if (parts.size() == 4 && parts.at(1) == QLatin1String("business")) {
        const QStringList times = parts.at(2).split(QLatin1Char('-'));
        parsed.businessHoursOnly = true;
        parsed.dayStart = QTime::fromString(times.value(0), QStringLiteral("HH:mm"));
        parsed.dayEnd = QTime::fromString(times.value(1), QStringLiteral("HH:mm"));
        parsed.workingDays.fill(false);
        for (QChar c : parts.at(3)) {
            const int day = c.digitValue();
            if (day < 1 || day > 7)
                return refuse();
            parsed.workingDays[size_t(day - 1)] = true;
        }
        if (!parsed.problem().isEmpty())
            return refuse();
    } else if (parts.size() != 1) {
        return refuse();
    }
    *policy = parsed;
    return true;
}

} // namespace wb
