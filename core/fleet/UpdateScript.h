#pragma once

#include <QByteArray>
#include <QString>

namespace wb {

// Applying updates on a host: one fixed command (nothing in it comes from a
// user) that runs the host's own package manager (apt-get, dnf, yum, apk)
// non-interactively, as root directly or otherwise through `sudo -S`, whose
// password is the first line of the channel's stdin (never the command
// line); the upgrade itself reads nothing from stdin. The package lists are
// not refreshed first: what is upgraded is what the facts listed and the
// user confirmed. Afterwards it says when a reboot is needed.
namespace UpdateScript {
// Without a password for sudo, sudo -n: a login that needs one fails at once instead of waiting.
QString command(bool sudoPasswordOnStdin = true);
// The line a host prints when a reboot is needed to finish the updates.
QByteArray rebootLine();
bool needsReboot(const QByteArray &output);
} // namespace UpdateScript

} // namespace wb
