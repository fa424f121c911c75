#pragma once

#include "core/storage/GuiThreadCheck.h"
#include "core/tickets/Ticket.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <QStringList>

#include <functional>

namespace wb {

struct Article
{
    qint64 id = 0;
    QString title;
    QString body;
    CategoryId categoryId = 0;
    QStringList tags;
    TicketId sourceTicketId = 0; // the ticket whose solution it was; 0 = written directly
    QDateTime created;
    QDateTime updated;
    qint64 rowVersion = 0;
};

// Knowledge-base articles in the workspace (kb_articles, searched with FTS5
// over title, body and tags). A resolved ticket's solution can be published
// as one; while a ticket is edited, articles that share words with its title
// are suggested, those in its category first.
class KnowledgeBase
{
    Q_DECLARE_TR_FUNCTIONS(wb::KnowledgeBase)
public:
    explicit KnowledgeBase(QSqlDatabase db, const std::source_location &caller = std::source_location::current());
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    bool add(Article *article, QString *error);
    bool update(Article *article, QString *error);
    bool load(qint64 id, Article *article, QString *error) const;
    bool remove(qint64 id, QString *error);

    // A draft from a resolved ticket: its title, its problem and solution as
    // the body, its category. Not stored until add().
    static Article draftFrom(const Ticket &ticket);

    // Every word must match (textsearch: the window's query syntax); best matches first.
    QList<Article> search(const QString &words, int limit = 50, QString *error = nullptr) const;
    // The latest articles, newest first.
    QList<Article> newest(int limit = 50, QString *error = nullptr) const;
    // Articles sharing any word of three letters or more with the title;
    // the same category ranks first, then how well they match.
    QList<Article> suggestionsFor(const QString &title, CategoryId categoryId, int limit = 5) const;

    static QString validate(const Article &article);

private:
    QList<Article> query(const QString &words, bool anyWord, CategoryId preferred, int limit, QString *error) const;

    QSqlDatabase m_db;
    std::function<QDateTime()> m_clock;
};

} // namespace wb
