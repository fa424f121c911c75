#pragma once

#include "app/cli/Command.h"

namespace wb {

// werkbank-cli logs: the journal (or a file) of one or more hosts, merged by
// time, printed or followed; never a raw control character on the terminal.
class LogsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("logs"); }
    QString synopsis() const override;
    QString summary() const override;
    int execute(const QStringList &arguments) override;
};

} // namespace wb
