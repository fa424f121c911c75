#pragma once

#include "app/cli/Command.h"

namespace wb {

// werkbank-cli account: list or change the accounts of one Linux host, audited.
class AccountCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("account"); }
    QString synopsis() const override;
    QString summary() const override;
    int execute(const QStringList &arguments) override;
};

} // namespace wb
