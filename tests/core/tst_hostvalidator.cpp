#include "core/inventory/HostServices.h"
#include "core/inventory/HostValidator.h"
#include "core/inventory/SshHostOptions.h"

#include <QTest>

using namespace wb;

class TestHostValidator : public QObject
{
    Q_OBJECT

    // No problem when `problem` is empty, else exactly one that says it.
    static void expectProblem(const QStringList &problems, const QString &problem)
    {
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('|'))));
            return;
        }
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
    }

private Q_SLOTS:
    void addresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ipv4") << "192.0.2.10" << true;
        QTest::newRow("ipv6") << "2001:db8::10" << true;
        QTest::newRow("ipv6 bracketed") << "[2001:db8::10]" << true;
        QTest::newRow("ipv6 loopback") << "::1" << true;
        QTest::newRow("dns") << "web01.example.org" << true;
        QTest::newRow("dns trailing dot") << "web01.example.org." << true;
        QTest::newRow("short name") << "web01" << true;
        QTest::newRow("underscore") << "old_server" << true;
        QTest::newRow("octet too big") << "10.0.0.300" << false;
        QTest::newRow("three octets") << "10.0.0" << false;
        QTest::newRow("space") << "web 01" << false;
        QTest::newRow("semicolon") << "web01;reboot" << false;
        QTest::newRow("command substitution") << "$(id)" << false;
        QTest::newRow("leading hyphen") << "-oProxyCommand=x" << false;
        QTest::newRow("empty label") << "web..example" << false;
        QTest::newRow("bad ipv6") << "2001:db8:::1" << false;
        QTest::newRow("newline") << "web01\nevil" << false;
    }
    void addresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(HostValidator::isValidAddress(address), valid);
    }

    void sshUsers_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "deploy" << true;
        QTest::newRow("dotted") << "adm.jansen" << true;
        QTest::newRow("upn") << "jan@corp.example.net" << true;
        QTest::newRow("domain") << "CORP\\jan" << true;
        QTest::newRow("machine account (trailing dollar)") << "WS0142$" << false;
        QTest::newRow("shell metacharacters") << "a;rm -rf /" << false;
        QTest::newRow("command substitution") << "$(id)" << false;
        QTest::newRow("backticks") << "`id`" << false;
        QTest::newRow("newline") << "alice\nroot" << false;
        QTest::newRow("leading hyphen") << "-oProxyCommand" << false;
        QTest::newRow("quote") << "o'brien" << false;
        QTest::newRow("Windows account with spaces") << "Jan de Vries" << true;
        QTest::newRow("domain account with spaces") << "CORP\\Jan de Vries" << true;
        QTest::newRow("realm account with spaces") << "Jan de Vries@CORP.EXAMPLE.NET" << true;
        QTest::newRow("accented letters") << "José Müller" << true;
        QTest::newRow("only spaces") << "   " << false;
        QTest::newRow("pipe") << "jan|id" << false;
        QTest::newRow("ampersand") << "jan & co" << false;
        QTest::newRow("dollar inside") << "a$b" << false;
        QTest::newRow("only a dollar") << "$" << false;
        QTest::newRow("redirect in") << "jan<x" << false;
        QTest::newRow("redirect out") << "jan>x" << false;
        QTest::newRow("double quote") << "jan\"x" << false;
        QTest::newRow("parentheses") << "jan (admin)" << false;
        QTest::newRow("tab") << "jan\tsmit" << false;
    }
    void sshUsers()
    {
        QFETCH(QString, user);
        QFETCH(bool, valid);
        QCOMPARE(HostValidator::isValidSshUser(user), valid);
    }

    void validHostHasNoProblems()
    {
        Host h;
        h.name = QStringLiteral("web01");
        h.address = QStringLiteral("192.0.2.10");
        QVERIFY(HostValidator::validate(h).isEmpty());
    }

    void problemsAreExplained()
    {
        Host h;
        h.name = QStringLiteral("web01");
        h.address = QStringLiteral("10.0.0.300");
        h.port = 70000;
        h.sshUser = QStringLiteral("$(id)");
        h.authMethod = AuthMethod::KeyFile;
        const QStringList problems = HostValidator::validate(h);
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems[0].contains(QStringLiteral("“10.0.0.300” is not a valid address")));
        QVERIFY(problems[1].contains(QStringLiteral("Port 70000 is out of range")));
        QVERIFY(problems[2].contains(QStringLiteral("not a valid SSH user name")));
        QVERIFY(problems[3].contains(QStringLiteral("identity file")));
    }

    // HostName and IdentityFile are kept as written, OpenSSH tokens and all; the address is checked as %h makes it.
    void tokensInAddressAndIdentityFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("identityFile");
        QTest::addColumn<QString>("problem"); // empty: valid

        QTest::newRow("%h in the address") << "web01" << "%h.example.org" << "" << "";
        QTest::newRow("%% in the address is a percent sign, never valid") << "web01" << "web%%01" << "" << "not a valid address";
        QTest::newRow("%h makes a bad address from a name with a blank")
            << "web 01" << "%h.example.org" << "" << "“web 01.example.org”";
        QTest::newRow("%u is not for addresses") << "web01" << "%u.example.org" << "" << "“%u”";
        QTest::newRow("a lone % at the end") << "web01" << "web01%" << "" << "lone";
        QTest::newRow("an IPv6 zone is no token") << "web01" << "fe80::1%eth0" << "" << "";
        QTest::newRow("path tokens") << "web01" << "192.0.2.1" << "%d/.ssh/id_%r@%h:%p_%u_%n_%k_%C_%l_%L_%i_%%" << "";
        QTest::newRow("environment variable") << "web01" << "192.0.2.1" << "${HOME}/.ssh/id_ed25519" << "";
        QTest::newRow("unknown path token") << "web01" << "192.0.2.1" << "~/.ssh/id_%Z" << "“%Z”";
        QTest::newRow("unclosed variable") << "web01" << "192.0.2.1" << "${HOME/.ssh/key" << "“${”";
        QTest::newRow("empty variable name") << "web01" << "192.0.2.1" << "${}/key" << "names no environment variable";
    }

    void tokensInAddressAndIdentityFile()
    {
        QFETCH(QString, name);
        QFETCH(QString, address);
        QFETCH(QString, identityFile);
        QFETCH(QString, problem);
        Host h;
        h.name = name;
        h.address = address;
        h.identityFile = identityFile;
        if (!identityFile.isEmpty())
            h.authMethod = AuthMethod::KeyFile;
        expectProblem(HostValidator::validate(h), problem);
    }

    // A host's own SSH options: OpenSSH's keywords, values libssh takes, one spelling, one of each.
    void sshOptions_data()
    {
        QTest::addColumn<QString>("typed");      // one per line, as in the host dialog
        QTest::addColumn<QStringList>("stored"); // what SshHostOptions::parse makes of it
        QTest::addColumn<QString>("problem");    // empty: valid

        QTest::newRow("spellings made OpenSSH's")
            << "connecttimeout=5\nCOMPRESSION Yes\n  ServerAliveInterval   15  "
            << QStringList{"ConnectTimeout 5", "Compression yes", "ServerAliveInterval 15"} << "";
        QTest::newRow("algorithm lists") << "Ciphers aes256-gcm@openssh.com,aes128-ctr\nKexAlgorithms curve25519-sha256"
                                         << QStringList{"Ciphers aes256-gcm@openssh.com,aes128-ctr", "KexAlgorithms curve25519-sha256"} << "";
        QTest::newRow("agent and certificate paths with tokens")
            << "IdentityAgent ${XDG_RUNTIME_DIR}/ssh-agent\nCertificateFile %d/.ssh/id_%r-cert.pub"
            << QStringList{"IdentityAgent ${XDG_RUNTIME_DIR}/ssh-agent", "CertificateFile %d/.ssh/id_%r-cert.pub"} << "";
        QTest::newRow("no agent, for a host that logs in through it") << "IdentityAgent none" << QStringList{"IdentityAgent none"}
                                                                      << "cannot say “IdentityAgent none”";
        QTest::newRow("$VAR as ssh writes it") << "IdentityAgent $SSH_AUTH_SOCK" << QStringList{"IdentityAgent ${SSH_AUTH_SOCK}"} << "";
        QTest::newRow("OpenSSH's time format and flag words") << "ConnectTimeout 1m\nServerAliveInterval 1h30m\nIdentitiesOnly TRUE"
            << QStringList{"ConnectTimeout 60", "ServerAliveInterval 5400", "IdentitiesOnly yes"} << "";
        QTest::newRow("a path with \"; \" in it, as CSV carries a list")
            << "CertificateFile ~/c/a; b.pub; connecttimeout 5" << QStringList{"CertificateFile ~/c/a; b.pub", "ConnectTimeout 5"} << "";
        QTest::newRow("unknown keyword") << "ProxyCommand nc %h %p" << QStringList{"ProxyCommand nc %h %p"} << "not an SSH option";
        QTest::newRow("no value") << "Compression" << QStringList{"Compression"} << "needs a value";
        QTest::newRow("not a number") << "ConnectTimeout soon" << QStringList{"ConnectTimeout soon"} << "takes seconds";
        QTest::newRow("out of range") << "ConnectTimeout 0" << QStringList{"ConnectTimeout 0"} << "from 1 to 3600";
        QTest::newRow("yes or no") << "ForwardAgent maybe" << QStringList{"ForwardAgent maybe"} << "yes or no";
        QTest::newRow("changes OpenSSH's defaults") << "Ciphers +aes128-cbc" << QStringList{"Ciphers +aes128-cbc"} << "full list";
        QTest::newRow("not algorithm names") << "Ciphers aes128-ctr;id" << QStringList{"Ciphers aes128-ctr;id"} << "algorithm names";
        QTest::newRow("given twice") << "ConnectTimeout 5\nConnectTimeout 9" << QStringList{"ConnectTimeout 5", "ConnectTimeout 9"}
                                     << "given twice";
        QTest::newRow("unknown token") << "CertificateFile ~/.ssh/%Z" << QStringList{"CertificateFile ~/.ssh/%Z"} << "“%Z”";
    }

    void sshOptions()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, stored);
        QFETCH(QString, problem);
        Host h;
        h.name = QStringLiteral("web01");
        h.address = QStringLiteral("192.0.2.10");
        h.sshOptions = SshHostOptions::parse(typed);
        QCOMPARE(h.sshOptions, stored);
        expectProblem(HostValidator::validate(h), problem);
    }

    void hostNeedsNameAndAddress()
    {
        const QStringList problems = HostValidator::validate(Host{});
        QVERIFY2(problems.size() == 2, qPrintable(problems.join(QLatin1Char('|'))));
        QVERIFY(problems[0].contains(QStringLiteral("needs a name")));
        QVERIFY(problems[1].contains(QStringLiteral("needs an address")));
    }

    void hostCannotJumpThroughItself()
    {
        Host h;
        h.id = 7;
        h.name = QStringLiteral("a");
        h.address = QStringLiteral("a");
        h.jumpHostId = 7;
        QCOMPARE(HostValidator::validate(h).size(), 1);
    }

    void portForwards_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::addColumn<bool>("open");      // listens beyond this computer
        QTest::newRow("local") << "-L 8080:db.internal:5432" << "-L 8080:db.internal:5432" << false;
        QTest::newRow("local, spaced") << "  -L8080:db:5432 " << "-L 8080:db:5432" << false;
        QTest::newRow("loopback bind") << "-L 127.0.0.1:8080:db:5432" << "-L 127.0.0.1:8080:db:5432" << false;
        QTest::newRow("every address") << "-L :8080:db:5432" << "-L *:8080:db:5432" << true;
        QTest::newRow("LAN bind") << "-D 192.0.2.10:1080" << "-D 192.0.2.10:1080" << true;
        QTest::newRow("ipv6") << "-L [::1]:8443:[2001:db8::7]:443" << "-L [::1]:8443:[2001:db8::7]:443" << false;
        QTest::newRow("remote") << "-R 9000:localhost:3000" << "-R 9000:localhost:3000" << false;
        QTest::newRow("remote, any address there") << "-R 0.0.0.0:9000:localhost:3000" << "-R 0.0.0.0:9000:localhost:3000" << false;
        QTest::newRow("dynamic") << "-D 1080" << "-D 1080" << false;
        QTest::newRow("no target") << "-L 8080" << "" << false;
        QTest::newRow("remote socks") << "-R 1080" << "" << false;
        QTest::newRow("port 0") << "-L 0:db:5432" << "" << false;
        QTest::newRow("port too big") << "-D 70000" << "" << false;
        QTest::newRow("shell") << "-L 8080:$(id):22" << "" << false;
        QTest::newRow("semicolon host") << "-L 8080:a;rm:22" << "" << false;
        QTest::newRow("no option") << "8080:db:5432" << "" << false;
        QTest::newRow("unix socket") << "-L /tmp/s:db:5432" << "" << false;
        QTest::newRow("open bracket") << "-L [::1:8443:db:443" << "" << false;
        QTest::newRow("ipv6 zone") << "-L [fe80::1%2]:8080:[fe80::2%3]:22" << "-L [fe80::1%2]:8080:[fe80::2%3]:22" << true;
        QTest::newRow("shell in a zone") << "-L 8080:[::1%$(id)]:22" << "" << false;
        QTest::newRow("semicolon in a zone") << "-L 8080:[fe80::1%a;b]:22" << "" << false;
    }

    void portForwards()
    {
        QFETCH(QString, text);
        QFETCH(QString, stored);
        QFETCH(bool, open);
        PortForward forward;
        QString error;
        QCOMPARE(PortForward::parse(text, &forward, &error), !stored.isEmpty());
        if (stored.isEmpty()) {
            QVERIFY2(error.contains(text.trimmed()), qPrintable(error));
            Host h;
            h.name = QStringLiteral("web");
            h.address = QStringLiteral("192.0.2.1");
            h.portForwards = HostValidator::parsePortForwards(text);
            QVERIFY(!HostValidator::validate(h).isEmpty());
            return;
        }
        QCOMPARE(forward.text(), stored);
        QCOMPARE(forward.listensBeyondLoopback(), open);
        // What is stored reads back as itself, and a host holding it is valid.
        PortForward again;
        QVERIFY(PortForward::parse(stored, &again));
        QCOMPARE(again, forward);
        Host h;
        h.name = QStringLiteral("web");
        h.address = QStringLiteral("192.0.2.1");
        h.portForwards = {stored};
        QCOMPARE(HostValidator::validate(h), QStringList());
        QCOMPARE(HostValidator::parsePortForwards(text + QStringLiteral("; -D 1081\n")), (QStringList{stored, QStringLiteral("-D 1081")}));
    }

    void remoteDesktops()
    {
        RemoteDesktop desktop;
        QVERIFY(RemoteDesktop::parse(QStringLiteral(" RDP "), &desktop));
        QCOMPARE(desktop.text(), QStringLiteral("rdp"));
        QCOMPARE(desktop.effectivePort(), quint16(3389));
        QVERIFY(RemoteDesktop::parse(QStringLiteral("vnc:5901"), &desktop));
        QCOMPARE(desktop.effectivePort(), quint16(5901));
        QVERIFY(RemoteDesktop::parse(QString(), &desktop));
        QCOMPARE(desktop.protocol, RemoteDesktop::Protocol::None);
        for (const char *bad : {"ssh", "rdp:", "rdp:0", "vnc:x", "rdp:3389:1"})
            QVERIFY2(!RemoteDesktop::parse(QString::fromLatin1(bad), &desktop), bad);
        QCOMPARE(HostValidator::normalizedRemoteDesktop(QStringLiteral("VNC:5902")), QStringLiteral("vnc:5902"));
        QCOMPARE(HostValidator::normalizedRemoteDesktop(QStringLiteral("rdp:3389")), QStringLiteral("rdp")); // one spelling
    }

    void groupNames()
    {
        QVERIFY(HostValidator::validateGroupName(QStringLiteral("Amsterdam")).isEmpty());
        QVERIFY(!HostValidator::validateGroupName(QStringLiteral("  ")).isEmpty());
        QVERIFY(!HostValidator::validateGroupName(QStringLiteral("a/b")).isEmpty());
        QVERIFY(!HostValidator::validateGroupName(QStringLiteral("line\nbreak")).isEmpty());
    }

    // A MAC address in any of the usual spellings is stored as aa:bb:cc:dd:ee:ff;
    // anything else is refused with an example; the session log choice is one of three.
    void macAddressesAndSessionLogs()
    {
        QCOMPARE(HostValidator::normalizedMac(QStringLiteral("52-54-00-AB-cd-EF")), QStringLiteral("52:54:00:ab:cd:ef"));
        QCOMPARE(HostValidator::normalizedMac(QStringLiteral(" 5254.00ab.cdef ")), QStringLiteral("52:54:00:ab:cd:ef"));
        QCOMPARE(HostValidator::normalizedMac(QStringLiteral("525400abcdef")), QStringLiteral("52:54:00:ab:cd:ef"));
        for (const char *bad : {"52:54:00:ab:cd", "52:54:00:ab:cd:ef:01", "zz:54:00:ab:cd:ef", "52:54:00:ab:cd:éf", "$(id)"})
            QCOMPARE(HostValidator::normalizedMac(QString::fromUtf8(bad)), QString::fromUtf8(bad));
        Host host;
        host.name = QStringLiteral("pc1");
        host.address = QStringLiteral("192.0.2.5");
        host.macAddress = QStringLiteral("52:54:00:ab:cd:ef");
        host.sessionLog = QStringLiteral("on");
        QVERIFY(HostValidator::validate(host).isEmpty());
        host.macAddress = QStringLiteral("52:54:00:ab:cd");
        host.sessionLog = QStringLiteral("sometimes");
        const QStringList problems = HostValidator::validate(host);
        QVERIFY2(problems.size() == 2, qPrintable(problems.join(QLatin1Char('|'))));
        QVERIFY(problems.first().contains(QLatin1String("aa:bb:cc:dd:ee:ff")));
        QVERIFY(problems.last().contains(QLatin1String("sometimes")));
    }

    void tagsAreSplitTrimmedAndDeduplicated()
    {
        QCOMPARE(HostValidator::parseTags(QStringLiteral(" prod, web ,,prod,  db ")),
                 (QStringList{QStringLiteral("prod"), QStringLiteral("web"), QStringLiteral("db")}));
    }
};

QTEST_GUILESS_MAIN(TestHostValidator)
#include "tst_hostvalidator.moc"
