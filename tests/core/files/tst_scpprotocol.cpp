// The SCP protocol's lines and the host's command: a file header, times, the
// host's errors, folders refused, hostile and broken lines refused, and the
// command's path plain when plain, quoted when not, never an option, and
// refused with a line break.
#include "core/files/ScpPeer.h"

#include <QTest>

using namespace wb;

class TestScpProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheHostsLines()
    {
        ScpLine line = ScpLine::parse("C0644 1234 notes.txt");
        QCOMPARE(line.kind, ScpLine::Kind::File);
        QCOMPARE(line.mode, quint32(0644));
        QCOMPARE(line.size, qint64(1234));
        line = ScpLine::parse("C4755 0 ../../etc/passwd"); // the name is never used; the size and mode are
        QCOMPARE(line.kind, ScpLine::Kind::File);
        QCOMPARE(line.size, qint64(0));
        line = ScpLine::parse("T1700000000 0 1600000000 0");
        QCOMPARE(line.kind, ScpLine::Kind::Times);
        QCOMPARE(line.mtime, qint64(1700000000));
        QCOMPARE(line.atime, qint64(1600000000));
        line = ScpLine::parse("\x01scp: /etc/shadow: Permission denied");
        QCOMPARE(line.kind, ScpLine::Kind::Error);
        QCOMPARE(line.text, QStringLiteral("/etc/shadow: Permission denied"));
        QCOMPARE(ScpLine::parse("D0755 0 folder").text, QStringLiteral("is a folder (SCP copies single files here)"));
        for (const char *broken : {"C0644 -5 x", "C0644 99999999999999999999 x", "C644 1 x", "C0644 1", "C9999 1 x", "T1 0", "Tx 0 1 0",
                                   "hello", "C0644 12abc x"}) {
            line = ScpLine::parse(QByteArrayView(broken, qstrlen(broken)));
            QVERIFY2(line.kind == ScpLine::Kind::Error, broken);
            QVERIFY(!line.text.isEmpty());
        }
        QCOMPARE(ScpLine::parse("").kind, ScpLine::Kind::Error);
    }

    void quotesThePathForTheHost()
    {
        ScpPeer::Spec spec;
        spec.remotePath = "flash:/config.txt";
        QCOMPARE(ScpPeer::commandFor(spec, nullptr), QByteArray("scp -p -f flash:/config.txt")); // a router reads it bare
        spec.remotePath = "/tmp/a b;$(id)'x'";
        QCOMPARE(ScpPeer::commandFor(spec, nullptr), QByteArray("scp -p -f '/tmp/a b;$(id)'\\''x'\\'''"));
        spec.remotePath = "-rf";
        spec.direction = SftpFileTransfer::Direction::Upload;
        spec.localPath = QStringLiteral("/tmp/x");
        QCOMPARE(ScpPeer::commandFor(spec, nullptr), QByteArray("scp -p -t ./-rf"));
        QString error;
        spec.remotePath = "/tmp/line\nbreak";
        QVERIFY(ScpPeer::commandFor(spec, &error).isEmpty());
        QCOMPARE(error, QStringLiteral("SCP cannot carry a name with a line break"));
    }
};

QTEST_GUILESS_MAIN(TestScpProtocol)
#include "tst_scpprotocol.moc"
