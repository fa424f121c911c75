#pragma once

#include "app/cli/Command.h"

namespace wb {

// werkbank-cli hosts: the inventory's hosts as a table or one JSON array.
class HostsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("hosts"); }
    QString synopsis() const override;
    QString summary() const override;
    int execute(const QStringList &arguments) override;
};

} // namespace wb
