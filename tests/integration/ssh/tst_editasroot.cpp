// Editing a file as root (SudoFileAccess under RemoteEdit) on the fixture's
// admin host, whose /etc and /run are private: as root directly, and as carol
// through sudo -S (first without her password: asked for, and not asked again
// until one is given; a wrong one: asked again; then hers); the save keeps the
// file's owner and mode, leaves no temporary file and no link replaced, and a
// change on the host meanwhile is asked about; a save cut off midway leaves
// the file as it was; a folder others may write is not written as root; dave,
// who may not sudo, is told so; paths that are not one line are refused.
#include "tests/integration/ssh/AccountTestSupport.h"

#include "core/files/RemoteEdit.h"
#include "core/files/SudoFileAccess.h"
#include "core/i18n/Translations.h"
#include "core/ssh/KnownHosts.h"
#include "core/ssh/SudoExchange.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace wb;
using namespace wbtest;

namespace {
const QByteArray testFile = "/etc/werkbank-edit-test.conf";
} // namespace

class TestEditAsRoot : public QObject
{
    Q_OBJECT
    SshFixture fx;
    QTemporaryDir m_dir;
    QString m_knownHosts;
    int m_folders = 0;

    SudoFileAccess::RunMaker runsAs(const QString &login)
    {
        const SshTarget target = adminTarget(fx, m_knownHosts, login);
        return [target](const RunSpec &spec, bool, QObject *owner) { return new CommandRunner({target}, spec, owner); };
    }

    QString onHost(const QString &command) { return onAdmin(fx, m_knownHosts, command); }

