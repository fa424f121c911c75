#include "core/fleet/LogParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace wb {

LogParser::LogParser(QString host, Format format, QString file) : m_host(std::move(host)), m_format(format), m_file(std::move(file))
{
}

QList<LogLine> LogParser::feed(const QByteArray &data, const QDateTime &now)
{
    QList<LogLine> lines;
    qsizetype start = 0;
    while (true) {
        const qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            break;
        if (m_partial.isEmpty()) {
            take(data.mid(start, end - start), now, &lines);
        } else {
            m_partial += data.mid(start, end - start);
            take(std::exchange(m_partial, {}), now, &lines);
        }
        start = end + 1;
    }
    m_partial += data.mid(start);
    while (m_partial.size() >= maxLineBytes) {
        take(m_partial.left(maxLineBytes), now, &lines);
        m_partial.remove(0, maxLineBytes);
    }
    return lines;
}

QList<LogLine> LogParser::finish(const QDateTime &now)
{
    QList<LogLine> lines;
    if (!m_partial.isEmpty())
        take(std::exchange(m_partial, {}), now, &lines);
    return lines;
}

void LogParser::take(const QByteArray &raw, const QDateTime &now, QList<LogLine> *lines)
{
    QByteArray bytes = raw;
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty())
        return;
    LogLine line;
    line.host = m_host;
    if (m_format == Format::Journal) {
        if (!parseJournalEntry(bytes, &line)) {
            // Not an entry (a warning journalctl printed on stdout): kept as text, so nothing is lost.
            line.time = now;
            line.message = QString::fromUtf8(bytes);
        }
    } else {
        line.unit = m_file;
        parseText(QString::fromUtf8(bytes), now, &line);
    }
    lines->append(std::move(line));
}

namespace {
// journalctl writes a field that is not printable UTF-8 (an ESC, a CR) as an
// array of byte values, a field an entry has more than once as an array of its
// values, and (without --all, which LogQuery passes) a field of 4 KiB or more as null.
QString fieldText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (!value.isArray())
        return {};
    const QJsonArray array = value.toArray();
    if (!array.isEmpty() && !array.first().isDouble()) {
        QStringList values;
        for (const QJsonValue &each : array)
            values << fieldText(each);
        return values.join(QLatin1String("; "));
    }
    QByteArray bytes;
    for (const QJsonValue &b : array)
        bytes += char(b.toInt());
    return QString::fromUtf8(bytes);
}
} // namespace

bool LogParser::parseJournalEntry(const QByteArray &json, LogLine *line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject entry = doc.object();
    bool ok = false;
    const qint64 micros = fieldText(entry.value(QLatin1String("__REALTIME_TIMESTAMP"))).toLongLong(&ok);
    if (!ok)
        return false;
    line->time = QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC);
    const QString priority = fieldText(entry.value(QLatin1String("PRIORITY")));
    line->priority = priority.isEmpty() ? -1 : LogPriority::parse(priority);
    line->unit = fieldText(entry.value(QLatin1String("_SYSTEMD_UNIT")));
    if (line->unit.isEmpty())
        line->unit = fieldText(entry.value(QLatin1String("SYSLOG_IDENTIFIER")));
    if (line->unit.isEmpty() && fieldText(entry.value(QLatin1String("_TRANSPORT"))) == QLatin1String("kernel"))
        line->unit = QStringLiteral("kernel");
    line->message = fieldText(entry.value(QLatin1String("MESSAGE")));
    return true;
}

void LogParser::parseText(const QString &text, const QDateTime &now, LogLine *line)
{
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?)(Z|[+-]\\d{2}:?\\d{2})?\\s"));
    static const QRegularExpression syslog(QStringLiteral("^([A-Z][a-z]{2}) {1,2}(\\d{1,2}) (\\d{2}:\\d{2}:\\d{2})\\s"));
    // After a syslog time: the host, then "program[pid]: ".
    static const QRegularExpression program(QStringLiteral("^\\S+ ([^\\s\\[:]+)(?:\\[\\d+\\])?: "));
    line->time = now;
    line->message = text;
    if (const QRegularExpressionMatch m = iso.match(text); m.hasMatch()) {
        QString stamp = m.captured(1);
        stamp.replace(10, 1, QLatin1Char('T'));
        stamp.replace(QLatin1Char(','), QLatin1Char('.'));
        QString zone = m.captured(2);
        if (zone.size() == 5) // +0100
            zone.insert(3, QLatin1Char(':'));
        const QDateTime at = QDateTime::fromString(stamp + zone, Qt::ISODateWithMs);
        if (at.isValid())
            line->time = at.toUTC();
        return;
    }
    if (const QRegularExpressionMatch m = syslog.match(text); m.hasMatch()) {
        static const QStringList months{QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
                                        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
                                        QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
        const int month = int(months.indexOf(m.captured(1))) + 1;
        const QTime time = QTime::fromString(m.captured(3), QStringLiteral("HH:mm:ss"));
        const QDate today = now.toLocalTime().date();
        QDate day(today.year(), month, m.captured(2).toInt());
        if (month > 0 && day.isValid() && time.isValid()) {
            // Syslog leaves out the year: the latest one that is not in the future.
            if (day > today.addDays(1))
                day = day.addYears(-1);
            line->time = QDateTime(day, time, Qt::LocalTime).toUTC();
            if (const QRegularExpressionMatch p = program.match(text.mid(m.capturedEnd())); p.hasMatch())
                line->unit = p.captured(1);
        }
    }
}

} // namespace wb
