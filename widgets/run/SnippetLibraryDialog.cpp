#include "widgets/run/SnippetLibraryDialog.h"

#include "core/snippets/AsyncSnippetStore.h"
#include "models/snippets/SnippetModel.h"
#include "widgets/common/ConflictDialog.h"
#include "widgets/run/SnippetEditor.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace wb {

namespace {
QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}
} // namespace

SnippetLibraryDialog::SnippetLibraryDialog(AsyncSnippetStore *snippets, int hostCount, QWidget *parent)
    : QDialog(parent), m_snippets(snippets), m_hostCount(hostCount)
{
    setObjectName(QStringLiteral("snippetLibraryDialog"));
    setWindowTitle(tr("Snippets"));

    m_model = new SnippetModel(this);
    m_model->setObjectName(QStringLiteral("snippetModel"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // name and description

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("snippetFilter"));
    m_filter->setPlaceholderText(tr("Filter snippets"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("snippetList"));
    m_list->setModel(m_proxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setColumnWidth(SnippetModel::NameColumn, 170);

    m_editor = new SnippetEditor(this);
    m_newButton = button(tr("Ne&w"), QStringLiteral("newSnippet"), this);
    m_saveButton = button(tr("&Save"), QStringLiteral("saveSnippet"), this);
    m_deleteButton = button(tr("De&lete…"), QStringLiteral("deleteSnippet"), this);
    m_runButton = button(tr("&Run on %Ln host(s)", nullptr, hostCount), QStringLiteral("runSnippet"), this);
    m_runButton->setVisible(hostCount > 0);
    auto *closeBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(closeBox, &QDialogButtonBox::rejected, this, &SnippetLibraryDialog::reject);
    createActions();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editor, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_newButton);
    row->addWidget(m_saveButton);
    row->addWidget(m_deleteButton);
    row->addStretch(1);
    row->addWidget(m_runButton);
    rightLayout->addLayout(row);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 580});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(closeBox);

    // Enter in a field must neither run nor close the dialog by surprise, so
    // no button is the default; Enter in the list runs (activated, below).
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setAutoDefault(false);

    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SnippetLibraryDialog::onSelectionChanged);
    connect(m_list, &QAbstractItemView::activated, this, &SnippetLibraryDialog::runCurrent);
    connect(m_editor, &SnippetEditor::edited, this, &SnippetLibraryDialog::updateActions);

    // Nothing to edit or pick until the library is read.
    m_list->setEnabled(false);
    m_editor->setEnabled(false);
    updateActions();
    m_snippets->list(this, [this](const QList<Snippet> &list, const QString &error) { showLibrary(list, error); });
    connect(m_snippets, &AsyncSnippetStore::changedElsewhere, this, &SnippetLibraryDialog::reloadChangedElsewhere);
    resize(920, 540);
}

void SnippetLibraryDialog::reloadChangedElsewhere()
{
    // Edits in progress stay as typed: their save compares with what is stored then.
    if (!m_loaded || m_writing || m_editor->isModified())
        return;
    m_snippets->list(this, [this](const QList<Snippet> &list, const QString &error) {
        if (!error.isEmpty() || m_writing || m_editor->isModified())
            return;
        const SnippetId shown = m_editor->loaded().id;
        m_model->setSnippets(list);
        const int row = m_model->rowOf(shown);
        const Snippet current = row >= 0 ? m_model->snippetAt(row) : (m_model->rowCount() > 0 ? m_model->snippetAt(0) : Snippet{});
        m_editor->load(current);
        select(current.id);
        updateActions();
    });
}

void SnippetLibraryDialog::showLibrary(const QList<Snippet> &snippets, const QString &error)
{
    m_loaded = true;
    m_list->setEnabled(true);
    m_editor->setEnabled(true);
    m_model->setSnippets(snippets);
    const Snippet first = m_model->rowCount() > 0 ? m_model->snippetAt(0) : Snippet{};
    m_editor->load(first);
    select(first.id);
    m_editor->showError(error);
    updateActions();
    if (first.id != 0)
        m_list->setFocus(Qt::OtherFocusReason);
    else
        m_editor->focusName();
}

