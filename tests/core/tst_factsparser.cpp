// The facts parser on outputs of the facts script: a real capture from
// Debian 12 (this machine), samples of Ubuntu 24.04, Rocky 9 and Alpine 3
// (tests/core/fleet/data), and real outputs of those systems' tools captured
// by others (data/captured, SOURCES.md there) spliced into the samples; the
// script itself run by a local sh with a hostile backup path.
#include "core/fleet/FactsScript.h"
#include "core/fleet/HostFacts.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;

namespace {
HostFacts parsed(const char *name)
{
    QFile file(QStringLiteral(WERKBANK_SOURCE_DIR "/tests/core/fleet/data/%1.txt").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", name);
    return FactsParser::parse(file.readAll(), QDateTime(QDate(2024, 12, 6), QTime(9, 0), Qt::UTC));
}

QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(WERKBANK_SOURCE_DIR "/tests/core/fleet/data/%1").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    return file.readAll();
}

// The sample's output with one section's text replaced.
QByteArray withSection(QByteArray output, const QByteArray &section, const QByteArray &text)
{
    const QByteArray header = "\n@@wb " + section + "\n";
    const qsizetype start = output.indexOf(header);
    if (start < 0)
        qFatal("no section %s", section.constData());
    const qsizetype body = start + header.size();
    qsizetype end = output.indexOf("\n@@wb ", body);
    if (end < 0)
        end = output.size();
    output.replace(body, end - body, text.endsWith('\n') ? text.chopped(1) : text);
    return output;
}

HostFacts parsedWith(const char *base, const QByteArray &section, const QString &captured)
{
    const QByteArray output = withSection(sample(QLatin1String(base) + QStringLiteral(".txt")), section,
                                          sample(QStringLiteral("captured/") + captured));
    return FactsParser::parse(output, QDateTime(QDate(2024, 12, 6), QTime(9, 0), Qt::UTC));
}

QStringList mounts(const HostFacts &f)
{
    QStringList list;
    for (const HostFacts::Filesystem &fs : f.filesystems)
        list << fs.mount;
    return list;
}
} // namespace

class TestFactsParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void debian12()
    {
        const HostFacts f = parsed("debian12");
        QCOMPARE(f.osId, QStringLiteral("debian"));
        QCOMPARE(f.osVersion, QStringLiteral("12"));
        QCOMPARE(f.osPrettyName, QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        QCOMPARE(f.cpus, 2);
        QCOMPARE(f.uptimeSeconds, 2484);
        QCOMPARE(f.load[0], 1.79);
        QCOMPARE(f.memoryTotalBytes, 24683772LL * 1024);
        QCOMPARE(f.memoryAvailableBytes, 23698112LL * 1024);
        QCOMPARE(mounts(f), QStringList{QStringLiteral("/")}); // devtmpfs, tmpfs and cgroups left out
        QCOMPARE(f.filesystems.first().type, QStringLiteral("ext4"));
        QCOMPARE(f.fullestPercent(), 23);
        QCOMPARE(f.packageManager, QStringLiteral("apt"));
        QCOMPARE(f.updates, 136);
        QCOMPARE(f.securityUpdates, 88);
        QVERIFY(f.upgradable.contains(QStringLiteral("openssl")));
        QCOMPARE(f.rebootRequired, HostFacts::Answer::No);
        QVERIFY(!f.systemd);
        QCOMPARE(f.problems.value(QStringLiteral("failed_units")), QStringLiteral("no systemd"));
        QVERIFY(!f.backupConfigured);
    }

    void ubuntu2404()
    {
        const HostFacts f = parsed("ubuntu2404");
        QCOMPARE(f.osId, QStringLiteral("ubuntu"));
        QCOMPARE(f.osVersion, QStringLiteral("24.04"));
        QCOMPARE(f.osLike, QStringLiteral("debian"));
        QCOMPARE(f.kernel, QStringLiteral("6.8.0-45-generic"));
        QCOMPARE(f.uptimeSeconds, 1296000);
        QCOMPARE(f.swapTotalBytes, 4194300LL * 1024);
        QCOMPARE(f.swapUsedBytes, (4194300LL - 3931132LL) * 1024);
        // The snap's squashfs, tmpfs and the bind mount of / are left out; a blank in a path survives.
        QCOMPARE(mounts(f), (QStringList{QStringLiteral("/"), QStringLiteral("/boot"), QStringLiteral("/boot/efi"), QStringLiteral("/srv/backup data")}));
        QCOMPARE(f.filesystems.last().type, QStringLiteral("xfs"));
        QCOMPARE(f.fullest()->mount, QStringLiteral("/"));
        QCOMPARE(f.fullestPercent(), 94); // as df rounds: up
        QCOMPARE(f.updates, 6);
        QCOMPARE(f.securityUpdates, 3);
        QCOMPARE(f.rebootRequired, HostFacts::Answer::Yes);
        QVERIFY(f.systemd);
        QCOMPARE(f.failedUnits, (QStringList{QStringLiteral("logrotate.service"), QStringLiteral("snapd.seeded.service")}));
        QVERIFY(f.backupConfigured);
        QCOMPARE(f.backupAgeSeconds, 14 * 3600); // the host's own clock against the file's time
    }

    void rocky9()
    {
        const HostFacts f = parsed("rocky9");
        QCOMPARE(f.osId, QStringLiteral("rocky"));
        QCOMPARE(f.osVersion, QStringLiteral("9.4"));
        QCOMPARE(f.osLike, QStringLiteral("rhel centos fedora"));
        QCOMPARE(mounts(f), (QStringList{QStringLiteral("/"), QStringLiteral("/boot"), QStringLiteral("/home"), QStringLiteral("/mnt/nfs")}));
        QCOMPARE(f.fullestPercent(), 93);
        QCOMPARE(f.packageManager, QStringLiteral("dnf"));
        QCOMPARE(f.updates, 6); // not the obsoleted package below its heading
        QCOMPARE(f.upgradable.first(), QStringLiteral("kernel"));
        QCOMPARE(f.securityUpdates, 4);
        QCOMPARE(f.rebootRequired, HostFacts::Answer::Yes); // needs-restarting -r said so
        QCOMPARE(f.failedUnits, QStringList{QStringLiteral("kdump.service")}); // the bullet is not a unit
        QCOMPARE(f.backupAgeSeconds, 31 * 3600); // from the command's ISO 8601 time
        QCOMPARE(f.swapUsedBytes, (2097148LL - 104856LL) * 1024);
    }

    void alpine3()
    {
        const HostFacts f = parsed("alpine3");
        QCOMPARE(f.osId, QStringLiteral("alpine"));
        QCOMPARE(f.osVersion, QStringLiteral("3.20.3"));
        QCOMPARE(f.cpus, 1);
        QCOMPARE(mounts(f), (QStringList{QStringLiteral("/"), QStringLiteral("/boot")}));
        QCOMPARE(f.packageManager, QStringLiteral("apk"));
        QCOMPARE(f.updates, 4);
        QCOMPARE(f.upgradable, (QStringList{QStringLiteral("busybox"), QStringLiteral("busybox-binsh"), QStringLiteral("linux-lts"), QStringLiteral("openssl")}));
        QCOMPARE(f.securityUpdates, -1);
        QVERIFY(f.problems.contains(QStringLiteral("security_updates")));
        // The running kernel's modules are gone: a newer one was installed.
        QCOMPARE(f.rebootRequired, HostFacts::Answer::Yes);
        QVERIFY(!f.systemd);
        QVERIFY(f.backupConfigured);
        QCOMPARE(f.backupAgeSeconds, -1);
        QVERIFY2(f.problems.value(QStringLiteral("backup_age_s")).contains(QLatin1String("No such file")), qPrintable(f.problems.value(QStringLiteral("backup_age_s"))));
    }

    // Real outputs, as hosts printed them (data/captured/SOURCES.md).
    void capturedOsReleases()
    {
        HostFacts f = parsedWith("ubuntu2404", "os-release", QStringLiteral("ubuntu2404-os-release.txt"));
        QCOMPARE(f.osId, QStringLiteral("ubuntu"));
        QCOMPARE(f.osVersion, QStringLiteral("24.04"));
        QCOMPARE(f.osPrettyName, QStringLiteral("Ubuntu 24.04.3 LTS"));
        f = parsedWith("rocky9", "os-release", QStringLiteral("rocky97-os-release.txt"));
        QCOMPARE(f.osId, QStringLiteral("rocky"));
        QCOMPARE(f.osVersion, QStringLiteral("9.7"));
        QCOMPARE(f.osLike, QStringLiteral("rhel centos fedora"));
        QCOMPARE(f.osPrettyName, QStringLiteral("Rocky Linux 9.7 (Blue Onyx)"));
        f = parsedWith("alpine3", "os-release", QStringLiteral("alpine3221-os-release.txt"));
        QCOMPARE(f.osId, QStringLiteral("alpine"));
        QCOMPARE(f.osVersion, QStringLiteral("3.22.1"));
        QCOMPARE(f.osPrettyName, QStringLiteral("Alpine Linux v3.22"));
    }

    void capturedAptLists()
    {
        HostFacts f = parsedWith("ubuntu2404", "apt-upgradable", QStringLiteral("ubuntu2404-apt-list-upgradable-piped.txt"));
        QCOMPARE(f.updates, 3);
        QCOMPARE(f.securityUpdates, 3);
        QCOMPARE(f.upgradable, (QStringList{QStringLiteral("gzip"), QStringLiteral("libc-bin"), QStringLiteral("libpam-runtime")}));
        // On a terminal: "Listing... Done"; a third-party suite, epochs, "noble-security" alone.
        f = parsedWith("ubuntu2404", "apt-upgradable", QStringLiteral("ubuntu2404-apt-list-upgradable-terminal.txt"));
        QCOMPARE(f.updates, 18);
        QCOMPARE(f.securityUpdates, 7);
        QVERIFY(f.upgradable.contains(QStringLiteral("containerd.io")));
        QVERIFY(f.upgradable.contains(QStringLiteral("libssl3t64")));
        QVERIFY(!f.upgradable.contains(QStringLiteral("Listing...")));
    }

    void capturedDnfLists()
    {
        // Columns over 100 characters wide (no terminal), the locale warning, an Obsoleting block.
        HostFacts f = parsedWith("rocky9", "dnf-check-update", QStringLiteral("alma97-dnf-check-update.txt"));
        QCOMPARE(f.updates, 6);
        QCOMPARE(f.upgradable, (QStringList{QStringLiteral("ImageMagick7-djvu"), QStringLiteral("ImageMagick7-heic"),
                                            QStringLiteral("NetworkManager"), QStringLiteral("almalinux-gpg-keys"),
                                            QStringLiteral("yum"), QStringLiteral("yum-utils")}));
        // A package behind by several releases has a line for each: it counts once.
        f = parsedWith("rocky9", "dnf-security", QStringLiteral("rhel93-dnf-updateinfo-security.txt"));
        QCOMPARE(f.securityUpdates, 15);
        QVERIFY(!f.problems.contains(QStringLiteral("security_updates")));
    }

    void capturedApkList()
    {
        const HostFacts f = parsedWith("alpine3", "apk-upgradable", QStringLiteral("alpine318-apk-list-upgradable.txt"));
        QCOMPARE(f.updates, 9);
        // Licences with spaces, names ending in digits, versions that are dates.
        QCOMPARE(f.upgradable, (QStringList{QStringLiteral("apk-tools"), QStringLiteral("busybox"), QStringLiteral("busybox-binsh"),
                                            QStringLiteral("ca-certificates-bundle"), QStringLiteral("libcrypto3"),
                                            QStringLiteral("libssl3"), QStringLiteral("musl"), QStringLiteral("musl-utils"),
                                            QStringLiteral("ssl_client")}));
    }

    void capturedBusyBoxDf_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("mounts");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<qint64>("firstUsedKb");
        // A container's overlay: counted as its root only at / (elsewhere it is a view of a disk counted already).
        QTest::newRow("overlay elsewhere") << QStringLiteral("busybox-df-overlay.txt")
                                           << QByteArray("overlay /dockback-hostfs overlay rw,relatime 0 0\n/dev/sda3 / ext4 rw 0 0")
                                           << QStringList{} << qint64(0);
        QTest::newRow("container root") << QStringLiteral("busybox-df-container-root.txt")
                                        << QByteArray("overlay / overlay rw,relatime,lowerdir=/l,upperdir=/u,workdir=/w 0 0")
                                        << QStringList{QStringLiteral("/")} << qint64(388165188);
        // A long device name pushes the numbers right instead of wrapping.
        QTest::newRow("long device") << QStringLiteral("busybox-df-long-device.txt")
                                     << QByteArray("/dev/mapper/home-encrypted-disk /home ext4 rw,relatime 0 0")
                                     << QStringList{QStringLiteral("/home")} << qint64(112564);
        QTest::newRow("wide percent") << QStringLiteral("busybox-df-wide-percent.txt")
                                      << QByteArray("/dev/mmcblk0p2 /host-control ext4 rw 0 0\n/dev/nvme0n1p1 /data/ssd ext4 rw 0 0")
                                      << QStringList{QStringLiteral("/host-control"), QStringLiteral("/data/ssd")} << qint64(12624592);
    }
    void capturedBusyBoxDf()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, mounts);
        QFETCH(QStringList, expected);
        QFETCH(qint64, firstUsedKb);
        QByteArray output = withSection(sample(QStringLiteral("alpine3.txt")), "df", sample(QStringLiteral("captured/") + file));
        output = withSection(output, "mounts", mounts);
        const HostFacts f = FactsParser::parse(output, QDateTime(QDate(2024, 12, 6), QTime(9, 0), Qt::UTC));
        QCOMPARE(::mounts(f), expected);
        if (!expected.isEmpty())
            QCOMPARE(f.filesystems.first().usedBytes, firstUsedKb * 1024);
    }

    void capturedFailedUnits()
    {
        for (const QString &file : {QStringLiteral("systemctl-failed-no-legend.txt"), QStringLiteral("systemctl-failed-no-legend-glyph.txt")}) {
            const QByteArray text = sample(QStringLiteral("captured/") + file) + "@@exit 0\n";
            const QByteArray output = withSection(sample(QStringLiteral("ubuntu2404.txt")), "failed-units", text);
            const HostFacts f = FactsParser::parse(output, QDateTime(QDate(2024, 12, 6), QTime(9, 0), Qt::UTC));
            QCOMPARE(f.failedUnits, QStringList{QStringLiteral("fail-test-unit.service")});
        }
    }

    void aBackupFileTheLoginMayNotReadNeedsRoot()
    {
        const HostFacts f = FactsParser::parse(QByteArray("@@wb backup-file\nstat: cannot statx '/root/last-ok': Permission denied\n@@exit 1\n"),
                                               QDateTime::currentDateTimeUtc());
        QVERIFY(f.backupConfigured);
        QCOMPARE(f.backupAgeSeconds, -1);
        QCOMPARE(f.problems.value(QStringLiteral("backup_age_s")),
                 QStringLiteral("needs root: the backup file cannot be read: stat: cannot statx '/root/last-ok': Permission denied"));
    }

    void garbageGivesUnknownsNotCrashes()
    {
        const HostFacts f = FactsParser::parse(QByteArray("\x1b]0;owned\x07\n@@wb cpus\nmany\n@@wb df\n/dev/x 1 2\n@@wb meminfo\nMemTotal: lots\n"),
                                               QDateTime::currentDateTimeUtc());
        QCOMPARE(f.cpus, -1);
        QVERIFY(f.filesystems.isEmpty());
        QVERIFY(f.problems.contains(QStringLiteral("os")));
        QVERIFY(f.problems.contains(QStringLiteral("updates")));
        QCOMPARE(FactsParser::parse({}, QDateTime::currentDateTimeUtc()).updates, -1);
    }

    void jsonKeepsEveryFact_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"debian12", "ubuntu2404", "rocky9", "alpine3"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void jsonKeepsEveryFact()
    {
        QFETCH(QString, name);
        const HostFacts f = parsed(name.toLatin1().constData());
        const QJsonObject json = f.toJson();
        for (const char *key : {"os", "kernel", "uptime_s", "cpus", "load", "memory", "filesystems", "updates", "security_updates",
                                "reboot_required", "failed_units", "backup_age_s", "taken"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("taken")).toString(), QStringLiteral("2024-12-06T09:00:00Z"));
        QCOMPARE(json.value(QStringLiteral("load")).toArray().size(), 3);
        QCOMPARE(HostFacts::fromJson(json), f);
    }

    void versionsCompareNaturally()
    {
        QVERIFY(FactsParser::compareVersions(QStringLiteral("5.10.0-28-amd64"), QStringLiteral("6.1.0-9-amd64")) < 0);
        QVERIFY(FactsParser::compareVersions(QStringLiteral("5.14.0-427.16.1.el9_4"), QStringLiteral("5.14.0-427.13.1.el9_4")) > 0);
        QCOMPARE(FactsParser::compareVersions(QStringLiteral("6.6.49-0-lts"), QStringLiteral("6.6.49-0-lts")), 0);
    }

    void theScriptRunsInALocalShellWithAHostilePath()
    {
        // The path is data: quoted, never run. The file exists, so its age comes back.
        QTemporaryDir dir;
        const QString hostile = dir.filePath(QStringLiteral("last-ok '$(touch pwned)'; `id` \"x\""));
        QFile stamp(hostile);
        QVERIFY(stamp.open(QIODevice::WriteOnly));
        stamp.close();
        QProcess sh;
        sh.setWorkingDirectory(dir.path());
        sh.start(QStringLiteral("sh"), {QStringLiteral("-s")});
        sh.write(FactsScript::script({BackupCheck::Kind::File, hostile}));
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished(60000));
        QCOMPARE(sh.exitCode(), 0);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pwned"))));
        const HostFacts f = FactsParser::parse(sh.readAllStandardOutput(), QDateTime::currentDateTimeUtc());
        QVERIFY(f.backupConfigured);
        QVERIFY2(f.backupAgeSeconds >= 0 && f.backupAgeSeconds < 120, qPrintable(f.problems.value(QStringLiteral("backup_age_s"))));
        QVERIFY(!f.kernel.isEmpty());
        QVERIFY(f.cpus >= 1);
        QVERIFY(!f.filesystems.isEmpty());
    }

    void backupChecksAreOneLine()
    {
        BackupCheck check;
        QVERIFY(BackupCheck::parse(QStringLiteral("file:/var/backups/last-ok"), &check));
        QCOMPARE(check.kind, BackupCheck::Kind::File);
        QCOMPARE(check.stored(), QStringLiteral("file:/var/backups/last-ok"));
        QVERIFY(BackupCheck::parse(QStringLiteral("command: cat /srv/stamp"), &check));
        QCOMPARE(check.text, QStringLiteral("cat /srv/stamp"));
        QVERIFY(BackupCheck::parse(QString(), &check));
        QCOMPARE(check.kind, BackupCheck::Kind::None);
        QString error;
        QVERIFY(!BackupCheck::parse(QStringLiteral("command:true\nrm -rf /"), &check, &error));
        QVERIFY(!BackupCheck::parse(QStringLiteral("/var/backups/last-ok"), &check, &error));
        QVERIFY(error.contains(QLatin1String("file:PATH")));
    }
};

QTEST_GUILESS_MAIN(TestFactsParser)
#include "tst_factsparser.moc"
