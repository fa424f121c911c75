#pragma once

#include "core/inventory/io/ImportSources.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QAction;
class QThread;
class QWidget;

namespace wb {

class InventoryEditor;
class InventoryHistory;

// A first run's offer: the OpenSSH config and Ansible inventory found on this computer
// (ImportSources, read on a worker thread), one action each ("Import 12 hosts from
// ~/.ssh/config") that imports it with one click, as one undo step, into the top of the
// inventory. A source with bad lines shows them first and imports the rest if asked to.
class ImportOffers : public QObject
{
    Q_OBJECT
public:
    ImportOffers(InventoryEditor *editor, InventoryHistory *history, QWidget *window);
    ~ImportOffers() override;

    // Where to look; empty (the default) looks nowhere.
    void setPaths(const ImportSourcePaths &paths) { m_paths = paths; }
    // Looks once (again only after withdraw()); offersChanged() tells what was found.
    void look();
    // The offers go (the inventory has hosts now).
    void withdraw();
    QList<QAction *> offers() const { return m_offers; }
    // One of the offers is being imported (the hosts arriving are its own).
    bool isImporting() const { return m_importing; }

Q_SIGNALS:
    void offersChanged(const QList<QAction *> &offers);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void showFound(const QList<ImportSource> &sources);
    void importSource(QPointer<QAction> offer, const ImportSource &source);

    InventoryEditor *m_editor;
    InventoryHistory *m_history;
    QWidget *m_window;
    ImportSourcePaths m_paths;
    QThread *m_reader = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QList<QAction *> m_offers;
    bool m_importing = false;
};

} // namespace wb
