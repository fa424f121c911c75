#pragma once

#include "core/storage/LatestRequest.h"
#include "core/tickets/KnowledgeBase.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QTimer;

namespace wb {

class AsyncKnowledgeBase;

// The knowledge base: words typed are searched with FTS5 over title, body and
// tags (every word must match; newest articles when nothing is typed), and the
// chosen article is read on the right. Articles come from resolved tickets'
// solutions; Delete removes one that no longer holds. Searched and read off
// the GUI thread.
class KnowledgeBaseDialog : public QDialog
{
    Q_OBJECT
public:
    // `kb` must outlive the dialog.
    explicit KnowledgeBaseDialog(AsyncKnowledgeBase *kb, QWidget *parent = nullptr);

    // Reads the articles for the words typed now (also done as one types).
    void search();

    // An article as the reader shows it: title, category, tags, source ticket, date, text.
    static QString articleHtml(const Article &article, const QString &categoryPath);

private:
    void showArticle();
    void deleteArticle();

    AsyncKnowledgeBase *m_kb;
    LatestRequest m_searching;
    LatestRequest m_reading;
    QLineEdit *m_search;
    QTimer *m_delay;
    QListWidget *m_results;
    QTextBrowser *m_reader;
    QLabel *m_count;
};

} // namespace wb
