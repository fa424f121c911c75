#pragma once

#include "app/cli/Command.h"

#include <QStringList>
#include <QtGlobal>

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

private:
    static int copy(const QString &target, const QString &sourceFile, bool merge, bool json, qsizetype words);
    static int knownHosts(const QString &location, const QStringList &words, bool json, const QString &portText);
};

} // namespace wb
