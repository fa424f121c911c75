// The Werkbank desktop application: parses the command line and hands over
// to the composition root.
#include "app/AppOptions.h"
#include "app/GuiApp.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    wb::setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/werkbank.svg")));
    // Wayland's app id and the desktop's window matching: the installed .desktop file's name.
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.werkbank.Werkbank"));
    return wb::runGui(app);
}
