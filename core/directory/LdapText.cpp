#include "core/directory/LdapText.h"

#include <QStringList>


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

QString domainOf(const QString &dn)
{
    // RDNs split at commas that are not escaped (RFC 4514: "\,").
    QStringList rdns;
    QString current;
    for (qsizetype i = 0; i < dn.size(); ++i) {
        if (dn.at(i) == u'\\' && i + 1 < dn.size()) {
            current += dn.at(i);
            current += dn.at(++i);
        } else if (dn.at(i) == u',') {
            rdns.append(current.trimmed());
            current.clear();
        } else {
            current += dn.at(i);
        }
    }
    rdns.append(current.trimmed());
    qsizetype first = rdns.size();
    while (first > 0 && rdns.at(first - 1).startsWith(QLatin1String("dc="), Qt::CaseInsensitive))
        --first;
    return first == rdns.size() ? dn : rdns.mid(first).join(u',');
}

QDateTime parseGeneralizedTime(const QByteArray &text)
{
    // YYYYMMDDHH[MM[SS]][(.|,)fraction](Z|(+|-)HHMM), read by hand: this runs
    // for every person of a listing.
    const auto digits = [&](qsizetype at, int count, int *value) {
        if (at + count > text.size())
            return false;
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char c = text.at(at + i);
            if (c < '0' || c > '9')
                return false;
            v = v * 10 + (c - '0');
        }
        *value = v;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(0, 4, &year) || !digits(4, 2, &month) || !digits(6, 2, &day) || !digits(8, 2, &hour))
        return {};
    qsizetype at = 10;
    if (digits(at, 2, &minute)) {
        at += 2;
        if (digits(at, 2, &second))
            at += 2;
    }
    if (at < text.size() && (text.at(at) == '.' || text.at(at) == ',')) {
        ++at;
        const qsizetype fraction = at;
        while (at < text.size() && text.at(at) >= '0' && text.at(at) <= '9')
            ++at;
        if (at == fraction)
            return {};
    }
    int offsetMinutes = 0;
    if (at + 1 == text.size() && text.at(at) == 'Z') {
        // UTC
    } else if (at + 5 == text.size() && (text.at(at) == '+' || text.at(at) == '-')) {
        int hours = 0, minutes = 0;
        if (!digits(at + 1, 2, &hours) || !digits(at + 3, 2, &minutes))
            return {};
        offsetMinutes = (hours * 60 + minutes) * (text.at(at) == '+' ? 1 : -1);
    } else {
        return {};
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetMinutes * 60);
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
