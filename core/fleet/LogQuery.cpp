#include "core/fleet/LogQuery.h"

#include "core/fleet/FactsScript.h"

namespace wb {

QByteArray LogQuery::remoteCommand(bool sudoPasswordOnStdin) const
{
    const int count = lines >= 0 ? lines : since.isValid() ? -1 : defaultLines;
    // sudo -S reads its password from the first line of stdin; -p '' keeps its prompt out of the log.
    const QByteArray sudoPrefix = !sudo ? "" : sudoPasswordOnStdin ? "sudo -S -p '' " : "sudo -n ";
    QByteArray command;
    if (readsJournal()) {
        command = "command -v journalctl >/dev/null 2>&1 || { echo 'werkbank: no journalctl on this host' >&2; exit 127; }; exec "
                  + sudoPrefix + "journalctl -o json --all --no-pager";
        if (count >= 0)
            command += " -n " + QByteArray::number(count);
        if (since.isValid())
            command += " --since @" + QByteArray::number(since.toSecsSinceEpoch());
        if (!unit.isEmpty())
            command += " -u " + FactsScript::shellQuoted(unit);
        if (priority >= 0)
            command += " -p " + QByteArray::number(priority);
        if (follow)
            command += " -f";
        return command;
    }
    // A file: tail (GNU and busybox both know -n and -F); with only `since`, all of it, then sorted out here.
    command = "exec " + sudoPrefix;
    if (count < 0 && !follow)
        command += "cat -- " + FactsScript::shellQuoted(file);
    else
        command += "tail -n " + QByteArray::number(count < 0 ? 1000000 : count) + (follow ? " -F" : "") + " -- " + FactsScript::shellQuoted(file);
    return command;
}

bool LogQuery::matches(const LogLine &line) const
{
    if (priority >= 0 && line.priority > priority)
        return false;
    if (!unit.isEmpty() && !readsJournal() && line.unit != unit)
        return false;
    if (since.isValid() && !readsJournal() && line.time < since)
        return false;
    if (!grep.pattern().isEmpty() && grep.isValid() && !grep.match(line.message).hasMatch())
        return false;
    return true;
}

bool LogQuery::parseSince(const QString &text, const QDateTime &now, QDateTime *since, QString *error)
{
    static const QRegularExpression age(QStringLiteral("^(\\d+)\\s*([smhdw])$"), QRegularExpression::CaseInsensitiveOption);
    const QString t = text.trimmed();
    if (const QRegularExpressionMatch m = age.match(t); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        static const QHash<QChar, qint64> unitSeconds{{QLatin1Char('s'), 1}, {QLatin1Char('m'), 60}, {QLatin1Char('h'), 3600},
                                                       {QLatin1Char('d'), 86400}, {QLatin1Char('w'), 7 * 86400}};
        *since = now.addSecs(-n * unitSeconds.value(m.captured(2).at(0).toLower()));
        return true;
    }
    QDateTime at = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(t, Qt::ISODate);
    if (!at.isValid())
        at = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!at.isValid()) {
        const QDate day = QDate::fromString(t, Qt::ISODate);
        if (day.isValid())
            at = day.startOfDay();
    }
    if (!at.isValid()) {
        *error = tr("“%1” is no time: give ISO 8601 (2026-12-07T10:00:00Z, 2026-12-07 10:00) or an age such as 30m, 2h, 1d.")
                     .arg(LogText::visible(text));
        return false;
    }
    *since = at.toUTC();
    return true;
}

} // namespace wb
