#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace wb {

// One log entry from a host: a journal entry, or a line of a file.
struct LogLine
{
    QString host;
    QDateTime time;      // UTC
    int priority = -1;   // syslog's 0 (emerg) to 7 (debug); -1: not known (a file's line)
    QString unit;        // the systemd unit, the syslog program, or the file
    QString message;     // as the host sent it: show it through LogText::visible

    // The object werkbank-cli logs --json prints: host, time, priority, unit, message.
    QJsonObject toJson() const;
    bool operator==(const LogLine &) const = default;
};

// Log text as it may be shown: through visibleText (core/text/VisibleText.h).
namespace LogText {
QString visible(const QString &text);
// One line as werkbank-cli logs prints it and the log tab copies and exports
// it: "2026-12-07T10:00:01+01:00 web1 err ssh.service: message", visible.
QString line(const LogLine &line);
} // namespace LogText

// Syslog priorities by number and name.
class LogPriority
{
    Q_DECLARE_TR_FUNCTIONS(wb::LogPriority)
public:
    // "0"–"7", or a name: emerg, alert, crit, err, warning, notice, info, debug
    // (also panic, error, warn); -1 when it is neither.
    static int parse(const QString &text);
    static QString name(int priority);  // "err"; "" for -1
    static QString displayName(int priority);  // in the UI language
};

} // namespace wb

Q_DECLARE_METATYPE(wb::LogLine)
