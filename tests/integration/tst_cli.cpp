// Runs the built werkbank-cli as a user or script would.
#include "core/storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;

    Run cli(const QStringList &arguments, const QString &workspace = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        QStringList args = {QStringLiteral("--workspace"), workspace.isEmpty() ? m_workspace : workspace};
        args << arguments;
        process.start(QStringLiteral(WERKBANK_CLI), args);
        Run run;
        if (!process.waitForFinished(30000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return path;
    }

    QJsonArray hostsJson(const QStringList &extra = {})
    {
        const Run run = cli(QStringList{QStringLiteral("hosts"), QStringLiteral("--json")} + extra);
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

private Q_SLOTS:
    void init()
    {
        m_workspace = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    }

    void importSshConfigThenListAsJson()
    {
        const QString config = write(QStringLiteral(".ssh/config"),
                                     "Host bastion\n  HostName 192.0.2.1\n  User ops\n\n"
                                     "Host web01 web02\n  User deploy\n  Port 2222\n  IdentityFile ~/.ssh/id_ed25519\n  ProxyJump bastion\n\n"
                                     "Include conf.d/*.conf\n\n" // in ~/.ssh, as ssh finds it
                                     "Host *.internal\n  User nobody\n");
        write(QStringLiteral(".ssh/conf.d/db.conf"), "Host db01\n  HostName db01.example.org\n");
        const Run run = cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("ssh-config"), config,
                             QStringLiteral("--group"), QStringLiteral("Amsterdam/ssh")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("4 added")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("2 groups created")), qPrintable(run.out));  // Amsterdam, ssh
        QVERIFY2(run.err.contains(QStringLiteral("config:13")), qPrintable(run.err));  // the wildcard block is reported as skipped

        const QJsonArray hosts = hostsJson();
        QCOMPARE(hosts.size(), 4);
        QJsonObject web01;
        for (const auto &value : hosts)
            if (value[QStringLiteral("name")].toString() == QLatin1String("web01"))
                web01 = value.toObject();
        QCOMPARE(web01[QStringLiteral("group")].toString(), QStringLiteral("Amsterdam/ssh"));
        QCOMPARE(web01[QStringLiteral("port")].toInt(), 2222);
        QCOMPARE(web01[QStringLiteral("user")].toString(), QStringLiteral("deploy"));
        QCOMPARE(web01[QStringLiteral("auth")].toString(), QStringLiteral("key"));
        QCOMPARE(web01[QStringLiteral("jump_host")].toString(), QStringLiteral("bastion"));
    }

    void reimportingTheSameFileAddsNothing()
    {
        const QString csv = write(QStringLiteral("same.csv"), "name,address,kind,group\nfw01,10.0.0.1,firewall,site\nsw01,10.0.0.2,switch,site\n");
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), csv}).exitCode, 0);
        const Run again = cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), csv});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("0 added, 0 updated, 2 unchanged")), qPrintable(again.out));
        QCOMPARE(hostsJson().size(), 2);
    }

    void fileWithErrorsImportsNothingUnlessBadLinesAreSkipped()
    {
        const QString csv = write(QStringLiteral("bad.csv"),
                                  "name,address,port\nweb01,10.0.0.1,22\nweb02,10.0.0.300,22\nweb03,10.0.0.3,70000\nweb04,10.0.0.4,\n");
        const Run refused = cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), csv});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("bad.csv:3")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("bad.csv:4")));
        QVERIFY2(refused.err.contains(QStringLiteral("2 bad lines; nothing was imported")), qPrintable(refused.err));
        QCOMPARE(hostsJson().size(), 0);

        const Run skipped = cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), csv,
                                 QStringLiteral("--skip-bad-lines")});
        QCOMPARE(skipped.exitCode, 0);
        QCOMPARE(hostsJson().size(), 2);
    }

    void ansibleImportBuildsNestedGroups()
    {
        const QString ini = write(QStringLiteral("inventory.ini"),
                                  "[web]\nweb[01:03] ansible_user=deploy\n\n[db]\ndb01 ansible_host=192.0.2.10 ansible_port=2200\n\n"
                                  "[ams:children]\nweb\ndb\n");
        const Run run = cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("ansible"), ini});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(hostsJson().size(), 4);
        QCOMPARE(hostsJson({QStringLiteral("--group"), QStringLiteral("ams/web")}).size(), 3);
        const QJsonArray db = hostsJson({QStringLiteral("--group"), QStringLiteral("ams/db")});
        QCOMPARE(db.size(), 1);
        QCOMPARE(db[0][QStringLiteral("address")].toString(), QStringLiteral("192.0.2.10"));
        QCOMPARE(db[0][QStringLiteral("port")].toInt(), 2200);
    }

    void exportThenImportIntoAnotherWorkspaceRoundTrips()
    {
        const QString csv = write(QStringLiteral("demo.csv"),
                                  "name,address,port,kind,os,tags,notes,user,auth,identity_file,jump_host,location,owner,group\n"
                                  "gw,gw.example.org,22,router,RouterOS,\"edge,prod\",,admin,password,,,DC1,Net,site/net\n"
                                  "app,2001:db8::5,2022,server,Debian 12,web,\"two, words\",deploy,key,~/.ssh/k,gw,DC1,Web,site/app\n");
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), csv}).exitCode, 0);
        const QJsonArray original = hostsJson();
        for (const QString &format : {QStringLiteral("csv"), QStringLiteral("ansible")}) {
            const QString exported = m_dir.filePath(QStringLiteral("export.") + format);
            QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), format, QStringLiteral("--output"), exported}).exitCode, 0);
            const QString other = m_dir.filePath(QStringLiteral("other-%1.sqlite").arg(format));
            const Run imported = cli({QStringLiteral("import"), QStringLiteral("--format"), format, exported}, other);
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
            const Run listed = cli({QStringLiteral("hosts"), QStringLiteral("--json")}, other);
            QJsonArray copy = QJsonDocument::fromJson(listed.out.toUtf8()).array();
            QCOMPARE(copy.size(), original.size());
            for (int i = 0; i < copy.size(); ++i) {
                QJsonObject a = original[i].toObject(), b = copy[i].toObject();
                a.remove(QStringLiteral("id"));
                b.remove(QStringLiteral("id"));
                QCOMPARE(b, a);
            }
        }
        // Export to standard output works too.
        const Run stdoutExport = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(stdoutExport.out.startsWith(QStringLiteral("name,address,port")));
    }

    void reimportingAnSshConfigKeepsWhatOnlyTheInventoryKnows()
    {
        // Notes, owner and tags come from a CSV; the ssh config then moves the host.
        const QString csv = write(QStringLiteral("merge/hosts.csv"),
                                  "name,address,notes,owner,tags,kind\nweb01,192.0.2.1,Call Piet first,Team Web,prod,router\n");
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), csv}).exitCode, 0);
        const QString config = write(QStringLiteral("merge/config"), "Host web01\n  HostName 192.0.2.9\n  Port 2222\n");
        const Run run = cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("ssh-config"), config});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("0 added, 1 updated")), qPrintable(run.out));
        const QJsonObject host = hostsJson().first().toObject();
        QCOMPARE(host.value(QLatin1String("address")).toString(), QStringLiteral("192.0.2.9"));
        QCOMPARE(host.value(QLatin1String("port")).toInt(), 2222);
        QCOMPARE(host.value(QLatin1String("notes")).toString(), QStringLiteral("Call Piet first"));
        QCOMPARE(host.value(QLatin1String("owner")).toString(), QStringLiteral("Team Web"));
        QCOMPARE(host.value(QLatin1String("kind")).toString(), QStringLiteral("router"));
        QCOMPARE(host.value(QLatin1String("tags")).toArray(), QJsonArray{QStringLiteral("prod")});
    }

    void anAmbiguousJumpHostInAnImportIsRefusedNamingTheLine()
    {
        const QString first = write(QStringLiteral("ambiguous/bastions.csv"),
                                    "name,address,group\nbastion,192.0.2.1,siteA\nbastion,192.0.2.2,siteB\n");
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), first}).exitCode, 0);
        const QString second = write(QStringLiteral("ambiguous/web.csv"),
                                     "name,address,group,jump_host\nweb01,192.0.2.11,siteC,bastion\n");
        Run run = cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), second});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(second + QStringLiteral(":2:")) && run.err.contains(QLatin1String("siteA/bastion"))
                     && run.err.contains(QLatin1String("siteB/bastion")),
                 qPrintable(run.err));
        QCOMPARE(hostsJson().size(), 2);

        // By path it resolves, and the listing names the shared name by its path.
        write(QStringLiteral("ambiguous/web.csv"), "name,address,group,jump_host\nweb01,192.0.2.11,siteC,siteB/bastion\n");
        run = cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), second});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray hosts = hostsJson({QStringLiteral("--group"), QStringLiteral("siteC")});
        QCOMPARE(hosts.size(), 1);
        QCOMPARE(hosts.first().toObject().value(QLatin1String("jump_host")).toString(), QStringLiteral("siteB/bastion"));
    }

    void hostsTableListsEveryHost()
    {
        const QString csv = write(QStringLiteral("t.csv"), "name,address,port,group\nweb01,10.0.0.1,2222,site\n");
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), csv}).exitCode, 0);
        const Run run = cli({QStringLiteral("hosts")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QStringLiteral("GROUP")));
        QVERIFY(lines[1].contains(QStringLiteral("web01")));
        QVERIFY(lines[1].contains(QStringLiteral("10.0.0.1:2222")));
    }

    void mistakesGetClearMessagesAndExitCodes()
    {
        Run run = cli({QStringLiteral("hosts"), QStringLiteral("--group"), QStringLiteral("nowhere")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("There is no group “nowhere”")));
        run = cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("yaml"), QStringLiteral("x")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--format must be")));
        run = cli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), m_dir.filePath(QStringLiteral("missing.csv"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("missing.csv")), qPrintable(run.err));
        run = cli({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("Unknown command")));
    }

    void theCommandIsTheFirstWordPastTheSharedOptions()
    {
        // --workspace (given by cli()) and --lang take values before the command;
        // after it, a value that names another command is just a value.
        Run run = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("hosts"), QStringLiteral("--group"),
                       QStringLiteral("import")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("There is no group “import”")), qPrintable(run.err));
        run = cli({QStringLiteral("-w"), m_workspace, QStringLiteral("hosts"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array(), QJsonArray());
    }

    void followsTheSystemLanguageUnlessLangOverrides()
    {
        auto run = [this](const QString &locale, const QStringList &extra) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LC_ALL"), locale);
            env.insert(QStringLiteral("LANG"), locale);
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(WERKBANK_CLI), QStringList{QStringLiteral("--workspace"), m_workspace} + extra
                                                            + QStringList{QStringLiteral("hosts"), QStringLiteral("--group"),
                                                                          QStringLiteral("nowhere")});
            process.waitForFinished(30000);
            return QString::fromUtf8(process.readAllStandardError());
        };
        QCOMPARE(run(QStringLiteral("nl_NL.UTF-8"), {}).trimmed(), QStringLiteral("Er is geen groep “nowhere” in de inventaris."));
        QCOMPARE(run(QStringLiteral("nl_NL.UTF-8"), {QStringLiteral("--lang"), QStringLiteral("en")}).trimmed(),
                 QStringLiteral("There is no group “nowhere” in the inventory."));
        QCOMPARE(run(QStringLiteral("C.UTF-8"), {QStringLiteral("--lang"), QStringLiteral("nl")}).trimmed(),
                 QStringLiteral("Er is geen groep “nowhere” in de inventaris."));
    }

    void usageNamesTheOptionsEveryCommandShares()
    {
        const Run run = cli({QStringLiteral("--help")});
        const QString usage = run.out + run.err;
        QVERIFY2(usage.contains(QStringLiteral("[--workspace PATH|ADDRESS] [--lang nl|en] COMMAND")), qPrintable(usage));
        QVERIFY2(usage.contains(QStringLiteral("--json is never translated")), qPrintable(usage));
    }

    void newerWorkspaceIsRefused()
    {
        {
            Workspace ws;
            QVERIFY(ws.open(m_workspace));
            QSqlQuery q(ws.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 1000")));
        }
        const Run run = cli({QStringLiteral("hosts")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("newer version of Werkbank")), qPrintable(run.err));
    }

    void defaultWorkspaceLivesInAppData()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-default")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(WERKBANK_CLI), {QStringLiteral("hosts")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("xdg-default/Werkbank/werkbank/workspace.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
