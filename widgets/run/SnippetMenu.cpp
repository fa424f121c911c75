#include "SnippetMenu.h"

#include "snippets/SnippetStore.h"

namespace wb {

SnippetMenu::SnippetMenu(QSqlDatabase db, const QString &title, QWidget *parent)
    : QMenu(title, parent), m_db(std::move(db))
{
    setToolTipsVisible(true);
    connect(this, &QMenu::aboutToShow, this, &SnippetMenu::rebuild);
    // Filled once up front as well: an empty menu would not open as a submenu.
    rebuild();
}

void SnippetMenu::addTrailingAction(QAction *action)
{
    m_trailing << action;
    rebuild();
}

void SnippetMenu::rebuild()
{
    clear();
    QString error;
    const QList<Snippet> snippets = SnippetStore(m_db).list(&error);
    if (!error.isEmpty())
        addAction(error)->setEnabled(false);
    else if (snippets.isEmpty())
        addAction(tr("No snippets saved yet"))->setEnabled(false);
    for (const Snippet &snippet : snippets) {
        // A "&" in a name is text, not a mnemonic.
        QAction *action = addAction(QString(snippet.name).replace(QLatin1Char('&'), QStringLiteral("&&")));
        action->setToolTip(snippet.body);
        action->setStatusTip(snippet.description);
        action->setData(snippet.id);
        connect(action, &QAction::triggered, this, [this, snippet] { Q_EMIT snippetChosen(snippet); });
    }
    if (!m_trailing.isEmpty()) {
        addSeparator();
        addActions(m_trailing);
    }
}

} // namespace wb
