// Where a first run finds hosts to import: ~/.ssh/config and the Ansible inventory this
// person uses, found as ansible finds it. Every path is a temporary one; the machine's
// own /etc and home are never read (a default ImportSourcePaths looks nowhere).
#include "core/inventory/io/ImportSources.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace wb;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QVERIFY2(wbtest::writeFileAt(path, text), qPrintable(path));
}

QStringList names(const ImportSource &source)
{
    QStringList list;
    for (const ImportedHost &host : source.result.hosts)
        list << host.host.name;
    list.sort();
    return list;
}

} // namespace

class TestImportSources : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ImportSourcePaths m_paths;
    QString at(const QString &relative) const { return m_dir.filePath(relative); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &sub : QDir(m_dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QDir(m_dir.filePath(sub)).removeRecursively();
        QDir(m_dir.path()).mkpath(QStringLiteral("home"));
        QDir(m_dir.path()).mkpath(QStringLiteral("project"));
        QFile::setPermissions(at(QStringLiteral("project")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_paths = {};
        m_paths.home = at(QStringLiteral("home"));
        m_paths.workingDir = at(QStringLiteral("project"));
        m_paths.systemAnsibleConfig = at(QStringLiteral("etc/ansible/ansible.cfg"));
        m_paths.systemAnsibleHosts = at(QStringLiteral("etc/ansible/hosts"));
    }

    void nothingIsLookedAtWithoutPaths()
    {
        QVERIFY(ImportSourcePaths{}.isEmpty());
        QVERIFY(ImportSources::find(ImportSourcePaths{}).isEmpty());
        QVERIFY(ImportSources::ansibleInventories(ImportSourcePaths{}).paths.isEmpty());
    }

    void sshConfigIsCountedWithoutWildcards()
    {
        write(at(QStringLiteral("home/.ssh/config")), "Host web1 web2\n  User deploy\nHost db\n  HostName 10.0.0.5\nHost *\n  ServerAliveInterval 30\n");
        const QList<ImportSource> found = ImportSources::find(m_paths);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].format, ImportFormat::SshConfig);
        QCOMPARE(found[0].displayPath, QStringLiteral("~/.ssh/config"));
        QCOMPARE(found[0].hostCount(), 3);
        QCOMPARE(names(found[0]), (QStringList{QStringLiteral("db"), QStringLiteral("web1"), QStringLiteral("web2")}));
    }

    void anEmptyConfigOffersNothing()
    {
        write(at(QStringLiteral("home/.ssh/config")), "# nothing yet\nHost *\n  User me\n");
        write(at(QStringLiteral("etc/ansible/hosts")), "# This is the default ansible 'hosts' file.\n# ex: green.example.com\n");
        QVERIFY(ImportSources::find(m_paths).isEmpty());
    }

    void configPrecedence_data()
    {
        QTest::addColumn<QStringList>("configs"); // which of the four places hold a cfg
        QTest::addColumn<QString>("origin");
        QTest::newRow("working folder first") << QStringList{"project", "home", "etc"} << "project/ansible.cfg";
        QTest::newRow("then ~/.ansible.cfg") << QStringList{"home", "etc"} << "~/.ansible.cfg";
        QTest::newRow("then /etc") << QStringList{"etc"} << "etc/ansible/ansible.cfg";
        QTest::newRow("$ANSIBLE_CONFIG before all") << QStringList{"env", "project", "home", "etc"} << "env/mine.cfg";
    }
    void configPrecedence()
    {
        QFETCH(QStringList, configs);
        QFETCH(QString, origin);
        const QHash<QString, QString> place{{"project", "project/ansible.cfg"}, {"home", "home/.ansible.cfg"},
                                           {"etc", "etc/ansible/ansible.cfg"}, {"env", "env/mine.cfg"}};
        for (const QString &which : configs) {
            write(at(place[which]), "[defaults]\nforks = 5\ninventory = " + which.toUtf8() + ".ini\n");
            write(at(QFileInfo(place[which]).path() + QLatin1Char('/') + which + QStringLiteral(".ini")),
                  "[" + which.toUtf8() + "]\n" + which.toUtf8() + "-host ansible_host=192.0.2.1\n");
        }
        if (configs.contains(QStringLiteral("env")))
            m_paths.ansibleConfigEnv = at(QStringLiteral("env/mine.cfg"));
        const ImportSources::AnsibleInventories inventories = ImportSources::ansibleInventories(m_paths);
        const QString expectedOrigin = origin.startsWith(QLatin1Char('~')) ? origin : at(origin);
        QCOMPARE(inventories.origin, expectedOrigin);
        const QList<ImportSource> found = ImportSources::find(m_paths);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].format, ImportFormat::Ansible);
        QCOMPARE(found[0].origin, expectedOrigin);
        // Relative to the folder of the cfg that named it.
        QCOMPARE(found[0].path, QFileInfo(expectedOrigin.startsWith(QLatin1Char('~')) ? at(QStringLiteral("home/.ansible.cfg")) : expectedOrigin).absolutePath()
                                    + QLatin1Char('/') + configs.first() + QStringLiteral(".ini"));
        QCOMPARE(names(found[0]), QStringList{configs.first() + QStringLiteral("-host")});
    }

    void aWorldWritableWorkingFolderIsNotTrusted()
    {
        write(at(QStringLiteral("project/ansible.cfg")), "[defaults]\ninventory = evil.ini\n");
        write(at(QStringLiteral("project/evil.ini")), "evil ansible_host=192.0.2.66\n");
        write(at(QStringLiteral("home/.ansible.cfg")), "[defaults]\ninventory = ~/ops/hosts\n");
        write(at(QStringLiteral("home/ops/hosts")), "[ops]\nops1 ansible_host=192.0.2.7\n");
        QFile::setPermissions(at(QStringLiteral("project")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                             | QFileDevice::WriteOther | QFileDevice::ReadOther | QFileDevice::ExeOther);
        const QList<ImportSource> found = ImportSources::find(m_paths);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].displayPath, QStringLiteral("~/ops/hosts"));
        QCOMPARE(found[0].origin, QStringLiteral("~/.ansible.cfg"));
    }

    void aConfigWithoutInventoryMeansTheDefaultHosts()
    {
        write(at(QStringLiteral("project/ansible.cfg")), "[defaults]\nforks = 10\n[inventory]\ninventory = not-this-section.ini\n");
        write(at(QStringLiteral("home/.ansible.cfg")), "[defaults]\ninventory = not-the-next-file.ini\n");
        write(at(QStringLiteral("etc/ansible/hosts")), "[all]\nsys1\nsys2\n");
        const QList<ImportSource> found = ImportSources::find(m_paths);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].path, at(QStringLiteral("etc/ansible/hosts")));
        QCOMPARE(found[0].origin, QString());
        QCOMPARE(found[0].hostCount(), 2);
    }

    void inventoryValueSyntax()
    {
        // Two paths, an inline comment after " ;", quotes, `:` for `=`, ~ and {{CWD}}.
        write(at(QStringLiteral("project/ansible.cfg")),
              "# comment\n[defaults]\n; another\nINVENTORY: \"inv/a.ini, ~/b.ini,{{CWD}}/c#d.ini\" ; ours\n");
        write(at(QStringLiteral("project/inv/a.ini")), "a1\n");
        write(at(QStringLiteral("home/b.ini")), "b1\nb2\n");
        write(at(QStringLiteral("project/c#d.ini")), "c1\n");
        const ImportSources::AnsibleInventories inventories = ImportSources::ansibleInventories(m_paths);
        QCOMPARE(inventories.paths, (QStringList{at(QStringLiteral("project/inv/a.ini")), at(QStringLiteral("home/b.ini")),
                                                 at(QStringLiteral("project/c#d.ini"))}));
        const QList<ImportSource> found = ImportSources::find(m_paths);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found[1].displayPath, QStringLiteral("~/b.ini"));
        QCOMPARE(found[1].hostCount(), 2);
    }

    void ansibleInventoryVariableWins()
    {
        write(at(QStringLiteral("project/ansible.cfg")), "[defaults]\ninventory = cfg.ini\n");
        write(at(QStringLiteral("project/cfg.ini")), "fromcfg\n");
        write(at(QStringLiteral("project/one.ini")), "one1\n");
        write(at(QStringLiteral("elsewhere/two.ini")), "two1\ntwo2\n");
        m_paths.ansibleInventoryEnv = QStringLiteral("one.ini, %1 ,missing.ini,web1,").arg(at(QStringLiteral("elsewhere/two.ini")));
        const QList<ImportSource> found = ImportSources::find(m_paths);
        QCOMPARE(found.size(), 2); // a path that is not there (or a host list) is no source
        QCOMPARE(found[0].path, at(QStringLiteral("project/one.ini")));
        QCOMPARE(found[0].origin, QStringLiteral("$ANSIBLE_INVENTORY"));
        QCOMPARE(found[1].hostCount(), 2);
    }

    void aFolderIsReadAsAnsibleReadsIt()
    {
        write(at(QStringLiteral("home/.ansible.cfg")), "[defaults]\ninventory = ~/inventory/\n");
        write(at(QStringLiteral("home/inventory/10-web")), "[web]\nweb1\nweb2\n");
        write(at(QStringLiteral("home/inventory/prod/20-db.ini")), "[db]\ndb1\n");
        write(at(QStringLiteral("home/inventory/group_vars/web")), "not an inventory\n[[[\n");
        write(at(QStringLiteral("home/inventory/.hidden")), "[[[\n");
        write(at(QStringLiteral("home/inventory/notes.md")), "[[[\n");
        write(at(QStringLiteral("home/inventory/old.retry")), "[[[\n");
        write(at(QStringLiteral("home/inventory/cloud.yml")), "all:\n  hosts:\n    y1:\n");
        const QString marker = at(QStringLiteral("ran"));
        write(at(QStringLiteral("home/inventory/dynamic.py")), "#!/bin/sh\ntouch '" + marker.toUtf8() + "'\n");
        QFile::setPermissions(at(QStringLiteral("home/inventory/dynamic.py")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        const QList<ImportSource> found = ImportSources::find(m_paths);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].displayPath, QStringLiteral("~/inventory"));
        QCOMPARE(names(found[0]), (QStringList{QStringLiteral("db1"), QStringLiteral("web1"), QStringLiteral("web2")}));
        QVERIFY2(!found[0].result.hasErrors(), qPrintable(found[0].result.errors.value(0).toString()));
        QStringList skipped;
        for (const ImportIssue &issue : found[0].result.skipped)
            skipped << QFileInfo(issue.file).fileName();
        QVERIFY(skipped.contains(QStringLiteral("cloud.yml")));
        QVERIFY(skipped.contains(QStringLiteral("dynamic.py")));
        QVERIFY2(!QFile::exists(marker), "a dynamic inventory script was run");
    }

    void aFolderThatLinksToItselfIsReadOnce()
    {
        write(at(QStringLiteral("home/inv/hosts")), "[web]\nweb1\n");
        QVERIFY(QFile::link(at(QStringLiteral("home/inv")), at(QStringLiteral("home/inv/again"))));
        QVERIFY(QFile::link(at(QStringLiteral("home/inv")), at(QStringLiteral("home/inv/more"))));
        QVERIFY(QFile::link(QStringLiteral("/"), at(QStringLiteral("home/inv/zzroot")))); // the whole disk, past the depth it may go
        m_paths.ansibleInventoryEnv = at(QStringLiteral("home/inv"));
        std::atomic<bool> cancel{false};
        QElapsedTimer timer;
        timer.start();
        QList<ImportSource> found;
        std::thread reader([&] { found = ImportSources::find(m_paths, &cancel); });
        // However much the link to / holds, a cancelled search ends at once.
        QTest::qWait(300);
        cancel = true;
        reader.join();
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        // Without the link to /, the folder's one file once (not once per link).
        QFile::remove(at(QStringLiteral("home/inv/zzroot")));
        found = ImportSources::find(m_paths);
        QCOMPARE(found.size(), 1);
        QCOMPARE(names(found[0]), QStringList{QStringLiteral("web1")});
    }

    void whatIsNotAnIniFileIsNeverRead()
    {
        // A FIFO would block the reader for ever; YAML and programs are not INI.
        QVERIFY(QProcess::execute(QStringLiteral("mkfifo"), {at(QStringLiteral("project/pipe"))}) == 0);
        write(at(QStringLiteral("project/hosts.yml")), "all:\n  hosts:\n    y1:\n");
        const QString marker = at(QStringLiteral("ran"));
        write(at(QStringLiteral("project/inventory.sh")), "#!/bin/sh\ntouch '" + marker.toUtf8() + "'\necho '[web]'\n");
        QFile::setPermissions(at(QStringLiteral("project/inventory.sh")), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        write(at(QStringLiteral("project/real.ini")), "real1\n");
        m_paths.ansibleInventoryEnv = QStringLiteral("pipe,hosts.yml,inventory.sh,real.ini");
        QElapsedTimer timer;
        timer.start();
        const QList<ImportSource> found = ImportSources::find(m_paths);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].path, at(QStringLiteral("project/real.ini")));
        QVERIFY2(!QFile::exists(marker), "a dynamic inventory script was run");
    }

    void variablesAndSectionCommentsAsAnsibleReadsThem()
    {
        write(at(QStringLiteral("project/ansible.cfg")), "[defaults]   # ours\ninventory = $OPS/${SITE}.ini\n");
        write(at(QStringLiteral("ops/ams.ini")), "ams1\n");
        m_paths.environment.insert(QStringLiteral("OPS"), at(QStringLiteral("ops")));
        m_paths.environment.insert(QStringLiteral("SITE"), QStringLiteral("ams"));
        const QList<ImportSource> found = ImportSources::find(m_paths);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].path, at(QStringLiteral("ops/ams.ini")));
    }

    void badLinesAreKeptForTheUserToSee()
    {
        write(at(QStringLiteral("etc/ansible/hosts")), "[web]\nweb1 ansible_port=99999\nweb2\n");
        const QList<ImportSource> found = ImportSources::find(m_paths);
        QCOMPARE(found.size(), 1);
        QVERIFY(found[0].result.hasErrors());
        QCOMPARE(found[0].result.errors[0].line, 2);
        QCOMPARE(found[0].hostCount(), 1);
    }

    void theSameFileIsOfferedOnce()
    {
        write(at(QStringLiteral("etc/ansible/hosts")), "[web]\nweb1\n");
        m_paths.ansibleInventoryEnv = at(QStringLiteral("etc/ansible/hosts")) + QLatin1Char(',') + at(QStringLiteral("etc/ansible/../ansible/hosts"));
        QCOMPARE(ImportSources::find(m_paths).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportSources)
#include "tst_importsources.moc"
