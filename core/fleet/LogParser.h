#pragma once

#include "core/fleet/LogLine.h"

#include <QByteArray>
#include <QList>

namespace wb {

// Turns a host's output into log lines as it arrives, in pieces: journalctl's
// JSON (one object a line) or a file's text. A file's line is timed by its
// own timestamp when it starts with one (ISO 8601, or syslog's "Dec  7
// 10:00:01"; without a zone, this machine's), else by when it came; syslog
// lines also give their program as the unit. A line longer than maxLineBytes
// is cut there, so a host that never sends a line break cannot grow memory.
class LogParser
{
public:
    enum class Format { Journal, Text };
    static constexpr int maxLineBytes = 64 * 1024;

    LogParser(QString host, Format format, QString file = {});

    // The complete lines in `data` (with what was left from before); `now` times lines without a timestamp.
    QList<LogLine> feed(const QByteArray &data, const QDateTime &now);
    // What remains once the stream ended (a last line without a line break).
    QList<LogLine> finish(const QDateTime &now);

    static bool parseJournalEntry(const QByteArray &json, LogLine *line);
    static void parseText(const QString &text, const QDateTime &now, LogLine *line);

private:
    void take(const QByteArray &raw, const QDateTime &now, QList<LogLine> *lines);

    QString m_host;
    Format m_format;
    QString m_file;
    QByteArray m_partial;
};

} // namespace wb
