// werkbank-cli get and put, the real program, against the sshd fixture's
// SFTP (internal-sftp, as the fixture's login, not root): a tree with odd
// names (spaces, a newline, UTF-8, a leading dash, shell syntax) and a link
// there and back with modes and times kept; conflicts refused, skipped and
// overwritten; several hosts into LOCAL/<host>/; a copy cut off by killing
// the program and again by the server, resumed to a byte-identical file; an
// unreachable host.
#include "tests/integration/ssh/SshFixture.h"
#include "tests/support/CliTestSupport.h"

#include "core/inventory/Inventory.h"
#include "core/storage/Workspace.h"
#include "core/targets/SshSettings.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

using namespace wb;
using namespace wbtest;

namespace {

const QStringList oddNames = {QStringLiteral("with  two spaces.txt"), QStringLiteral("line\nbreak"),
                              QStringLiteral("Ünïcødé ✓ 日本.txt"), QStringLiteral("-rf"), QStringLiteral("$(id);x`y`")};

bool writeFile(const QString &path, const QByteArray &data, int mode = 0644, qint64 mtime = 1600000000)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return false;
    file.close();
    const struct utimbuf times {mtime, mtime};
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0
           && ::utime(QFile::encodeName(path).constData(), &times) == 0;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

// Every entry under root: relative path → "type mode mtime content-hash-or-link-target".
QMap<QString, QString> treeOf(const QString &root)
{
    QMap<QString, QString> tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat info {};
        if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
            continue;
        QString what;
        if (S_ISLNK(info.st_mode))
            what = QStringLiteral("link ") + QFile::symLinkTarget(path).section(QLatin1Char('/'), -1);
        else if (S_ISDIR(info.st_mode))
            what = QStringLiteral("dir %1 %2").arg(info.st_mode & 07777, 0, 8).arg(info.st_mtim.tv_sec);
        else
            what = QStringLiteral("file %1 %2 %3")
                       .arg(info.st_mode & 07777, 0, 8)
                       .arg(info.st_mtim.tv_sec)
                       .arg(QString::fromLatin1(QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex()));
        tree.insert(path.mid(root.size()), what);
    }
    return tree;
}

QList<QJsonObject> objects(const QString &jsonLines)
{
    QList<QJsonObject> list;
    for (const QString &line : jsonLines.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        list.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return list;
}

} // namespace

class TestCliTransfer : public QObject
{
    Q_OBJECT
    SshFixture fx;
    QTemporaryDir m_dir;
    QTemporaryDir m_remote; // the server's side: the fixture's login writes here
    QString m_workspace;
    QString m_tree;

