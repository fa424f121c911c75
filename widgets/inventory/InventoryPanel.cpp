#include "widgets/inventory/InventoryPanel.h"

#include "core/inventory/Inventory.h"
#include "models/inventory/InventoryFilterProxy.h"
#include "models/inventory/InventoryModel.h"
#include "widgets/common/FilterFieldKeys.h"
#include "widgets/common/RoleRefusal.h"
#include "widgets/inventory/InventoryEdits.h"
#include "widgets/tickets/OpenTicketsDelegate.h"

#include <QAction>
#include <QDataStream>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace wb {

InventoryPanel::InventoryPanel(Inventory *inventory, InventoryEditor *editor, InventoryHistory *history, QWidget *parent)
    : QWidget(parent), m_inventory(inventory)
{
    setObjectName(QStringLiteral("inventoryPanel"));
    m_model = new InventoryModel(m_inventory, this);
    m_model->setObjectName(QStringLiteral("inventoryModel"));
    m_edits = new InventoryEdits(m_inventory, editor, history, this);
    connect(m_edits, &InventoryEdits::statusMessage, this, &InventoryPanel::statusMessage);
    m_model->setMoveHandler([this](const QList<GroupId> &groups, const QList<HostId> &hosts, GroupId target) {
        m_edits->move(groups, hosts, target);
    });
    m_proxy = new InventoryFilterProxy(this);
    m_proxy->setObjectName(QStringLiteral("inventoryProxy"));
    m_proxy->setSourceModel(m_model);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter: name, address, tag:, os:, kind:  (Ctrl+F)"));
    m_filter->setToolTip(tr("Shows hosts whose name, address, tags, OS or kind contain every word.\n"
                            "Qualify a word to search one field: tag:prod os:debian kind:router.\n"
                            "down:yes shows the hosts the last reachability check found down.\n"
                            "Esc clears the filter."));
    new FilterFieldKeys(m_filter, [this] {
        // From the filter straight into the results, as in a launcher.
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });

    m_kindMenu = new QMenu(this);
    for (HostKind k : allHostKinds()) {
        QAction *a = m_kindMenu->addAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(hostKindId(k))),
                                           hostKindDisplayName(k));
        a->setCheckable(true);
        a->setData(int(k));
        connect(a, &QAction::toggled, this, &InventoryPanel::applyFilter);
    }
    m_kindButton = new QToolButton(this);
    m_kindButton->setObjectName(QStringLiteral("kindFilter"));
    m_kindButton->setText(tr("Kinds"));
    m_kindButton->setToolTip(tr("Show only hosts of the chosen kinds"));
    m_kindButton->setMenu(m_kindMenu);
    m_kindButton->setPopupMode(QToolButton::InstantPopup);

    m_view = new QTreeView(this);
    m_view->setItemDelegateForColumn(InventoryModel::NameColumn, new OpenTicketsDelegate(m_view));
    m_view->setObjectName(QStringLiteral("inventoryTree"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);  // keeps scrolling fast with many hosts
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(InventoryModel::NameColumn, 180);
    m_view->header()->resizeSection(InventoryModel::AddressColumn, 150);
    m_view->header()->resizeSection(InventoryModel::KindColumn, 90);
    m_view->header()->resizeSection(InventoryModel::OsColumn, 140);
    // The status dot and last-seen time beside the name, where the eye is.
    m_view->header()->moveSection(InventoryModel::LastSeenColumn, 1);
    m_view->header()->resizeSection(InventoryModel::LastSeenColumn, 110);
    // The facts' columns: narrow numbers after Tags.
    for (int column = InventoryModel::UpdatesColumn; column <= InventoryModel::BackupColumn; ++column)
        m_view->header()->resizeSection(column, column == InventoryModel::FailedUnitsColumn ? 90 : 70);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setContentsMargins(4, 0, 4, 2);

    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_kindButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    createActions();

    connect(m_filter, &QLineEdit::textChanged, this, &InventoryPanel::applyFilter);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &InventoryPanel::showContextMenu);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (InventoryModel::isHost(index))
            Q_EMIT hostActivated(InventoryModel::itemId(index));
        else if (InventoryModel::isDirectory(index))
            Q_EMIT directoryActivated(InventoryModel::itemId(index));
        else if (index.isValid())
            m_view->setExpanded(index, !m_view->isExpanded(index));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InventoryPanel::updateActions);
    connect(m_model, &InventoryModel::editRefused, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Cannot move"), message);
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &InventoryPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InventoryPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InventoryPanel::updateSummary);
    // After a (re)load: the groups open at the last exit, or else the top-level
    // groups (sites), as in most connection managers.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        // A reload or an import resets the model; keep what the user had open.
        if (!m_restoredExpansion && m_model->rowCount() > 0) {
            m_restoredExpansion = m_proxy->isActive() ? m_expandedBeforeFilter : expandedGroups();
            const QModelIndex current = m_view->currentIndex();
            m_restoredCurrentHost = InventoryModel::isHost(current) ? InventoryModel::itemId(current) : 0;
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &InventoryPanel::restoreExpansion);
    updateActions();
    updateSummary();
}

