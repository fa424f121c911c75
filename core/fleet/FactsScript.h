#pragma once

#include <QByteArray>
#include <QString>

namespace wb {

// How a group says when its hosts' last backup succeeded: the age of a file
// ("file:/var/backups/last-ok"), or a read-only command that prints a
// timestamp ("command:cat /srv/backup/stamp"; seconds since 1970 or ISO 8601).
// Stored on the group as written; empty: not configured.
struct BackupCheck
{
    enum class Kind { None, File, Command };
    Kind kind = Kind::None;
    QString text; // the path or the command

    static bool parse(const QString &stored, BackupCheck *check, QString *error = nullptr);
    QString stored() const;
};

// The fixed, read-only script that gathers a host's facts: sent on standard
// input to `sh -s`, so nothing of it is on a command line. A common part
// (os-release, kernel, uptime, CPUs, load, memory, filesystems, failed
// systemd units) and the part of the host's OS family, chosen on the host by
// the package manager it has (apt: Debian and Ubuntu; dnf or yum: RHEL,
// Rocky, Fedora; apk: Alpine). It changes nothing and installs nothing.
// Output is sections, each "@@wb NAME" on a line of its own followed by what
// the commands printed (FactsParser reads them).
class FactsScript
{
public:
    static QByteArray script(const BackupCheck &backup = {});
    // 'text' quoted for a POSIX shell: the text, whatever it holds, as one word.
    static QByteArray shellQuoted(const QString &text);
};

} // namespace wb
