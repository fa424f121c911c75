// The fixed remote scripts of the Linux account actions, run for real: the
// command line a host receives goes to bash -c (as sshd runs it), with stub
// chpasswd, chage, usermod, faillock and gpasswd first on PATH that record
// the words and the input they were given. Account data must arrive as
// single words or byte for byte on stdin, and data that slipped past the
// client's checks must be refused by the script itself with nothing run.
#include "tests/core/AccountCorpus.h"

#include "core/accounts/AccountInput.h"
#include "core/accounts/LinuxAccountCommands.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using wbtest::act;
using Kind = AccountAction::Kind;

namespace {

const QList<Kind> allKinds = {Kind::ResetPassword, Kind::MustChangePassword, Kind::Lock, Kind::Unlock, Kind::Disable,
                              Kind::Enable, Kind::ResetFailedLogins, Kind::SetExpiry, Kind::ClearExpiry,
                              Kind::AddToGroup, Kind::RemoveFromGroup};

} // namespace

class TestLinuxAccountCommands : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_stubs;
    QString m_log;
    QString m_mark;

    struct Ran { int exitStatus; QByteArray err; };

    // Runs a command line as a host's login shell would (bash -c), with `input` on stdin.
    Ran run(const QString &command, const QByteArray &input)
    {
        QFile::remove(m_log);
        QFile::remove(m_log + QStringLiteral(".stdin"));
        QProcess shell;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"), m_stubs + QStringLiteral(":/usr/bin:/bin"));
        environment.insert(QStringLiteral("STUB_LOG"), m_log);
        shell.setProcessEnvironment(environment);
        shell.start(QStringLiteral("/bin/bash"), {QStringLiteral("-c"), command});
        shell.write(input);
        shell.closeWriteChannel();
        if (!shell.waitForFinished(10000))
            return {-1, "timed out"};
        return {shell.exitCode(), shell.readAllStandardError()};
    }

    QStringList loggedWords() const
    {
        QFile file(m_log);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QStringList words = QString::fromUtf8(file.readAll()).split(QLatin1Char('\0'));
        if (!words.isEmpty() && words.last().isEmpty())
            words.removeLast();
        return words;
    }

    QByteArray loggedInput() const
    {
        QFile file(m_log + QStringLiteral(".stdin"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_stubs = m_dir.filePath(QStringLiteral("stubs"));
        m_log = m_dir.filePath(QStringLiteral("ran"));
        m_mark = m_dir.filePath(QStringLiteral("injected"));
        QVERIFY(QDir().mkpath(m_stubs));
        // Each stub writes its name and every argument, NUL-separated, and what it read.
        for (const char *tool : {"chpasswd", "chage", "usermod", "faillock", "gpasswd"}) {
            QFile stub(m_stubs + QLatin1Char('/') + QLatin1String(tool));
            QVERIFY(stub.open(QIODevice::WriteOnly));
            stub.write("#!/bin/sh\nprintf '%s\\0' \"${0##*/}\" \"$@\" >\"$STUB_LOG\"\ncat >\"$STUB_LOG.stdin\"\n");
            stub.close();
            QVERIFY(stub.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
    }

    void commandLineIsFixedTextWithoutTheData()
    {
        for (Kind kind : allKinds) {
            AccountAction first{kind, QStringLiteral("alice"), QStringLiteral("$(touch x)'pw"), QStringLiteral("2030-01-31"),
                                QStringLiteral("helpdesk")};
            AccountAction second{kind, QStringLiteral("bob_2"), QStringLiteral("other"), QStringLiteral("2031-12-01"),
                                 QStringLiteral("wheel")};
            RemoteInvocation a, b;
            QString error;
            QVERIFY2(LinuxAccountCommands::build(first, &a, &error), qPrintable(error));
            QVERIFY2(LinuxAccountCommands::build(second, &b, &error), qPrintable(error));
            QCOMPARE(a.command, b.command); // the same text for every account
            for (const QString &data : {first.user, first.password, first.date, first.group})
                QVERIFY2(!a.command.contains(data), qPrintable(data));
            // Single-quoted as a whole: the script must hold no quote of its own.
            QVERIFY(!LinuxAccountCommands::script(kind).contains(QLatin1Char('\'')));
            QCOMPARE(a.command.count(QLatin1Char('\'')), 2);
            QVERIFY(a.command.contains(QLatin1String(" sh -c '")) && a.command.endsWith(QLatin1Char('\'')));
            QVERIFY(a.input.startsWith("alice\n"));
        }
    }

    void eachActionRunsItsToolWithTheDataAsSingleWords_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("must change") << int(Kind::MustChangePassword) << QStringList{"chage", "-d", "0", "--", "alice"};
        QTest::newRow("lock") << int(Kind::Lock) << QStringList{"usermod", "-L", "--", "alice"};
        QTest::newRow("unlock") << int(Kind::Unlock) << QStringList{"usermod", "-U", "--", "alice"};
        QTest::newRow("disable") << int(Kind::Disable) << QStringList{"usermod", "-e", "1", "--", "alice"};
        QTest::newRow("enable") << int(Kind::Enable) << QStringList{"usermod", "-e", "", "--", "alice"};
        QTest::newRow("failed logins") << int(Kind::ResetFailedLogins) << QStringList{"faillock", "--user", "alice", "--reset"};
        QTest::newRow("set expiry") << int(Kind::SetExpiry) << QStringList{"chage", "-E", "2030-01-31", "--", "alice"};
        QTest::newRow("clear expiry") << int(Kind::ClearExpiry) << QStringList{"chage", "-E", "-1", "--", "alice"};
        QTest::newRow("add to group") << int(Kind::AddToGroup) << QStringList{"gpasswd", "-a", "alice", "helpdesk"};
        QTest::newRow("remove from group") << int(Kind::RemoveFromGroup) << QStringList{"gpasswd", "-d", "alice", "helpdesk"};
    }
    void eachActionRunsItsToolWithTheDataAsSingleWords()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, words);
        RemoteInvocation invocation;
        QString error;
        QVERIFY(LinuxAccountCommands::build(act(Kind(kind), QStringLiteral("alice"), {}, QStringLiteral("2030-01-31"),
                                             QStringLiteral("helpdesk")), &invocation, &error));
        const Ran ran = run(invocation.command, invocation.input);
        QVERIFY2(ran.exitStatus == 0, ran.err.constData());
        QCOMPARE(loggedWords(), words);
    }

    void passwordsArriveByteForByteOnStdin_data()
    {
        QTest::addColumn<QString>("password");
        const QStringList passwords = wbtest::awkwardPasswords(m_mark);
        for (int i = 0; i < passwords.size(); ++i)
            QTest::addRow("%d", i) << passwords.at(i);
    }
    void passwordsArriveByteForByteOnStdin()
    {
        QFETCH(QString, password);
        RemoteInvocation invocation;
        QString error;
        QVERIFY2(LinuxAccountCommands::build(act(Kind::ResetPassword, QStringLiteral("alice"), password), &invocation, &error),
                 qPrintable(error));
        if (password.size() > 3) // a lone backslash is in the script's own text
            QVERIFY(!invocation.command.contains(password));
        const Ran ran = run(invocation.command, invocation.input);
        QVERIFY2(ran.exitStatus == 0, ran.err.constData());
        // The password is no argument; the hash method is the host's (login.defs) or SHA512.
        const QStringList words = loggedWords();
        QCOMPARE(words.size(), 3);
        QCOMPARE(words.mid(0, 2), (QStringList{QStringLiteral("chpasswd"), QStringLiteral("-c")}));
        QVERIFY2(QStringList({"SHA512", "SHA256", "YESCRYPT", "MD5"}).contains(words.at(2)), qPrintable(words.at(2)));
        QCOMPARE(loggedInput(), "alice:" + password.toUtf8() + '\n');
        QVERIFY(!QFile::exists(m_mark));
    }

    void clientRefusesHostileData()
    {
        for (const QString &name : wbtest::hostileUserNames(m_mark)) {
            RemoteInvocation invocation;
            QString error;
            QVERIFY(!LinuxAccountCommands::build(act(Kind::Lock, name), &invocation, &error));
            QVERIFY(error.contains(QLatin1String("is not a user name")));
            QVERIFY(!LinuxAccountCommands::build(act(Kind::AddToGroup, QStringLiteral("alice"), {}, {}, name), &invocation, &error));
        }
        for (const QString &password : wbtest::refusedPasswords()) {
            RemoteInvocation invocation;
            QString error;
            QVERIFY(!LinuxAccountCommands::build(act(Kind::ResetPassword, QStringLiteral("alice"), password), &invocation, &error));
            QCOMPARE(error, AccountInput::passwordProblem(password));
        }
        RemoteInvocation invocation;
        QString error;
        QVERIFY(!LinuxAccountCommands::build(act(Kind::SetExpiry, QStringLiteral("alice"), {}, QStringLiteral("2030-01-31;id")),
                                             &invocation, &error));
    }

    // The protocol is a line per item: whatever follows the line the script
    // expects is never read, let alone run.
    void aSecondLineIsNeverACommand()
    {
        const QByteArray input = "alice\ntouch " + m_mark.toUtf8() + "\n$(touch " + m_mark.toUtf8() + ")\n";
        const Ran ran = run(LinuxAccountCommands::commandFor(LinuxAccountCommands::script(Kind::Lock)), input);
        QCOMPARE(ran.exitStatus, 0);
        QCOMPARE(loggedWords(), (QStringList{"usermod", "-L", "--", "alice"}));
        QVERIFY(!QFile::exists(m_mark));
    }

    // As if the client's checks were bypassed: the host's script refuses the
    // same data by itself, runs no tool and no injected command.
    void scriptRefusesWhatTheClientWouldHave_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("input");
        const QStringList names = wbtest::hostileUserNames(m_mark);
        for (int i = 0; i < names.size(); ++i) {
            // A NUL cannot be part of a line the shell reads, and a line break
            // makes two lines (aSecondLineIsNeverACommand): the rest as sent.
            if (names.at(i).contains(QChar(0)) || names.at(i).contains(QLatin1Char('\n')))
                continue;
            QTest::addRow("user %d", i) << int(Kind::Lock) << (names.at(i).toUtf8() + '\n');
            QTest::addRow("group %d", i) << int(Kind::AddToGroup) << ("alice\n" + names.at(i).toUtf8() + '\n');
        }
        QTest::newRow("password with CR") << int(Kind::ResetPassword) << QByteArray("alice\nx\rroot:pwned\n");
        QTest::newRow("empty password") << int(Kind::ResetPassword) << QByteArray("alice\n\n");
        QTest::newRow("date with a command") << int(Kind::SetExpiry) << ("alice\n2030-01-31;touch " + m_mark.toUtf8() + '\n');
        QTest::newRow("no date at all") << int(Kind::SetExpiry) << QByteArray("alice\n");
    }
    void scriptRefusesWhatTheClientWouldHave()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, input);
        const Ran ran = run(LinuxAccountCommands::commandFor(LinuxAccountCommands::script(Kind(kind))), input);
        QVERIFY2(ran.exitStatus == LinuxAccountCommands::refusedExitStatus || ran.exitStatus == 65,
                 qPrintable(QStringLiteral("exit %1: %2").arg(ran.exitStatus).arg(QString::fromUtf8(ran.err))));
        QVERIFY2(!QFile::exists(m_log), qPrintable(loggedWords().join(QLatin1Char(' '))));
        QVERIFY(!QFile::exists(m_mark));
    }
};

QTEST_GUILESS_MAIN(TestLinuxAccountCommands)
#include "tst_linuxaccountcommands.moc"
