#pragma once

#include "core/snippets/Snippet.h"

#include <QDialog>

#include <functional>
#include <optional>

class QAction;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace wb {

class AsyncSnippetStore;
class SnippetEditor;
class SnippetModel;

// The workspace's snippet library: the list with a filter on the left, the
// selected snippet's editor on the right, New / Save / Delete, and with
// hosts selected "Run on N host(s)" (Enter in the list does the same). Edits
// are never dropped silently: switching away, running or closing asks first.
// The library is read and written off the GUI thread; while that runs the
// buttons wait.
class SnippetLibraryDialog : public QDialog
{
    Q_OBJECT
public:
    // With hostCount > 0 the dialog offers to run; it then closes Accepted
    // and snippetToRun() says which.
    // `snippets` must outlive the dialog.
    SnippetLibraryDialog(AsyncSnippetStore *snippets, int hostCount, QWidget *parent = nullptr);
    ~SnippetLibraryDialog() override;

    std::optional<Snippet> snippetToRun() const { return m_toRun; }
    SnippetEditor *editor() const { return m_editor; }

public Q_SLOTS:
    void newSnippet();
    // Stores what the editor holds; `then` runs once it is stored, `refused`
    // when it was not (the reason is shown in the editor).
    void save(std::function<void()> then = {}, std::function<void()> refused = {});
    void deleteCurrent();
    void runCurrent();
    // Asks about unsaved edits before closing.
    void reject() override;

private:
    void createActions();
    void store(const Snippet &candidate, std::function<void()> then, std::function<void()> refused);
    // After a refused save: when the snippet was saved elsewhere since it was
    // loaded, yours and theirs side by side, and what the person chose is stored.
    void resolveIfSavedElsewhere(const Snippet &mine, std::function<void()> then, std::function<void()> refused);
    void onSelectionChanged();
    // Runs `then` once it is fine to leave the snippet being edited: nothing
    // changed, or the user discarded the changes, or saved them and they are
    // stored. Otherwise (Cancel, or the save was refused) runs `stay`.
    void settleEdits(std::function<void()> then, std::function<void()> stay = {});
    void showLibrary(const QList<Snippet> &snippets, const QString &error);
    // Another workbench changed the library: shown again, unless an edit is under way.
    void reloadChangedElsewhere();
    void select(SnippetId id);
    SnippetId selectedId() const;
    void updateActions();

    AsyncSnippetStore *m_snippets;
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
    bool m_loaded = false; // the library has been read
    bool m_writing = false; // a save or delete is on its way
};

} // namespace wb
