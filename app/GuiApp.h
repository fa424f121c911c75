#pragma once

class QApplication;

namespace wb {

// The composition root of the desktop app: opens the workspace, creates the
// inventory and the main window, and connects them.
int runGui(QApplication &app);

} // namespace wb
