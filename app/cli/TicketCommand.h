#pragma once

#include "app/cli/Command.h"

namespace wb {

// werkbank-cli ticket: the workspace's tickets from a shell, for people,
// monitoring scripts and mail hooks.
class TicketCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("ticket"); }
    QString synopsis() const override;
    QString summary() const override;
    int execute(const QStringList &arguments) override;
};

} // namespace wb