InventoryPanel::~InventoryPanel() = default;

void InventoryPanel::createActions()
{
    auto make = [this](const QString &text, const QString &icon, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(QIcon(icon), text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_openSession = make(tr("&Open Session"), QStringLiteral(":/icons/terminal.svg"), QKeySequence(),
                         &InventoryPanel::openSelectedSessions);
    m_openSession->setObjectName(QStringLiteral("openSession"));
    m_openSession->setToolTip(tr("Open an SSH session to each selected host (Enter or double-click opens one)"));
    m_addHost = make(tr("Add &Host…"), QStringLiteral(":/icons/add-host.svg"), QKeySequence(Qt::CTRL | Qt::Key_N),
                     &InventoryPanel::addHost);
    m_addHost->setObjectName(QStringLiteral("addHost"));
    m_addGroup = make(tr("Add &Group…"), QStringLiteral(":/icons/add-group.svg"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &InventoryPanel::addGroup);
    m_addGroup->setObjectName(QStringLiteral("addGroup"));
    m_addDirectory = make(tr("Add Director&y…"), QStringLiteral(":/icons/directory.svg"),
                          QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N), &InventoryPanel::addDirectory);
    m_addDirectory->setObjectName(QStringLiteral("addDirectory"));
    m_addDirectory->setToolTip(tr("Add an Active Directory or OpenLDAP directory whose accounts you manage"));
    m_edit = make(tr("&Edit…"), QStringLiteral(":/icons/edit.svg"), QKeySequence(Qt::CTRL | Qt::Key_E),
                  &InventoryPanel::editSelected);
    m_edit->setObjectName(QStringLiteral("edit"));
    m_rename = make(tr("Ren&ame…"), QString(), QKeySequence(Qt::Key_F2), &InventoryPanel::editSelected);
    m_rename->setObjectName(QStringLiteral("rename"));
    m_delete = make(tr("&Delete…"), QStringLiteral(":/icons/delete.svg"), QKeySequence::Delete,
                    &InventoryPanel::deleteSelected);
    m_delete->setObjectName(QStringLiteral("delete"));
    // Delete only where the tree has focus, so the key still edits text fields.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_delete);
    removeAction(m_delete);
    m_focusFilter = make(tr("&Filter Hosts"), QString(), QKeySequence::Find, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    m_focusFilter->setObjectName(QStringLiteral("focusFilter"));
    m_expandAll = make(tr("E&xpand All"), QString(), QKeySequence(), [this] { m_view->expandAll(); });
    m_collapseAll = make(tr("&Collapse All"), QString(), QKeySequence(), [this] { m_view->collapseAll(); });
}

void InventoryPanel::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_openSession);
    for (QAction *action : std::as_const(m_extraActions))
        menu.addAction(action);
    menu.addSeparator();
    menu.addAction(m_addHost);
    menu.addAction(m_addGroup);
    menu.addAction(m_addDirectory);
    menu.addSeparator();
    menu.addAction(m_edit);
    menu.addAction(m_rename);
    menu.addAction(m_delete);
    menu.addSeparator();
    menu.addAction(m_expandAll);
    menu.addAction(m_collapseAll);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QList<HostId> InventoryPanel::selectedHosts() const
{
    QList<HostId> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        if (InventoryModel::isHost(index))
            ids.append(InventoryModel::itemId(index));
    return ids;
}

QList<DirectoryId> InventoryPanel::selectedDirectories() const
{
    QList<DirectoryId> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        if (InventoryModel::isDirectory(index))
            ids.append(InventoryModel::itemId(index));
    return ids;
}

QList<GroupId> InventoryPanel::selectedGroups() const
{
    QList<GroupId> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        if (InventoryModel::isGroup(index))
            ids.append(InventoryModel::itemId(index));
    return ids;
}

GroupId InventoryPanel::currentGroup() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current))
        return 0;
    if (InventoryModel::isGroup(current))
        return InventoryModel::itemId(current);
    if (InventoryModel::isDirectory(current)) {
        const Directory *d = m_inventory->directory(InventoryModel::itemId(current));
        return d ? d->groupId : 0;
    }
    const Host *h = m_inventory->host(InventoryModel::itemId(current));
    return h ? h->groupId : 0;
}

