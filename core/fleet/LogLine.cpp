#include "core/fleet/LogLine.h"

#include "core/text/VisibleText.h"

namespace wb {

namespace {
const char *const kNames[] = {"emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"};
} // namespace

QJsonObject LogLine::toJson() const
{
    return {{QStringLiteral("host"), host},
            {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("priority"), priority >= 0 ? QJsonValue(priority) : QJsonValue()},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("message"), message}};
}

QString LogText::visible(const QString &text)
{
    return visibleText(text);
}

QString LogText::line(const LogLine &line)
{
    const QString priority = line.priority >= 0 ? LogPriority::name(line.priority) : QStringLiteral("-");
    // Local time with its offset ("…T10:00:01+01:00", "…Z"): unambiguous, and as this machine's clock reads.
    const QDateTime local = line.time.toLocalTime();
    return QStringLiteral("%1 %2 %3 %4: %5")
        .arg(local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate), visible(line.host), priority,
             visible(line.unit.isEmpty() ? QStringLiteral("-") : line.unit), visible(line.message));
}

int LogPriority::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    bool ok = false;
    const int number = t.toInt(&ok);
    if (ok)
        return number >= 0 && number <= 7 ? number : -1;
    for (int i = 0; i < 8; ++i)
        if (t == QLatin1String(kNames[i]))
            return i;
    if (t == QLatin1String("panic"))
        return 0;
    if (t == QLatin1String("error"))
        return 3;
    if (t == QLatin1String("warn"))
        return 4;
    return -1;
}

QString LogPriority::name(int priority)
{
    return priority >= 0 && priority <= 7 ? QLatin1String(kNames[priority]) : QString();
}

QString LogPriority::displayName(int priority)
{
    switch (priority) {
    case 0: return tr("emergency");
    case 1: return tr("alert");
    case 2: return tr("critical");
    case 3: return tr("error");
    case 4: return tr("warning");
    case 5: return tr("notice");
    case 6: return tr("info");
    case 7: return tr("debug");
    default: return {};
    }
}

} // namespace wb
