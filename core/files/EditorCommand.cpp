#include "core/files/EditorCommand.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>

namespace wb {

bool EditorCommand::isTerminalEditor(const QString &program)
{
    static const QStringList terminal{QStringLiteral("vi"),   QStringLiteral("vim"),    QStringLiteral("nvim"), QStringLiteral("nano"),
                                      QStringLiteral("pico"), QStringLiteral("micro"),  QStringLiteral("joe"),  QStringLiteral("jed"),
                                      QStringLiteral("ne"),   QStringLiteral("mcedit"), QStringLiteral("ed"),   QStringLiteral("hx"),
                                      QStringLiteral("kak"),  QStringLiteral("emacs-nox"), QStringLiteral("mg"), QStringLiteral("vis")};
    return terminal.contains(QFileInfo(program).fileName());
}

std::optional<EditorCommand> EditorCommand::forFile(const QString &file, const QProcessEnvironment &environment)
{
    const QString path = environment.value(QStringLiteral("PATH"));
    const auto find = [&path](const QString &program) {
        return program.contains(QLatin1Char('/')) ? (QFileInfo(program).isExecutable() ? program : QString())
                                                  : QStandardPaths::findExecutable(program, path.split(QLatin1Char(':'), Qt::SkipEmptyParts));
    };
    for (const char *variable : {"VISUAL", "EDITOR"}) {
        // "code --wait", "emacsclient -c": a program and its words, split as a shell would split them.
        const QStringList words = QProcess::splitCommand(environment.value(QLatin1String(variable)));
        if (words.isEmpty())
            continue;
        const QString program = find(words.first());
        if (program.isEmpty())
            continue; // set, but not there: the next way
        EditorCommand command{program, words.mid(1) << file};
        if (isTerminalEditor(program)) {
            const QString terminal = find(QStringLiteral("x-terminal-emulator"));
            if (terminal.isEmpty())
                continue;
            command = EditorCommand{terminal, QStringList{QStringLiteral("-e"), program} + words.mid(1) << file};
        }
        return command;
    }
    // The desktop's opener only for text: a host's ".jar" or ".desktop" is not run by asking to edit it.
    if (!QMimeDatabase().mimeTypeForFile(file).inherits(QStringLiteral("text/plain")))
        return std::nullopt;
    const QString opener = find(QStringLiteral("xdg-open"));
    if (opener.isEmpty())
        return std::nullopt;
    return EditorCommand{opener, {file}};
}

} // namespace wb
