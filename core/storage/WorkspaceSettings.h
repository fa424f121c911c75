#pragma once

#include "core/storage/GuiThreadCheck.h"
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace wb {

// Settings that belong to a workspace rather than to the user (they travel
// with the file), kept in its workspace_settings table. Tiny reads and
// writes of one row each.
class WorkspaceSettings
{
    Q_DECLARE_TR_FUNCTIONS(wb::WorkspaceSettings)
public:
    // The known_hosts file sessions trust; empty = ~/.ssh/known_hosts.
    static QString knownHostsKey() { return QStringLiteral("ssh.known_hosts"); }

    explicit WorkspaceSettings(QSqlDatabase db, const std::source_location &caller = std::source_location::current())
        : m_db(std::move(db))
    {
        checkNotOnGuiThread("WorkspaceSettings", caller);
    }

    QString value(const QString &key, const QString &fallback = {}) const;
    // An empty value removes the key.
    bool setValue(const QString &key, const QString &value, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace wb
