// The snippet library on a real SQLite workspace: what is stored comes back
// exactly, across a reopen; every refusal says why in words a user reads.
#include "core/snippets/AsyncSnippetStore.h"
#include "core/snippets/SnippetStore.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceThread.h"

#include "tests/support/TestWorkspaces.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;

namespace {
Snippet make(const QString &name, const QString &body, const QString &description = {})
{
    Snippet s;
    s.name = name;
    s.description = description;
    s.body = body;
    return s;
}

QStringList names(const QList<Snippet> &snippets)
{
    QStringList result;
    for (const Snippet &s : snippets)
        result << s.name;
    return result;
}
} // namespace

class TestSnippetStore : public QObject
{
    Q_OBJECT

    wbtest::TestWorkspaces m_workspaces;
    std::unique_ptr<Workspace> m_workspace;
    QString m_path;
    int m_files = 0;

    SnippetStore store() const { return SnippetStore(m_workspace->database()); }
    void reopen()
    {
        m_workspace = std::make_unique<Workspace>();
        QVERIFY2(m_workspace->open(m_path), qPrintable(m_workspace->errorString()));
    }
    // Stores the snippet, closes and reopens the file, and reads the library back.
    QList<Snippet> addThenReopen(Snippet *snippet)
    {
        QString error;
        if (!store().add(snippet, &error))
            qWarning("add failed: %s", qPrintable(error));
        reopen();
        const QList<Snippet> listed = store().list(&error);
        if (!error.isEmpty())
            qWarning("list failed: %s", qPrintable(error));
        return listed;
    }

private Q_SLOTS:
    void init()
    {
        // A fresh file for every test and every data row.
        m_path = m_workspaces.create(QStringLiteral("workspace-%1").arg(++m_files));
        reopen();
    }
    void cleanup() { m_workspace.reset(); }

    void addListUpdateRemoveRoundTrip()
    {
        SnippetStore snippets = store();
        QString error;
        Snippet disk = make(QStringLiteral("  Disk usage "), QStringLiteral("df -h /"), QStringLiteral(" Root file system "));
        QVERIFY2(snippets.add(&disk, &error), qPrintable(error));
        QVERIFY(disk.id > 0);
        QCOMPARE(disk.name, QStringLiteral("Disk usage")); // trimmed, and written back
        QCOMPARE(disk.description, QStringLiteral("Root file system"));
        Snippet up = make(QStringLiteral("uptime"), QStringLiteral("uptime"));
        QVERIFY2(snippets.add(&up, &error), qPrintable(error));

        QList<Snippet> listed = snippets.list(&error);
        QVERIFY(error.isEmpty());
        QCOMPARE(names(listed), (QStringList{QStringLiteral("Disk usage"), QStringLiteral("uptime")}));
        QCOMPARE(listed.at(0).id, disk.id);
        QCOMPARE(listed.at(0).body, QStringLiteral("df -h /"));
        QCOMPARE(listed.at(0).description, QStringLiteral("Root file system"));

        disk.name = QStringLiteral("Whole disk");
        disk.body = QStringLiteral("df -h");
        QVERIFY2(snippets.update(&disk, &error), qPrintable(error));
        // A rename to the same name in another case is the same snippet, not a duplicate.
        up.name = QStringLiteral("Uptime");
        QVERIFY2(snippets.update(&up, &error), qPrintable(error));
        listed = snippets.list();
        QCOMPARE(names(listed), (QStringList{QStringLiteral("Uptime"), QStringLiteral("Whole disk")}));
        QCOMPARE(listed.at(1).body, QStringLiteral("df -h"));

        QVERIFY2(snippets.remove(disk.id, &error), qPrintable(error));
        QCOMPARE(names(snippets.list()), QStringList{QStringLiteral("Uptime")});
    }

