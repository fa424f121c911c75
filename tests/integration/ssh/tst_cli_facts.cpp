// werkbank-cli facts, the real program, against the sshd fixture (this
// Debian machine seen over SSH): the JSON keys, updates as apt lists them
// here, backup checks by file and by command set per group, a host that
// cannot be reached, and the facts kept in the workspace.
#include "tests/integration/ssh/SshFixture.h"
#include "tests/support/CliTestSupport.h"

#include "core/fleet/FactsScript.h"
#include "core/fleet/FactsStore.h"
#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"
#include "core/targets/SshSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <utime.h>

using namespace wb;
using namespace wbtest;

class TestCliFacts : public QObject
{
    Q_OBJECT
    SshFixture fx;
    QTemporaryDir m_dir;
    QString m_workspace;
    HostId m_web1 = 0;

    CliResult cli(const QStringList &arguments)
    {
        return runCli(QStringLiteral(WERKBANK_CLI), QStringList{QStringLiteral("--workspace"), m_workspace} + arguments, {}, 120000);
    }

    static QHash<QString, QJsonObject> byHost(const QString &jsonLines) { return jsonLinesBy(QStringLiteral("host"), jsonLines); }

    // What apt on this machine (the fixture's host) says is upgradable.
    static int aptUpgradable(int *security)
    {
        QProcess apt;
        apt.start(QStringLiteral("apt"), {QStringLiteral("list"), QStringLiteral("--upgradable")});
        apt.waitForFinished(60000);
        int count = 0;
        *security = 0;
        for (const QByteArray &line : apt.readAllStandardOutput().split('\n')) {
            if (!line.contains("[upgradable from:"))
                continue;
            ++count;
            if (line.left(line.indexOf(' ')).contains("-security"))
                ++*security;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        m_workspace = m_dir.filePath(QStringLiteral("facts.sqlite"));
        // The fixture's login (not root) looks into this folder.
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                        | QFileDevice::ReadOther | QFileDevice::ExeOther));
        // A backup stamp two hours old, in a path that needs quoting.
        const QString stamp = m_dir.filePath(QStringLiteral("last ok; $(touch pwned)"));
        QFile file(stamp);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const time_t twoHoursAgo = time(nullptr) - 7200;
        const utimbuf times{twoHoursAgo, twoHoursAgo};
        QCOMPARE(utime(QFile::encodeName(stamp).constData(), &times), 0);

