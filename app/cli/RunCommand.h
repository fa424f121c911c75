#pragma once

#include "app/cli/Command.h"

namespace wb {

// werkbank-cli run: one command (or a script on stdin to `sh -s`) on inventory
// hosts and ad-hoc user@host:port targets, output grouped like `clush -b`.
class RunCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("run"); }
    QString synopsis() const override;
    QString summary() const override;
    int execute(const QStringList &arguments) override;
};

} // namespace wb