    void snippetsSurviveReopeningTheWorkspace()
    {
        Snippet s = make(QStringLiteral("Failed units"), QStringLiteral("systemctl --failed"), QStringLiteral("systemd"));
        const QList<Snippet> listed = addThenReopen(&s);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().id, s.id);
        QCOMPARE(listed.first().name, s.name);
        QCOMPARE(listed.first().description, s.description);
        QCOMPARE(listed.first().body, s.body);
    }

    void listIsSortedByNameIgnoringCase()
    {
        SnippetStore snippets = store();
        for (const char *name : {"beta", "Gamma", "alpha", "Delta"}) {
            Snippet s = make(QString::fromLatin1(name), QStringLiteral("true"));
            QString error;
            QVERIFY2(snippets.add(&s, &error), qPrintable(error));
        }
        QCOMPARE(names(snippets.list()), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"),
                                                      QStringLiteral("Delta"), QStringLiteral("Gamma")}));
    }

    void refusalsSayWhy_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("message");
        const QString body = QStringLiteral("uptime");
        QTest::newRow("empty name") << QString() << body << QStringLiteral("A snippet needs a name.");
        QTest::newRow("blank name") << QStringLiteral("  \t ") << body << QStringLiteral("A snippet needs a name.");
        QTest::newRow("empty body") << QStringLiteral("Nothing") << QString()
                                    << QStringLiteral("A snippet needs a command or script to run.");
        QTest::newRow("blank body") << QStringLiteral("Nothing") << QStringLiteral(" \n\t\n ")
                                    << QStringLiteral("A snippet needs a command or script to run.");
        const QString control = QStringLiteral("The snippet name contains a line break or another control character.");
        QTest::newRow("line break in name") << QStringLiteral("disk\nusage") << body << control;
        QTest::newRow("tab in name") << QStringLiteral("disk\tusage") << body << control;
        QTest::newRow("escape in name") << QStringLiteral("disk\x1b[31m") << body << control;
        QTest::newRow("duplicate name, other case") << QStringLiteral("  DISK usage") << body
                                                    << QStringLiteral("A snippet named “Disk usage” already exists.");
    }

    void refusalsSayWhy()
    {
        QFETCH(QString, name);
        QFETCH(QString, body);
        QFETCH(QString, message);
        SnippetStore snippets = store();
        QString error;
        Snippet existing = make(QStringLiteral("Disk usage"), QStringLiteral("df -h"));
        QVERIFY2(snippets.add(&existing, &error), qPrintable(error));

        Snippet added = make(name, body);
        QVERIFY(!snippets.add(&added, &error));
        QCOMPARE(error, message);
        QCOMPARE(added.id, SnippetId(0));
        // The same rule holds for an update of another snippet.
        Snippet other = make(QStringLiteral("Other"), QStringLiteral("true"));
        QVERIFY2(snippets.add(&other, &error), qPrintable(error));
        Snippet changed = other;
        changed.name = name;
        changed.body = body;
        error.clear();
        QVERIFY(!snippets.update(&changed, &error));
        QCOMPARE(error, message);
        QCOMPARE(names(snippets.list()), (QStringList{QStringLiteral("Disk usage"), QStringLiteral("Other")}));
        QCOMPARE(snippets.list().at(1).body, QStringLiteral("true"));
    }

    void staleUpdateIsRefusedNotOverwritten()
    {
        SnippetStore snippets = store();
        QString error;
        Snippet mine = make(QStringLiteral("Restart web"), QStringLiteral("systemctl restart nginx"));
        QVERIFY2(snippets.add(&mine, &error), qPrintable(error));
        Snippet theirs = mine; // another workbench read the same row

        theirs.body = QStringLiteral("systemctl reload nginx");
        QVERIFY2(snippets.update(&theirs, &error), qPrintable(error));
        mine.body = QStringLiteral("systemctl restart apache2");
        QVERIFY(!snippets.update(&mine, &error));
        QCOMPARE(error, QStringLiteral("The snippet “Restart web” was changed elsewhere since it was opened; close and "
                                       "reopen the library to see that version."));
        QCOMPARE(snippets.list().first().body, QStringLiteral("systemctl reload nginx"));

        QVERIFY2(snippets.remove(theirs.id, &error), qPrintable(error));
        QVERIFY(!snippets.update(&theirs, &error));
        QCOMPARE(error, QStringLiteral("The snippet “Restart web” no longer exists: it was deleted elsewhere."));
        QVERIFY(snippets.list().isEmpty());
    }

    void bodyIsStoredByteForByte_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("quotes") << QStringLiteral("echo \"double\" 'single' `back` \\\"escaped\\\"");
        QTest::newRow("command substitution") << QStringLiteral("echo $(id -un) ${HOME} $((6*7)) $1 \"$@\"");
        QTest::newRow("here-doc") << QStringLiteral("cat <<'EOF' >/tmp/motd\nWelcome to $(hostname)\n\tindented\nEOF\n"
                                                    "cat <<-EOT\n\tstripped tab\n\tEOT\n");
        QTest::newRow("newlines and blank lines") << QStringLiteral("\n\nset -eu\n\n\nuptime\n\n");
        QTest::newRow("trailing spaces and CRLF") << QStringLiteral("echo a   \r\necho b\t\r\n");
        QTest::newRow("unicode and SQL") << QStringLiteral("echo 'Grüße, ☃'; echo \"x'); DROP TABLE snippets; --\"");
    }

    void bodyIsStoredByteForByte()
    {
        QFETCH(QString, body);
        Snippet s = make(QStringLiteral("Body"), body);
        const QList<Snippet> listed = addThenReopen(&s);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().body.toUtf8(), body.toUtf8());
    }

    void isScriptCountsLinesAfterTrimming_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("script");
        QTest::newRow("one line") << QStringLiteral("uptime") << false;
        QTest::newRow("one line with a line feed") << QStringLiteral("uptime\n") << false;
        QTest::newRow("blank lines around one line") << QStringLiteral("\n\n  uptime  \n\n") << false;
        QTest::newRow("two lines") << QStringLiteral("uptime\nfree -m") << true;
        QTest::newRow("here-doc") << QStringLiteral("cat <<EOF\nx\nEOF") << true;
    }

    void isScriptCountsLinesAfterTrimming()
    {
        QFETCH(QString, body);
        QFETCH(bool, script);
        QCOMPARE(make(QStringLiteral("x"), body).isScript(), script);
    }

    void withoutAWorkspaceNothingIsWritten()
    {
        SnippetStore snippets{QSqlDatabase()};
        Snippet s = make(QStringLiteral("x"), QStringLiteral("true"));
        QString error;
        QVERIFY(!snippets.add(&s, &error));
        QCOMPARE(error, QStringLiteral("No workspace is open."));
        QVERIFY(snippets.list(&error).isEmpty());
    }

    // The window's way: through the workspace thread. A stored write says
    // changed() even when the asker is gone by then; a refused one says why
    // and changes nothing.
    void theAsynchronousLibraryAnnouncesStoredWritesOnly()
    {
        WorkspaceThread thread(m_path);
        AsyncSnippetStore library(&thread);
        QSignalSpy changed(&library, &AsyncSnippetStore::changed);
        auto asker = std::make_unique<QObject>();
        bool answered = false;
        library.save(asker.get(), make(QStringLiteral("Disk"), QStringLiteral("df -h")), [&](const Snippet &, const QString &) { answered = true; });
        asker.reset();
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(!answered);

        QObject dialog;
        QString refusal;
        bool refusedAnswered = false;
        library.save(&dialog, make(QStringLiteral("disk"), QStringLiteral("du -sh")), [&](const Snippet &saved, const QString &error) {
            refusedAnswered = true;
            refusal = error;
            QCOMPARE(saved.id, 0);
        });
        QTRY_VERIFY(refusedAnswered);
        QCOMPARE(refusal, QStringLiteral("A snippet named “Disk” already exists."));
        QCOMPARE(changed.size(), 1);

        QList<Snippet> listed;
        library.list(&dialog, [&](const QList<Snippet> &snippets, const QString &) { listed = snippets; });
        QTRY_COMPARE(names(listed), QStringList{QStringLiteral("Disk")});
        QString removeError = QStringLiteral("unset");
        library.remove(&dialog, listed.first().id, [&](const QString &error) { removeError = error; });
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(removeError, QString());
        QVERIFY(store().list().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSnippetStore)
#include "tst_snippetstore.moc"
