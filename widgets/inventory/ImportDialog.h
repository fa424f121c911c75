#pragma once

#include "core/inventory/io/ImportApplier.h"
#include "core/inventory/io/ImportTypes.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QThread;

namespace wb {

class Inventory;
class InventoryEditor;

// File → Import: pick a file and format, see what would be imported and
// what is wrong with the file (by line), then import. Reading and importing
// run off the GUI thread (the import on the workspace thread, through the
// inventory editor, as one transaction).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(InventoryEditor *editor, GroupId target, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString &path);
    QString summary() const;  // what the last import did (or that it was cancelled), for the status bar
    // What the import added and changed, for undo.
    const ImportChanges &changes() const { return m_changes; }
    QString fileName() const;
    bool isImporting() const { return m_importCancel != nullptr; }
    void reject() override;

    static ImportFormat guessFormat(const QString &path);
    // "Imported hosts.csv: 3 added, 1 updated, 0 unchanged." (also for the first run's offers)
    static QString summaryText(const QString &fileName, const ApplyStats &stats);
    // What an import noticed but did not refuse, in a box after the summary.
    static void showWarnings(QWidget *parent, const QString &summary, const ApplyStats &stats);

Q_SIGNALS:
    void previewReady();

private:
    void read();
    void showPreview();
    void updateButtons();
    void runImport();
    void setBusy(bool busy);
    void finishImport(bool ok, const QString &error, const ApplyStats &stats);
    void fillGroups(GroupId selected);

    InventoryEditor *m_editor;
    const Inventory *m_inventory;  // the editor's replica: groups to import into
    QLineEdit *m_path;
    QComboBox *m_format;
    QComboBox *m_group;
    QLabel *m_status;
    QListWidget *m_issues;
    QCheckBox *m_skipBad;
    QDialogButtonBox *m_buttons;
    QProgressBar *m_progress;
    QThread *m_reader = nullptr;
    // Set to stop the running read early (a new file chosen, Cancel, the dialog closing).
    std::shared_ptr<std::atomic<bool>> m_readCancel;
    // Set while an import runs; storing true asks it to stop (it rolls back).
    std::shared_ptr<std::atomic_bool> m_importCancel;
    bool m_readAgain = false;
    std::shared_ptr<ImportResult> m_result;
    QString m_summary;
    ImportChanges m_changes;
    bool m_cancelling = false;
    QString m_readPath;
};

} // namespace wb