SnippetLibraryDialog::~SnippetLibraryDialog() = default;

void SnippetLibraryDialog::createActions()
{
    m_newAction = new QAction(tr("New Snippet"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &SnippetLibraryDialog::newSnippet);
    m_saveAction = new QAction(tr("Save Snippet"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    addActions({m_newAction, m_saveAction});
    m_deleteAction = new QAction(tr("Delete Snippet"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only where the list has focus, so Del still deletes text in the fields.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &SnippetLibraryDialog::deleteCurrent);
    m_list->addAction(m_deleteAction);

    const std::initializer_list<std::pair<QPushButton *, QAction *>> pairs = {
        {m_newButton, m_newAction}, {m_saveButton, m_saveAction}, {m_deleteButton, m_deleteAction}};
    for (auto [b, action] : pairs) {
        b->setToolTip(action->shortcut().toString(QKeySequence::NativeText));
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
    }
    connect(m_runButton, &QPushButton::clicked, this, &SnippetLibraryDialog::runCurrent);
}

SnippetId SnippetLibraryDialog::selectedId() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(SnippetModel::IdRole).toLongLong();
}

void SnippetLibraryDialog::select(SnippetId id)
{
    const QScopedValueRollback guard(m_selecting, true);
    const int row = m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_list->selectionModel()->clear();
        return;
    }
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
}

void SnippetLibraryDialog::onSelectionChanged()
{
    if (m_selecting)
        return;
    const SnippetId id = selectedId();
    // Nothing selected (the filter hid the row) or the same snippet: the editor stays as it is.
    if (id == 0 || id == m_editor->loaded().id)
        return;
    settleEdits(
        [this, id] {
            if (const int row = m_model->rowOf(id); row >= 0)
                m_editor->load(m_model->snippetAt(row));
            select(id); // saving may have moved the rows
            updateActions();
        },
        [this] { select(m_editor->loaded().id); });
}

void SnippetLibraryDialog::settleEdits(std::function<void()> then, std::function<void()> stay)
{
    if (!m_editor->isModified()) {
        then();
        return;
    }
    const Snippet loaded = m_editor->loaded();
    const QString question = loaded.id == 0 ? tr("Save the new snippet?")
                                            : tr("Save the changes to the snippet “%1”?").arg(loaded.name);
    const auto answer = QMessageBox::question(this, tr("Unsaved Snippet"), question,
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        save(std::move(then), std::move(stay));
        return;
    }
    if (answer != QMessageBox::Discard) {
        if (stay)
            stay();
        return;
    }
    m_editor->load(loaded);
    updateActions();
    then();
}

void SnippetLibraryDialog::newSnippet()
{
    settleEdits([this] {
        m_editor->load(Snippet{});
        select(0);
        updateActions();
        m_editor->focusName();
    });
}

void SnippetLibraryDialog::save(std::function<void()> then, std::function<void()> refused)
{
    if (m_writing || !m_loaded) {
        if (refused)
            refused();
        return;
    }
    store(m_editor->snippet(), std::move(then), std::move(refused));
}

void SnippetLibraryDialog::store(const Snippet &candidate, std::function<void()> then, std::function<void()> refused)
{
    m_writing = true;
    updateActions();
    m_snippets->save(this, candidate, [this, candidate, then = std::move(then), refused = std::move(refused)](const Snippet &stored, const QString &error) {
        m_writing = false;
        if (!error.isEmpty()) {
            m_editor->showError(error); // and everything typed stays where it is
            updateActions();
            if (candidate.id != 0)
                return resolveIfSavedElsewhere(candidate, then, refused);
            if (refused)
                refused();
            return;
        }
        m_model->upsert(stored);
        m_editor->load(stored);
        select(stored.id);
        updateActions();
        if (then)
            then();
    });
}

void SnippetLibraryDialog::resolveIfSavedElsewhere(const Snippet &mine, std::function<void()> then, std::function<void()> refused)
{
    m_writing = true;
    updateActions();
    m_snippets->list(this, [this, mine, then = std::move(then), refused = std::move(refused)](const QList<Snippet> &all, const QString &error) {
        m_writing = false;
        updateActions();
        const auto it = std::find_if(all.cbegin(), all.cend(), [&mine](const Snippet &s) { return s.id == mine.id; });
        // Unreadable, deleted elsewhere (the refusal says so) or the same version: nothing to compare.
        if (!error.isEmpty() || it == all.cend() || it->rowVersion == mine.rowVersion) {
            if (refused)
                refused();
            return;
        }
        const Snippet theirs = *it;
        const Snippet &opened = m_editor->loaded();
        enum Field { Name, Description, Body };
        ConflictDialog conflict(tr("The snippet “%1”").arg(opened.name),
                                {{Name, tr("Name"), opened.name, mine.name, theirs.name},
                                 {Description, tr("Description"), opened.description, mine.description, theirs.description},
                                 {Body, tr("Command"), opened.body, mine.body, theirs.body}},
                                this);
        switch (conflict.ask()) {
        case ConflictDialog::Resolution::KeepEditing:
            if (refused)
                refused();
            return;
        case ConflictDialog::Resolution::TakeTheirs:
            m_model->upsert(theirs);
            m_editor->load(theirs);
            select(theirs.id);
            updateActions();
            if (then)
                then();
            return;
        case ConflictDialog::Resolution::KeepMine:
        case ConflictDialog::Resolution::Merge: {
            Snippet merged = theirs;
            const QList<int> fromMine = conflict.keysFromMine();
            if (fromMine.contains(Name))
                merged.name = mine.name;
            if (fromMine.contains(Description))
                merged.description = mine.description;
            if (fromMine.contains(Body))
                merged.body = mine.body;
            store(merged, then, refused);
            return;
        }
        }
    });
}

void SnippetLibraryDialog::deleteCurrent()
{
    const Snippet doomed = m_editor->loaded();
    if (doomed.id == 0 || m_writing)
        return;
    if (QMessageBox::question(this, tr("Delete Snippet"), tr("Delete the snippet “%1”? This cannot be undone.").arg(doomed.name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_writing = true;
    updateActions();
    m_snippets->remove(this, doomed.id, [this, doomed](const QString &error) {
        m_writing = false;
        if (!error.isEmpty()) {
            m_editor->showError(error);
            updateActions();
            return;
        }
        const int row = m_model->rowOf(doomed.id);
        {
            const QScopedValueRollback guard(m_selecting, true);
            m_model->removeById(doomed.id);
        }
        // Carry on with the snippet that took its place, as a file manager does.
        const int next = std::min(row, m_model->rowCount() - 1);
        const Snippet neighbour = next >= 0 ? m_model->snippetAt(next) : Snippet{};
        m_editor->load(neighbour);
        select(neighbour.id);
        updateActions();
    });
}

void SnippetLibraryDialog::runCurrent()
{
    if (m_hostCount <= 0 || m_writing)
        return;
    settleEdits([this] {
        if (m_editor->loaded().id == 0)
            return;
        m_toRun = m_editor->loaded();
        accept();
    });
}

void SnippetLibraryDialog::reject()
{
    if (m_writing)
        return; // closes once the write is answered, if asked again
    settleEdits([this] { QDialog::reject(); });
}

void SnippetLibraryDialog::updateActions()
{
    const bool stored = m_loaded && !m_writing && m_editor->loaded().id != 0;
    const bool modified = m_loaded && !m_writing && m_editor->isModified();
    m_newAction->setEnabled(m_loaded && !m_writing);
    m_newButton->setEnabled(m_loaded && !m_writing);
    m_saveAction->setEnabled(modified);
    m_saveButton->setEnabled(modified);
    m_deleteAction->setEnabled(stored);
    m_deleteButton->setEnabled(stored);
    m_runButton->setEnabled(stored || modified);
}

} // namespace wb
