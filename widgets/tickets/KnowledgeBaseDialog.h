#pragma once

#include "tickets/KnowledgeBase.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QTimer;

namespace wb {

// The knowledge base: words typed are searched with FTS5 over title, body and
// tags (every word must match; newest articles when nothing is typed), and the
// chosen article is read on the right. Articles come from resolved tickets'
// solutions; Delete removes one that no longer holds.
class KnowledgeBaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KnowledgeBaseDialog(QSqlDatabase db, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListWidget *results() const { return m_results; }
    QTextBrowser *reader() const { return m_reader; }
    void search();

    // An article as the reader shows it: title, category, tags, source ticket, date, text.
    static QString articleHtml(const Article &article, const QString &categoryPath);

private:
    void showArticle();
    void deleteArticle();

    QSqlDatabase m_db;
    QLineEdit *m_search;
    QTimer *m_delay;
    QListWidget *m_results;
    QTextBrowser *m_reader;
    QLabel *m_count;
};

} // namespace wb
