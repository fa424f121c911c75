#include "widgets/tickets/ArticleSuggestions.h"

#include "core/tickets/AsyncKnowledgeBase.h"
#include "widgets/tickets/KnowledgeBaseDialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace wb {

ArticleSuggestions::ArticleSuggestions(AsyncKnowledgeBase *knowledgeBase, QWidget *parent)
    : QGroupBox(tr("Related articles"), parent), m_knowledgeBase(knowledgeBase)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("articleSuggestions"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 7);
    m_list->setToolTip(tr("Knowledge-base articles that share words with the title; double-click to read one"));
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { readArticle(item->data(Qt::UserRole).toLongLong()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);
    connect(m_delay, &QTimer::timeout, this, [this] { suggestNow(m_title, m_category); });
}

void ArticleSuggestions::suggestSoon(const QString &title, CategoryId category)
{
    m_title = title;
    m_category = category;
    m_delay->start();
}

void ArticleSuggestions::suggestNow(const QString &title, CategoryId category)
{
    m_delay->stop();
    const int serial = m_suggesting.next();
    m_knowledgeBase->suggestionsFor(this, title, category, 5, [this, serial](const QList<Article> &articles, const QString &) {
        if (!m_suggesting.accept(serial))
            return; // the title changed since
        m_list->clear();
        for (const Article &article : articles) {
            auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/info.svg")), article.title, m_list);
            item->setData(Qt::UserRole, article.id);
            item->setToolTip(article.body.left(300));
        }
        if (articles.isEmpty()) {
            auto *none = new QListWidgetItem(tr("No article matches the title yet."), m_list);
            none->setFlags(Qt::NoItemFlags);
        }
    });
}

void ArticleSuggestions::readArticle(qint64 id)
{
    m_knowledgeBase->open(this, id, [this](const Article &article, const QString &categoryPath, const QString &error) {
        if (!error.isEmpty()) {
            Q_EMIT failed(error);
            return;
        }
        // Read-only, over the editor.
        QDialog dialog(window());
        dialog.setWindowTitle(article.title);
        dialog.resize(560, 420);
        auto *text = new QTextBrowser(&dialog);
        text->setObjectName(QStringLiteral("articleText"));
        text->setHtml(KnowledgeBaseDialog::articleHtml(article, categoryPath));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(text);
        layout->addWidget(buttons);
        dialog.exec();
    });
}

} // namespace wb
