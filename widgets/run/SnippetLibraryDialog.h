#pragma once

#include "snippets/SnippetStore.h"

#include <QDialog>

#include <optional>

class QAction;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace wb {

class SnippetEditor;
class SnippetModel;

// The workspace's snippet library: the list with a filter on the left, the
// selected snippet's editor on the right, New / Save / Delete, and with
// hosts selected "Run on N host(s)" (Enter in the list does the same). Edits
// are never dropped silently: switching away, running or closing asks first.
class SnippetLibraryDialog : public QDialog
{
    Q_OBJECT
public:
    // With hostCount > 0 the dialog offers to run; it then closes Accepted
    // and snippetToRun() says which.
    SnippetLibraryDialog(QSqlDatabase db, int hostCount, QWidget *parent = nullptr);
    ~SnippetLibraryDialog() override;

    std::optional<Snippet> snippetToRun() const { return m_toRun; }
    SnippetModel *model() const { return m_model; }
    SnippetEditor *editor() const { return m_editor; }

public Q_SLOTS:
    void newSnippet();
    bool save();
    void deleteCurrent();
    void runCurrent();
    // Asks about unsaved edits before closing.
    void reject() override;

private:
    void createActions();
    void onSelectionChanged();
    // True when it is fine to leave the snippet being edited: nothing
    // changed, or the user saved or discarded the changes.
    bool settleEdits();
    void select(SnippetId id);
    SnippetId selectedId() const;
    void updateActions();

    SnippetStore m_store;
    SnippetModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_list;
    SnippetEditor *m_editor;
    QPushButton *m_newButton;
    QPushButton *m_saveButton;
    QPushButton *m_deleteButton;
    QPushButton *m_runButton;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_deleteAction = nullptr;
    std::optional<Snippet> m_toRun;
    int m_hostCount;
    bool m_selecting = false;
};

} // namespace wb
