#include "widgets/inventory/InventoryController.h"

#include "core/inventory/Inventory.h"
#include "core/inventory/InventoryEditor.h"
#include "core/inventory/io/Exporters.h"
#include "widgets/inventory/ImportDialog.h"
#include "widgets/inventory/ImportOffers.h"
#include "widgets/inventory/InventoryCommands.h"
#include "widgets/inventory/InventoryHistory.h"
#include "widgets/inventory/InventoryPanel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

#include <memory>

namespace wb {

InventoryController::InventoryController(InventoryEditor *editor, InventoryHistory *history, InventoryPanel *panel,
                                         QWidget *window)
    : QObject(window)
    , m_editor(editor)
    , m_history(history)
    , m_panel(panel)
    , m_window(window)
{
    setObjectName(QStringLiteral("inventoryController"));
    m_import = new QAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import Hosts…"), this);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &InventoryController::importHosts);
    m_export = new QAction(tr("&Export Hosts…"), this);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &InventoryController::exportHosts);
    m_offers = new ImportOffers(editor, history, window);
    connect(m_offers, &ImportOffers::statusMessage, this, &InventoryController::statusMessage);
}

void InventoryController::importHosts()
{
    ImportDialog dialog(m_editor, m_panel->currentGroup(), m_window);
    const bool imported = dialog.exec() == QDialog::Accepted;
    // The whole import is one undo step.
    if (imported && !dialog.changes().isEmpty())
        m_history->push(new ImportCommand(m_editor, dialog.changes(), dialog.fileName()));
    if (!dialog.summary().isEmpty())
        Q_EMIT statusMessage(dialog.summary(), 10000);
}

void InventoryController::exportHosts()
{
    QString selectedFilter;
    const QString csvFilter = tr("CSV file (*.csv)");
    const QString ansibleFilter = tr("Ansible INI inventory (*.ini)");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Hosts"), QDir::home().filePath(QStringLiteral("hosts.csv")),
                                                      csvFilter + QStringLiteral(";;") + ansibleFilter, &selectedFilter);
    if (path.isEmpty())
        return;
    const ExportFormat format = selectedFilter == ansibleFilter || path.endsWith(QLatin1String(".ini")) ? ExportFormat::Ansible
                                                                                                         : ExportFormat::Csv;
    // Written on the workspace thread, from the inventory as every edit asked for so far left it.
    auto exported = std::make_shared<int>(0);
    Q_EMIT statusMessage(tr("Exporting to %1…").arg(path), 0);
    m_editor->inspect(this, [format, path, exported](const Inventory &inventory, QString *error) {
        *exported = inventory.hostCount();
        return Exporters::exportFile(inventory, format, path, 0, error);
    }, [this, path, exported](bool ok, const QString &error) {
        if (!ok) {
            Q_EMIT statusMessage(QString(), 0);
            QMessageBox::warning(m_window, tr("Export failed"), error);
            return;
        }
        Q_EMIT statusMessage(tr("Exported %Ln host(s) to %1.", nullptr, *exported).arg(path), 10000);
    });
}

} // namespace wb
