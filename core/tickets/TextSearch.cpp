#include "core/tickets/TextSearch.h"

#include <QRegularExpression>
#include <QStringList>

namespace wb::textsearch {

QString fts5Query(const QString &words, bool anyWord)
{
    QStringList terms;
    for (QString word : words.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const bool prefix = word.endsWith(QLatin1Char('*'));
        while (word.endsWith(QLatin1Char('*')))
            word.chop(1);
        if (word.isEmpty())
            continue;
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
    }
    // No words at all still has to match nothing rather than be an FTS syntax error.
    return terms.isEmpty() ? QStringLiteral("\"\"") : terms.join(anyWord ? QStringLiteral(" OR ") : QStringLiteral(" "));
}

TicketSearch ticketSearch(SqlEngine engine, const QString &words)
{
    // With words to find, the index leads: newest first it hands out matches
    // in id order and the LIMIT stops it early.
    if (engine == SqlEngine::PostgreSql) {
        return {QStringLiteral(" FROM ticket_search s JOIN tickets t ON t.id = s.ticket_id"),
                QStringLiteral("s.doc @@ wb_search_query(?)"), words, QStringLiteral(" ORDER BY s.ticket_id DESC")};
    }
    return {QStringLiteral(" FROM ticket_fts JOIN tickets t ON t.id = ticket_fts.rowid"), QStringLiteral("ticket_fts MATCH ?"),
            fts5Query(words), QStringLiteral(" ORDER BY ticket_fts.rowid DESC")};
}

ArticleSearch articleSearch(SqlEngine engine, const QString &columns, const QString &words, bool anyWord)
{
    if (engine == SqlEngine::PostgreSql) {
        // Title, tags and body weigh A, B and D: ts_rank's 1.0, 0.4 and 0.1.
        return {QStringLiteral("SELECT %1 FROM kb_search f JOIN kb_articles a ON a.id = f.article_id"
                               " CROSS JOIN wb_search_query(?, ?) q WHERE f.doc @@ q"
                               " ORDER BY (coalesce(a.category_id, 0) = ?) DESC, ts_rank(f.doc, q) DESC, a.id LIMIT ?")
                    .arg(columns),
                {words, anyWord}};
    }
    return {QStringLiteral("SELECT %1 FROM kb_fts f JOIN kb_articles a ON a.id = f.rowid WHERE kb_fts MATCH ?"
                           " ORDER BY (coalesce(a.category_id, 0) = ?) DESC, bm25(kb_fts, 10.0, 1.0, 5.0), a.id LIMIT ?")
                .arg(columns),
            {fts5Query(words, anyWord)}};
}

} // namespace wb::textsearch
