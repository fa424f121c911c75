#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace wb {

class ImportOffers;
class InventoryEditor;
class InventoryHistory;
class InventoryPanel;

// The inventory's file work in the window: importing (one undo step, into the
// group selected) and exporting, both on the workspace thread.
class InventoryController : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialogs; the controller is its child.
    InventoryController(InventoryEditor *editor, InventoryHistory *history, InventoryPanel *panel, QWidget *window);

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    // The first run's offers to import what this computer's ssh and ansible use.
    ImportOffers *importOffers() const { return m_offers; }

public Q_SLOTS:
    void importHosts();
    void exportHosts();

Q_SIGNALS:
    // For the status bar; a timeout of 0 keeps it until the next message.
    void statusMessage(const QString &text, int timeoutMs);

private:
    InventoryEditor *m_editor;
    InventoryHistory *m_history;
    InventoryPanel *m_panel;
    QWidget *m_window;
    QAction *m_import;
    QAction *m_export;
    ImportOffers *m_offers;
};

} // namespace wb
