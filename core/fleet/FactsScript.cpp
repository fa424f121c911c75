#include "core/fleet/FactsScript.h"

#include <QCoreApplication>

namespace wb {

namespace {

// POSIX sh and BusyBox alike; every command is read-only, and a missing tool
// leaves its section empty (or says why) rather than failing the script.
const char *const commonPart = R"SH(LC_ALL=C; export LC_ALL
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:$PATH
s() { printf '\n@@wb %s\n' "$1"; }
has() { command -v "$1" >/dev/null 2>&1; }
s os-release; cat /etc/os-release 2>/dev/null || cat /usr/lib/os-release 2>/dev/null
s kernel; uname -r
s uptime; cat /proc/uptime
s cpus; getconf _NPROCESSORS_ONLN 2>/dev/null || grep -c '^processor' /proc/cpuinfo
s loadavg; cat /proc/loadavg
s meminfo; cat /proc/meminfo
s mounts; cat /proc/mounts
s df; df -P -k 2>/dev/null
s kernels; ls /lib/modules 2>/dev/null
s failed-units
if [ -d /run/systemd/system ] && has systemctl; then
  systemctl list-units --state=failed --no-legend --plain 2>/dev/null; echo "@@exit $?"
else
  echo "@@no-systemd"
fi
if has apt-get; then
  s apt-upgradable
  if has apt; then apt list --upgradable 2>/dev/null; else apt-get -s -o Debug::NoLocking=1 upgrade 2>/dev/null; fi
  s reboot-required
  if [ -e /var/run/reboot-required ]; then echo yes; cat /var/run/reboot-required.pkgs 2>/dev/null; else echo no; fi
elif has dnf || has yum; then
  pm=yum; has dnf && pm=dnf
  s dnf-check-update; $pm -q -C check-update 2>/dev/null; echo "@@exit $?"
  s dnf-security; $pm -q -C updateinfo list --security 2>/dev/null; echo "@@exit $?"
  s reboot-required
  if has needs-restarting; then needs-restarting -r >/dev/null 2>&1; echo "@@exit $?"; else echo "@@absent"; fi
elif has apk; then
  s apk-upgradable; apk -u list 2>/dev/null || apk version -l '<' 2>/dev/null
fi
s clock; date -u +%s
)SH";

} // namespace

bool BackupCheck::parse(const QString &stored, BackupCheck *check, QString *error)
{
    const QString text = stored.trimmed();
    BackupCheck parsed;
    if (text.isEmpty()) {
        *check = parsed;
        return true;
    }
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString kind = text.left(colon).trimmed().toLower();
    parsed.text = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    if (kind == QLatin1String("file"))
        parsed.kind = Kind::File;
    else if (kind == QLatin1String("command"))
        parsed.kind = Kind::Command;
    const bool hasBreak = parsed.text.contains(QLatin1Char('\n')) || parsed.text.contains(QLatin1Char('\r'))
                          || parsed.text.contains(QChar(0));
    if (parsed.kind == Kind::None || parsed.text.isEmpty() || hasBreak) {
        if (error)
            *error = QCoreApplication::translate("wb::BackupCheck",
                                                 "A backup check is file:PATH or command:COMMAND, on one line (“%1” is neither).")
                         .arg(text.left(80));
        return false;
    }
    *check = parsed;
    return true;
}

QString BackupCheck::stored() const
{
    switch (kind) {
    case Kind::File: return QStringLiteral("file:") + text;
    case Kind::Command: return QStringLiteral("command:") + text;
    case Kind::None: break;
    }
    return {};
}

QByteArray FactsScript::shellQuoted(const QString &text)
{
    QByteArray quoted = text.toUtf8();
    quoted.replace('\'', "'\\''");
    return '\'' + quoted + '\'';
}

QByteArray FactsScript::script(const BackupCheck &backup)
{
    QByteArray script(commonPart);
    switch (backup.kind) {
    case BackupCheck::Kind::File:
        // The path is data: quoted, after --, never read as an option or code.
        script += "s backup-file; stat -c %Y -- " + shellQuoted(backup.text) + " 2>&1; echo \"@@exit $?\"\n";
        break;
    case BackupCheck::Kind::Command:
        // The group's own command (a sysadmin wrote it, as a run's command), in a subshell.
        script += "s backup-command; ( " + backup.text.toUtf8() + "\n) 2>&1 | head -c 4096; echo\n";
        break;
    case BackupCheck::Kind::None:
        break;
    }
    return script;
}

} // namespace wb
