#pragma once

// Workspaces for the store tests, on the engine the run asks for: an SQLite
// file in a temporary folder by default, or with WERKBANK_TEST_ENGINE=postgresql
// a new database on the fixture's PostgreSQL server (tests/fixtures/
// postgres-fixture.sh, started by with-fixtures.sh), laid out by
// Workspace::create() as `werkbank-cli workspace init` does. ctest runs each
// store test both ways (werkbank_add_test(... BOTH_ENGINES)).
//
// The databases are dropped when the TestWorkspaces goes (a member of the
// test object, which QTEST_MAIN destroys before the application).
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace wbtest {

class TestWorkspaces
{
public:
    static bool onPostgres() { return qEnvironmentVariable("WERKBANK_TEST_ENGINE") == QLatin1String("postgresql"); }

    // Tests of team workspaces themselves ask for PostgreSQL whatever the run says.
    enum class Engine { AsTheRunSays, PostgreSql };
    explicit TestWorkspaces(Engine engine = Engine::AsTheRunSays)
        : m_postgres(engine == Engine::PostgreSql || onPostgres())
    {
    }
    TestWorkspaces(const TestWorkspaces &) = delete;
    TestWorkspaces &operator=(const TestWorkspaces &) = delete;
    ~TestWorkspaces()
    {
        if (m_created.isEmpty() && m_logins.isEmpty())
            return;
        withServer([this](QSqlDatabase &db) {
            for (const QString &name : std::as_const(m_created))
                QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
            for (const QString &login : std::as_const(m_logins))
                QSqlQuery(db).exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(QString(login).replace(QLatin1Char('"'), QStringLiteral("\"\""))));
        });
    }

    // A new, empty workspace with the newest schema; `name` tells it apart
    // in the folder or on the server. Empty when it could not be made (the
    // reason is a test failure by then).
    QString create(const QString &name)
    {
        const QString location = address(name);
        if (location.isEmpty())
            return {};
        wb::Workspace workspace;
        if (!workspace.create(location)) {
            QTest::qFail(qPrintable(QStringLiteral("cannot create the workspace %1: %2").arg(location, workspace.errorString())),
                         __FILE__, __LINE__);
            return {};
        }
        return location;
    }

    // The workspace of the running test function (and data row): created on
    // the first call, the same location on every later one.
    QString forCurrentTest()
    {
        QString key = QString::fromLatin1(QTest::currentTestFunction());
        if (const char *tag = QTest::currentDataTag())
            key += QLatin1Char('-') + QString::fromLatin1(tag);
        if (const auto it = m_perTest.constFind(key); it != m_perTest.cend())
            return *it;
        const QString location = create(key);
        m_perTest.insert(key, location);
        return location;
    }

    // A login of the fixture's server other than its superuser (which owns
    // every test workspace), with a password: what a team member connects as.
    // Dropped with the databases. Empty when it could not be made.
    QString createLogin(const QString &name, const QString &password)
    {
        const QString login = QStringLiteral("wbt_%1_%2").arg(QCoreApplication::applicationPid()).arg(name);
        QString error;
        withServer([&](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, password)))
                error = q.lastError().text();
        });
        if (!error.isEmpty()) {
            QTest::qFail(qPrintable(QStringLiteral("cannot create the login %1: %2").arg(login, error)), __FILE__, __LINE__);
            return {};
        }
        m_logins << login;
        return login;
    }

    // A role the code under test creates (a workspace's roles, a granted
    // login): dropped with the databases, after them.
    void dropRoleLater(const QString &role) { m_logins << role; }

    // A new location with nothing in it yet: a file path that does not exist,
    // or an empty database (Workspace::open refuses it; create() lays it out).
    QString address(const QString &name)
    {
        if (!m_postgres)
            return m_dir.filePath(name + QStringLiteral(".sqlite"));
        static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9_]"));
        const QString database = QStringLiteral("wbt_%1_%2_%3")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(++m_counter)
                                     .arg(name.toLower().replace(unsafe, QStringLiteral("_")).left(30));
        QString error;
        const bool made = withServer([&](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
                            .arg(database)))
                error = q.lastError().text();
        });
        if (!made || !error.isEmpty()) {
            QTest::qFail(qPrintable(QStringLiteral("cannot create the test database %1 on the fixture's server: %2")
                                        .arg(database, error)),
                         __FILE__, __LINE__);
            return {};
        }
        m_created << database;
        return serverAddress(database);
    }

    // The fixture server's address for a database, logged in as its superuser.
    static QString serverAddress(const QString &database)
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
            .arg(qEnvironmentVariable("WERKBANK_PG_SUPERUSER"), qEnvironmentVariable("WERKBANK_PG_PORT"), database);
    }

    QString folder() const { return m_dir.path(); }

private:
    template <typename Work>
    bool withServer(Work work)
    {
        const QString port = qEnvironmentVariable("WERKBANK_PG_PORT");
        if (port.isEmpty()) {
            QTest::qFail("WERKBANK_TEST_ENGINE=postgresql needs the PostgreSQL fixture: run the test through "
                         "tests/fixtures/with-fixtures.sh",
                         __FILE__, __LINE__);
            return false;
        }
        const QString connection = QStringLiteral("wbtest-maintenance");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setConnectOptions(QStringLiteral("host=127.0.0.1;port=%1;dbname=postgres;user=%2")
                                     .arg(port, qEnvironmentVariable("WERKBANK_PG_SUPERUSER")));
            ok = db.open();
            if (ok)
                work(db);
            else
                QTest::qFail(qPrintable(QStringLiteral("cannot reach the fixture's PostgreSQL: ") + db.lastError().text()),
                             __FILE__, __LINE__);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    const bool m_postgres;
    QTemporaryDir m_dir;
    QStringList m_created;
    QStringList m_logins;
    QHash<QString, QString> m_perTest;
    int m_counter = 0;
};

} // namespace wbtest
