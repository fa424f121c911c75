#pragma once

#include "core/fleet/LogLine.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace wb {

// What a log stream asks a host for: the journal (journalctl -o json) or a
// file (tail), which unit, how important, since when, and whether to follow;
// and what is kept of what comes back (the regular expression is applied
// here, never sent to the host).
struct LogQuery
{
    Q_DECLARE_TR_FUNCTIONS(wb::LogQuery)
public:
    static constexpr int defaultLines = 1000;

    QString file;        // empty: the journal
    QString unit;        // journal: -u; a file's lines: the syslog program
    int priority = -1;   // this and more important (journalctl -p); -1: all
    QRegularExpression grep; // on the message; invalid or empty pattern: all
    QDateTime since;     // invalid: the last `lines` lines
    int lines = -1;      // -1: defaultLines without `since`, all with it
    bool follow = false;
    bool sudo = false;   // through sudo -S (the password on stdin, never on the command line)

    bool readsJournal() const { return file.isEmpty(); }
    // The command the host runs; every value from the user is quoted.
    // Without a password for sudo, sudo -n: it says it needs one instead of waiting for it.
    QByteArray remoteCommand(bool sudoPasswordOnStdin = true) const;
    // Whether a line is kept: priority (lines without one pass), unit, pattern, since.
    bool matches(const LogLine &line) const;

    // "2026-12-07T10:00:00Z", "2026-12-07 10:00", or an age before `now`: 30m, 2h, 1d, 1w, 90s.
    static bool parseSince(const QString &text, const QDateTime &now, QDateTime *since, QString *error);
};

} // namespace wb
