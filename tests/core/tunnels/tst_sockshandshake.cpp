// The SOCKS side of a -D forward: what each client version sends, fed whole
// and a byte at a time (as a socket may deliver it), and what is refused.
#include "core/tunnels/SocksHandshake.h"

#include <QTest>

using namespace wb;
using Step = SocksHandshake::Step;

Q_DECLARE_METATYPE(SocksHandshake::Step)

class TestSocksHandshake : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        Step step = Step::More;
        QByteArray replies;
        QByteArray left;
        SocksHandshake handshake;
    };

    static Outcome feed(const QByteArray &data, int piece)
    {
        Outcome outcome;
        QByteArray input;
        for (qsizetype at = 0; at < data.size() && outcome.step == Step::More; at += piece) {
            input += data.mid(at, piece);
            QByteArray reply;
            outcome.step = outcome.handshake.feed(&input, &reply);
            outcome.replies += reply;
            if (outcome.step != Step::More)
                input += data.mid(at + piece); // what came after, as the stream's first data
        }
        outcome.left = input;
        return outcome;
    }

private Q_SLOTS:
    void requests_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<Step>("step");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QByteArray>("replies");
        QTest::addColumn<QByteArray>("left");
        const QByteArray methodOk("\x05\x00", 2);
        QTest::newRow("socks5 ipv4") << QByteArray("\x05\x01\x00\x05\x01\x00\x01\x7f\x00\x00\x01\x00\x50GET /", 18) << Step::Connect
                                     << QStringLiteral("127.0.0.1") << 80 << methodOk << QByteArray("GET /");
        QTest::newRow("socks5 name") << QByteArray("\x05\x02\x02\x00\x05\x01\x00\x03\x09localhost\x1f\x90", 20) << Step::Connect
                                     << QStringLiteral("localhost") << 8080 << methodOk << QByteArray();
        QTest::newRow("socks5 ipv6") << QByteArray("\x05\x01\x00\x05\x01\x00\x04", 7) + QByteArray(15, '\0') + QByteArray("\x01\x00\x16", 3)
                                     << Step::Connect << QStringLiteral("::1") << 22 << methodOk << QByteArray();
        QTest::newRow("socks5 bind refused") << QByteArray("\x05\x01\x00\x05\x02\x00\x01\x7f\x00\x00\x01\x00\x50", 13) << Step::Refuse
                                             << QString() << 0 << methodOk + QByteArray("\x05\x07\x00\x01\x00\x00\x00\x00\x00\x00", 10)
                                             << QByteArray();
        QTest::newRow("socks5 wants a password") << QByteArray("\x05\x01\x02", 3) << Step::Refuse << QString() << 0
                                                 << QByteArray("\x05\xff", 2) << QByteArray();
        QTest::newRow("socks5 unknown address type") << QByteArray("\x05\x01\x00\x05\x01\x00\x09\x00\x00", 9) << Step::Refuse << QString() << 0
                                                     << methodOk + QByteArray("\x05\x08\x00\x01\x00\x00\x00\x00\x00\x00", 10) << QByteArray();
        QTest::newRow("socks5 name with a newline") << QByteArray("\x05\x01\x00\x05\x01\x00\x03\x03\x61\x0a\x62\x00\x50", 13) << Step::Refuse
                                                    << QString() << 0 << methodOk + QByteArray("\x05\x08\x00\x01\x00\x00\x00\x00\x00\x00", 10)
                                                    << QByteArray();
        QTest::newRow("socks5 empty name") << QByteArray("\x05\x01\x00\x05\x01\x00\x03\x00\x00\x50", 10) << Step::Refuse << QString() << 0
                                           << methodOk + QByteArray("\x05\x08\x00\x01\x00\x00\x00\x00\x00\x00", 10) << QByteArray();
        QTest::newRow("socks4") << QByteArray("\x04\x01\x00\x50\x0a\x00\x00\x05user\x00", 13) << Step::Connect << QStringLiteral("10.0.0.5")
                                << 80 << QByteArray() << QByteArray();
        QTest::newRow("socks4a") << QByteArray("\x04\x01\x01\xbb\x00\x00\x00\x01\x00" "example.org\x00rest", 25) << Step::Connect
                                 << QStringLiteral("example.org") << 443 << QByteArray() << QByteArray("rest");
        QTest::newRow("socks4a hostile name") << QByteArray("\x04\x01\x00\x50\x00\x00\x00\x01\x00$(id)\x1b[2J\x00", 20) << Step::Refuse
                                              << QString() << 0 << QByteArray("\x00\x5b\x00\x00\x00\x00\x00\x00", 8) << QByteArray();
        QTest::newRow("socks4 bind") << QByteArray("\x04\x02\x00\x50\x7f\x00\x00\x01\x00", 9) << Step::Refuse << QString() << 0
                                     << QByteArray("\x00\x5b\x00\x00\x00\x00\x00\x00", 8) << QByteArray();
        QTest::newRow("socks4 endless user id") << QByteArray("\x04\x01\x00\x50\x7f\x00\x00\x01", 8) + QByteArray(600, 'u') << Step::Refuse
                                                << QString() << 0 << QByteArray("\x00\x5b\x00\x00\x00\x00\x00\x00", 8) << QByteArray();
        QTest::newRow("http") << QByteArray("GET / HTTP/1.0\r\n\r\n") << Step::Refuse << QString() << 0 << QByteArray() << QByteArray();
    }

    void requests()
    {
        QFETCH(QByteArray, data);
        QFETCH(Step, step);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QByteArray, replies);
        QFETCH(QByteArray, left);
        for (const int piece : {int(data.size()), 1, 3}) {
            const Outcome outcome = feed(data, piece);
            QCOMPARE(outcome.step, step);
            QCOMPARE(outcome.replies, replies);
            if (step == Step::Connect) {
                QCOMPARE(outcome.handshake.host(), host);
                QCOMPARE(outcome.handshake.port(), quint16(port));
                QCOMPARE(outcome.left, left);
            } else {
                QVERIFY(!outcome.handshake.error().isEmpty());
            }
        }
    }

    void repliesAfterTheOpen()
    {
        Outcome five = feed(QByteArray("\x05\x01\x00\x05\x01\x00\x01\x7f\x00\x00\x01\x00\x50", 13), 13);
        QCOMPARE(five.handshake.connectedReply(), QByteArray("\x05\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10));
        QCOMPARE(five.handshake.failedReply(1).at(1), '\x02'); // not allowed by the ruleset
        QCOMPARE(five.handshake.failedReply(2).at(1), '\x05'); // connection refused
        QCOMPARE(five.handshake.failedReply(0).at(1), '\x01'); // general failure
        Outcome four = feed(QByteArray("\x04\x01\x00\x50\x7f\x00\x00\x01\x00", 9), 9);
        QCOMPARE(four.handshake.connectedReply(), QByteArray("\x00\x5a\x00\x00\x00\x00\x00\x00", 8));
        QCOMPARE(four.handshake.failedReply(2), QByteArray("\x00\x5b\x00\x00\x00\x00\x00\x00", 8));
    }
};

QTEST_GUILESS_MAIN(TestSocksHandshake)
#include "tst_sockshandshake.moc"
