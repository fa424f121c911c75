#pragma once
// Helpers for the tests that drive session tabs and run tabs in the real main window.

#include "core/terminal/TerminalScreen.h"
#include "widgets/main/SessionArea.h"
#include "widgets/run/RunView.h"

#include <QStringList>
#include <QTabWidget>
#include <QTest>

namespace wbtest {

// The visible rows of a terminal, as text.
inline QString screenText(const wb::TerminalScreen *screen)
{
    QStringList rows;
    for (int row = 0; row < screen->rows(); ++row)
        rows << screen->lineText(screen->scrollbackSize() + row);
    return rows.join(QLatin1Char('\n'));
}

// The first visible row that starts with `prefix`, or -1.
inline int rowStartingWith(const wb::TerminalScreen *screen, const QString &prefix)
{
    for (int row = 0; row < screen->rows(); ++row) {
        if (screen->lineText(screen->scrollbackSize() + row).startsWith(prefix))
            return row;
    }
    return -1;
}

// Types a line into a terminal and presses Return.
inline void typeLine(QWidget *terminal, const QString &line)
{
    QTest::keyClicks(terminal, line);
    QTest::keyClick(terminal, Qt::Key_Return);
}

// The run in the current tab once it has finished, or nullptr.
inline wb::RunView *waitForRun(wb::SessionArea *area)
{
    auto *run = qobject_cast<wb::RunView *>(area->tabs()->currentWidget());
    if (!run || !QTest::qWaitFor([&] { return !run->isRunning(); }, 30000))
        return nullptr;
    QTest::qWait(150); // the table model gathers changes for 100 ms
    return run;
}

} // namespace wbtest
