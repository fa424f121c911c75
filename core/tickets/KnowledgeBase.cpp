#include "core/tickets/KnowledgeBase.h"

#include "core/storage/GuiThreadCheck.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/WriteScope.h"
#include "core/tickets/TextSearch.h"
#include "core/tickets/TicketRows.h"
#include "core/tickets/TicketStore.h"

#include <QRegularExpression>
#include <QSqlError>

namespace wb {

using namespace ticketrows;

namespace {

QString tagsText(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        const QString t = tag.trimmed();
        if (!t.isEmpty() && !clean.contains(t, Qt::CaseInsensitive))
            clean << t;
    }
    return clean.isEmpty() ? QStringLiteral("") : clean.join(QLatin1Char(',')); // the column is NOT NULL ''
}

void bindArticle(QSqlQuery &q, const Article &a)
{
    q.bindValue(QStringLiteral(":title"), a.title);
    q.bindValue(QStringLiteral(":body"), a.body);
    q.bindValue(QStringLiteral(":category_id"), a.categoryId > 0 ? QVariant(a.categoryId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":tags"), tagsText(a.tags));
    q.bindValue(QStringLiteral(":source"), a.sourceTicketId > 0 ? QVariant(a.sourceTicketId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":created_at"), timeText(a.created));
    q.bindValue(QStringLiteral(":updated_at"), timeText(a.updated));
}

constexpr const char *articleColumns =
    "a.id, a.title, a.body, coalesce(a.category_id, 0), a.tags, coalesce(a.source_ticket_id, 0), a.created_at, a.updated_at, a.row_version";

Article readArticle(const QSqlQuery &q)
{
    Article a;
    a.id = q.value(0).toLongLong();
    a.title = q.value(1).toString();
    a.body = q.value(2).toString();
    a.categoryId = q.value(3).toLongLong();
    a.tags = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    a.sourceTicketId = q.value(5).toLongLong();
    a.created = timeFrom(q.value(6));
    a.updated = timeFrom(q.value(7));
    a.rowVersion = q.value(8).toLongLong();
    return a;
}

// Runs a prepared query over articleColumns and reads every row.
QList<Article> readArticles(QSqlQuery &q, QString *error)
{
    QList<Article> articles;
    if (!q.exec()) {
        fail(error, KnowledgeBase::tr("The knowledge base could not be read: %1").arg(sql::errorText(q.lastError())));
        return articles;
    }
    while (q.next())
        articles.append(readArticle(q));
    return articles;
}

} // namespace

KnowledgeBase::KnowledgeBase(QSqlDatabase db, const std::source_location &caller)
    : m_db(std::move(db)), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    checkNotOnGuiThread("KnowledgeBase", caller);
}

QString KnowledgeBase::validate(const Article &article)
{
    const QString title = article.title.trimmed();
    if (title.isEmpty())
        return tr("An article needs a title.");
    if (title.contains(QLatin1Char('\n')) || title.size() > 200)
        return tr("An article's title is one line of at most 200 characters.");
    if (article.body.trimmed().isEmpty())
        return tr("An article needs a text.");
    return {};
}

Article KnowledgeBase::draftFrom(const Ticket &ticket)
{
    Article article;
    article.title = ticket.title;
    article.categoryId = ticket.categoryId;
    article.sourceTicketId = ticket.id;
    article.body = ticket.description.trimmed().isEmpty()
                       ? ticket.solution.trimmed()
                       : tr("Problem:\n%1\n\nSolution:\n%2").arg(ticket.description.trimmed(), ticket.solution.trimmed());
    return article;
}

bool KnowledgeBase::add(Article *article, QString *error)
{
    if (!isOpen(m_db, error))
        return false;
    article->title = article->title.trimmed();
    if (const QString problem = validate(*article); !problem.isEmpty())
        return fail(error, problem);
    article->created = article->updated = m_clock();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO kb_articles (title, body, category_id, tags, source_ticket_id, created_at, updated_at)"
                             " VALUES (:title, :body, :category_id, :tags, :source, :created_at, :updated_at) RETURNING id"));
    bindArticle(q, *article);
    if (!q.exec())
        return fail(error, tr("The article could not be saved: %1").arg(sql::errorText(q.lastError())));
    article->id = sql::returnedId(q);
    article->rowVersion = 1;
    return true;
}

bool KnowledgeBase::update(Article *article, QString *error)
{
    if (!isOpen(m_db, error))
        return false;
    article->title = article->title.trimmed();
    if (const QString problem = validate(*article); !problem.isEmpty())
        return fail(error, problem);
    article->updated = m_clock();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE kb_articles SET title = :title, body = :body, category_id = :category_id, tags = :tags,"
                             " source_ticket_id = :source, created_at = :created_at, updated_at = :updated_at,"
                             " row_version = row_version + 1 WHERE id = :id AND row_version = :row_version"));
    bindArticle(q, *article);
    q.bindValue(QStringLiteral(":id"), article->id);
    q.bindValue(QStringLiteral(":row_version"), article->rowVersion);
    if (!q.exec())
        return fail(error, tr("The article could not be saved: %1").arg(sql::errorText(q.lastError())));
    if (q.numRowsAffected() != 1)
        return fail(error, tr("The article was changed or deleted elsewhere since it was opened; open it again."));
    ++article->rowVersion;
    return true;
}

bool KnowledgeBase::load(qint64 id, Article *article, QString *error) const
{
    if (!isOpen(m_db, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM kb_articles a WHERE a.id = ?").arg(QLatin1String(articleColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return fail(error, tr("There is no article #%1.").arg(id));
    *article = readArticle(q);
    return true;
}

bool KnowledgeBase::remove(qint64 id, QString *error)
{
    if (!isOpen(m_db, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM kb_articles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return fail(error, tr("There is no article #%1.").arg(id));
    return true;
}

QList<Article> KnowledgeBase::query(const QString &words, bool anyWord, CategoryId preferred, int limit, QString *error) const
{
    if (!isOpen(m_db, error))
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const textsearch::ArticleSearch search =
        textsearch::articleSearch(sqlEngine(m_db), QLatin1String(articleColumns), words, anyWord);
    q.prepare(search.sql);
    for (const QVariant &value : search.leading)
        q.addBindValue(value);
    q.addBindValue(preferred);
    q.addBindValue(std::max(0, limit));
    return readArticles(q, error);
}

QList<Article> KnowledgeBase::newest(int limit, QString *error) const
{
    if (!isOpen(m_db, error))
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM kb_articles a ORDER BY a.id DESC LIMIT ?").arg(QLatin1String(articleColumns)));
    q.addBindValue(std::max(0, limit));
    return readArticles(q, error);
}

QList<Article> KnowledgeBase::search(const QString &words, int limit, QString *error) const
{
    return query(words, false, -1, limit, error);
}

QList<Article> KnowledgeBase::suggestionsFor(const QString &title, CategoryId categoryId, int limit) const
{
    QStringList words;
    static const QRegularExpression wordPattern(QStringLiteral("\\w{3,}"), QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = wordPattern.globalMatch(title); it.hasNext();) {
        const QString word = it.next().captured(0);
        if (!words.contains(word, Qt::CaseInsensitive))
            words << word;
    }
    if (words.isEmpty())
        return {};
    return query(words.join(QLatin1Char(' ')), true, categoryId > 0 ? categoryId : -1, limit, nullptr);
}

} // namespace wb
