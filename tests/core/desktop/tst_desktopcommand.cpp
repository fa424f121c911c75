// How a remote-desktop viewer is started: FreeRDP's arguments (the user and
// domain split as FreeRDP takes them, never the password) and its standard
// input (the password alone), a VNC viewer's HOST::PORT, and the values that
// cannot be passed safely.
#include "core/desktop/DesktopCommand.h"

#include <QTest>

using namespace wb;

class TestDesktopCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rdpTakesThePasswordOnStdinOnly_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("identity");
        QTest::newRow("plain") << QStringLiteral("alice") << QStringList{QStringLiteral("/u:alice")};
        QTest::newRow("DOMAIN\\user") << QStringLiteral("CORP\\alice") << QStringList{QStringLiteral("/u:alice"), QStringLiteral("/d:CORP")};
        QTest::newRow("user@domain (a UPN, whole)") << QStringLiteral("alice@corp.example") << QStringList{QStringLiteral("/u:alice@corp.example")};
        QTest::newRow("hostile") << QStringLiteral("a;rm -rf / $(id)") << QStringList{QStringLiteral("/u:a;rm -rf / $(id)")};
    }

    void rdpTakesThePasswordOnStdinOnly()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, identity);
        const QString password = QStringLiteral("p4ss /p:word $(id)");
        DesktopCommand command;
        QString error;
        QVERIFY2(DesktopCommand::rdp(QString(), QStringLiteral("pc17.example"), 3389, 0, user, password, QStringLiteral("pc17 (Werkbank)"),
                                     &command, &error),
                 qPrintable(error));
        QCOMPARE(command.program, QStringLiteral("xfreerdp"));
        QStringList expected{QStringLiteral("/v:pc17.example:3389")};
        expected << identity << QStringLiteral("/from-stdin:force") << QStringLiteral("/cert:tofu") << QStringLiteral("/t:pc17 (Werkbank)")
                 << QStringLiteral("+clipboard") << QStringLiteral("/dynamic-resolution");
        QCOMPARE(command.arguments, expected);
        for (const QString &argument : std::as_const(command.arguments))
            QVERIFY2(!argument.contains(QLatin1String("p4ss")), qPrintable(argument));
        QCOMPARE(command.input, password.toUtf8() + '\n');
        QCOMPARE(command.cleanExitCodes, (QList<int>{0, 1, 2, 11})); // disconnected, logged off: not a problem
        QCOMPARE(command.loginRefusedExitCode, 132);
    }

    void rdpRefusesWhatCannotBePassed()
    {
        DesktopCommand command;
        QString error;
        QVERIFY(!DesktopCommand::rdp({}, QStringLiteral("pc17"), 3389, 0, QStringLiteral("alice"), QStringLiteral("one\ntwo"), {}, &command, &error));
        QVERIFY(error.contains(QLatin1String("line break")));
        QVERIFY(!DesktopCommand::rdp({}, QStringLiteral("pc17"), 3389, 0, QStringLiteral("al\rice"), QStringLiteral("x"), {}, &command, &error));
        QVERIFY(!DesktopCommand::rdp({}, QStringLiteral("pc17"), 3389, 0, QStringLiteral("  "), QStringLiteral("x"), {}, &command, &error));
        QVERIFY(error.contains(QLatin1String("user name")));
        // An address a shared inventory could hold that would read as the viewer's option.
        error.clear();
        QVERIFY(!DesktopCommand::vnc({}, QStringLiteral("-via=evil"), 5900, &command, &error));
        QVERIFY(error.contains(QLatin1String("-via=evil")));
        QVERIFY(!DesktopCommand::rdp({}, QStringLiteral("-x"), 3389, 0, QStringLiteral("alice"), QStringLiteral("x"), {}, &command, &error));
    }

    void addressesAndViewers()
    {
        DesktopCommand command;
        QString error;
        QVERIFY(DesktopCommand::rdp(QStringLiteral("/opt/freerdp/xfreerdp3"), QStringLiteral("2001:db8::5"), 13389, 0, QStringLiteral("bob"),
                                    QStringLiteral("x"), {}, &command, &error));
        QCOMPARE(command.program, QStringLiteral("/opt/freerdp/xfreerdp3"));
        QCOMPARE(command.arguments.first(), QStringLiteral("/v:[2001:db8::5]:13389"));
        // Through a Werkbank tunnel: the server keeps its name, the proxy is here.
        QVERIFY(DesktopCommand::rdp({}, QStringLiteral("pc17.corp"), 3389, 40119, QStringLiteral("bob"), QStringLiteral("x"), {}, &command, &error));
        QCOMPARE(command.arguments.mid(0, 3), (QStringList{QStringLiteral("/v:pc17.corp:3389"), QStringLiteral("/u:bob"),
                                                           QStringLiteral("/proxy:socks5://127.0.0.1:40119")}));
        DesktopCommand vnc;
        QVERIFY(DesktopCommand::vnc({}, QStringLiteral("127.0.0.1"), 5901, &vnc, &error));
        QCOMPARE(vnc.program, QStringLiteral("vncviewer"));
        QCOMPARE(vnc.arguments, QStringList{QStringLiteral("127.0.0.1::5901")});
        QVERIFY(vnc.input.isEmpty());
        QCOMPARE(DesktopCommand::keychainKey(QStringLiteral("CORP\\alice"), QStringLiteral("pc17"), 3389), QStringLiteral("rdp:CORP\\alice@pc17:3389"));
    }
};

QTEST_GUILESS_MAIN(TestDesktopCommand)
#include "tst_desktopcommand.moc"
