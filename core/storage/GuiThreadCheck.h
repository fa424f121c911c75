#pragma once

#include <source_location>

namespace wb {

// Built with -DWERKBANK_CHECK_GUI_SQL=ON (./scripts/test does), a store made
// on the GUI thread of a window (a QGuiApplication) stops the program and
// names the code that made it: the window reaches the workspace through its
// services, on the workspace thread. werkbank-cli and worker threads use
// the stores directly. Without the option this does nothing.
void checkNotOnGuiThread(const char *store, const std::source_location &caller);

// While one lives, the current thread may make stores anyway: tests reading
// back what the window stored.
class GuiThreadSqlAllowed
{
public:
    GuiThreadSqlAllowed();
    ~GuiThreadSqlAllowed();
    GuiThreadSqlAllowed(const GuiThreadSqlAllowed &) = delete;
    GuiThreadSqlAllowed &operator=(const GuiThreadSqlAllowed &) = delete;
};

// Runs `read` with stores allowed on this thread: a test reading back what the
// window stored, a tool writing test data.
template <typename Read>
auto readBack(Read read)
{
    const GuiThreadSqlAllowed allowed;
    return read();
}

} // namespace wb
