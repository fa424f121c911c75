// Which editor opens a file: $VISUAL (with its words), else $EDITOR, else
// xdg-open; a terminal editor inside x-terminal-emulator, or passed over when
// there is none; a variable naming a missing program passed over; the file
// always one argument of its own, whatever its name.
#include "core/files/EditorCommand.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;

class TestEditorCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_bin;

    bool tool(const QString &name)
    {
        QFile file(m_bin.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\n") < 0)
            return false;
        file.close();
        return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    QProcessEnvironment environment(const QString &visual, const QString &editor) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), m_bin.path());
        if (!visual.isNull())
            env.insert(QStringLiteral("VISUAL"), visual);
        if (!editor.isNull())
            env.insert(QStringLiteral("EDITOR"), editor);
        return env;
    }

private Q_SLOTS:
    void choosesAsUnixToolsDo()
    {
        const QString file = QStringLiteral("/tmp/x/a file;$(id).txt");
        QVERIFY(!EditorCommand::forFile(file, environment({}, {}))); // nothing at all
        QVERIFY(tool(QStringLiteral("xdg-open")));
        QVERIFY(tool(QStringLiteral("code")));
        QVERIFY(tool(QStringLiteral("vim")));
        const QString bin = m_bin.path() + QLatin1Char('/');

        auto command = EditorCommand::forFile(file, environment(QStringLiteral("code --wait --new-window"), QStringLiteral("vim")));
        QVERIFY(command);
        QCOMPARE(command->program, bin + QStringLiteral("code"));
        QCOMPARE(command->arguments, (QStringList{QStringLiteral("--wait"), QStringLiteral("--new-window"), file}));

        // vim needs a terminal, and there is none: the desktop's opener.
        command = EditorCommand::forFile(file, environment({}, QStringLiteral("vim")));
        QCOMPARE(command->program, bin + QStringLiteral("xdg-open"));
        QCOMPARE(command->arguments, QStringList{file});
        QVERIFY(tool(QStringLiteral("x-terminal-emulator")));
        command = EditorCommand::forFile(file, environment({}, QStringLiteral("vim")));
        QCOMPARE(command->program, bin + QStringLiteral("x-terminal-emulator"));
        QCOMPARE(command->arguments, (QStringList{QStringLiteral("-e"), bin + QStringLiteral("vim"), file}));

        // A VISUAL that is not installed: EDITOR is next.
        command = EditorCommand::forFile(file, environment(QStringLiteral("no-such-editor"), QStringLiteral("code")));
        QCOMPARE(command->program, bin + QStringLiteral("code"));
        // A full path is taken as it is, when it runs.
        command = EditorCommand::forFile(file, environment(bin + QStringLiteral("code"), {}));
        QCOMPARE(command->program, bin + QStringLiteral("code"));
        command = EditorCommand::forFile(file, environment(QStringLiteral("/nonexistent/editor"), {}));
        QCOMPARE(command->program, bin + QStringLiteral("xdg-open"));
        // Not text: the desktop's opener would run it, not edit it.
        QVERIFY(!EditorCommand::forFile(QStringLiteral("/tmp/x/tool.jar"), environment({}, {})));
        QVERIFY(EditorCommand::forFile(QStringLiteral("/tmp/x/tool.jar"), environment(QStringLiteral("code"), {})));
        QVERIFY(EditorCommand::isTerminalEditor(QStringLiteral("/usr/bin/nano")));
        QVERIFY(!EditorCommand::isTerminalEditor(QStringLiteral("/usr/bin/gedit")));
    }
};

QTEST_GUILESS_MAIN(TestEditorCommand)
#include "tst_editorcommand.moc"
