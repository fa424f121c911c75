// SftpSession against the sshd fixture, in process: several transfers and a
// folder listing one after another on one session (each reaching the engine
// on the connection's thread), one session taking the pool's kept connection
// (no new login), and a server without SFTP saying so.
#include "tests/integration/ssh/SshFixture.h"

#include "core/files/SftpSession.h"
#include "core/ssh/SshPool.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace wb;
using namespace wbtest;

class TestSftpSession : public QObject
{
    Q_OBJECT
    SshFixture fx;
    QTemporaryDir m_dir;
    QTemporaryDir m_remote;
    QString m_knownHosts;

    SshConnectOptions options() const
    {
        SshConnectOptions o;
        o.knownHostsPath = m_knownHosts;
        o.useAgent = false;
        o.useKeychain = false;
        return o;
    }

    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
    }

    // Runs one transfer on the session and returns its items.
    static QList<TransferItem> run(SftpSession &session, const TransferRequest &request, bool *ok)
    {
        QList<TransferItem> items;
        const int id = session.transfer(request);
        QSignalSpy finished(&session, &SftpSession::transferFinished);
        QObject context;
        QObject::connect(&session, &SftpSession::transferItem, &context, [&](int itemId, const TransferItem &item) {
            if (itemId == id)
                items << item;
        });
        *ok = false;
        if (!finished.wait(20000))
            return items;
        *ok = finished.first().at(0).toInt() == id && finished.first().at(1).toBool();
        return items;
    }

    static QString failures(const QList<TransferItem> &items)
    {
        QStringList failed;
        for (const TransferItem &item : items) {
            if (item.result == TransferItem::Result::Failed)
                failed << item.source + QStringLiteral(": ") + item.error;
        }
        return failed.join(QLatin1String("; "));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present(), "the sshd fixture is not running: run the tests through ./scripts/test");
        QCOMPARE(::chmod(QFile::encodeName(m_remote.path()).constData(), 0777), 0);
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(m_knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.port).toUtf8(), fx.hostKeyLine(QStringLiteral("main"))}});
    }

    void manyOperationsOnOneSession()
    {
        SftpSession session(fx.main({fx.clientKey()}), options());
        QSignalSpy ready(&session, &SftpSession::ready);
        session.open();
        QVERIFY(ready.wait(20000));
        for (int round = 0; round < 3; ++round) {
            const QString local = m_dir.filePath(QStringLiteral("up%1.txt").arg(round));
            QVERIFY(writeFile(local, QByteArray("round ") + QByteArray::number(round)));
            TransferRequest put;
            put.direction = SftpFileTransfer::Direction::Upload;
            put.sources = {local};
            put.destination = m_remote.path();
            bool ok = false;
            const QList<TransferItem> items = run(session, put, &ok);
            QVERIFY2(ok, qPrintable(items.isEmpty() ? QStringLiteral("no items") : items.first().error));
            QCOMPARE(items.size(), 1);
            QCOMPARE(items.first().result, TransferItem::Result::Copied);
            QCOMPARE(readFile(m_remote.filePath(QStringLiteral("up%1.txt").arg(round))), QByteArray("round ") + QByteArray::number(round));
        }
        QSignalSpy listed(&session, &SftpSession::folderListed);
        const int id = session.listFolder(m_remote.path().toUtf8());
        QVERIFY(listed.wait(20000));
        QCOMPARE(listed.first().at(0).toInt(), id);
        QVERIFY(listed.first().at(3).toString().isEmpty());
        QStringList names;
        for (const SftpEntry &entry : listed.first().at(2).value<QList<SftpEntry>>())
            names << QString::fromUtf8(entry.name);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("."), QStringLiteral(".."), QStringLiteral("up0.txt"), QStringLiteral("up1.txt"),
                                     QStringLiteral("up2.txt")}));
        // A missing folder is an answer, not a hang.
        listed.clear();
        session.listFolder(m_remote.filePath(QStringLiteral("nope")).toUtf8());
        QVERIFY(listed.wait(20000));
        QVERIFY(!listed.first().at(3).toString().isEmpty());
    }

    // New folder, rename, mode, delete and delete a tree, as the browser asks for them.
    void changesOnTheServer()
    {
        SftpSession session(fx.main({fx.clientKey()}), options());
        QSignalSpy ready(&session, &SftpSession::ready);
        session.open();
        QVERIFY(ready.wait(20000));
        QSignalSpy done(&session, &SftpSession::operationDone);
        const auto ask = [&](int id) {
            const int before = int(done.size());
            if (!QTest::qWaitFor([&] { return done.size() > before; }, 20000))
                return QStringLiteral("no answer");
            const QList<QVariant> answer = done.takeLast();
            return answer.at(0).toInt() == id ? answer.at(1).toString() : QStringLiteral("another id");
        };
        const QByteArray base = m_remote.path().toUtf8();
        QCOMPARE(ask(session.makeFolder(base + "/new folder", 0750)), QString());
        QCOMPARE(QFileInfo(m_remote.filePath(QStringLiteral("new folder"))).isDir(), true);
        QCOMPARE(ask(session.rename(base + "/new folder", base + "/renamed")), QString());
        QVERIFY(QFileInfo(m_remote.filePath(QStringLiteral("renamed"))).isDir());
        // What the test makes there belongs to the fixture's login, as if it had made it.
        const uint uid = QFileInfo(m_remote.filePath(QStringLiteral("renamed"))).ownerId();
        const uint gid = QFileInfo(m_remote.filePath(QStringLiteral("renamed"))).groupId();
        const auto own = [&](const QString &relative) {
            return ::lchown(QFile::encodeName(m_remote.filePath(relative)).constData(), uid, gid) == 0;
        };
        QVERIFY(writeFile(m_remote.filePath(QStringLiteral("renamed/a.txt")), "a"));
        QVERIFY(own(QStringLiteral("renamed/a.txt")));
        QCOMPARE(ask(session.changeMode(base + "/renamed/a.txt", 0600)), QString());
        QCOMPARE(int(QFileInfo(m_remote.filePath(QStringLiteral("renamed/a.txt"))).permissions() & (QFile::ReadGroup | QFile::ReadOther)), 0);
        QVERIFY(QDir().mkpath(m_remote.filePath(QStringLiteral("renamed/deeper/deepest"))));
        QVERIFY(writeFile(m_remote.filePath(QStringLiteral("renamed/deeper/deepest/b")), "b"));
        QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), m_remote.filePath(QStringLiteral("renamed/deeper/link"))));
        for (const char *made : {"renamed/deeper", "renamed/deeper/deepest", "renamed/deeper/deepest/b", "renamed/deeper/link"})
            QVERIFY(own(QLatin1String(made)));
        // Not empty: a plain delete refuses, the tree delete takes it all (the link, not what it points to).
        QVERIFY(!ask(session.remove(base + "/renamed")).isEmpty());
        QCOMPARE(ask(session.remove(base + "/renamed", true)), QString());
        QVERIFY(!QFileInfo::exists(m_remote.filePath(QStringLiteral("renamed"))));
        QVERIFY(QFileInfo::exists(QStringLiteral("/etc/hostname")));
        QVERIFY2(ask(session.remove(base + "/nothing-here")).contains(QLatin1String("No such file"), Qt::CaseInsensitive), "no reason");
    }

    // Ask: each conflict is a question the transfer waits on; an answer "for
    // all" is used for the rest without asking; Rename keeps both; a cancel
    // while asking ends the transfer.
    void conflictsAnsweredForAll()
    {
        SftpSession session(fx.main({fx.clientKey()}), options());
        QSignalSpy ready(&session, &SftpSession::ready);
        session.open();
        QVERIFY(ready.wait(20000));
        const QString tree = m_dir.filePath(QStringLiteral("conflicts"));
        QVERIFY(QDir().mkpath(tree));
        for (const char *name : {"1.txt", "2.txt", "3.txt", "4.txt"})
            QVERIFY(writeFile(tree + QLatin1Char('/') + QLatin1String(name), QByteArray("new ") + name));
        // The folder made by the login, the files there given to it, as if it had made them.
        QSignalSpy made(&session, &SftpSession::operationDone);
        session.makeFolder(m_remote.filePath(QStringLiteral("conflicts")).toUtf8());
        QVERIFY(made.wait(20000));
        QCOMPARE(made.first().at(1).toString(), QString());
        const QFileInfo folder(m_remote.filePath(QStringLiteral("conflicts")));
        for (const char *name : {"1.txt", "2.txt", "3.txt"}) {
            const QString path = folder.filePath() + QLatin1Char('/') + QLatin1String(name);
            QVERIFY(writeFile(path, "old"));
            QCOMPARE(::chown(QFile::encodeName(path).constData(), folder.ownerId(), folder.groupId()), 0);
        }

        QList<TransferConflictQuestion> questions;
        QObject context;
        connect(&session, &SftpSession::transferConflict, &context, [&](int id, const TransferConflictQuestion &question) {
            questions << question;
            // The first is skipped on its own; the second's answer is for all.
            session.answerConflict(id, questions.size() == 1 ? TransferConflict::Skip : TransferConflict::Overwrite, questions.size() > 1);
        });
        TransferRequest put;
        put.direction = SftpFileTransfer::Direction::Upload;
        put.sources = {tree};
        put.destination = m_remote.path();
        put.recursive = true;
        put.conflict = TransferConflict::Ask;
        bool ok = false;
        QList<TransferItem> items = run(session, put, &ok);
        QVERIFY2(ok, qPrintable(failures(items)));
        QCOMPARE(questions.size(), 2);
        QVERIFY(questions.at(0).destination.endsWith(QLatin1String("conflicts/1.txt")));
        QCOMPARE(questions.at(0).sourceSize, qint64(9));
        QCOMPARE(questions.at(0).destinationSize, qint64(3));
        QVERIFY(questions.at(0).destinationModified > 0);
        QVERIFY(questions.at(0).canResume); // shorter there
        QCOMPARE(readFile(m_remote.filePath(QStringLiteral("conflicts/1.txt"))), QByteArray("old"));
        QCOMPARE(readFile(m_remote.filePath(QStringLiteral("conflicts/2.txt"))), QByteArray("new 2.txt"));
        QCOMPARE(readFile(m_remote.filePath(QStringLiteral("conflicts/3.txt"))), QByteArray("new 3.txt"));
        QCOMPARE(readFile(m_remote.filePath(QStringLiteral("conflicts/4.txt"))), QByteArray("new 4.txt"));

        // Download with Rename for all: the local files stay, the copies get free names.
        const QString into = m_dir.filePath(QStringLiteral("into"));
        QVERIFY(QDir().mkpath(into + QStringLiteral("/conflicts")));
        QVERIFY(writeFile(into + QStringLiteral("/conflicts/2.txt"), "mine"));
        QVERIFY(writeFile(into + QStringLiteral("/conflicts/2 (1).txt"), "mine too"));
        QVERIFY(writeFile(into + QStringLiteral("/conflicts/3.txt"), "mine"));
        questions.clear();
        disconnect(&session, &SftpSession::transferConflict, &context, nullptr);
        connect(&session, &SftpSession::transferConflict, &context, [&](int id, const TransferConflictQuestion &question) {
            questions << question;
            session.answerConflict(id, TransferConflict::Rename, true);
        });
        TransferRequest get;
        get.direction = SftpFileTransfer::Direction::Download;
        get.sources = {m_remote.filePath(QStringLiteral("conflicts"))};
        get.destination = into;
        get.recursive = true;
        get.conflict = TransferConflict::Ask;
        items = run(session, get, &ok);
        QVERIFY2(ok, qPrintable(failures(items)));
        QCOMPARE(questions.size(), 1);
        QCOMPARE(readFile(into + QStringLiteral("/conflicts/2.txt")), QByteArray("mine"));
        QCOMPARE(readFile(into + QStringLiteral("/conflicts/2 (1).txt")), QByteArray("mine too"));
        QCOMPARE(readFile(into + QStringLiteral("/conflicts/2 (2).txt")), QByteArray("new 2.txt"));
        QCOMPARE(readFile(into + QStringLiteral("/conflicts/3 (1).txt")), QByteArray("new 3.txt"));
        QCOMPARE(readFile(into + QStringLiteral("/conflicts/1.txt")), QByteArray("old"));

        // A source without a name of its own ("folder/..") is refused, never copied into the folder's parent.
        TransferRequest up = get;
        up.sources = {m_remote.filePath(QStringLiteral("conflicts/.."))};
        up.conflict = TransferConflict::Overwrite;
        items = run(session, up, &ok);
        QVERIFY(!ok);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().error, QStringLiteral("has no name of its own to copy it under"));
        QCOMPARE(readFile(m_dir.filePath(QStringLiteral("conflicts/1.txt"))), QByteArray("new 1.txt")); // the folder's parent untouched

        // A cancel while the question is open ends the transfer, with that file failed.
        disconnect(&session, &SftpSession::transferConflict, &context, nullptr);
        connect(&session, &SftpSession::transferConflict, &context, [&](int id, const TransferConflictQuestion &) {
            session.cancel(id);
        });
        items = run(session, get, &ok);
        QVERIFY(!ok);
        QVERIFY(std::any_of(items.cbegin(), items.cend(), [](const TransferItem &item) {
            return item.result == TransferItem::Result::Failed && item.error == QLatin1String("cancelled");
        }));
        QCOMPARE(readFile(into + QStringLiteral("/conflicts/1.txt")), QByteArray("old"));
    }

    // The fixture's second server has no sftp subsystem, as a router: the
    // session says so in words, and marks it for the SCP fallback.
    void aServerWithoutSftpSaysSo()
    {
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts_rekeyed"));
        writeKnownHosts(knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.rekeyedPort).toUtf8(), fx.hostKeyLine(QStringLiteral("rekeyed"))}});
        SshConnectOptions o = options();
        o.knownHostsPath = knownHosts;
        SftpSession session(fx.rekeyed({fx.clientKey()}), o);
        QSignalSpy failed(&session, &SftpSession::failed);
        session.open();
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("sftp"), Qt::CaseInsensitive), qPrintable(failed.first().at(0).toString()));
        QVERIFY(session.lacksSftp());
    }

    void aKeptConnectionCarriesTheNextSession()
    {
        SshPool pool;
        const auto get = [&](const QString &name) {
            SftpSession session(fx.main({fx.clientKey()}), options());
            session.setPool(&pool);
            QSignalSpy ready(&session, &SftpSession::ready);
            session.open();
            if (!ready.wait(20000))
                return false;
            TransferRequest request;
            request.sources = {m_remote.filePath(QStringLiteral("up0.txt"))};
            request.destination = m_dir.filePath(name);
            bool ok = false;
            run(session, request, &ok);
            const bool reused = session.connection()->isReused();
            session.close();
            QSignalSpy closed(session.connection(), &SshConnection::finished);
            closed.wait(5000);
            return ok && (name == QLatin1String("first") || reused);
        };
        QVERIFY(get(QStringLiteral("first")));
        QTRY_COMPARE_WITH_TIMEOUT(pool.idleCount(), 1, 5000);
        QVERIFY(get(QStringLiteral("second"))); // on the kept connection
        QCOMPARE(readFile(m_dir.filePath(QStringLiteral("second"))), QByteArray("round 0"));
    }
};

QTEST_GUILESS_MAIN(TestSftpSession)
#include "tst_sftpsession.moc"
