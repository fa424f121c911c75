#include "core/fleet/UpdateScript.h"

#include "core/fleet/FactsScript.h"

namespace wb {

namespace {
constexpr char kReboot[] = "werkbank: a reboot is required to finish these updates";

// Runs as root (directly, or as sudo's command). Its stdin is closed first:
// no package manager prompt can read the rest of the channel.
QByteArray upgradeScript()
{
    const QByteArray reboot = QByteArray("echo '") + kReboot + "'";
    return "exec </dev/null\n"
           "if command -v apt-get >/dev/null 2>&1; then\n"
           "  echo 'werkbank: upgrading with apt-get'\n"
           "  DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold upgrade --with-new-pkgs\n"
           "  status=$?\n"
           "  [ -e /var/run/reboot-required ] && " + reboot + "\n"
           "elif command -v dnf >/dev/null 2>&1 || command -v yum >/dev/null 2>&1; then\n"
           "  tool=dnf; command -v dnf >/dev/null 2>&1 || tool=yum\n"
           "  echo \"werkbank: upgrading with $tool\"\n"
           "  \"$tool\" -y upgrade\n"
           "  status=$?\n"
           "  if command -v needs-restarting >/dev/null 2>&1; then needs-restarting -r >/dev/null 2>&1 || " + reboot + "; fi\n"
           "elif command -v apk >/dev/null 2>&1; then\n"
           "  echo 'werkbank: upgrading with apk'\n"
           "  apk upgrade --no-progress\n"
           "  status=$?\n"
           // A new kernel package leaves the running kernel without its modules.
           "  [ -d \"/lib/modules/$(uname -r)\" ] || " + reboot + "\n"
           "else\n"
           "  echo 'werkbank: no package manager found (apt-get, dnf, yum, apk)' >&2\n"
           "  exit 127\n"
           "fi\n"
           "exit $status\n";
}
} // namespace

QString UpdateScript::command(bool sudoPasswordOnStdin)
{
    const QByteArray script = FactsScript::shellQuoted(QString::fromUtf8(upgradeScript()));
    const QByteArray sudo = sudoPasswordOnStdin ? "sudo -S -p ''" : "sudo -n";
    return QString::fromUtf8("wb_upgrade=" + script + "\n"
                             "if [ \"$(id -u)\" = 0 ]; then sh -c \"$wb_upgrade\"; else " + sudo + " sh -c \"$wb_upgrade\"; fi\n");
}

QByteArray UpdateScript::rebootLine()
{
    return kReboot;
}

bool UpdateScript::needsReboot(const QByteArray &output)
{
    return output.contains(kReboot);
}

} // namespace wb
