#pragma once

#include "app/cli/Command.h"

namespace wb {

// werkbank-cli directory add|list|remove: the directories (LDAP, Active
// Directory) in the inventory. The bind password goes to the keychain only.
class DirectoryCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("directory"); }
    QString synopsis() const override;
    QString summary() const override;
    int execute(const QStringList &arguments) override;
};

} // namespace wb
