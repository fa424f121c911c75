#pragma once

#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

namespace wb {

// The local editor for a file, as Unix tools choose one: $VISUAL, else
// $EDITOR, else the desktop's default (xdg-open, for text files only). An editor that needs a
// terminal (vi, nano, …) is run in one (x-terminal-emulator -e), since the
// workbench has none to give it. The file is the last argument, never part
// of a shell line.
struct EditorCommand
{
    QString program;
    QStringList arguments;

    // Empty when nothing can open it (no variable set, and no xdg-open or not a text file).
    static std::optional<EditorCommand> forFile(const QString &file, const QProcessEnvironment &environment);
    static bool isTerminalEditor(const QString &program);
};

} // namespace wb
