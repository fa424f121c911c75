#include "core/inventory/SshHostOptions.h"

#include "core/text/SshTokens.h"

#include <QHash>
#include <QRegularExpression>

#include <limits>

namespace wb {

namespace {

enum class ValueKind { Seconds, Count, YesNo, Algorithms, AgentSocket, Path };

struct Keyword {
    QString name;
    ValueKind kind;
    int minimum = 0;
    int maximum = 0;
};

const QList<Keyword> &table()
{
    static const QList<Keyword> keywords = {
        {QStringLiteral("ConnectTimeout"), ValueKind::Seconds, 1, 3600},
        {QStringLiteral("ServerAliveInterval"), ValueKind::Seconds, 0, 86400},
        {QStringLiteral("ServerAliveCountMax"), ValueKind::Count, 0, 1000},
        {QStringLiteral("Compression"), ValueKind::YesNo},
        {QStringLiteral("KexAlgorithms"), ValueKind::Algorithms},
        {QStringLiteral("Ciphers"), ValueKind::Algorithms},
        {QStringLiteral("HostKeyAlgorithms"), ValueKind::Algorithms},
        {QStringLiteral("IdentitiesOnly"), ValueKind::YesNo},
        {QStringLiteral("IdentityAgent"), ValueKind::AgentSocket},
        {QStringLiteral("CertificateFile"), ValueKind::Path},
        {QStringLiteral("ForwardAgent"), ValueKind::YesNo},
    };
    return keywords;
}

const Keyword *find(const QString &name)
{
    for (const Keyword &k : table())
        if (k.name.compare(name, Qt::CaseInsensitive) == 0)
            return &k;
    return nullptr;
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

const QStringList &SshHostOptions::keywords()
{
    static const QStringList names = [] {
        QStringList list;
        for (const Keyword &k : table())
            list << k.name;
        return list;
    }();
    return names;
}

bool SshHostOptions::isKeyword(const QString &keyword)
{
    return find(keyword) != nullptr;
}

QString SshHostOptions::spelling(const QString &keyword)
{
    const Keyword *k = find(keyword);
    return k ? k->name : QString();
}

bool SshHostOptions::normalize(const QString &entry, QString *normalized, QString *problem)
{
    const QString text = entry.trimmed();
    static const QRegularExpression split(QStringLiteral("^([A-Za-z]+)\\s*(?:=\\s*|\\s+)(.*)$"));
    const QRegularExpressionMatch parts = split.match(text);
    const Keyword *keyword = parts.hasMatch() ? find(parts.captured(1)) : find(text);
    if (!keyword) {
        *problem = tr("“%1” is not an SSH option Werkbank keeps per host (%2).")
                       .arg(parts.hasMatch() ? parts.captured(1) : text, keywords().join(QStringLiteral(", ")));
        return false;
    }
    QString value = parts.hasMatch() ? parts.captured(2).trimmed() : QString();
    if (value.isEmpty()) {
        *problem = tr("%1 needs a value.").arg(keyword->name);
        return false;
    }
    if (hasControlCharacters(value)) {
        *problem = tr("The value of %1 contains a line break or another control character.").arg(keyword->name);
        return false;
    }
    switch (keyword->kind) {
    case ValueKind::Seconds:
    case ValueKind::Count: {
        bool ok = false;
        int number = value.toInt(&ok);
        if (!ok && keyword->kind == ValueKind::Seconds) {
            number = seconds(value);
            ok = number >= 0;
        }
        if (!ok || number < keyword->minimum || number > keyword->maximum) {
            *problem = keyword->kind == ValueKind::Seconds
                           ? tr("%1 takes seconds from %2 to %3, not “%4”.").arg(keyword->name).arg(keyword->minimum).arg(keyword->maximum).arg(value)
                           : tr("%1 takes a number from %2 to %3, not “%4”.").arg(keyword->name).arg(keyword->minimum).arg(keyword->maximum).arg(value);
            return false;
        }
        value = QString::number(number);
        break;
    }
    case ValueKind::YesNo:
        if (flagValue(value).isEmpty()) {
            *problem = tr("%1 takes yes or no, not “%2”.").arg(keyword->name, value);
            return false;
        }
        value = flagValue(value);
        break;
    case ValueKind::Algorithms: {
        if (changesDefaults(value)) {
            *problem = tr("%1 “%2” changes OpenSSH's default list; libssh takes only a full list: name the algorithms themselves.")
                           .arg(keyword->name, value);
            return false;
        }
        static const QRegularExpression names(QStringLiteral("^[A-Za-z0-9@._-]+(,[A-Za-z0-9@._-]+)*$"));
        if (!names.match(value).hasMatch()) {
            *problem = tr("%1 takes algorithm names separated by commas, not “%2”.").arg(keyword->name, value);
            return false;
        }
        break;
    }
    case ValueKind::AgentSocket:
        if (value == QLatin1String("none") || value == QLatin1String("SSH_AUTH_SOCK"))
            break;
        // ssh also takes "$NAME" for an environment variable: kept in the one spelling expand() knows.
        if (QRegularExpression(QStringLiteral("^\\$[A-Za-z_][A-Za-z0-9_]*$")).match(value).hasMatch())
            value = QStringLiteral("${%1}").arg(value.mid(1));
        [[fallthrough]];
    case ValueKind::Path:
        if (const QString tokenError = SshTokens::check(value, SshTokens::pathTokens(), true); !tokenError.isEmpty()) {
            *problem = tokenError;
            return false;
        }
        break;
    }
    *normalized = keyword->name + QLatin1Char(' ') + value;
    return true;
}

QString SshHostOptions::flagValue(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("yes") || lower == QLatin1String("true"))
        return QStringLiteral("yes");
    if (lower == QLatin1String("no") || lower == QLatin1String("false"))
        return QStringLiteral("no");
    return {};
}

int SshHostOptions::seconds(const QString &text)
{
    static const QRegularExpression format(QStringLiteral("^(?:\\d+[sSmMhHdDwW]?)+$"));
    if (!format.match(text.trimmed()).hasMatch())
        return -1;
    static const QRegularExpression part(QStringLiteral("(\\d+)([sSmMhHdDwW]?)"));
    qint64 total = 0;
    for (auto it = part.globalMatch(text.trimmed()); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        static const QHash<QChar, int> unit = {{QLatin1Char('s'), 1}, {QLatin1Char('m'), 60}, {QLatin1Char('h'), 3600},
                                               {QLatin1Char('d'), 86400}, {QLatin1Char('w'), 604800}};
        const QString suffix = m.captured(2).toLower();
        total += m.captured(1).toLongLong() * (suffix.isEmpty() ? 1 : unit.value(suffix.front()));
        if (total > std::numeric_limits<int>::max())
            return -1;
    }
    return int(total);
}

QStringList SshHostOptions::parse(const QString &text)
{
    QStringList entries;
    // Lines, or "; " before a keyword (CSV, Ansible): a path may hold "; " itself.
    static const QRegularExpression separators(QStringLiteral("\\n|;\\s+(?=(?:%1)\\b)").arg(keywords().join(QLatin1Char('|'))),
                                               QRegularExpression::CaseInsensitiveOption);
    for (const QString &piece : text.split(separators, Qt::SkipEmptyParts)) {
        if (piece.trimmed().isEmpty())
            continue;
        QString normalized;
        QString problem;
        entries << (normalize(piece, &normalized, &problem) ? normalized : piece.trimmed());
    }
    return entries;
}

QStringList SshHostOptions::validate(const QStringList &entries)
{
    QStringList problems;
    QStringList seen;
    for (const QString &entry : entries) {
        QString normalized;
        QString problem;
        if (!normalize(entry, &normalized, &problem)) {
            problems << problem;
            continue;
        }
        const QString keyword = normalized.section(QLatin1Char(' '), 0, 0);
        if (seen.contains(keyword))
            problems << tr("%1 is given twice; a host has one value for each option.").arg(keyword);
        else if (normalized != entry) // stored only in one spelling, so that two equal lists compare equal
            problems << tr("The SSH option “%1” is not written as Werkbank stores it (“%2”).").arg(entry, normalized);
        seen << keyword;
    }
    return problems;
}

QString SshHostOptions::value(const QStringList &entries, QStringView keyword)
{
    for (const QString &entry : entries) {
        const qsizetype space = entry.indexOf(QLatin1Char(' '));
        if (space > 0 && QStringView(entry).left(space).compare(keyword, Qt::CaseInsensitive) == 0)
            return entry.mid(space + 1);
    }
    return {};
}

} // namespace wb
