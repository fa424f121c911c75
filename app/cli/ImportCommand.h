#pragma once

#include "app/cli/Command.h"

namespace wb {

// werkbank-cli import: hosts from an ssh_config, CSV or Ansible file into the inventory.
class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override;
    QString summary() const override;
    int execute(const QStringList &arguments) override;
};

} // namespace wb
