#pragma once

#include <QString>

class QAction;

namespace wb {

// Switches an action off because the login's role may not use it, with
// `reason` as its tooltip; an empty reason switches it on again with the
// tooltip it had. For actions whose enabled state nothing else drives.
void refuseForRole(QAction *action, const QString &reason);
// The tooltip an action shows when its role allows it.
QString allowedToolTip(const QAction *action);

} // namespace wb