void InventoryPanel::selectHost(HostId id)
{
    select(m_model->indexForHost(id));
}

void InventoryPanel::selectDirectory(DirectoryId id)
{
    select(m_model->indexForDirectory(id));
}

void InventoryPanel::select(const QModelIndex &sourceIndex)
{
    const QModelIndex index = m_proxy->mapFromSource(sourceIndex);
    if (!index.isValid())
        return;
    m_view->scrollTo(index);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void InventoryPanel::updateActions()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    const bool editable = m_readOnlyReason.isEmpty();
    m_addHost->setEnabled(editable);
    m_addGroup->setEnabled(editable);
    m_addDirectory->setEnabled(editable);
    m_edit->setEnabled(editable && selected == 1);
    m_openSession->setEnabled(!selectedHostIds().isEmpty());
    m_rename->setEnabled(editable && selected == 1);
    m_delete->setEnabled(editable && selected > 0);
}

void InventoryPanel::setReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
    for (QAction *action : {m_addHost, m_addGroup, m_addDirectory, m_edit, m_rename, m_delete})
        refuseForRole(action, reason);
    m_view->setDragDropMode(reason.isEmpty() ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
    updateActions(); // the selection decides among those the role allows
}

QList<HostId> InventoryPanel::selectedHostIds() const
{
    QList<HostId> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (InventoryModel::isHost(index))
            ids << InventoryModel::itemId(index);
    }
    return ids;
}

QList<HostId> InventoryPanel::selectedHostIdsWithGroups() const
{
    QList<HostId> ids;
    QSet<HostId> seen;
    auto add = [&](HostId id) {
        if (!seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    };
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (InventoryModel::isHost(index)) {
            add(InventoryModel::itemId(index));
        } else if (InventoryModel::isGroup(index)) {
            for (HostId id : m_inventory->hostsBelow(GroupId(InventoryModel::itemId(index))))
                add(id);
        }
    }
    return ids;
}

void InventoryPanel::openSelectedSessions()
{
    for (HostId id : selectedHostIds())
        Q_EMIT hostActivated(id);
}

void InventoryPanel::updateSummary()
{
    const int hosts = m_inventory->hostCount();
    const int groups = m_inventory->groupCount();
    if (m_proxy->isActive()) {
        m_summary->setText(tr("%1 of %Ln host(s) match", nullptr, hosts).arg(QLocale().toString(m_proxy->matchingHostCount())));
    } else {
        const int directories = m_inventory->directoryCount();
        m_summary->setText(tr("%Ln host(s)", nullptr, hosts) + tr(" in %Ln group(s)", nullptr, groups)
                           + (directories > 0 ? tr(", %Ln directory(s)", nullptr, directories) : QString()));
    }
}

void InventoryPanel::applyFilter()
{
    QSet<HostKind> kinds;
    for (QAction *a : m_kindMenu->actions())
        if (a->isChecked())
            kinds.insert(HostKind(a->data().toInt()));
    m_kindButton->setText(kinds.isEmpty() ? tr("Kinds") : tr("Kinds (%1)").arg(kinds.size()));
    const bool wasActive = m_proxy->isActive();
    m_proxy->setKinds(kinds);
    m_proxy->setText(m_filter->text());
    if (m_proxy->isActive()) {
        if (!wasActive)
            m_expandedBeforeFilter = expandedGroups();
        // Show every match without making the user open groups one by one;
        // with thousands of matches, opening everything would only bury them.
        if (m_proxy->matchingHostCount() <= kExpandAllLimit)
            m_view->expandAll();
        else
            m_view->expandToDepth(0);
    } else if (wasActive) {
        m_view->collapseAll();
        expandGroups(m_expandedBeforeFilter);
        if (m_view->currentIndex().isValid())
            m_view->scrollTo(m_view->currentIndex());
    }
    updateSummary();
}

