#include "core/directory/LdapText.h"

#include <QRegularExpression>

namespace wb::LdapText {

QString escapeFilterValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '*': out += QLatin1String("\\2a"); break;
        case '(': out += QLatin1String("\\28"); break;
        case ')': out += QLatin1String("\\29"); break;
        case '\\': out += QLatin1String("\\5c"); break;
        case 0: out += QLatin1String("\\00"); break;
        default: out += c;
        }
    }
    return out;
}

QString escapeDnValue(const QString &value)
{
    QString out;
    out.reserve(value.size() + 4);
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool edgeSpace = c == u' ' && (i == 0 || i == value.size() - 1);
        const bool leadingHash = c == u'#' && i == 0;
        if (c.unicode() == 0) {
            out += QLatin1String("\\00");
        } else if (QStringView(u",+\"\\<>;=").contains(c) || edgeSpace || leadingHash) {
            out += u'\\';
            out += c;
        } else {
            out += c;
        }
    }
    return out;
}

QDateTime parseGeneralizedTime(const QByteArray &text)
{
    // YYYYMMDDHH[MM[SS]][(.|,)fraction](Z|(+|-)HHMM)
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})?(\\d{2})?(?:[.,](\\d+))?(Z|[+-]\\d{4})$"));
    const QRegularExpressionMatch m = pattern.match(QString::fromLatin1(text));
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime when(date, time, Qt::UTC);
    const QString zone = m.captured(8);
    if (zone != QLatin1String("Z")) {
        const int minutes = zone.mid(1, 2).toInt() * 60 + zone.mid(3, 2).toInt();
        when = when.addSecs(zone.startsWith(u'+') ? -minutes * 60 : minutes * 60);
    }
    return when;
}

QByteArray generalizedTime(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss'Z'")).toLatin1();
}

namespace {
constexpr qint64 unixEpochInFileTimeSeconds = 11644473600LL;
}

QDateTime fromFileTime(qint64 fileTime)
{
    if (fileTime <= 0 || fileTime == fileTimeNever)
        return {};
    const qint64 msecs = fileTime / 10000 - unixEpochInFileTimeSeconds * 1000;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

qint64 toFileTime(const QDateTime &when)
{
    if (!when.isValid())
        return fileTimeNever;
    return (when.toMSecsSinceEpoch() + unixEpochInFileTimeSeconds * 1000) * 10000;
}

} // namespace wb::LdapText
