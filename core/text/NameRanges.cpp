#include "core/text/NameRanges.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace wb {

QString foldNames(const QStringList &names)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*?)(\\d+)$"));
    // prefix + digit width → the numbers seen; width is kept so 01 and 1 stay apart.
    QMap<QPair<QString, int>, QList<qlonglong>> ranges;
    QStringList plain;
    for (const QString &name : names) {
        const QRegularExpressionMatch match = numbered.match(name);
        if (!match.hasMatch() || match.captured(2).size() > 18) {
            if (!plain.contains(name))
                plain << name;
            continue;
        }
        QList<qlonglong> &numbers = ranges[{match.captured(1), int(match.captured(2).size())}];
        const qlonglong number = match.captured(2).toLongLong();
        if (!numbers.contains(number))
            numbers << number;
    }
    QStringList parts = plain;
    for (auto it = ranges.begin(); it != ranges.end(); ++it) {
        QList<qlonglong> &numbers = it.value();
        std::sort(numbers.begin(), numbers.end());
        const int width = it.key().second;
        auto format = [width](qlonglong n) { return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0')); };
        if (numbers.size() == 1) {
            parts << it.key().first + format(numbers.first());
            continue;
        }
        QStringList spans;
        for (qsizetype i = 0; i < numbers.size();) {
            qsizetype j = i;
            while (j + 1 < numbers.size() && numbers.at(j + 1) == numbers.at(j) + 1)
                ++j;
            spans << (i == j ? format(numbers.at(i)) : format(numbers.at(i)) + QLatin1Char('-') + format(numbers.at(j)));
            i = j + 1;
        }
        parts << QStringLiteral("%1[%2]").arg(it.key().first, spans.join(QLatin1Char(',')));
    }
    std::sort(parts.begin(), parts.end());
    return parts.join(QLatin1Char(','));
}

} // namespace wb
