#pragma once

#include "core/storage/Migration.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace wb {

// One workspace database: an SQLite file in WAL mode with foreign keys on,
// brought up to the newest schema when opened. Each Workspace owns its own
// named QSqlDatabase connection, usable only from the thread that opened it.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(wb::Workspace)
public:
    Workspace();
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // The default file: workspace.sqlite under QStandardPaths::AppDataLocation.
    static QString defaultPath();

    bool open(const QString &path);
    // For tests: open with a chosen list of migrations.
    bool open(const QString &path, const QList<Migration> &migrations);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;
    QSqlDatabase database() const;

    static int latestSchemaVersion();

private:
    bool migrate(const QList<Migration> &migrations);
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_error;
};

} // namespace wb
