#pragma once

#include "app/cli/Command.h"

namespace wb {

// werkbank-cli facts: gathers each host's facts over SSH (OS, kernel, uptime,
// load, memory, filesystems, pending updates, reboot, failed units, backup
// age), keeps them in the workspace's history, and prints them.
class FactsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("facts"); }
    QString synopsis() const override;
    QString summary() const override;
    int execute(const QStringList &arguments) override;
};

} // namespace wb
