#include "core/inventory/io/AnsibleHostPattern.h"

namespace wb {

namespace {
bool allDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text)
        if (!c.isDigit())
            return false;
    return true;
}

// "123" -> 123; false for anything but digits or a value past 64 bits.
bool parseUnsigned(const QString &text, quint64 *value)
{
    if (!allDigits(text))
        return false;
    bool ok = false;
    *value = text.toULongLong(&ok);
    return ok;
}
} // namespace

// One [a:b:step] of a host pattern, checked and counted before anything is allocated.
struct AnsibleHostPattern::Range {
    bool letters = false;
    quint64 from = 0;
    quint64 step = 1;
    qsizetype count = 0;   // values it yields (letters: only the letters in between)
    int width = 0;         // zero padding of numbers
};

bool AnsibleHostPattern::parseRange(const QString &pattern, const QString &body, Range *out, QString *problem)
{
    Range &range = *out;
    const QStringList parts = body.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3) {
        *problem = tr("“%1” is not a host range; write it as [01:10], [a:f] or [1:10:2].").arg(pattern);
        return false;
    }
    const QString begin = parts[0].isEmpty() ? QStringLiteral("0") : parts[0];
    const QString end = parts[1];
    const bool stepGiven = parts.size() == 3;
    if (stepGiven && (!parseUnsigned(parts[2], &range.step) || range.step == 0)) {
        *problem = tr("The step in host range “%1” must be a positive number.").arg(pattern);
        return false;
    }
    quint64 to = 0;
    if (allDigits(begin) && allDigits(end)) {
        if (!parseUnsigned(begin, &range.from) || !parseUnsigned(end, &to)) {
            *problem = tr("The host range “%1” is empty or too large.").arg(pattern);
            return false;
        }
        // A leading zero asks for zero padding to the width of the start.
        range.width = begin.size() > 1 && begin.startsWith(QLatin1Char('0')) ? int(begin.size()) : 0;
        if (range.width > 0 && end.size() != begin.size()) {
            *problem = tr("The host range “%1” must give start and end with the same number of digits.").arg(pattern);
            return false;
        }
    } else if (begin.size() == 1 && end.size() == 1 && begin[0].isLetter() && end[0].isLetter()
               && begin[0].unicode() < 128 && end[0].unicode() < 128) {
        range.letters = true;
        range.from = begin[0].unicode();
        to = end[0].unicode();
    } else {
        *problem = tr("The host range “%1” must run between two numbers or two letters, the first not after "
                      "the second.")
                       .arg(pattern);
        return false;
    }
    if (range.from > to) {
        *problem = tr("The host range “%1” is empty or too large.").arg(pattern);
        return false;
    }
    const quint64 span = to - range.from;
    if (stepGiven && span > 0 && range.step > span) {
        *problem = tr("The step in host range “%1” is larger than the range, so it would name only its first "
                      "host; write that host without a range.")
                       .arg(pattern);
        return false;
    }
    // span / step + 1 values; compared without adding one, so 2^64 - 1 cannot wrap.
    if (span / range.step >= quint64(MaxHosts)) {
        *problem = tr("The host range “%1” expands to more than %2 hosts.").arg(pattern).arg(MaxHosts);
        return false;
    }
    range.count = qsizetype(span / range.step + 1);
    if (range.letters) {
        qsizetype letters = 0;
        for (qsizetype i = 0; i < range.count; ++i)
            letters += QChar(char16_t(range.from + quint64(i) * range.step)).isLetter() ? 1 : 0;
        range.count = letters;
    }
    return true;
}

bool AnsibleHostPattern::expand(const QString &pattern, QStringList *names, QString *problem)
{
    names->clear();
    // The pattern as literal pieces with a range between each two: text0 [r0] text1 [r1] text2…
    QStringList texts;
    QList<Range> ranges;
    qsizetype pos = 0;
    qsizetype total = 1;
    for (;;) {
        const qsizetype open = pattern.indexOf(QLatin1Char('['), pos);
        if (open < 0)
            break;
        const qsizetype close = pattern.indexOf(QLatin1Char(']'), open);
        if (close < 0) {
            *problem = tr("The host range in “%1” has no closing “]”.").arg(pattern);
            return false;
        }
        Range range;
        if (!parseRange(pattern, pattern.mid(open + 1, close - open - 1), &range, problem))
            return false;
        // Both factors are at most MaxHosts, so the product fits before it is compared.
        total *= range.count;
        if (total > MaxHosts) {
            *problem = tr("The host range “%1” expands to more than %2 hosts.").arg(pattern).arg(MaxHosts);
            return false;
        }
        texts.append(pattern.mid(pos, open - pos));
        ranges.append(range);
        pos = close + 1;
    }
    texts.append(pattern.mid(pos));
    if (total == 0)
        return true;
    names->reserve(total);
    // An odometer over the ranges, last range fastest, as Ansible orders them.
    QList<qsizetype> digit(ranges.size(), 0);
    QList<QString> values(ranges.size());
    auto valueOf = [&](qsizetype r) {
        const Range &range = ranges[r];
        if (!range.letters) {
            values[r] = QString::number(range.from + quint64(digit[r]) * range.step)
                            .rightJustified(range.width, QLatin1Char('0'));
            return;
        }
        // The digit counts letters; skip what lies between Z and a.
        qsizetype seen = -1;
        for (quint64 c = range.from;; c += range.step) {
            if (QChar(char16_t(c)).isLetter() && ++seen == digit[r]) {
                values[r] = QString(QChar(char16_t(c)));
                return;
            }
        }
    };
    for (qsizetype r = 0; r < ranges.size(); ++r)
        valueOf(r);
    for (;;) {
        QString name = texts[0];
        for (qsizetype r = 0; r < ranges.size(); ++r)
            name += values[r] + texts[r + 1];
        names->append(name);
        qsizetype r = ranges.size() - 1;
        while (r >= 0 && ++digit[r] == ranges[r].count) {
            digit[r] = 0;
            valueOf(r);
            --r;
        }
        if (r < 0)
            return true;
        valueOf(r);
    }
}

void AnsibleHostPattern::splitPort(const QString &pattern, QString *host, QString *port)
{
    int depth = 0;
    QList<qsizetype> colons;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == QLatin1Char('['))
            ++depth;
        else if (pattern[i] == QLatin1Char(']'))
            --depth;
        else if (pattern[i] == QLatin1Char(':') && depth == 0)
            colons.append(i);
    }
    *host = pattern;
    port->clear();
    if (colons.size() == 1) {
        *host = pattern.left(colons.first());
        *port = pattern.mid(colons.first() + 1);
    }
}

} // namespace wb
