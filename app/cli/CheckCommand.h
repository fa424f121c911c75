#pragma once

#include "app/cli/Command.h"

namespace wb {

// werkbank-cli check: is each host up? Its SSH banner (or the TCP port its
// kind or the host names), without logging in.
class CheckCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString synopsis() const override;
    QString summary() const override;
    int execute(const QStringList &arguments) override;
};

} // namespace wb
