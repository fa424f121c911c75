// known_hosts as OpenSSH writes and reads it: plain and hashed host fields,
// [host]:port, wildcards and negation, @revoked, and what add/remove leave.
#include "core/ssh/KnownHosts.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/wait.h>
#include <unistd.h>

using namespace wb;

namespace {

const QByteArray keyA = "AAAAC3NzaC1lZDI1NTE5AAAAIPlfHkGxDZqQ4B7U+1E9gtqzSog+z68IObL0l/aY2tFF";
const QByteArray keyB = "AAAAC3NzaC1lZDI1NTE5AAAAIAwbOVKsdlfbKhRbNX4QKigOelfBpRHmgaDdNzaHVDca";
const QByteArray rsa = "AAAAB3NzaC1yc2EAAAADAQABAAAAgQDDa3rz3SPjcNdH7VjT";

HostKey key(const QByteArray &base64, const QString &type = QStringLiteral("ssh-ed25519"))
{
    return HostKey{type, QByteArray::fromBase64(base64)};
}

QByteArray hashed(const QByteArray &name)
{
    const QByteArray salt = QByteArray(20, 'x');
    return "|1|" + salt.toBase64() + '|' + QMessageAuthenticationCode::hash(name, salt, QCryptographicHash::Sha1).toBase64();
}

} // namespace

