#include "widgets/tickets/KnowledgeBaseDialog.h"

#include "core/tickets/AsyncKnowledgeBase.h"
#include "models/common/ShownTime.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace wb {

KnowledgeBaseDialog::KnowledgeBaseDialog(AsyncKnowledgeBase *kb, QWidget *parent) : QDialog(parent), m_kb(kb)
{
    setObjectName(QStringLiteral("knowledgeBase"));
    setWindowTitle(tr("Knowledge Base"));
    resize(900, 560);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("kbSearch"));
    m_search->setPlaceholderText(tr("Search articles: words in the title, text or tags"));
    m_search->setClearButtonEnabled(true);
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &KnowledgeBaseDialog::search);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("kbResults"));
    connect(m_results, &QListWidget::currentItemChanged, this, &KnowledgeBaseDialog::showArticle);
    m_reader = new QTextBrowser(this);
    m_reader->setObjectName(QStringLiteral("kbReader"));
    m_count = new QLabel(tr("Searching…"), this);
    m_count->setObjectName(QStringLiteral("kbCount"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_results);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *remove = buttons->addButton(tr("&Delete Article…"), QDialogButtonBox::ActionRole);
    connect(remove, &QPushButton::clicked, this, &KnowledgeBaseDialog::deleteArticle);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    search();
    // Articles another workbench publishes or removes show without asking.
    connect(m_kb, &AsyncKnowledgeBase::changedElsewhere, this, &KnowledgeBaseDialog::search);
}

void KnowledgeBaseDialog::search()
{
    m_delay->stop();
    const QString words = m_search->text().trimmed();
    const int serial = m_searching.next();
    const QVariant shown = m_results->currentItem() ? m_results->currentItem()->data(Qt::UserRole) : QVariant();
    // Nothing typed: the newest articles, so the list is never a blank page.
    m_kb->find(this, words, 200, [this, serial, words, shown](const QList<Article> &articles, const QString &error) {
        if (!m_searching.accept(serial))
            return; // typed further since
        m_results->clear();
        int keep = 0; // the article being read stays chosen when the list is read again
        for (const Article &article : articles) {
            auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/info.svg")), article.title, m_results);
            item->setData(Qt::UserRole, article.id);
            if (shown.isValid() && shown.toLongLong() == article.id)
                keep = m_results->count() - 1;
        }
        m_count->setText(!error.isEmpty() ? error
                         : words.isEmpty() ? tr("%Ln article(s), newest first", nullptr, int(articles.size()))
                                           : tr("%Ln article(s) with all of these words", nullptr, int(articles.size())));
        if (m_results->count() > 0)
            m_results->setCurrentRow(keep);
        else
            m_reader->setHtml(words.isEmpty() ? tr("<p><i>No articles yet. Resolving a ticket can publish its solution here.</i></p>")
                                              : tr("<p><i>No article has all of these words.</i></p>"));
    });
}

void KnowledgeBaseDialog::showArticle()
{
    QListWidgetItem *item = m_results->currentItem();
    if (!item) {
        m_reading.forget();
        return;
    }
    const int serial = m_reading.next();
    m_kb->open(this, item->data(Qt::UserRole).toLongLong(),
               [this, serial](const Article &article, const QString &categoryPath, const QString &error) {
                   if (!m_reading.accept(serial))
                       return; // another article was chosen since
                   if (!error.isEmpty())
                       m_reader->setPlainText(error);
                   else
                       m_reader->setHtml(articleHtml(article, categoryPath));
               });
}

QString KnowledgeBaseDialog::articleHtml(const Article &article, const QString &categoryPath)
{
    QStringList about;
    if (!categoryPath.isEmpty())
        about << categoryPath.toHtmlEscaped();
    if (!article.tags.isEmpty())
        about << article.tags.join(QStringLiteral(", ")).toHtmlEscaped();
    if (article.sourceTicketId)
        about << tr("from ticket #%1").arg(article.sourceTicketId);
    if (article.updated.isValid())
        about << ShownTime::dateTime(article.updated);
    return QStringLiteral("<h3>%1</h3><p><i>%2</i></p><p style=\"white-space: pre-wrap\">%3</p>")
        .arg(article.title.toHtmlEscaped(), about.join(QStringLiteral(" · ")), article.body.toHtmlEscaped());
}

void KnowledgeBaseDialog::deleteArticle()
{
    QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    if (QMessageBox::question(this, tr("Delete Article"), tr("Delete the article “%1”?").arg(item->text()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_kb->remove(this, item->data(Qt::UserRole).toLongLong(), [this](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Delete Article"), error);
        search();
    });
}

} // namespace wb
