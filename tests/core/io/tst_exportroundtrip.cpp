#include "core/inventory/Inventory.h"
#include "core/inventory/io/Exporters.h"
#include "core/inventory/io/ImportApplier.h"
#include "core/inventory/io/Importers.h"
#include "core/storage/Workspace.h"
#include "tests/core/io/ImportTestSupport.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace wb;

namespace {
// A workspace file with its inventory loaded, as the application opens one.
struct OpenWorkspace {
    Workspace workspace;
    Inventory inventory;

    bool open(const QString &path)
    {
        if (!workspace.open(path)) {
            qWarning("%s", qPrintable(workspace.errorString()));
            return false;
        }
        inventory.setDatabase(workspace.database());
        QString error;
        return inventory.load(&error);
    }
};

// Every host below `top` with all its fields, its group path relative to `top`
// and its jump host by name; ids differ between workspaces and are left out.
QStringList describeInventory(const Inventory &inventory, GroupId top = 0)
{
    const qsizetype depth = top ? inventory.groupPath(top).size() : 0;
    QStringList out;
    for (HostId id : inventory.hostsBelow(top)) {
        const Host *h = inventory.host(id);
        const Host *jump = h->jumpHostId ? inventory.host(h->jumpHostId) : nullptr;
        out << describeHost(*h, jump ? jump->name : QString(), inventory.groupPath(h->groupId).mid(depth));
    }
    std::sort(out.begin(), out.end());
    return out;
}

QSet<QString> groupPaths(const Inventory &inventory, GroupId top = 0)
{
    const qsizetype depth = top ? inventory.groupPath(top).size() : 0;
    QSet<QString> paths;
    QList<GroupId> pending(inventory.childGroups(top).begin(), inventory.childGroups(top).end());
    while (!pending.isEmpty()) {
        const GroupId g = pending.takeFirst();
        paths.insert(inventory.groupPath(g).mid(depth).join(QLatin1Char('/')));
        pending.append(inventory.childGroups(g));
    }
    return paths;
}
} // namespace