    QString newFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("copy%1").arg(++m_folders));
        QDir().mkpath(folder);
        return folder;
    }

    // Saves `content` into the edit's copy and waits for the upload.
    bool save(RemoteEdit &edit, const QByteArray &content)
    {
        QSignalSpy saved(&edit, &RemoteEdit::saved);
        QFile copy(edit.localPath());
        if (!copy.open(QIODevice::WriteOnly | QIODevice::Truncate) || copy.write(content) != content.size())
            return false;
        copy.close();
        return saved.wait(30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.present() && fx.adminPort != 0, "the sshd fixture is not running: run the tests through ./scripts/test");
        installTranslations(*qApp, QStringLiteral("en"));
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        writeKnownHosts(m_knownHosts, {{KnownHosts::hostField(QStringLiteral("127.0.0.1"), fx.adminPort).toUtf8(),
                                        fx.hostKeyLine(QStringLiteral("admin"))}});
        // The machine's own /etc never holds the test file: the host's is a private copy.
        QVERIFY(!QFile::exists(QString::fromLatin1(testFile)));
    }

    void init()
    {
        QCOMPARE(onHost(QStringLiteral("printf 'listen = 1\\n' > %1 && chown root:adm %1 && chmod 640 %1 && stat -c '%U:%G %a' %1")
                            .arg(QString::fromLatin1(testFile))),
                 QStringLiteral("root:adm 640"));
    }

    void cleanup() { onHost(QStringLiteral("rm -f %1 /etc/.werkbank-edit.*").arg(QString::fromLatin1(testFile))); }

    void asRootDirectly()
    {
        SudoFileAccess access(runsAs(QStringLiteral("root")), QString());
        RemoteEdit edit(&access, testFile, newFolder());
        QSignalSpy opened(&edit, &RemoteEdit::opened);
        QSignalSpy failed(&edit, &RemoteEdit::failed);
        edit.start();
        QVERIFY2(opened.wait(30000), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QFile copy(edit.localPath());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), QByteArray("listen = 1\n"));
        QCOMPARE(copy.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions()); // the copy is ours alone
        copy.close();

        const QByteArray content("listen = 2\n# 'quoted' $(id) `id`\n\x01\xff end without a newline");
        QVERIFY(save(edit, content));
        QCOMPARE(onHost(QStringLiteral("stat -c '%U:%G %a' %1").arg(QString::fromLatin1(testFile))), QStringLiteral("root:adm 640"));
        QCOMPARE(onHost(QStringLiteral("sha256sum < %1 | cut -c1-64").arg(QString::fromLatin1(testFile))),
                 QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(onHost(QStringLiteral("ls -a /etc | grep -c '^[.]werkbank-edit[.]' ; true")), QStringLiteral("0"));

        // Changed on the host meanwhile: asked, not overwritten.
        onHost(QStringLiteral("sleep 1; echo theirs >> %1").arg(QString::fromLatin1(testFile)));
        QSignalSpy changed(&edit, &RemoteEdit::remoteChanged);
        QFile again(edit.localPath());
        QVERIFY(again.open(QIODevice::WriteOnly | QIODevice::Truncate));
        again.write("mine\n");
        again.close();
        QVERIFY(changed.wait(30000));
        QVERIFY(onHost(QStringLiteral("cat %1").arg(QString::fromLatin1(testFile))).endsWith(QLatin1String("theirs")));
        QSignalSpy saved(&edit, &RemoteEdit::saved);
        edit.resolveConflict(true);
        QVERIFY(saved.wait(30000));
        QCOMPARE(onHost(QStringLiteral("cat %1").arg(QString::fromLatin1(testFile))), QStringLiteral("mine"));
    }

    void throughSudoWithThePasswordAsked()
    {
        SudoFileAccess access(runsAs(QStringLiteral("carol")), QString());
        RemoteEdit edit(&access, testFile, newFolder());
        QSignalSpy asked(&access, &SudoFileAccess::sudoPasswordNeeded);
        QSignalSpy failed(&edit, &RemoteEdit::failed);
        QSignalSpy opened(&edit, &RemoteEdit::opened);
        edit.start();
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("sudo asks for the login's password"));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first().toBool(), false);

        // Until a password is given, nothing more is asked of sudo (each try would count against her).
        QVERIFY(access.waitingForPassword());
        QSignalSpy resolved(&access, &RemoteFileAccess::pathResolved);
        access.resolvePath(testFile);
        QVERIFY(resolved.wait(1000)); // at once, without a run
        QCOMPARE(resolved.first().at(2).toString(), QStringLiteral("sudo asks for the login's password"));

        access.setSudoPassword(QStringLiteral("not-her-password"));
        edit.retry();
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.last().first().toString(), QStringLiteral("sudo did not accept the password"));
        QCOMPARE(asked.last().first().toBool(), true);

        access.setSudoPassword(fx.operatorPassword);
        edit.retry();
        QVERIFY(opened.wait(30000));
        QVERIFY(save(edit, "listen = 3\n"));
        QCOMPARE(onHost(QStringLiteral("cat %1; stat -c '%U:%G %a' %1").arg(QString::fromLatin1(testFile))),
                 QStringLiteral("listen = 3\nroot:adm 640"));
        QCOMPARE(onHost(QStringLiteral("ls -a /etc | grep -c '^[.]werkbank-edit[.]' ; true")), QStringLiteral("0"));
    }

    void aLinkStaysALink()
    {
        onHost(QStringLiteral("ln -sf %1 /etc/werkbank-edit-link").arg(QString::fromLatin1(testFile)));
        const auto removeLink = qScopeGuard([&] { onHost(QStringLiteral("rm -f /etc/werkbank-edit-link")); });
        SudoFileAccess access(runsAs(QStringLiteral("root")), QString());
        RemoteEdit edit(&access, "/etc/werkbank-edit-link", newFolder());
        QSignalSpy opened(&edit, &RemoteEdit::opened);
        edit.start();
        QVERIFY(opened.wait(30000));
        QVERIFY(save(edit, "through the link\n"));
        QCOMPARE(onHost(QStringLiteral("readlink /etc/werkbank-edit-link; cat %1").arg(QString::fromLatin1(testFile))),
                 QString::fromLatin1(testFile) + QStringLiteral("\nthrough the link"));
    }

    void aSaveCutOffLeavesTheFile()
    {
        // The store script itself, as root, with less content than its byte count says (a connection lost midway).
        const QString command = SudoExchange::command(SudoFileAccess::script(SudoFileAccess::Step::Store), QString());
        const HostRun run = asRootOnAdmin(fx, m_knownHosts, command, testFile + "\n\n100\nonly part of it");
        QCOMPARE(run.exitStatus, 77);
        QVERIFY2(run.err.contains("the content did not all arrive"), run.err.constData());
        QCOMPARE(onHost(QStringLiteral("cat %1").arg(QString::fromLatin1(testFile))), QStringLiteral("listen = 1"));
        QCOMPARE(onHost(QStringLiteral("ls -a /etc | grep -c '^[.]werkbank-edit[.]' ; true")), QStringLiteral("0"));
    }

    void aFolderOthersMayWriteIsNotWrittenAsRoot()
    {
        onHost(QStringLiteral("mkdir -p /run/werkbank-shared && chmod 0777 /run/werkbank-shared && echo x > /run/werkbank-shared/f"));
        const auto removeFolder = qScopeGuard([&] { onHost(QStringLiteral("rm -rf /run/werkbank-shared")); });
        SudoFileAccess access(runsAs(QStringLiteral("root")), QString());
        const QString local = m_dir.filePath(QStringLiteral("shared-copy"));
        QFile copy(local);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write("y\n");
        copy.close();
        QSignalSpy copied(&access, &RemoteFileAccess::copied);
        access.store(local, "/run/werkbank-shared/f", -1);
        QVERIFY(copied.wait(30000));
        QVERIFY2(copied.first().at(1).toString().startsWith(QLatin1String("its folder may be changed by others than root")),
                 qPrintable(copied.first().at(1).toString()));
        QCOMPARE(onHost(QStringLiteral("cat /run/werkbank-shared/f; ls -a /run/werkbank-shared | grep -c werkbank-edit; true")),
                 QStringLiteral("x\n0"));
    }

    void refusals()
    {
        // The scripts go inside sh -c '…': not one single quote in them.
        for (const auto step : {SudoFileAccess::Step::Resolve, SudoFileAccess::Step::Stat, SudoFileAccess::Step::Fetch, SudoFileAccess::Step::Store})
            QVERIFY(!SudoFileAccess::script(step).contains(QLatin1Char('\'')));
        SudoFileAccess dave(runsAs(QStringLiteral("dave")), QString());
        dave.setSudoPassword(fx.outsiderPassword);
        QSignalSpy resolved(&dave, &RemoteFileAccess::pathResolved);
        const int id = dave.resolvePath(testFile);
        QVERIFY(resolved.wait(30000));
        QCOMPARE(resolved.first().at(0).toInt(), id);
        QVERIFY2(resolved.first().at(2).toString().startsWith(QLatin1String("the login may not use sudo here")),
                 qPrintable(resolved.first().at(2).toString()));

        SudoFileAccess root(runsAs(QStringLiteral("root")), QString());
        QSignalSpy rootResolved(&root, &RemoteFileAccess::pathResolved);
        for (const QByteArray &bad : {QByteArray("/etc/a\nb"), QByteArray("etc/passwd"), QByteArray("-rf")}) {
            root.resolvePath(bad);
            QVERIFY(rootResolved.wait(10000));
            QCOMPARE(rootResolved.last().at(2).toString(), QStringLiteral("Werkbank edits as root only absolute paths without a line break"));
        }
        root.resolvePath("/etc/no-such-file-here");
        QVERIFY(rootResolved.wait(30000));
        QCOMPARE(rootResolved.last().at(2).toString(), QStringLiteral("no such file"));
        // A link is edited where it points.
        onHost(QStringLiteral("ln -sf %1 /etc/werkbank-edit-link").arg(QString::fromLatin1(testFile)));
        root.resolvePath("/etc/werkbank-edit-link");
        QVERIFY(rootResolved.wait(30000));
        QCOMPARE(rootResolved.last().at(1).toByteArray(), testFile);
        onHost(QStringLiteral("rm -f /etc/werkbank-edit-link"));
        // A folder is not fetched.
        QSignalSpy copied(&root, &RemoteFileAccess::copied);
        root.fetch("/etc", m_dir.filePath(QStringLiteral("etc-copy")));
        QVERIFY(copied.wait(30000));
        QCOMPARE(copied.last().at(1).toString(), QStringLiteral("not a regular file"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("etc-copy"))));
    }
};

QTEST_GUILESS_MAIN(TestEditAsRoot)
#include "tst_editasroot.moc"
