#include "app/GuiApp.h"

#include "app/AppOptions.h"
#include "app/AppServices.h"
#include "app/WindowAssembly.h"
#include "app/WorkspaceStartup.h"
#include "core/fleet/FactsCollector.h"
#include "core/fleet/FleetMonitor.h"
#include "core/i18n/Translations.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/InventoryEditor.h"
#include "widgets/inventory/InventoryPanel.h"
#include "widgets/main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

#include <memory>

namespace wb {

namespace {

// Shows the window and loads the inventory into it, on the workspace thread;
// the window is usable meanwhile. With a file, saves a picture of it once
// loaded, then quits.
void showWindow(MainWindow &window, AppServices &services, bool expandAll, const QString &screenshot)
{
    const Inventory &inventory = services.inventory();
    window.restoreLayout();
    window.show();
    window.statusBar()->showMessage(QCoreApplication::translate("wb::GuiApp", "Loading the inventory…"));
    const Services live = services.services();
    services.inventoryEditor().load(&window, [&window, &inventory, live, expandAll, screenshot](bool ok, const QString &error) {
        if (!ok) {
            QMessageBox::critical(&window, QCoreApplication::translate("wb::GuiApp", "Werkbank"),
                                  QCoreApplication::translate("wb::GuiApp", "The inventory could not be read.\n\n%1").arg(error));
            return;
        }
        window.statusBar()->showMessage(QCoreApplication::translate("wb::GuiApp", "Loaded %Ln host(s).", nullptr,
                                                                    inventory.hostCount()),
                                        5000);
        if (expandAll)
            window.inventoryPanel()->view()->expandAll();
        window.offerImports();
        // Sweeps begin once there are hosts to sweep; a picture is taken without.
        if (screenshot.isEmpty()) {
            live.fleet->start();
            live.facts->start();
        }
        if (!screenshot.isEmpty()) {
            // Let layouts and the first paint settle before grabbing.
            QTimer::singleShot(400, &window, [&window, screenshot] {
                const bool saved = window.grab().save(screenshot, "PNG");
                QCoreApplication::exit(saved ? 0 : 2);
            });
        }
    });
}

} // namespace

int runGui(QApplication &app)
{
    const QString language = languageFromArguments(QCoreApplication::arguments());
    installTranslations(app, language.isEmpty() ? savedLanguage() : language);

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

    AppServices services; // outlives the window and every tab in it
    services.open(common.workspacePath(parser));
    std::unique_ptr<MainWindow> window;
    // The workspace thread opens (and migrates) the workspace; the window follows once it has.
    WorkspaceStartup startup(services, [&](const WorkspaceIdentity &identity) {
        Services forWindow = services.services();
        forWindow.importSources = ImportSourcePaths::fromEnvironment(); // this person's ~/.ssh/config and Ansible inventory
        window = assembleMainWindow(forWindow);
        window->setIdentity(identity);
        QObject::connect(window.get(), &MainWindow::openWorkspaceRequested, window.get(), [&parser, &common](const QString &address) {
            // A workspace of its own in a window of its own, in this language.
            QStringList arguments{QStringLiteral("--workspace"), address};
            if (parser.isSet(common.language))
                arguments << QStringLiteral("--lang") << parser.value(common.language);
            QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
        });
        showWindow(*window, services, parser.isSet(expand), parser.isSet(screenshot) ? parser.value(screenshot) : QString());
    });
    startup.attempt();
    return app.exec();
}

} // namespace wb