class TestExportRoundTrip : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OpenWorkspace> m_source;

    GroupId addGroup(const QString &path)
    {
        GroupId parent = 0;
        const QStringList parts = path.split(QLatin1Char('/'));
        for (const QString &part : parts) {
            GroupId existing = m_source->inventory.findGroup(parent, part);
            if (!existing) {
                Group g;
                g.parentId = parent;
                g.name = part;
                QString error;
                if (!m_source->inventory.addGroup(&g, &error))
                    qFatal("addGroup %s: %s", qPrintable(path), qPrintable(error));
                existing = g.id;
            }
            parent = existing;
        }
        return parent;
    }

    HostId addHost(Host h, const QString &groupPath)
    {
        h.groupId = groupPath.isEmpty() ? 0 : addGroup(groupPath);
        QString error;
        if (!m_source->inventory.addHost(&h, &error))
            qFatal("addHost %s: %s", qPrintable(h.name), qPrintable(error));
        return h.id;
    }

    // Everything the formats have to carry: every field with unusual values,
    // names Ansible cannot use as they are, the same names in two places,
    // empty groups at the top and nested.
    void buildSourceInventory()
    {
        Host bastion;
        bastion.name = QStringLiteral("bastion");
        bastion.address = QStringLiteral("bastion.example.org");
        bastion.sshUser = QStringLiteral("admin");
        bastion.notes = QStringLiteral("  indented note ");
        const HostId bastionId = addHost(bastion, QStringLiteral("dc1"));

        Host web;
        web.name = QStringLiteral("web01");
        web.address = QStringLiteral("192.0.2.10");
        web.port = 2222;
        web.os = QStringLiteral("Debian 12");
        web.tags = {QStringLiteral("web"), QStringLiteral("prod")};
        web.notes = QStringLiteral("Line one\nLine \"two\", with a comma # and a hash\\n literal");
        web.sshUser = QStringLiteral("deploy");
        web.authMethod = AuthMethod::KeyFile;
        web.identityFile = QStringLiteral("~/.ssh/id web");
        web.jumpHostId = bastionId;
        web.location = QStringLiteral("Rack 4, row 2");
        web.owner = QStringLiteral("Team Web");
        web.hostKeyAlias = QStringLiteral("web-vip");
        web.knownHostsFile = QStringLiteral("~/.ssh/known_hosts.d/dc1 web");
        web.macAddress = QStringLiteral("52:54:00:12:34:56");
        web.sessionLog = QStringLiteral("on");
        // A spreadsheet guard ("'" before the leading "-") must not break them on the way back.
        web.portForwards = {QStringLiteral("-L 8080:db.internal:5432"), QStringLiteral("-L [::1]:8443:[2001:db8::7]:443"),
                            QStringLiteral("-R 9000:localhost:3000"), QStringLiteral("-D 0.0.0.0:1080")};
        web.remoteDesktop = QStringLiteral("rdp:3390");
        web.sshOptions = {QStringLiteral("ConnectTimeout 5"), QStringLiteral("Compression yes"),
                          QStringLiteral("Ciphers aes256-gcm@openssh.com,aes128-ctr"), QStringLiteral("IdentityAgent %d/agent sock")};
        addHost(web, QStringLiteral("dc1/web"));

        Host db;
        db.name = QStringLiteral("db01");
        db.address = QStringLiteral("2001:db8::10");
        db.kind = HostKind::Other;
        db.authMethod = AuthMethod::Password;
        db.owner = QStringLiteral("DBA's desk");
        db.sessionLog = QStringLiteral("off");
        addHost(db, QStringLiteral("dc1/db"));

        Host web2;
        web2.name = QStringLiteral("web01"); // same name, other site
        web2.address = QStringLiteral("192.0.2.20");
        web2.kind = HostKind::Router;
        web2.jumpHostId = bastionId;
        addHost(web2, QStringLiteral("dc2/web"));

        Host mail;
        mail.name = QStringLiteral("Mail server");
        mail.address = QStringLiteral("mail.example.org");
        mail.kind = HostKind::Workstation;
        mail.identityFile = QStringLiteral("~/.ssh/id_mail"); // agent, yet a key file on record
        mail.tags = {QStringLiteral("mail")};
        addHost(mail, QStringLiteral("Web servers"));

        Host inAll;
        inAll.name = QStringLiteral("in-all");
        inAll.address = QStringLiteral("192.0.2.30");
        inAll.kind = HostKind::Firewall;
        addHost(inAll, QStringLiteral("all"));

        // Cells a spreadsheet would run as formulas, and one that already looks guarded.
        Host formulas;
        formulas.name = QStringLiteral("formulas");
        formulas.address = QStringLiteral("192.0.2.31");
        formulas.os = QStringLiteral("=1+1");
        formulas.location = QStringLiteral("-5");
        formulas.owner = QStringLiteral("@team");
        formulas.tags = {QStringLiteral("+x"), QStringLiteral("y")};
        formulas.notes = QStringLiteral("'=already guarded");
        addHost(formulas, QStringLiteral("dc2"));

        Host loose;
        loose.name = QStringLiteral("loose");
        loose.address = QStringLiteral("192.0.2.99");
        addHost(loose, QString());

        addGroup(QStringLiteral("spare"));
        addGroup(QStringLiteral("dc1/empty leaf"));
    }

    // Exports, then imports the file into a fresh workspace below `target` (created if named).
    std::unique_ptr<OpenWorkspace> roundTrip(ExportFormat format, GroupId top, ImportResult *imported)
    {
        const QString file = m_dir->filePath(format == ExportFormat::Csv ? "export.csv" : "export.ini");
        QString error;
        if (!Exporters::exportFile(m_source->inventory, format, file, top, &error)) {
            qWarning("export: %s", qPrintable(error));
            return nullptr;
        }
        auto target = std::make_unique<OpenWorkspace>();
        if (!target->open(m_dir->filePath(QStringLiteral("target-%1.sqlite").arg(int(format)))))
            return nullptr;
        *imported = Importers::importFile(format == ExportFormat::Csv ? ImportFormat::Csv : ImportFormat::Ansible, file);
        if (imported->hasErrors()) {
            qWarning("import errors:\n%s", qPrintable(issueText(imported->errors)));
            return nullptr;
        }
        ApplyStats stats;
        if (!ImportApplier::apply(target->inventory, *imported, 0, false, &stats, &error)) {
            qWarning("apply: %s", qPrintable(error));
            return nullptr;
        }
        if (!stats.warnings.isEmpty()) {
            qWarning("apply warnings:\n%s", qPrintable(issueText(stats.warnings)));
            return nullptr;
        }
        // Reopen from disk so the comparison sees what was stored.
        auto reopened = std::make_unique<OpenWorkspace>();
        const QString path = target->workspace.path();
        target.reset();
        if (!reopened->open(path))
            return nullptr;
        return reopened;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_source = std::make_unique<OpenWorkspace>();
        QVERIFY(m_source->open(m_dir->filePath("source.sqlite")));
        buildSourceInventory();
    }

    void cleanup()
    {
        m_source.reset();
        m_dir.reset();
    }

    void exportThenImportKeepsEveryHostField_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(ExportFormat::Csv);
        QTest::newRow("ansible") << int(ExportFormat::Ansible);
    }

    void exportThenImportKeepsEveryHostField()
    {
        QFETCH(int, format);
        ImportResult imported;
        const auto copy = roundTrip(ExportFormat(format), 0, &imported);
        QVERIFY(copy);
        QCOMPARE(copy->inventory.hostCount(), m_source->inventory.hostCount());
        QCOMPARE(describeInventory(copy->inventory), describeInventory(m_source->inventory));
        // Nothing was noted as skipped: the exporter only writes what the importer reads.
        QVERIFY2(imported.skipped.isEmpty(), qPrintable(issueText(imported.skipped)));
    }

    void exportThenImportKeepsGroupPaths_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(ExportFormat::Csv);
        QTest::newRow("ansible") << int(ExportFormat::Ansible);
    }

    void exportThenImportKeepsGroupPaths()
    {
        QFETCH(int, format);
        ImportResult imported;
        const auto copy = roundTrip(ExportFormat(format), 0, &imported);
        QVERIFY(copy);
        QSet<QString> expected = groupPaths(m_source->inventory);
        if (ExportFormat(format) == ExportFormat::Csv) {
            // CSV has one row per host, so groups without hosts below them cannot travel.
            expected.remove(QStringLiteral("spare"));
            expected.remove(QStringLiteral("dc1/empty leaf"));
        }
        QCOMPARE(groupPaths(copy->inventory), expected);
    }

    void exportOfSubtreeWritesPathsRelativeToIt_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(ExportFormat::Csv);
        QTest::newRow("ansible") << int(ExportFormat::Ansible);
    }

    void exportOfSubtreeWritesPathsRelativeToIt()
    {
        QFETCH(int, format);
        const GroupId dc1 = m_source->inventory.findGroupByPath(QStringLiteral("dc1"));
        QVERIFY(dc1);
        ImportResult imported;
        const auto copy = roundTrip(ExportFormat(format), dc1, &imported);
        QVERIFY(copy);
        QCOMPARE(describeInventory(copy->inventory), describeInventory(m_source->inventory, dc1));
        QVERIFY(copy->inventory.findHost(0, QStringLiteral("bastion")));
        QVERIFY(!copy->inventory.findHostAnywhere(QStringLiteral("loose")));
    }

    void ansibleExportUsesPathNamesForGroupsAnsibleCannotTellApart()
    {
        const QString text = Exporters::toAnsible(m_source->inventory);
        QVERIFY2(text.contains(QLatin1String("\n[dc1_web]\n")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("\n[dc2_web]\n")));
        QVERIFY(text.contains(QLatin1String("\n[dc1:children]\n")));
        QVERIFY(text.contains(QLatin1String("[Web_servers:vars]\nwb_name=\"Web servers\"")));
        // The reserved group name "all" must not swallow the group.
        QVERIFY(!text.contains(QLatin1String("\n[all]\n")));
        // Hosts at the top come before the first section.
        QVERIFY(text.indexOf(QLatin1String("loose ansible_host=192.0.2.99")) < text.indexOf(QLatin1Char('[')));
        QVERIFY(!text.contains(QLatin1String("ansible_port=22 ")));
    }

    void csvExportQuotesFieldsThatNeedIt()
    {
        const QString text = Exporters::toCsv(m_source->inventory);
        QVERIFY(text.startsWith(QLatin1String(
            "name,address,port,kind,os,tags,notes,user,auth,identity_file,jump_host,location,owner,group,host_key_alias,known_hosts_file,reachability_check,mac_address,"
            "session_log,port_forwards,remote_desktop,ssh_options\n")));
        QVERIFY2(text.contains(QLatin1String("\"web,prod\"")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("\"Line one\nLine \"\"two\"\", with a comma # and a hash\\n literal\"")));
        QVERIFY2(text.contains(QLatin1String(",dc1/web,web-vip,~/.ssh/known_hosts.d/dc1 web,,52:54:00:12:34:56,on,"
                                             "'-L 8080:db.internal:5432; -L [::1]:8443:[2001:db8::7]:443; -R 9000:localhost:3000; -D 0.0.0.0:1080,"
                                             "rdp:3390,\"ConnectTimeout 5; Compression yes; Ciphers aes256-gcm@openssh.com,aes128-ctr; "
                                             "IdentityAgent %d/agent sock\"\n")),
                 qPrintable(text));
    }

    void csvExportGuardsCellsThatStartLikeFormulas()
    {
        const QString text = Exporters::toCsv(m_source->inventory);
        QVERIFY2(text.contains(QLatin1String("formulas,192.0.2.31,22,server,'=1+1,\"'+x,y\",''=already guarded,"
                                             ",agent,,,'-5,'@team,dc2,,,,,,,,\n")),
                 qPrintable(text));
    }

    void exportFileReportsUnwritablePath()
    {
        const QString path = m_dir->filePath("no-such-folder/export.csv");
        QString error;
        QVERIFY(!Exporters::exportFile(m_source->inventory, ExportFormat::Csv, path, 0, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void exportFileReplacesAnExistingFile()
    {
        const QString path = m_dir->filePath("export.csv");
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content that is longer than nothing\n");
        old.close();
        QString error;
        QVERIFY2(Exporters::exportFile(m_source->inventory, ExportFormat::Csv, path, 0, &error), qPrintable(error));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), Exporters::toCsv(m_source->inventory));
    }
};

QTEST_GUILESS_MAIN(TestExportRoundTrip)
#include "tst_exportroundtrip.moc"
