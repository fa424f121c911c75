#pragma once

#include "app/cli/Command.h"

namespace wb {

// werkbank-cli workspace: sets up and administers a team workspace on
// PostgreSQL (init, grant, revoke), says what a workspace is (info).
class WorkspaceCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("workspace"); }
    QString synopsis() const override;
    QString summary() const override;
    int execute(const QStringList &arguments) override;
};

} // namespace wb