    CliResult cli(const QStringList &arguments, int timeoutMs = 120000)
    {
        return runCli(QStringLiteral(WERKBANK_CLI), QStringList{QStringLiteral("--workspace"), m_workspace} + arguments, {}, timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        QCOMPARE(::chmod(QFile::encodeName(m_remote.path()).constData(), 0777), 0);
        QCOMPARE(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755), 0);
        m_workspace = m_dir.filePath(QStringLiteral("files.sqlite"));
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
        // A device without SFTP (the fixture's second server has no sftp subsystem).
        Host router = fx.keyHost(QStringLiteral("router1"), QStringLiteral("127.0.0.1"), fx.rekeyedPort);
        QVERIFY(inventory.addHost(&router, &error));
        Host gone = fx.keyHost(QStringLiteral("gone"), QStringLiteral("127.0.0.1"), closedLoopbackPort());
        QVERIFY(inventory.addHost(&gone, &error));
        SshSettings settings;
        settings.knownHostsPath = m_dir.filePath(QStringLiteral("known_hosts"));
        QVERIFY(settings.save(workspace.database(), &error));
        QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--accept-new-host-keys"),
                      QStringLiteral("true")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--host"), QStringLiteral("router1"), QStringLiteral("--accept-new-host-keys"),
                      QStringLiteral("true")})
                     .code,
                 0);

        // The tree to copy: odd names at two levels, modes, times, a link.
        m_tree = m_dir.filePath(QStringLiteral("tree"));
        QVERIFY(QDir().mkpath(m_tree + QStringLiteral("/sub folder/deeper")));
        int seed = 1;
        for (const QString &name : oddNames) {
            QVERIFY(writeFile(m_tree + QLatin1Char('/') + name, name.toUtf8().repeated(seed * 1000), 0640, 1500000000 + seed));
            QVERIFY(writeFile(m_tree + QStringLiteral("/sub folder/") + name, QByteArray(seed * 70000, char('a' + seed)), 0600));
            ++seed;
        }
        QByteArray big(3 * 1024 * 1024 + 7, Qt::Uninitialized);
        QRandomGenerator(5).fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
        QVERIFY(writeFile(m_tree + QStringLiteral("/sub folder/deeper/big.bin"), big, 0755));
        QVERIFY(QFile::link(QStringLiteral("with  two spaces.txt"), m_tree + QStringLiteral("/link to it")));
        QCOMPARE(::chmod(QFile::encodeName(m_tree + QStringLiteral("/sub folder")).constData(), 0750), 0);
        const struct utimbuf folderTimes {1400000000, 1400000000};
        QCOMPARE(::utime(QFile::encodeName(m_tree + QStringLiteral("/sub folder/deeper")).constData(), &folderTimes), 0);
    }

    void aTreeGoesThereAndBackAsItWas()
    {
        const CliResult put = cli({QStringLiteral("put"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("-r"),
                                   QStringLiteral("--json"), m_tree, m_remote.path()});
        QVERIFY2(put.code == 0, qPrintable(put.err + put.out));
        const QString there = m_remote.filePath(QStringLiteral("tree")); // into the folder, as cp -r does
        QCOMPARE(treeOf(there), treeOf(m_tree));
        QVERIFY(QFileInfo(there + QStringLiteral("/link to it")).isSymLink());
        const QList<QJsonObject> lines = objects(put.out);
        QCOMPARE(lines.size(), treeOf(m_tree).size() + 1); // and the tree's own folder
        QMap<QString, int> kinds;
        for (const QJsonObject &line : lines)
            ++kinds[line.value(QStringLiteral("kind")).toString()];
        QCOMPARE(kinds.value(QStringLiteral("folder")), 3); // the tree, "sub folder", "deeper"
        QCOMPARE(kinds.value(QStringLiteral("link")), 1);
        QCOMPARE(kinds.value(QStringLiteral("file")), 2 * int(oddNames.size()) + 1);
        for (const QJsonObject &line : lines) {
            QCOMPARE(line.value(QStringLiteral("host")).toString(), QStringLiteral("web1"));
            QCOMPARE(line.value(QStringLiteral("result")).toString(), QStringLiteral("copied"));
            QVERIFY(line.value(QStringLiteral("error")).isNull());
            QVERIFY(line.contains(QStringLiteral("source")) && line.contains(QStringLiteral("destination")));
            QVERIFY(line.contains(QStringLiteral("kind")) && line.contains(QStringLiteral("bytes")));
        }
        // Nothing is left under a part name.
        QVERIFY(!put.out.contains(QLatin1String(".wbpart")));
        for (const QString &path : treeOf(there).keys())
            QVERIFY2(!path.endsWith(QLatin1String(".wbpart")), qPrintable(path));

        const QString back = m_dir.filePath(QStringLiteral("back"));
        const CliResult get = cli({QStringLiteral("get"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("-r"), there, back});
        QVERIFY2(get.code == 0, qPrintable(get.err));
        QCOMPARE(treeOf(back), treeOf(m_tree)); // a new name: the tree itself, not inside
    }

    void conflictsAreRefusedSkippedOrOverwritten()
    {
        const QString source = m_tree + QLatin1Char('/') + oddNames.at(0);
        const QString target = m_remote.filePath(QStringLiteral("conflict.txt"));
        QVERIFY(writeFile(target, "what was there"));
        QCOMPARE(::chmod(QFile::encodeName(target).constData(), 0666), 0);
        CliResult r = cli({QStringLiteral("put"), QStringLiteral("--host"), QStringLiteral("web1"), source, target});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("exists already")), qPrintable(r.err));
        QCOMPARE(readFile(target), QByteArray("what was there"));
        r = cli({QStringLiteral("put"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--skip"), QStringLiteral("--json"), source, target});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(objects(r.out).value(0).value(QStringLiteral("result")).toString(), QStringLiteral("skipped"));
        QCOMPARE(readFile(target), QByteArray("what was there"));
        r = cli({QStringLiteral("put"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--overwrite"), source, target});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(readFile(target), readFile(source));
        // --rename keeps it and names the copy beside it.
        r = cli({QStringLiteral("put"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--rename"), QStringLiteral("--json"), source, target});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(objects(r.out).value(0).value(QStringLiteral("destination")).toString(), m_remote.filePath(QStringLiteral("conflict (1).txt")));
        QCOMPARE(readFile(m_remote.filePath(QStringLiteral("conflict (1).txt"))), readFile(source));
        QCOMPARE(readFile(target), readFile(source));
        r = cli({QStringLiteral("put"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--skip"), QStringLiteral("--overwrite"), source, target});
        QCOMPARE(r.code, 2);
        // A folder without -r is named, not copied.
        r = cli({QStringLiteral("get"), QStringLiteral("--host"), QStringLiteral("web1"), m_remote.path(), m_dir.filePath(QStringLiteral("x"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("-r")), qPrintable(r.err));
    }

    void severalHostsEachGetTheirOwnFolder()
    {
        const QString remoteFile = m_remote.filePath(QStringLiteral("motd"));
        QVERIFY(writeFile(remoteFile, "hello from the server\n"));
        const QString out = m_dir.filePath(QStringLiteral("from-all"));
        const CliResult r = cli({QStringLiteral("get"), QStringLiteral("--group"), QStringLiteral("site"), remoteFile, out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(readFile(out + QStringLiteral("/web1/motd")), QByteArray("hello from the server\n"));
        QCOMPARE(readFile(out + QStringLiteral("/web2/motd")), QByteArray("hello from the server\n"));
        // And put sends one file to each.
        const QString remoteFolder = m_remote.filePath(QStringLiteral("to-all"));
        QVERIFY(QDir().mkpath(remoteFolder));
        QCOMPARE(::chmod(QFile::encodeName(remoteFolder).constData(), 0777), 0);
        const CliResult put = cli({QStringLiteral("put"), QStringLiteral("--group"), QStringLiteral("site"), QStringLiteral("--json"),
                                   m_tree + QLatin1Char('/') + oddNames.at(1), remoteFolder});
        // Both hosts are this one server: the second finds the first one's copy.
        QCOMPARE(put.code, 1);
        const QList<QJsonObject> lines = objects(put.out);
        QCOMPARE(lines.size(), 2);
        QStringList results;
        for (const QJsonObject &line : lines)
            results << line.value(QStringLiteral("result")).toString();
        results.sort();
        QCOMPARE(results, (QStringList{QStringLiteral("copied"), QStringLiteral("failed")}));
        QCOMPARE(readFile(remoteFolder + QLatin1Char('/') + oddNames.at(1)), readFile(m_tree + QLatin1Char('/') + oddNames.at(1)));
    }

    // Killed mid-copy: the final name never holds a part, and --resume goes on
    // from the part to a byte-identical file.
    void aCutCopyResumes()
    {
        const QString remoteFile = m_remote.filePath(QStringLiteral("image.iso"));
        QByteArray data(256 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator(9).fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        QVERIFY(writeFile(remoteFile, data));
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        data.clear();
        const QString local = m_dir.filePath(QStringLiteral("image.iso"));
        const QString part = local + QStringLiteral(".wbpart");

        QProcess cut;
        cut.start(QStringLiteral(WERKBANK_CLI), {QStringLiteral("--workspace"), m_workspace, QStringLiteral("get"), QStringLiteral("--host"),
                                                 QStringLiteral("web1"), remoteFile, local});
        QVERIFY(cut.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        while (QFileInfo(part).size() < 4 * 1024 * 1024 && cut.state() == QProcess::Running && waited.elapsed() < 30000)
            QThread::usleep(500);
        QVERIFY2(cut.state() == QProcess::Running, "the copy ended before it could be cut");
        ::kill(pid_t(cut.processId()), SIGKILL);
        QVERIFY(cut.waitForFinished(5000));
        QVERIFY(!QFileInfo::exists(local));
        const qint64 partSize = QFileInfo(part).size();
        QVERIFY(partSize >= 4 * 1024 * 1024);
        QVERIFY(partSize < 256 * 1024 * 1024);

        // Cut again, from the server's side this time (its session process
        // killed): the program says so and ends, it does not hang.
        QProcess dropped;
        dropped.start(QStringLiteral(WERKBANK_CLI), {QStringLiteral("--workspace"), m_workspace, QStringLiteral("get"), QStringLiteral("--host"),
                                                     QStringLiteral("web1"), QStringLiteral("--resume"), remoteFile, local});
        QVERIFY(dropped.waitForStarted());
        waited.restart();
        while (QFileInfo(part).size() < partSize + 4 * 1024 * 1024 && dropped.state() == QProcess::Running && waited.elapsed() < 30000)
            QThread::usleep(500);
        QVERIFY2(dropped.state() == QProcess::Running, "the copy ended before the server could drop it");
        QVERIFY(fx.killSessions(QStringLiteral("main")) > 0);
        if (!dropped.waitForFinished(20000)) {
            // What it was doing, for whoever reads the log.
            QProcess gdb;
            gdb.start(QStringLiteral("gdb"), {QStringLiteral("-p"), QString::number(dropped.processId()), QStringLiteral("-batch"),
                                              QStringLiteral("-ex"), QStringLiteral("thread apply all bt 25")});
            if (gdb.waitForFinished(30000))
                qWarning("%s", gdb.readAllStandardOutput().constData());
            qWarning("stderr: %s", dropped.readAllStandardError().constData());
            QFAIL("werkbank-cli hung after the server went away");
        }
        QCOMPARE(dropped.exitCode(), 1);
        const QString reason = QString::fromUtf8(dropped.readAllStandardError());
        QVERIFY2(reason.contains(QLatin1String("server ended")) || reason.contains(QLatin1String("connection was lost")), qPrintable(reason));
        QVERIFY(!QFileInfo::exists(local));
        QVERIFY(QFileInfo(part).size() > partSize);

        const CliResult resumed = cli({QStringLiteral("get"), QStringLiteral("--host"), QStringLiteral("web1"), QStringLiteral("--resume"),
                                       QStringLiteral("--json"), remoteFile, local});
        QVERIFY2(resumed.code == 0, qPrintable(resumed.err));
        QVERIFY(!QFileInfo::exists(part));
        QFile file(local);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QVERIFY(hash.addData(&file));
        QCOMPARE(hash.result().toHex(), expected.toHex());
        file.remove();
        QFile::remove(remoteFile);
    }

    // A host without SFTP: get and put fall back to SCP for single files,
    // modes and times kept, names with spaces and shell syntax intact, a
    // 5 MB file byte-identical both ways; sending asks for --overwrite (SCP
    // cannot see what is there); a folder and a missing file fail in words.
    void aDeviceWithoutSftpGoesByScp()
    {
        const QString remote = m_remote.filePath(QStringLiteral("scp $(id) 'x'.txt"));
        QVERIFY(writeFile(remote, "by scp\n", 0644, 1500000000));
        const QString into = m_dir.filePath(QStringLiteral("scp-into"));
        QVERIFY(QDir().mkpath(into));
        CliResult r = cli({QStringLiteral("get"), QStringLiteral("--host"), QStringLiteral("router1"), QStringLiteral("--json"), remote, into});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QString fetched = into + QStringLiteral("/scp $(id) 'x'.txt");
        QCOMPARE(readFile(fetched), QByteArray("by scp\n"));
        QCOMPARE(QFileInfo(fetched).lastModified().toSecsSinceEpoch(), qint64(1500000000));
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(fetched).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 07777), 0644);
        QCOMPARE(objects(r.out).value(0).value(QStringLiteral("result")).toString(), QStringLiteral("copied"));
        QVERIFY(!QFileInfo::exists(fetched + QStringLiteral(".wbpart")));
        // There now: refused, then skipped, as with SFTP.
        r = cli({QStringLiteral("get"), QStringLiteral("--host"), QStringLiteral("router1"), remote, into});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("exists already")), qPrintable(r.err));

        QByteArray big(5 * 1024 * 1024 + 3, Qt::Uninitialized);
        QRandomGenerator(9).fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
        const QString local = m_dir.filePath(QStringLiteral("big for scp.bin"));
        QVERIFY(writeFile(local, big, 0640, 1600000000));
        const QString target = m_remote.filePath(QStringLiteral("sent by scp.bin"));
        r = cli({QStringLiteral("put"), QStringLiteral("--host"), QStringLiteral("router1"), local, target});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("--overwrite")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(target));
        r = cli({QStringLiteral("put"), QStringLiteral("--host"), QStringLiteral("router1"), QStringLiteral("--overwrite"), local, target});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(readFile(target), big);
        QCOMPARE(QFileInfo(target).lastModified().toSecsSinceEpoch(), qint64(1600000000));
        // Into a folder (no trailing slash): the file keeps its name there, as with scp.
        r = cli({QStringLiteral("put"), QStringLiteral("--host"), QStringLiteral("router1"), QStringLiteral("--overwrite"), local, m_remote.path()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(readFile(m_remote.filePath(QStringLiteral("big for scp.bin"))), big);
        r = cli({QStringLiteral("get"), QStringLiteral("--host"), QStringLiteral("router1"), QStringLiteral("--overwrite"), target,
                 into + QStringLiteral("/back.bin")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(readFile(into + QStringLiteral("/back.bin")), big);

        r = cli({QStringLiteral("get"), QStringLiteral("--host"), QStringLiteral("router1"), m_remote.path(), into});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("not a regular file")) || r.err.contains(QLatin1String("folder")), qPrintable(r.err));
        r = cli({QStringLiteral("get"), QStringLiteral("--host"), QStringLiteral("router1"), m_remote.filePath(QStringLiteral("no such")), into});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("No such file")), qPrintable(r.err));
    }

    void unreachableHostsAndMissingFilesFail()
    {
        CliResult r = cli({QStringLiteral("get"), QStringLiteral("--host"), QStringLiteral("gone"), QStringLiteral("--json"),
                           QStringLiteral("/etc/hostname"), m_dir.filePath(QStringLiteral("h"))});
        QCOMPARE(r.code, 1);
        const QJsonObject line = objects(r.out).value(0);
        QCOMPARE(line.value(QStringLiteral("host")).toString(), QStringLiteral("gone"));
        QCOMPARE(line.value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
        QVERIFY(!line.value(QStringLiteral("error")).toString().isEmpty());
        r = cli({QStringLiteral("get"), QStringLiteral("--host"), QStringLiteral("web1"), m_remote.filePath(QStringLiteral("not-there")),
                 m_dir.filePath(QStringLiteral("n"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("No such file"), Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("n"))));
        r = cli({QStringLiteral("get"), QStringLiteral("--host"), QStringLiteral("web1"), m_remote.path()});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTransfer)
#include "tst_cli_transfer.moc"