class TestKnownHosts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1_%2").arg(QTest::currentTestFunction(), QTest::currentDataTag()));
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QByteArray>("presented");
        QTest::addColumn<int>("match");
        using M = KnownHosts::Match;
        const QByteArray a = " ssh-ed25519 " + keyA + "\n";
        QTest::newRow("plain known") << "web01" + a << "web01" << 22 << keyA << int(M::Known);
        QTest::newRow("case-insensitive name") << "WEB01" + a << "web01" << 22 << keyA << int(M::Known);
        QTest::newRow("plain changed") << "web01" + a << "web01" << 22 << keyB << int(M::Changed);
        QTest::newRow("unknown host") << "web02" + a << "web01" << 22 << keyA << int(M::Unknown);
        QTest::newRow("port 22 entry does not cover 2222") << "web01" + a << "web01" << 2222 << keyA << int(M::Unknown);
        QTest::newRow("bracketed port") << "[web01]:2222" + a << "web01" << 2222 << keyA << int(M::Known);
        QTest::newRow("bracketed port is literal") << "[web01]:2222" + a << "w" << 2222 << keyA << int(M::Unknown);
        QTest::newRow("list of names") << "db1,web01,10.0.0.5" + a << "10.0.0.5" << 22 << keyA << int(M::Known);
        QTest::newRow("wildcard") << "*.example.org" + a << "web01.example.org" << 22 << keyA << int(M::Known);
        QTest::newRow("question mark") << "web0?" + a << "web07" << 22 << keyA << int(M::Known);
        QTest::newRow("negation vetoes") << "*.example.org,!db.example.org" + a << "db.example.org" << 22 << keyA << int(M::Unknown);
        QTest::newRow("hashed known") << hashed("web01") + a << "web01" << 22 << keyA << int(M::Known);
        QTest::newRow("hashed with port") << hashed("[web01]:2222") + a << "web01" << 2222 << keyA << int(M::Known);
        QTest::newRow("hashed changed") << hashed("web01") + a << "web01" << 22 << keyB << int(M::Changed);
        QTest::newRow("other type only") << "web01 ssh-rsa " + rsa + "\n" << "web01" << 22 << keyA << int(M::OtherType);
        QTest::newRow("one of two keys") << "web01 ssh-ed25519 " + keyB + "\n" + "web01" + a << "web01" << 22 << keyA << int(M::Known);
        QTest::newRow("revoked") << "@revoked * ssh-ed25519 " + keyA + "\nweb01" + a << "web01" << 22 << keyA << int(M::Revoked);
        QTest::newRow("cert authority ignored") << "@cert-authority web01" + a << "web01" << 22 << keyA << int(M::Unknown);
        QTest::newRow("comments and blanks") << "# web01 ssh-ed25519 " + keyB + "\n\n   \nweb01" + a << "web01" << 22 << keyA << int(M::Known);
        QTest::newRow("garbage line skipped") << "web01 ssh-ed25519\nweb01" + a << "web01" << 22 << keyA << int(M::Known);
    }

    void check()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QByteArray, presented);
        QFETCH(int, match);
        const KnownHosts knownHosts(write(file));
        QCOMPARE(int(knownHosts.check(host, quint16(port), key(presented)).match), match);
    }

    void missingFileIsUnknown()
    {
        const KnownHosts knownHosts(m_dir.filePath(QStringLiteral("none/known_hosts")));
        QCOMPARE(knownHosts.check(QStringLiteral("web01"), 22, key(keyA)).match, KnownHosts::Match::Unknown);
    }

    void fingerprintIsOpenSshs()
    {
        const QString pub = write("ssh-ed25519 " + keyA + " test\n");
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), pub});
        QVERIFY(keygen.waitForFinished());
        const QString expected = QString::fromLatin1(keygen.readAllStandardOutput()).split(QLatin1Char(' ')).value(1);
        QVERIFY(expected.startsWith(QStringLiteral("SHA256:")));
        QCOMPARE(key(keyA).fingerprint(), expected);
    }

    void addAppendsHashedAndRemoveTakesOnlyThatHost()
    {
        // The last line lacks its newline: the new entry must not be glued onto it.
        const QString path = write("other ssh-ed25519 " + keyB);
        const KnownHosts knownHosts(path);
        QString error;
        QVERIFY(knownHosts.add(QStringLiteral("web01"), 2222, key(keyA), &error));
        QCOMPARE(knownHosts.check(QStringLiteral("web01"), 2222, key(keyA)).match, KnownHosts::Match::Known);
        QCOMPARE(knownHosts.check(QStringLiteral("other"), 22, key(keyB)).match, KnownHosts::Match::Known);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains("web01")); // hashed, like Debian's HashKnownHosts
        QCOMPARE(content.count('\n'), 2);
        file.close();

        int removed = 0;
        QVERIFY(knownHosts.remove(QStringLiteral("web01"), 2222, &removed, &error));
        QCOMPARE(removed, 1);
        QCOMPARE(knownHosts.check(QStringLiteral("web01"), 2222, key(keyA)).match, KnownHosts::Match::Unknown);
        QCOMPARE(knownHosts.check(QStringLiteral("other"), 22, key(keyB)).match, KnownHosts::Match::Known);
        QVERIFY(QFile::exists(path + QStringLiteral(".old")));
    }

    void addCreatesThePrivateFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh/dir/known_hosts"));
        QString error;
        QVERIFY2(KnownHosts(path).add(QStringLiteral("::1"), 22, key(keyA), &error), qPrintable(error));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QCOMPARE(KnownHosts(path).check(QStringLiteral("::1"), 22, key(keyA)).match, KnownHosts::Match::Known);
    }

    // The window and werkbank-cli (other processes) and several SSH threads write
    // the same file: every accepted key must survive a concurrent rewrite.
    void concurrentWritersAcrossThreadsAndProcessesLoseNoKey()
    {
        const QString path = write("seed ssh-ed25519 " + keyB + "\n");
        constexpr int children = 3;
        constexpr int perWriter = 60;
        auto hostName = [](const char *who, int writer, int n) {
            return QStringLiteral("%1%2-%3").arg(QLatin1String(who)).arg(writer).arg(n);
        };
        QList<pid_t> pids;
        for (int c = 0; c < children; ++c) {
            const pid_t pid = fork();
            QVERIFY(pid >= 0);
            if (pid == 0) {
                int failures = 0;
                for (int n = 0; n < perWriter; ++n) {
                    QString error;
                    failures += KnownHosts(path).add(hostName("proc", c, n), 22, key(keyA), &error) ? 0 : 1;
                }
                _exit(failures == 0 ? 0 : 1);
            }
            pids << pid;
        }
        QThread *appender = QThread::create([&] {
            for (int n = 0; n < perWriter; ++n) {
                QString error;
                KnownHosts(path).add(hostName("thread", 0, n), 22, key(keyA), &error);
            }
        });
        appender->start();
        // Meanwhile this thread keeps rewriting the file, as "Remove old entry" does.
        for (int n = 0; n < perWriter; ++n) {
            QString error;
            int removed = 0;
            QVERIFY2(KnownHosts(path).add(QStringLiteral("churn"), 22, key(keyB), &error), qPrintable(error));
            QVERIFY2(KnownHosts(path).remove(QStringLiteral("churn"), 22, &removed, &error), qPrintable(error));
        }
        QVERIFY(appender->wait(60000));
        delete appender;
        for (pid_t pid : pids) {
            int status = 0;
            QCOMPARE(waitpid(pid, &status, 0), pid);
            QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        }
        const KnownHosts knownHosts(path);
        int missing = 0;
        for (int n = 0; n < perWriter; ++n) {
            for (int c = 0; c < children; ++c)
                missing += knownHosts.check(hostName("proc", c, n), 22, key(keyA)).match == KnownHosts::Match::Known ? 0 : 1;
            missing += knownHosts.check(hostName("thread", 0, n), 22, key(keyA)).match == KnownHosts::Match::Known ? 0 : 1;
        }
        QCOMPARE(missing, 0);
        QCOMPARE(knownHosts.check(QStringLiteral("seed"), 22, key(keyB)).match, KnownHosts::Match::Known);
        QCOMPARE(knownHosts.check(QStringLiteral("churn"), 22, key(keyB)).match, KnownHosts::Match::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
