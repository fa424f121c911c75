// werkbank-cli logs, the real program, against the sshd fixture: a file the
// test writes read with tail (and followed with tail -F while the test
// appends), two hosts merged by time, --grep, --since, --json, hostile lines
// and names, a file only root may read (needs root; through sudo -S with the
// password on stdin), and the journal of this machine, which has no systemd
// running (journal parsing itself is tested on captured output, tst_logparser).
#include "tests/integration/ssh/SshFixture.h"
#include "tests/support/CliTestSupport.h"

#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"
#include "core/targets/SshSettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace wb;
using namespace wbtest;

class TestCliLogs : public QObject
{
    Q_OBJECT
    SshFixture fx;
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_log;
    QString m_secret;

    CliResult cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCli(QStringLiteral(WERKBANK_CLI), QStringList{QStringLiteral("--workspace"), m_workspace} + arguments, input, 60000);
    }

    static bool append(const QString &path, const QByteArray &lines)
    {
        QFile file(path);
        if (!file.open(QIODevice::Append))
            return false;
        return file.write(lines) == lines.size();
    }

    static QList<QJsonObject> objects(const QString &jsonLines)
    {
        QList<QJsonObject> list;
        for (const QString &line : jsonLines.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            list.append(QJsonDocument::fromJson(line.toUtf8()).object());
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        // The fixture's logins (not root) look into this folder.
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                        | QFileDevice::ReadOther | QFileDevice::ExeOther));
        m_workspace = m_dir.filePath(QStringLiteral("logs.sqlite"));
        m_log = m_dir.filePath(QStringLiteral("app.log"));
        QVERIFY(append(m_log, "2026-12-07T09:00:00Z first line\n"
                              "2026-12-07T09:00:02Z \x1b]0;pwned\x07\x1b[2Jcleared your screen\n"
                              "2026-12-07T09:00:04Z ERROR disk is on fire\n"));
        QVERIFY(QFile::setPermissions(m_log, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        // Only root may read this one.
        m_secret = m_dir.filePath(QStringLiteral("secret.log"));
        QVERIFY(append(m_secret, "2026-12-07T09:00:00Z for root's eyes\n"));
        QCOMPARE(chmod(QFile::encodeName(m_secret).constData(), 0600), 0);

        Workspace workspace;
        QVERIFY(workspace.open(m_workspace));
        Inventory inventory;
        inventory.setDatabase(workspace.database());
        QString error;
        Group site{0, 0, QStringLiteral("site")};
        QVERIFY(inventory.addGroup(&site, &error));
        for (const QString &name : {QStringLiteral("web1"), QStringLiteral("web2")}) {
            Host host = fx.keyHost(name, QStringLiteral("127.0.0.1"), fx.port, site.id);
            QVERIFY(inventory.addHost(&host, &error));
        }
        Host carol = fx.keyHost(QStringLiteral("admin"), QStringLiteral("127.0.0.1"), fx.adminPort);
        carol.sshUser = QStringLiteral("carol");
        QVERIFY(inventory.addHost(&carol, &error));
        Host gone = fx.keyHost(QStringLiteral("gone"), QStringLiteral("127.0.0.1"), closedLoopbackPort());
        QVERIFY(inventory.addHost(&gone, &error));
        SshSettings settings;
        settings.knownHostsPath = m_dir.filePath(QStringLiteral("known_hosts"));
        QVERIFY(settings.save(workspace.database(), &error));
        // Trust the servers' keys once.
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("web1")}).code, 0);
        QCOMPARE(runCli(QStringLiteral(WERKBANK_CLI), {QStringLiteral("--workspace"), m_workspace, QStringLiteral("run"), QStringLiteral("--host"),
                                                      QStringLiteral("web1"), QStringLiteral("--host"), QStringLiteral("admin"),
                                                      QStringLiteral("--accept-new-host-keys"), QStringLiteral("true")})
                     .code,
                 0);
    }

    void aFileIsPrintedWithItsControlsVisible()
    {
        const CliResult r = cli({QStringLiteral("logs"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--file"), m_log});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].contains(QStringLiteral(" web1 - %1: 2026-12-07T09:00:00Z first line").arg(m_log)), qPrintable(lines[0]));
        QVERIFY2(lines[1].endsWith(QLatin1String("^[]0;pwned^G^[[2Jcleared your screen")), qPrintable(lines[1]));
        QVERIFY(!r.out.contains(QChar(0x1b)));
        QVERIFY(!r.out.contains(QChar(0x07)));
        // Each line starts with its own time, as this machine writes it.
        const QDateTime local = QDateTime(QDate(2026, 12, 7), QTime(9, 0, 4), Qt::UTC).toLocalTime();
        QVERIFY2(lines[2].startsWith(local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate) + QLatin1Char(' ')), qPrintable(lines[2]));
    }

    void jsonTwoHostsMergedByTime()
    {
        const CliResult r = cli({QStringLiteral("logs"), QStringLiteral("--group"), QStringLiteral("site"), QStringLiteral("--file"), m_log,
                                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QList<QJsonObject> lines = objects(r.out);
        QCOMPARE(lines.size(), 6);
        QStringList hosts;
        QString previous;
        for (const QJsonObject &line : lines) {
            QCOMPARE(QStringList(line.keys()), (QStringList{QStringLiteral("host"), QStringLiteral("message"), QStringLiteral("priority"),
                                                            QStringLiteral("time"), QStringLiteral("unit")}));
            QVERIFY(line.value(QStringLiteral("priority")).isNull()); // a file's lines have none
            QCOMPARE(line.value(QStringLiteral("unit")).toString(), m_log);
            const QString time = line.value(QStringLiteral("time")).toString();
            QVERIFY2(time >= previous, qPrintable(time)); // merged: never back in time
            previous = time;
            hosts << line.value(QStringLiteral("host")).toString();
        }
        QCOMPARE(hosts.count(QStringLiteral("web1")), 3);
        QCOMPARE(hosts.count(QStringLiteral("web2")), 3);
        QCOMPARE(lines[0].value(QStringLiteral("time")).toString(), QStringLiteral("2026-12-07T09:00:00.000Z"));
        QCOMPARE(lines[5].value(QStringLiteral("message")).toString(), QStringLiteral("2026-12-07T09:00:04Z ERROR disk is on fire"));
        QVERIFY(!r.out.contains(QLatin1String("\\u001b"))); // made visible even in JSON
        QVERIFY(r.out.contains(QLatin1String("^[]0;pwned^G")));
    }

    void grepSinceAndLines()
    {
        CliResult r = cli({QStringLiteral("logs"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--file"), m_log,
                           QStringLiteral("--grep"), QStringLiteral("ERROR|first"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(objects(r.out).size(), 2);
        r = cli({QStringLiteral("logs"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--file"), m_log,
                 QStringLiteral("--since"), QStringLiteral("2026-12-07T09:00:01Z"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(objects(r.out).size(), 2);
        r = cli({QStringLiteral("logs"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--file"), m_log,
                 QStringLiteral("--lines"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(objects(r.out).size(), 1);
        QVERIFY(objects(r.out).value(0).value(QStringLiteral("message")).toString().contains(QLatin1String("on fire")));
        // An age counts back from now: a file with lines two hours, ten minutes and a moment old.
        const QString recent = m_dir.filePath(QStringLiteral("recent.log"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QByteArray lines;
        for (const qint64 age : {7200, 600, 1})
            lines += now.addSecs(-age).toString(Qt::ISODate).toUtf8() + " aged " + QByteArray::number(age) + "\n";
        QVERIFY(append(recent, lines));
        QVERIFY(QFile::setPermissions(recent, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        r = cli({QStringLiteral("logs"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--file"), recent,
                 QStringLiteral("--since"), QStringLiteral("30m"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(objects(r.out).size(), 2);
        QVERIFY(objects(r.out).value(0).value(QStringLiteral("message")).toString().endsWith(QLatin1String("aged 600")));
    }

    void badOptionsAreRefused()
    {
        const QList<std::pair<QStringList, QString>> cases{
            {{QStringLiteral("--grep"), QStringLiteral("(unclosed")}, QStringLiteral("is no regular expression")},
            {{QStringLiteral("--priority"), QStringLiteral("loud")}, QStringLiteral("--priority takes 0–7")},
            {{QStringLiteral("--since"), QStringLiteral("yesterday")}, QStringLiteral("is no time")},
            {{QStringLiteral("--lines"), QStringLiteral("-3")}, QStringLiteral("--lines must be")},
            {{QStringLiteral("--file"), QStringLiteral("-")}, QStringLiteral("--file takes an absolute path")},
        };
        for (const auto &[options, message] : cases) {
            const CliResult r = cli(QStringList{QStringLiteral("logs"), QStringLiteral("--host"), QStringLiteral("web1")} + options);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
        }
        QCOMPARE(cli({QStringLiteral("logs")}).code, 2); // no host
    }

    void hostileNamesStayData()
    {
        const QString pwned = m_dir.filePath(QStringLiteral("pwned"));
        const CliResult r = cli({QStringLiteral("logs"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--file"),
                                 QStringLiteral("/nonexistent/$(touch %1); touch %1").arg(pwned), QStringLiteral("--unit"), QStringLiteral("a;rm -rf /")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("No such file")), qPrintable(r.err));
        QVERIFY(!QFile::exists(pwned));
        // A host that cannot be reached says so; the others still print.
        const CliResult both = cli({QStringLiteral("logs"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--host"),
                                    QStringLiteral("gone"), QStringLiteral("--file"), m_log});
        QCOMPARE(both.code, 1);
        QCOMPARE(both.out.count(QLatin1Char('\n')), 3);
        QVERIFY2(both.err.contains(QLatin1String("gone")), qPrintable(both.err));
    }

    void rootOnlyFilesNeedSudo()
    {
        CliResult r = cli({QStringLiteral("logs"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--file"), m_secret});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("admin: needs root")) && r.err.contains(QLatin1String("Permission denied")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // carol may sudo with her password, given on stdin (never on a command line).
        r = cli({QStringLiteral("logs"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--file"), m_secret, QStringLiteral("--sudo"),
                 QStringLiteral("--sudo-password-stdin")},
                fx.operatorPassword.toUtf8() + '\n');
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("for root's eyes")), qPrintable(r.out));
        QVERIFY(!r.out.contains(fx.operatorPassword) && !r.err.contains(fx.operatorPassword));
        // None at all: sudo -n says it needs one, at once, instead of waiting for it.
        r = cli({QStringLiteral("logs"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--file"), m_secret, QStringLiteral("--sudo")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("password is required")), qPrintable(r.err));
        // A wrong one: sudo says no.
        r = cli({QStringLiteral("logs"), QStringLiteral("--host"), QStringLiteral("admin"), QStringLiteral("--file"), m_secret, QStringLiteral("--sudo"),
                 QStringLiteral("--sudo-password-stdin")},
                "not her password\n");
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QLatin1String("incorrect password")) || r.err.contains(QLatin1String("Sorry")), qPrintable(r.err));
    }

    void followGoesOnAsTheFileGrows()
    {
        QProcess follow;
        follow.start(QStringLiteral(WERKBANK_CLI), {QStringLiteral("--workspace"), m_workspace, QStringLiteral("logs"), QStringLiteral("--host"),
                                                    QStringLiteral("web1"), QStringLiteral("--file"), m_log, QStringLiteral("--follow"),
                                                    QStringLiteral("--lines"), QStringLiteral("0"), QStringLiteral("--json")});
        QVERIFY(follow.waitForStarted());
        QByteArray seen;
        // tail -F has started once a line written now comes back; write until one does.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                append(m_log, "ready?\n");
                follow.waitForReadyRead(300);
                seen += follow.readAllStandardOutput();
                return seen.contains("ready?");
            }(),
            20000);
        QVERIFY(append(m_log, "2026-12-07T10:00:00Z later \x1b[1mbold\x1b[0m\n"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                follow.waitForReadyRead(300);
                seen += follow.readAllStandardOutput();
                return seen.contains("later");
            }(),
            10000);
        const QJsonObject later = objects(QString::fromUtf8(seen.mid(seen.lastIndexOf('\n', seen.indexOf("later")) + 1))).value(0);
        QCOMPARE(later.value(QStringLiteral("message")).toString(), QStringLiteral("2026-12-07T10:00:00Z later ^[[1mbold^[[0m"));
        QCOMPARE(follow.state(), QProcess::Running); // following: it does not end by itself
        follow.terminate();
        QVERIFY(follow.waitForFinished(10000));
    }

    void theJournalOfAHostWithoutSystemd()
    {
        // This machine has journalctl but no journal: no entries, not an error.
        const CliResult r = cli({QStringLiteral("logs"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--json"),
                                 QStringLiteral("--priority"), QStringLiteral("err"), QStringLiteral("--unit"), QStringLiteral("ssh.service")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const QJsonObject &line : objects(r.out))
            QCOMPARE(line.value(QStringLiteral("host")).toString(), QStringLiteral("web1"));
    }
};

QTEST_GUILESS_MAIN(TestCliLogs)
#include "tst_cli_logs.moc"
