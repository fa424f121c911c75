// SftpClient and SftpFileTransfer against OpenSSH's own sftp-server, spoken to
// over its stdin and stdout: the real server's replies, without SSH around them
// (the SSH path is tested against the fixture sshd in tst_sftpsession).
#include "core/files/SftpClient.h"
#include "core/files/SftpFileTransfer.h"
#include "core/files/SftpTransferJob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/stat.h>
#include <utime.h>

using namespace wb;

namespace {

const QString serverPath = QStringLiteral("/usr/lib/openssh/sftp-server");

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    for (qsizetype i = size / 4 * 4; i < size; ++i)
        data[i] = char(i);
    return data;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(data), data.size());
}

int modeOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "<missing>";
    return file.readAll();
}

// A server and a client joined by pipes, driven by the test's event loop.
class Link
{
public:
    Link() : client([this](const QByteArray &data) { server.write(data); })
    {
        server.setProgram(serverPath);
        server.setArguments({QStringLiteral("-l"), QStringLiteral("QUIET")});
        QObject::connect(&server, &QProcess::readyReadStandardOutput, [this] { client.feed(server.readAllStandardOutput()); });
        server.start();
    }
    ~Link()
    {
        server.closeWriteChannel();
        if (!server.waitForFinished(3000))
            server.kill();
        server.waitForFinished(3000);
    }
    bool start()
    {
        if (!server.waitForStarted(5000))
            return false;
        bool done = false;
        bool ok = false;
        client.start([&](const SftpStatus &status) {
            done = true;
            ok = status.ok();
        });
        return QTest::qWaitFor([&] { return done; }, 5000) && ok;
    }
    struct Result
    {
        bool finished = false;
        bool ok = false;
        QString error;
        QList<qint64> progress;
    };
    Result run(SftpFileTransfer::Spec spec, std::function<void(SftpFileTransfer &, qint64)> onProgress = {})
    {
        Result result;
        SftpFileTransfer *self = nullptr;
        SftpFileTransfer transfer(
            client, std::move(spec),
            [&](qint64 done, qint64) {
                result.progress << done;
                if (onProgress)
                    onProgress(*self, done);
            },
            [&](bool ok, const QString &error) {
                result.finished = true;
                result.ok = ok;
                result.error = error;
            });
        self = &transfer;
        transfer.start();
        if (!QTest::qWaitFor([&] { return result.finished; }, 20000))
            result.error = QStringLiteral("no answer within 20 s");
        return result;
    }

    QProcess server;
    SftpClient client;
};

// A hostile server, scripted: a folder whose listing names things outside it.
class HostileServer
{
public:
    explicit HostileServer(QList<QByteArray> names) : m_names(std::move(names)) {}
    SftpClient *client = nullptr;

    void receive(const QByteArray &data)
    {
        m_in += data;
        while (m_in.size() >= 4) {
            const quint32 length = qFromBigEndian<quint32>(m_in.constData());
            if (m_in.size() < qsizetype(4 + length))
                return;
            const QByteArray body = m_in.mid(4, length);
            m_in.remove(0, 4 + length);
            answer(body);
        }
    }

private:
    void answer(const QByteArray &body)
    {
        SftpPacketReader reader(body);
        const quint8 type = reader.u8();
        if (type == Sftp::Init) {
            QByteArray version = QByteArray::fromHex("000000050200000003");
            QMetaObject::invokeMethod(qApp, [this, version] { client->feed(version); }, Qt::QueuedConnection);
            return;
        }
        const quint32 id = reader.u32();
        QByteArray reply;
        SftpAttributes folder;
        folder.flags = SftpAttributes::Permissions | SftpAttributes::AccessModTime;
        folder.permissions = 047777; // setuid, setgid and sticky: never kept
        switch (type) {
        case Sftp::Stat:
        case Sftp::Lstat:
            reply = frame(SftpPacketWriter(Sftp::AttrsReply, id).attributes(folder).take());
            break;
        case Sftp::Opendir:
            reply = frame(SftpPacketWriter(Sftp::HandleReply, id).bytes("h").take());
            break;
        case Sftp::Readdir:
            if (m_listed) {
                reply = frame(SftpPacketWriter(Sftp::StatusReply, id).u32(Sftp::Eof).bytes("").bytes("").take());
            } else {
                m_listed = true;
                SftpPacketWriter names(Sftp::NameReply, id);
                names.u32(quint32(m_names.size()));
                for (const QByteArray &name : m_names)
                    names.bytes(name).bytes(name).attributes(folder); // every one a folder
                reply = frame(names.take());
            }
            break;
        default:
            reply = frame(SftpPacketWriter(Sftp::StatusReply, id).u32(Sftp::Ok).bytes("").bytes("").take());
        }
        QMetaObject::invokeMethod(qApp, [this, reply] { client->feed(reply); }, Qt::QueuedConnection);
    }
    static QByteArray frame(const QByteArray &packet) { return packet; } // SftpPacketWriter frames already

