#pragma once

#include "core/snippets/Snippet.h"

#include <QMenu>

namespace wb {

class AsyncSnippetStore;

// The saved snippets as menu entries. The list is kept here and read again
// (off the GUI thread) whenever the menu opens and whenever the library
// changed, so it shows at once and what another workbench on the same
// database saved turns up the next time.
class SnippetMenu : public QMenu
{
    Q_OBJECT
public:
    // `snippets` must outlive the menu.
    SnippetMenu(AsyncSnippetStore *snippets, const QString &title, QWidget *parent = nullptr);

    // Shown below the snippets after a separator (e.g. "Manage Snippets…");
    // the menu does not take ownership.
    void addTrailingAction(QAction *action);

Q_SIGNALS:
    void snippetChosen(const wb::Snippet &snippet);

private:
    void refresh();
    void rebuild();

    AsyncSnippetStore *m_snippets;
    QList<Snippet> m_list;
    QString m_error;
    bool m_loaded = false;
    QList<QAction *> m_trailing;
};

} // namespace wb
