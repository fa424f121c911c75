#include "app/GuiApp.h"

#include "app/AppOptions.h"
#include "app/AppServices.h"
#include "core/i18n/Translations.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/InventoryEditor.h"
#include "widgets/inventory/InventoryPanel.h"
#include "widgets/main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

namespace wb {

int runGui(QApplication &app)
{
    installTranslations(app, languageFromArguments(QCoreApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("wb::GuiApp", "Werkbank: the system administrator's workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("wb::GuiApp", "Save a picture of the main window to a PNG file once the workspace is loaded, then quit."),
                                        QCoreApplication::translate("wb::GuiApp", "file"));
    const QCommandLineOption expand(QStringLiteral("expand-all"),
                                    QCoreApplication::translate("wb::GuiApp", "Open every group in the inventory tree."));
    parser.addOption(screenshot);
    parser.addOption(expand);
    parser.process(app);

    const QString path = common.workspacePath(parser);
    AppServices services; // outlives the window and every tab in it
    if (!services.open(path)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("wb::GuiApp", "Werkbank"),
                              QCoreApplication::translate("wb::GuiApp", "The workspace could not be opened.\n\n%1")
                                  .arg(services.errorString()));
        return 1;
    }
    Inventory &inventory = services.inventory();
    MainWindow window(services.services());
    window.restoreLayout();
    window.show();

    // The inventory loads on the workspace thread; the window is usable meanwhile.
    window.statusBar()->showMessage(QCoreApplication::translate("wb::GuiApp", "Loading the inventory…"));
    services.inventoryEditor().load(&window, [&](bool ok, const QString &error) {
        if (!ok) {
            QMessageBox::critical(&window, QCoreApplication::translate("wb::GuiApp", "Werkbank"),
                                  QCoreApplication::translate("wb::GuiApp", "The inventory could not be read.\n\n%1").arg(error));
            return;
        }
        window.statusBar()->showMessage(QCoreApplication::translate("wb::GuiApp", "Loaded %Ln host(s).", nullptr,
                                                                    inventory.hostCount()),
                                        5000);
        if (parser.isSet(expand))
            window.inventoryPanel()->view()->expandAll();
        if (parser.isSet(screenshot)) {
            const QString file = parser.value(screenshot);
            // Let layouts and the first paint settle before grabbing.
            QTimer::singleShot(400, &window, [&window, file] {
                const bool saved = window.grab().save(file, "PNG");
                QCoreApplication::exit(saved ? 0 : 2);
            });
        }
    });
    return app.exec();
}

} // namespace wb