    QList<QByteArray> m_names;
    QByteArray m_in;
    bool m_listed = false;
};

} // namespace

class TestSftpFileTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(serverPath).isExecutable())
            QFAIL("OpenSSH's sftp-server is missing: apt-get install openssh-server (or openssh-sftp-server)");
    }

    void startsAndLearnsLimits()
    {
        Link link;
        QVERIFY(link.start());
        QVERIFY(link.client.isReady());
        QVERIFY(link.client.hasExtension("posix-rename@openssh.com"));
        // OpenSSH 9 offers limits@openssh.com: reads larger than the 32 KiB default.
        QVERIFY(link.client.hasExtension("limits@openssh.com"));
        QVERIFY2(link.client.limits().maxRead > 32768, qPrintable(QString::number(link.client.limits().maxRead)));
        QVERIFY(link.client.limits().maxRead <= 255 * 1024);
    }

    void uploadsAndDownloadsByteForByte_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("empty") << QStringLiteral("empty") << qsizetype(0);
        QTest::newRow("one byte") << QStringLiteral("one") << qsizetype(1);
        QTest::newRow("7 MB") << QStringLiteral("big.bin") << qsizetype(7 * 1024 * 1024 + 13);
        QTest::newRow("spaces") << QStringLiteral("with  two spaces.txt") << qsizetype(1000);
        QTest::newRow("newline") << QStringLiteral("line\nbreak") << qsizetype(300000);
        QTest::newRow("UTF-8") << QStringLiteral("Ünïcødé ✓ 日本.txt") << qsizetype(4096);
        QTest::newRow("leading dash") << QStringLiteral("-rf") << qsizetype(70000);
        QTest::newRow("shell") << QStringLiteral("$(id);a`b`") << qsizetype(10);
    }
    void uploadsAndDownloadsByteForByte()
    {
        QFETCH(QString, name);
        QFETCH(qsizetype, size);
        QTemporaryDir local;
        QTemporaryDir remote;
        const QByteArray data = randomBytes(size, 7);
        const QString source = local.filePath(name);
        writeFile(source, data);
        QVERIFY(QFile::setPermissions(source, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        const struct utimbuf times {1700000000, 1600000000};
        QCOMPARE(::utime(QFile::encodeName(source).constData(), &times), 0);

        Link link;
        QVERIFY(link.start());
        const QString remotePath = remote.filePath(name);
        SftpFileTransfer::Spec up;
        up.direction = SftpFileTransfer::Direction::Upload;
        up.localPath = source;
        up.remotePath = remotePath.toUtf8();
        const Link::Result sent = link.run(up);
        QVERIFY2(sent.finished && sent.ok, qPrintable(sent.error));
        QCOMPARE(readFile(remotePath), data);
        QVERIFY(!QFileInfo::exists(remotePath + SftpFileTransfer::partSuffix()));
        QFileInfo uploaded(remotePath);
        QCOMPARE(uploaded.lastModified().toSecsSinceEpoch(), 1600000000);
        QCOMPARE(modeOf(remotePath), 0640);
        QCOMPARE(sent.progress.last(), qint64(size));

        const QString back = local.filePath(QStringLiteral("back-") + name);
        SftpFileTransfer::Spec down;
        down.localPath = back;
        down.remotePath = remotePath.toUtf8();
        const Link::Result received = link.run(down);
        QVERIFY2(received.finished && received.ok, qPrintable(received.error));
        QCOMPARE(readFile(back), data);
        QVERIFY(!QFileInfo::exists(back + SftpFileTransfer::partSuffix()));
        QCOMPARE(QFileInfo(back).lastModified().toSecsSinceEpoch(), 1600000000);
        QCOMPARE(modeOf(back), 0640);
        // Progress only grows, and ends at the size.
        for (int i = 1; i < received.progress.size(); ++i)
            QVERIFY(received.progress.at(i) >= received.progress.at(i - 1));
        QCOMPARE(received.progress.last(), qint64(size));
    }

    // The final name only ever holds a whole file: a cut-off copy leaves
    // NAME.wbpart, and a resumed one goes on from its end.
    void resumesACutDownload()
    {
        QTemporaryDir local;
        QTemporaryDir remote;
        const QByteArray data = randomBytes(6 * 1024 * 1024, 11);
        const QString remotePath = remote.filePath(QStringLiteral("image.iso"));
        writeFile(remotePath, data);
        const QString target = local.filePath(QStringLiteral("image.iso"));
        writeFile(target, "the old file stays until the new one is whole");

        Link link;
        QVERIFY(link.start());
        SftpFileTransfer::Spec spec;
        spec.localPath = target;
        spec.remotePath = remotePath.toUtf8();
        spec.maxRequests = 4; // so that a cancel finds most of the file still to come
        const Link::Result cut = link.run(spec, [](SftpFileTransfer &transfer, qint64 done) {
            if (done > 2 * 1024 * 1024)
                transfer.cancel();
        });
        QVERIFY(cut.finished);
        QVERIFY(!cut.ok);
        QVERIFY2(cut.error.contains(QLatin1String("cancel")), qPrintable(cut.error));
        QCOMPARE(readFile(target), QByteArray("the old file stays until the new one is whole"));
        const QByteArray part = readFile(target + SftpFileTransfer::partSuffix());
        QVERIFY(part.size() > 2 * 1024 * 1024);
        QVERIFY(part.size() < data.size());
        QCOMPARE(part, data.left(part.size()));

        spec.resume = true;
        const Link::Result resumed = link.run(spec);
        QVERIFY2(resumed.ok, qPrintable(resumed.error));
        QCOMPARE(resumed.progress.first(), qint64(part.size())); // it went on, it did not start over
        QCOMPARE(readFile(target), data);
        QVERIFY(!QFileInfo::exists(target + SftpFileTransfer::partSuffix()));
    }

    void resumesACutUpload()
    {
        QTemporaryDir local;
        QTemporaryDir remote;
        const QByteArray data = randomBytes(5 * 1024 * 1024 + 5, 12);
        const QString source = local.filePath(QStringLiteral("backup.tar"));
        writeFile(source, data);
        const QString remotePath = remote.filePath(QStringLiteral("backup.tar"));
        // What a cut-off upload left: the first 3 MB under the part name.
        writeFile(remotePath + SftpFileTransfer::partSuffix(), data.left(3 * 1024 * 1024));

        Link link;
        QVERIFY(link.start());
        SftpFileTransfer::Spec spec;
        spec.direction = SftpFileTransfer::Direction::Upload;
        spec.localPath = source;
        spec.remotePath = remotePath.toUtf8();
        spec.resume = true;
        const Link::Result resumed = link.run(spec);
        QVERIFY2(resumed.ok, qPrintable(resumed.error));
        QCOMPARE(resumed.progress.first(), qint64(3 * 1024 * 1024));
        QCOMPARE(readFile(remotePath), data);
        QVERIFY(!QFileInfo::exists(remotePath + SftpFileTransfer::partSuffix()));

        // A part longer than the source is not a part of it: the copy starts over.
        writeFile(remotePath + SftpFileTransfer::partSuffix(), randomBytes(data.size() + 100, 99));
        const Link::Result again = link.run(spec);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(readFile(remotePath), data);
    }

    void reportsErrorsInWords()
    {
        QTemporaryDir local;
        QTemporaryDir remote;
        Link link;
        QVERIFY(link.start());
        SftpFileTransfer::Spec missing;
        missing.localPath = local.filePath(QStringLiteral("x"));
        missing.remotePath = remote.filePath(QStringLiteral("not-there")).toUtf8();
        const Link::Result result = link.run(missing);
        QVERIFY(result.finished && !result.ok);
        QVERIFY2(result.error.contains(QLatin1String("No such file"), Qt::CaseInsensitive), qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(missing.localPath));
        QVERIFY(!QFileInfo::exists(missing.localPath + SftpFileTransfer::partSuffix()));

        SftpFileTransfer::Spec folder;
        folder.localPath = local.filePath(QStringLiteral("y"));
        folder.remotePath = remote.path().toUtf8();
        const Link::Result isFolder = link.run(folder);
        QVERIFY(!isFolder.ok);
        QVERIFY2(isFolder.error.contains(QLatin1String("folder")), qPrintable(isFolder.error));

        SftpFileTransfer::Spec upload;
        upload.direction = SftpFileTransfer::Direction::Upload;
        upload.localPath = local.filePath(QStringLiteral("no-such-local-file"));
        upload.remotePath = remote.filePath(QStringLiteral("z")).toUtf8();
        const Link::Result noLocal = link.run(upload);
        QVERIFY(!noLocal.ok);
        QVERIFY2(noLocal.error.contains(QLatin1String("No such file")), qPrintable(noLocal.error));
        QVERIFY(!QFileInfo::exists(remote.filePath(QStringLiteral("z"))));
    }

    // A stream that is not SFTP (a login banner printed by a shell rc file, or
    // a hostile server) ends every request with a reason, never a crash or a hang.
    void refusesWhatIsNotSftp()
    {
        QByteArray sent;
        SftpClient client([&](const QByteArray &data) { sent += data; });
        SftpStatus started{Sftp::Ok, {}};
        bool answered = false;
        client.start([&](const SftpStatus &status) {
            answered = true;
            started = status;
        });
        QCOMPARE(sent.size(), 9); // length, INIT, version 3
        QCOMPARE(sent.at(4), char(Sftp::Init));
        client.feed("Welcome to web01! Last login: yesterday\n");
        QVERIFY(answered);
        QCOMPARE(started.code, quint32(Sftp::ConnectionLost));
        QVERIFY2(started.text().contains(QLatin1String("not SFTP")), qPrintable(started.text()));
        bool statAnswered = false;
        client.stat("/etc", [&](const SftpStatus &status, const SftpAttributes &) {
            statAnswered = true;
            QVERIFY(!status.ok());
        });
        QVERIFY(statAnswered);
    }

    void answersPendingRequestsWhenTheChannelGoes()
    {
        SftpClient client([](const QByteArray &) {});
        // A VERSION packet: length 5, type 2, version 3.
        client.start([](const SftpStatus &) {});
        client.feed(QByteArray::fromHex("000000050200000003"));
        QVERIFY(client.isReady());
        QStringList answers;
        client.stat("/a", [&](const SftpStatus &status, const SftpAttributes &) { answers << status.text(); });
        client.read("h", 0, 10, [&](const SftpStatus &status, QByteArrayView) { answers << status.text(); });
        QCOMPARE(client.pendingCount(), 2);
        client.fail(QStringLiteral("the server closed the connection"));
        QCOMPARE(answers, QStringList({QStringLiteral("the server closed the connection"),
                                       QStringLiteral("the server closed the connection")}));
        QCOMPARE(client.pendingCount(), 0);
    }

    // A listing that names "..", a path with a slash, or a name twice does not
    // get the copy out of its folder, or into a link it made.
    void aHostileListingStaysInItsFolder()
    {
        QTemporaryDir local;
        const QString outside = local.filePath(QStringLiteral("outside"));
        HostileServer server({QByteArrayLiteral("../outside"), QByteArrayLiteral("a/../../outside"), QByteArrayLiteral(".."),
                              QByteArrayLiteral(""), QByteArrayLiteral("ok"), QByteArrayLiteral("ok")});
        SftpClient client([&](const QByteArray &data) { server.receive(data); });
        server.client = &client;
        bool ready = false;
        client.start([&](const SftpStatus &status) { ready = status.ok(); });
        QTRY_VERIFY(ready);
        QObject context;
        TransferRequest request;
        request.sources = {QStringLiteral("/srv/evil")};
        request.destination = local.filePath(QStringLiteral("copy"));
        request.recursive = true;
        QList<TransferItem> items;
        bool finished = false;
        SftpTransferJob job(&context, client, request, [&](const TransferItem &item) { items << item; }, {},
                            [&](bool) { finished = true; });
        job.start();
        QTRY_VERIFY(finished);
        QVERIFY(!QFileInfo::exists(outside));
        QVERIFY(QFileInfo(local.filePath(QStringLiteral("copy/ok"))).isDir());
        QStringList refused;
        for (const TransferItem &item : std::as_const(items)) {
            if (item.result == TransferItem::Result::Failed)
                refused << item.error;
        }
        QCOMPARE(refused.count(QStringLiteral("the server sent a name that is not a file name")), 3); // ".." is skipped as a listing's own
        QVERIFY(refused.contains(QStringLiteral("the server listed this name twice")));
        QVERIFY(refused.size() >= 3);
        // The folder's mode came over without setuid, setgid or sticky bits.
        QCOMPARE(modeOf(local.filePath(QStringLiteral("copy"))), 0777);
    }

    void noSetuidBitsAndNoWritingThroughALink()
    {
        QTemporaryDir local;
        QTemporaryDir remote;
        const QString remotePath = remote.filePath(QStringLiteral("tool"));
        writeFile(remotePath, "#!/bin/sh\n");
        QCOMPARE(::chmod(QFile::encodeName(remotePath).constData(), 04755), 0);
        Link link;
        QVERIFY(link.start());
        SftpFileTransfer::Spec spec;
        spec.localPath = local.filePath(QStringLiteral("tool"));
        spec.remotePath = remotePath.toUtf8();
        const Link::Result copied = link.run(spec);
        QVERIFY2(copied.ok, qPrintable(copied.error));
        QCOMPARE(modeOf(spec.localPath), 0755);
        // A link under the part's name is not followed.
        const QString victim = local.filePath(QStringLiteral("victim"));
        writeFile(victim, "precious");
        QVERIFY(QFile::link(victim, local.filePath(QStringLiteral("other.wbpart"))));
        spec.localPath = local.filePath(QStringLiteral("other"));
        spec.resume = true;
        const Link::Result refused = link.run(spec);
        QVERIFY(!refused.ok);
        QCOMPARE(readFile(victim), QByteArray("precious"));
    }

    void refusesAReplyToNoRequest()
    {
        SftpClient client([](const QByteArray &) {});
        client.start([](const SftpStatus &) {});
        client.feed(QByteArray::fromHex("000000050200000003"));
        // STATUS for request 77, which was never made.
        client.feed(QByteArray::fromHex("0000000d65" "0000004d" "00000000" "00000000"));
        QVERIFY(client.hasFailed());
    }
};

QTEST_GUILESS_MAIN(TestSftpFileTransfer)
#include "tst_sftpfiletransfer.moc"
