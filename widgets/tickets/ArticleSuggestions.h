#pragma once

#include "core/storage/LatestRequest.h"
#include "core/tickets/Ticket.h"

#include <QGroupBox>

class QListWidget;
class QTimer;

namespace wb {

class AsyncKnowledgeBase;

// "Related articles" beside a ticket: knowledge-base articles that share words
// with its title (its category's first), asked for once typing pauses; a
// double-click reads one.
class ArticleSuggestions : public QGroupBox
{
    Q_OBJECT
public:
    // `knowledgeBase` must outlive the box.
    explicit ArticleSuggestions(AsyncKnowledgeBase *knowledgeBase, QWidget *parent = nullptr);

    // Suggests for this title and category once typing pauses.
    void suggestSoon(const QString &title, CategoryId category);
    // At once (a ticket was opened).
    void suggestNow(const QString &title, CategoryId category);

Q_SIGNALS:
    void failed(const QString &message);

private:
    void readArticle(qint64 id);

    AsyncKnowledgeBase *m_knowledgeBase;
    QListWidget *m_list;
    QTimer *m_delay;
    QString m_title;
    CategoryId m_category = 0;
    LatestRequest m_suggesting;
};

} // namespace wb
