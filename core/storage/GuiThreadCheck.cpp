#include "core/storage/GuiThreadCheck.h"

#include <QCoreApplication>
#include <QThread>

namespace wb {

namespace {
thread_local int allowed = 0;
} // namespace

GuiThreadSqlAllowed::GuiThreadSqlAllowed() { ++allowed; }
GuiThreadSqlAllowed::~GuiThreadSqlAllowed() { --allowed; }

void checkNotOnGuiThread(const char *store, const std::source_location &caller)
{
#ifdef WERKBANK_CHECK_GUI_SQL
    const QCoreApplication *app = QCoreApplication::instance();
    // core has no QtGui: the window's application is known by its class name.
    if (allowed > 0 || !app || !app->inherits("QGuiApplication") || QThread::currentThread() != app->thread())
        return;
    qFatal("%s made on the GUI thread by %s (%s:%u); the window reaches the workspace through its services",
           store, caller.function_name(), caller.file_name(), unsigned(caller.line()));
#else
    Q_UNUSED(store);
    Q_UNUSED(caller);
#endif
}

} // namespace wb
