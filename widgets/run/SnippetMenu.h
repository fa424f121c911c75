#pragma once

#include "snippets/Snippet.h"

#include <QMenu>
#include <QSqlDatabase>

namespace wb {

// The saved snippets as menu entries, read from the workspace each time the
// menu opens: the library dialog, or another workbench on the same
// database, may have changed them since.
class SnippetMenu : public QMenu
{
    Q_OBJECT
public:
    SnippetMenu(QSqlDatabase db, const QString &title, QWidget *parent = nullptr);

    // Shown below the snippets after a separator (e.g. "Manage Snippets…");
    // the menu does not take ownership.
    void addTrailingAction(QAction *action);

Q_SIGNALS:
    void snippetChosen(const wb::Snippet &snippet);

private:
    void rebuild();

    QSqlDatabase m_db;
    QList<QAction *> m_trailing;
};

} // namespace wb