        Workspace workspace;
        QVERIFY(workspace.open(m_workspace));
        Inventory inventory;
        inventory.setDatabase(workspace.database());
        QString error;
        Group site{0, 0, QStringLiteral("site")};
        QVERIFY(inventory.addGroup(&site, &error));
        Group web{0, site.id, QStringLiteral("web")};
        QVERIFY(inventory.addGroup(&web, &error));
        Group db{0, site.id, QStringLiteral("db")};
        QVERIFY(inventory.addGroup(&db, &error));
        Host web1 = fx.keyHost(QStringLiteral("web1"), QStringLiteral("127.0.0.1"), fx.port, web.id);
        QVERIFY(inventory.addHost(&web1, &error));
        m_web1 = web1.id;
        Host db1 = fx.keyHost(QStringLiteral("db1"), QStringLiteral("127.0.0.1"), fx.port, db.id);
        QVERIFY(inventory.addHost(&db1, &error));
        Host gone = fx.keyHost(QStringLiteral("gone"), QStringLiteral("127.0.0.1"), closedLoopbackPort(), db.id);
        QVERIFY(inventory.addHost(&gone, &error));
        // The site's check (a file) reaches web1 through its group; db has a command of its own.
        QVERIFY(FactsStore::setBackupCheck(workspace.database(), site.id, {BackupCheck::Kind::File, stamp}, &error));
        QVERIFY(FactsStore::setBackupCheck(workspace.database(), db.id, {BackupCheck::Kind::Command, QStringLiteral("echo 2024-12-05T02:00:00Z")}, &error));
        SshSettings settings;
        settings.knownHostsPath = m_dir.filePath(QStringLiteral("known_hosts"));
        QVERIFY(settings.save(workspace.database(), &error));
    }

    void jsonHasEveryFact()
    {
        const CliResult r = cli({QStringLiteral("facts"), QStringLiteral("--group"), QStringLiteral("site"), QStringLiteral("--json"),
                              QStringLiteral("--accept-new-host-keys")});
        QCOMPARE(r.code, 1); // gone's port is closed
        const QHash<QString, QJsonObject> hosts = byHost(r.out);
        QCOMPARE(hosts.size(), 3);
        const QJsonObject web1 = hosts.value(QStringLiteral("web1"));
        const QJsonObject os = web1.value(QStringLiteral("os")).toObject();
        QCOMPARE(os.value(QStringLiteral("id")).toString(), QStringLiteral("debian"));
        QCOMPARE(os.value(QStringLiteral("version")).toString(), QStringLiteral("12"));
        QVERIFY(os.value(QStringLiteral("pretty_name")).toString().startsWith(QLatin1String("Debian GNU/Linux 12")));
        QVERIFY(!web1.value(QStringLiteral("kernel")).toString().isEmpty());
        QVERIFY(web1.value(QStringLiteral("uptime_s")).toDouble() > 0);
        QVERIFY(web1.value(QStringLiteral("cpus")).toInt() >= 1);
        QCOMPARE(web1.value(QStringLiteral("load")).toArray().size(), 3);
        const QJsonObject memory = web1.value(QStringLiteral("memory")).toObject();
        for (const char *key : {"total_bytes", "available_bytes", "swap_total_bytes", "swap_used_bytes"})
            QVERIFY2(memory.value(QLatin1String(key)).isDouble(), key);
        QVERIFY(memory.value(QStringLiteral("total_bytes")).toDouble() > memory.value(QStringLiteral("available_bytes")).toDouble());
        const QJsonArray filesystems = web1.value(QStringLiteral("filesystems")).toArray();
        QVERIFY(!filesystems.isEmpty());
        for (const QJsonValue &fs : filesystems) {
            QVERIFY(fs.toObject().value(QStringLiteral("mount")).toString().startsWith(QLatin1Char('/')));
            QVERIFY(fs.toObject().value(QStringLiteral("size_bytes")).toDouble() >= fs.toObject().value(QStringLiteral("used_bytes")).toDouble());
        }
        int security = 0;
        const int updates = aptUpgradable(&security);
        QCOMPARE(web1.value(QStringLiteral("updates")).toInt(), updates);
        QCOMPARE(web1.value(QStringLiteral("security_updates")).toInt(), security);
        QVERIFY(web1.value(QStringLiteral("reboot_required")).isBool());
        QVERIFY(web1.value(QStringLiteral("failed_units")).isArray());
        const qint64 backupAge = qint64(web1.value(QStringLiteral("backup_age_s")).toDouble());
        QVERIFY2(backupAge >= 7200 && backupAge < 7200 + 120, qPrintable(QString::number(backupAge)));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("pwned"))));
        const QDateTime taken = QDateTime::fromString(web1.value(QStringLiteral("taken")).toString(), Qt::ISODate);
        QVERIFY(taken.isValid() && qAbs(taken.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QVERIFY(web1.value(QStringLiteral("taken")).toString().endsWith(QLatin1Char('Z')));

        const qint64 commandAge = qint64(hosts.value(QStringLiteral("db1")).value(QStringLiteral("backup_age_s")).toDouble());
        const qint64 expected = QDateTime(QDate(2024, 12, 5), QTime(2, 0), Qt::UTC).secsTo(QDateTime::currentDateTimeUtc());
        QVERIFY2(qAbs(commandAge - expected) < 120, qPrintable(QString::number(commandAge)));
        QVERIFY2(hosts.value(QStringLiteral("gone")).value(QStringLiteral("error")).toString().contains(QLatin1String("refused"), Qt::CaseInsensitive),
                 qPrintable(r.out));

        // Kept in the workspace, for the window and the history.
        Workspace workspace;
        QVERIFY(workspace.open(m_workspace));
        QHash<HostId, HostFacts> latest;
        QString error;
        QVERIFY2(FactsStore::latest(workspace.database(), &latest, &error), qPrintable(error));
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest.value(m_web1).updates, updates);
    }

    void aHostWithoutBackupCheckSaysNull()
    {
        const CliResult r = cli({QStringLiteral("facts"), QStringLiteral("--json"), QStringLiteral("--host"),
                              QStringLiteral("%1@127.0.0.1:%2").arg(fx.user).arg(fx.port), QStringLiteral("-i"), fx.clientKey()});
        QCOMPARE(r.code, 0);
        const QJsonObject line = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(line.value(QStringLiteral("backup_age_s")).isNull());
        QCOMPARE(line.value(QStringLiteral("host")).toString(), QStringLiteral("%1@127.0.0.1:%2").arg(fx.user).arg(fx.port));
    }

    void textIsOneLinePerHost()
    {
        const CliResult r = cli({QStringLiteral("facts"), QStringLiteral("--host"), QStringLiteral("web1")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.out.startsWith(QLatin1String("web1: Debian GNU/Linux 12")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("last backup 2 h ago")), qPrintable(r.out));
        QCOMPARE(cli({QStringLiteral("facts")}).code, 2);
        // What runs on the hosts can be read first.
        const CliResult script = cli({QStringLiteral("facts"), QStringLiteral("--print-script")});
        QCOMPARE(script.code, 0);
        QCOMPARE(script.out.toUtf8(), FactsScript::script());
    }

    void retentionIsASettingOfTheWorkspace()
    {
        CliResult r = cli({QStringLiteral("facts"), QStringLiteral("--retention"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral(R"({"keep_all_days":7,"keep_daily_days":90})"));
        r = cli({QStringLiteral("facts"), QStringLiteral("--retention"), QStringLiteral("--keep-all-days"), QStringLiteral("14"),
                 QStringLiteral("--keep-daily-days"), QStringLiteral("180")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("Every snapshot for 14 days, then the newest of each day until 180 days, then the newest of each week."));
        Workspace workspace;
        QVERIFY(workspace.open(m_workspace));
        const FactsRetention kept = FactsRetention::load(workspace.database());
        QCOMPARE(kept.keepAllDays, 14);
        QCOMPARE(kept.keepDailyDays, 180);
        // Nonsense is refused, and changes nothing.
        for (const QStringList &bad : {QStringList{QStringLiteral("--keep-all-days"), QStringLiteral("0")},
                                       QStringList{QStringLiteral("--keep-daily-days"), QStringLiteral("7")},
                                       QStringList{QStringLiteral("--keep-all-days"), QStringLiteral("a;rm -rf /")}}) {
            r = cli(QStringList{QStringLiteral("facts"), QStringLiteral("--retention")} + bad);
            QCOMPARE(r.code, 2);
        }
        QCOMPARE(cli({QStringLiteral("facts"), QStringLiteral("--keep-all-days"), QStringLiteral("3")}).code, 2); // without --retention
        QCOMPARE(FactsRetention::load(workspace.database()).keepAllDays, 14);
    }
};

QTEST_GUILESS_MAIN(TestCliFacts)
#include "tst_cli_facts.moc"
