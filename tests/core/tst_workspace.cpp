#include "core/storage/Migration.h"
#include "core/storage/Workspace.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    static QStringList tables(const Workspace &ws)
    {
        QStringList names;
        QSqlQuery q(ws.database());
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (q.next())
            names << q.value(0).toString();
        return names;
    }
    static QString pragma(const Workspace &ws, const QString &name)
    {
        QSqlQuery q(ws.database());
        q.exec(QStringLiteral("PRAGMA ") + name);
        return q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void newWorkspaceGetsLatestSchemaInWalModeWithForeignKeys()
    {
        QTemporaryDir dir;
        Workspace ws;
        QVERIFY2(ws.open(dir.filePath(QStringLiteral("sub/folder/workspace.sqlite"))), qPrintable(ws.errorString()));
        QCOMPARE(ws.schemaVersion(), Workspace::latestSchemaVersion());
        QVERIFY(Workspace::latestSchemaVersion() >= 2);
        QCOMPARE(pragma(ws, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(ws, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        const QStringList names = tables(ws);
        QVERIFY(names.contains(QStringLiteral("groups")));
        QVERIFY(names.contains(QStringLiteral("hosts")));
        QVERIFY(names.contains(QStringLiteral("workspace_settings")));
        QVERIFY(names.contains(QStringLiteral("snippets")));
    }

    void reopeningKeepsDataAndVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        {
            Workspace ws;
            QVERIFY(ws.open(path));
            QSqlQuery q(ws.database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO groups (name) VALUES ('Amsterdam')")));
        }
        Workspace ws;
        QVERIFY(ws.open(path));
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM groups")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(ws.schemaVersion(), Workspace::latestSchemaVersion());
    }

    void olderWorkspaceIsUpgradedStepByStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        const QList<Migration> all = workspaceMigrations();
        {
            Workspace ws;
            QVERIFY(ws.open(path, all.mid(0, 1)));
            QCOMPARE(ws.schemaVersion(), 1);
            QVERIFY(!tables(ws).contains(QStringLiteral("workspace_settings")));
        }
        Workspace ws;
        QVERIFY(ws.open(path));
        QCOMPARE(ws.schemaVersion(), Workspace::latestSchemaVersion());
        QVERIFY(tables(ws).contains(QStringLiteral("workspace_settings")));
    }

    // Migration 8 keys the categories a workspace came with (shown in the UI
    // language from then on), but not one the user had renamed before.
    void builtInCategoriesAreKeyedUnlessRenamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        const QList<Migration> all = workspaceMigrations();
        {
            Workspace ws;
            QVERIFY(ws.open(path, all.mid(0, 7)));
            QCOMPARE(ws.schemaVersion(), 7);
            QSqlQuery q(ws.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE ticket_categories SET name = 'Printers' WHERE id = 7")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO ticket_categories (parent_id, name) VALUES (6, 'VPN')")));
        }
        Workspace ws;
        QVERIFY(ws.open(path));
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(QStringLiteral("SELECT name, ifnull(builtin, '') FROM ticket_categories ORDER BY id")));
        QStringList keyed;
        while (q.next())
            keyed << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
        QCOMPARE(keyed, (QStringList{QStringLiteral("Account=account"), QStringLiteral("Password=password"),
                                     QStringLiteral("Access=access"), QStringLiteral("Hardware=hardware"),
                                     QStringLiteral("Software=software"), QStringLiteral("Network=network"),
                                     QStringLiteral("Printers="), QStringLiteral("E-mail=email"), QStringLiteral("VPN=")}));
    }

    void failedMigrationRollsBackAndLeavesFileAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        QList<Migration> migrations = workspaceMigrations();
        {
            Workspace ws;
            QVERIFY(ws.open(path, migrations));
            QSqlQuery q(ws.database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO groups (name) VALUES ('keep me')")));
        }
        const int latest = migrations.last().version;
        migrations.append({latest + 1,
                           {QStringLiteral("CREATE TABLE half_done (x INTEGER)"),
                            QStringLiteral("ALTER TABLE groups ADD COLUMN colour TEXT"),
                            QStringLiteral("THIS IS NOT SQL")},
                           {}});
        {
            Workspace ws;
            QVERIFY(!ws.open(path, migrations));
            QVERIFY2(ws.errorString().contains(QString::number(latest + 1)), qPrintable(ws.errorString()));
            QVERIFY(ws.errorString().contains(QStringLiteral("unchanged")));
        }
        Workspace ws;
        QVERIFY(ws.open(path));
        QCOMPARE(ws.schemaVersion(), latest);
        QVERIFY(!tables(ws).contains(QStringLiteral("half_done")));
        QSqlQuery columns(ws.database());
        QVERIFY(columns.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('groups') WHERE name = 'colour'")));
        QVERIFY(columns.next());
        QCOMPARE(columns.value(0).toInt(), 0);
        QSqlQuery rows(ws.database());
        QVERIFY(rows.exec(QStringLiteral("SELECT name FROM groups")) && rows.next());
        QCOMPARE(rows.value(0).toString(), QStringLiteral("keep me"));
    }

    void workspaceFromNewerVersionIsRefusedWithClearMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        {
            Workspace ws;
            QVERIFY(ws.open(path));
            QSqlQuery q(ws.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        }
        Workspace ws;
        QVERIFY(!ws.open(path));
        QVERIFY(!ws.isOpen());
        QVERIFY2(ws.errorString().contains(QStringLiteral("newer version of Werkbank")), qPrintable(ws.errorString()));
        QVERIFY(ws.errorString().contains(QStringLiteral("99")));
        // Refusing must not touch the file: the version is still 99.
        Workspace raw;
        QVERIFY(raw.open(path, {}) == false);  // still refused even with no migrations at all
    }

    void fileThatIsNotADatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        Workspace ws;
        QVERIFY(!ws.open(path));
        QVERIFY2(ws.errorString().contains(QStringLiteral("not a Werkbank workspace")), qPrintable(ws.errorString()));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray(4096, 'x'));
    }

    void defaultPathIsWorkspaceSqliteInAppData()
    {
        QCoreApplication::setApplicationName(QStringLiteral("werkbank"));
        QVERIFY(Workspace::defaultPath().endsWith(QStringLiteral("/workspace.sqlite")));
        QVERIFY(Workspace::defaultPath().contains(QStringLiteral("werkbank")));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
