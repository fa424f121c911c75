#pragma once

#include "core/storage/SqlDialect.h"

#include <QString>
#include <QVariantList>

namespace wb::textsearch {

// Full-text search of tickets and knowledge-base articles as each engine does
// it, in one place: FTS5 on SQLite (Migration.cpp, version 5), a tsvector with
// a GIN index on PostgreSQL (PostgresBaseline.cpp). Both take the window's
// query syntax: words joined by AND (or by OR, for suggestions), a trailing *
// for a prefix, and a word with punctuation in it ("web01.example.com", an
// e-mail address) as the phrase of its parts. Nothing typed is query syntax.

// The words as an FTS5 MATCH expression.
QString fts5Query(const QString &words, bool anyWord = false);

// The parts of a ticket query that search text: "FROM … JOIN tickets t",
// the condition (one ? placeholder, bound to `argument`) and the newest-first order.
struct TicketSearch {
    QString from;
    QString condition;
    QVariant argument;
    QString newestFirst;
};
TicketSearch ticketSearch(SqlEngine engine, const QString &words);

// A SELECT of `columns` (of kb_articles a) matching the words, best first, with
// the articles of a preferred category before the others. Placeholders: the
// values in `leading`, then the preferred category id, then the limit.
struct ArticleSearch {
    QString sql;
    QVariantList leading;
};
ArticleSearch articleSearch(SqlEngine engine, const QString &columns, const QString &words, bool anyWord);

} // namespace wb::textsearch
