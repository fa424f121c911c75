#include "widgets/common/RoleRefusal.h"

#include <QAction>
#include <QVariant>

namespace wb {

namespace {
constexpr const char *ownToolTip = "werkbankOwnToolTip";
} // namespace

QString allowedToolTip(const QAction *action)
{
    const QVariant kept = action->property(ownToolTip);
    return kept.isValid() ? kept.toString() : action->toolTip();
}

void refuseForRole(QAction *action, const QString &reason)
{
    if (!action->property(ownToolTip).isValid())
        action->setProperty(ownToolTip, action->toolTip());
    action->setEnabled(reason.isEmpty());
    action->setToolTip(reason.isEmpty() ? allowedToolTip(action) : reason);
}

} // namespace wb
