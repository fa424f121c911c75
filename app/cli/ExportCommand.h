#pragma once

#include "app/cli/Command.h"

namespace wb {

// werkbank-cli export: the inventory as CSV or as an Ansible INI inventory.
class ExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override;
    QString summary() const override;
    int execute(const QStringList &arguments) override;
};

} // namespace wb
