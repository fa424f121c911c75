#include "widgets/run/SnippetMenu.h"

#include "core/snippets/AsyncSnippetStore.h"

namespace wb {

SnippetMenu::SnippetMenu(AsyncSnippetStore *snippets, const QString &title, QWidget *parent)
    : QMenu(title, parent), m_snippets(snippets)
{
    setToolTipsVisible(true);
    connect(this, &QMenu::aboutToShow, this, &SnippetMenu::refresh);
    connect(m_snippets, &AsyncSnippetStore::changed, this, &SnippetMenu::refresh);
    // Filled up front as well ("Loading…" until the list is in): an empty
    // menu would not open as a submenu.
    rebuild();
    refresh();
}

void SnippetMenu::addTrailingAction(QAction *action)
{
    m_trailing << action;
    rebuild();
}

void SnippetMenu::refresh()
{
    m_snippets->list(this, [this](const QList<Snippet> &snippets, const QString &error) {
        const bool same = m_loaded && snippets == m_list && error == m_error;
        m_list = snippets;
        m_error = error;
        m_loaded = true;
        if (!same) // an open menu is not rebuilt under the mouse for nothing
            rebuild();
    });
}

void SnippetMenu::rebuild()
{
    clear();
    if (!m_loaded)
        addAction(tr("Loading…"))->setEnabled(false);
    else if (!m_error.isEmpty())
        addAction(m_error)->setEnabled(false);
    else if (m_list.isEmpty())
        addAction(tr("No snippets saved yet"))->setEnabled(false);
    for (const Snippet &snippet : std::as_const(m_list)) {
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