void InventoryPanel::setOpenTickets(const QHash<HostId, int> &perHost)
{
    m_model->setOpenTickets(perHost);
}

void InventoryPanel::showFiltered(const QString &filter)
{
    if (auto *dock = qobject_cast<QDockWidget *>(parentWidget())) {
        dock->show();
        dock->raise();
    }
    m_filter->setText(filter);
    m_view->expandAll();
    m_view->setFocus();
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void InventoryPanel::updateHostStatuses(const QList<HostStatus> &statuses)
{
    m_model->updateHostStatuses(statuses);
}

void InventoryPanel::updateHostFacts(const QList<HostId> &hosts, const std::function<const HostFacts *(HostId)> &factsOf,
                                     const std::function<QString(HostId)> &errorOf)
{
    m_model->updateHostFacts(hosts, factsOf, errorOf);
}

void InventoryPanel::updateHostCapacity(const QHash<HostId, CapacityForecast> &soonestFull)
{
    m_model->updateHostCapacity(soonestFull);
}

void InventoryPanel::addHost()
{
    m_edits->addHost(currentGroup(), [this](HostId id) { selectHost(id); });
}

void InventoryPanel::addGroup()
{
    m_edits->addGroup(currentGroup(), [this](GroupId id) { select(m_model->indexForGroup(id)); });
}

void InventoryPanel::addDirectory()
{
    m_edits->addDirectory(currentGroup(), [this](DirectoryId id) { selectDirectory(id); });
}

void InventoryPanel::setCredentials(CredentialStore *credentials)
{
    m_edits->setCredentials(credentials);
}

void InventoryPanel::deleteSelected()
{
    m_edits->remove(selectedGroups(), selectedHosts(), selectedDirectories());
}

void InventoryPanel::editSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    if (InventoryModel::isHost(rows.first()))
        m_edits->editHost(InventoryModel::itemId(rows.first()));
    else if (InventoryModel::isDirectory(rows.first()))
        m_edits->editDirectory(InventoryModel::itemId(rows.first()));
    else
        m_edits->renameGroup(InventoryModel::itemId(rows.first()));
}

QList<GroupId> InventoryPanel::expandedGroups() const
{
    QList<GroupId> ids;
    QList<QModelIndex> pending = {QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            if (InventoryModel::isGroup(index) && m_view->isExpanded(index)) {
                ids.append(InventoryModel::itemId(index));
                pending.append(index);
            }
        }
    }
    return ids;
}

void InventoryPanel::expandGroups(const QList<GroupId> &ids)
{
    for (GroupId id : ids) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexForGroup(id));
        if (index.isValid())
            m_view->expand(index);
    }
}

void InventoryPanel::restoreExpansion()
{
    if (m_restoredExpansion) {
        expandGroups(*m_restoredExpansion);
        if (m_restoredCurrentHost != 0)
            selectHost(m_restoredCurrentHost);
        m_restoredExpansion.reset();
        return;
    }
    m_view->expandToDepth(0);
}

QByteArray InventoryPanel::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    const QModelIndex current = m_view->currentIndex();
    const HostId currentHost = InventoryModel::isHost(current) ? InventoryModel::itemId(current) : 0;
    stream << quint8(3) << m_view->header()->saveState()
           << (m_proxy->isActive() ? m_expandedBeforeFilter : expandedGroups()) << currentHost;
    return state;
}

void InventoryPanel::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    quint8 version = 0;
    QByteArray header;
    stream >> version >> header;
    if (version < 1 || stream.status() != QDataStream::Ok)
        return;
    // Before version 3 the tree had no Last seen column: its widths would not fit.
    if (version >= 3)
        m_view->header()->restoreState(header);
    if (version < 2)
        return;
    QList<GroupId> expanded;
    HostId currentHost = 0;
    stream >> expanded >> currentHost;
    if (stream.status() != QDataStream::Ok)
        return;
    // The inventory usually arrives later (it loads on a worker thread); the
    // expansion is applied when it does.
    m_restoredExpansion = expanded;
    m_restoredCurrentHost = currentHost;
    if (m_inventory->groupCount() > 0)
        restoreExpansion();
}

} // namespace wb
