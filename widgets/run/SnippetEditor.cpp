#include "widgets/run/SnippetEditor.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace wb {

SnippetEditor::SnippetEditor(QWidget *parent) : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("snippetName"));
    m_name->setPlaceholderText(tr("e.g. Disk usage"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("snippetDescription"));
    m_description->setPlaceholderText(tr("What it does, for whoever picks it next"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("snippetBody"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setPlaceholderText(QStringLiteral("df -h /"));
    m_body->setToolTip(tr("One line runs as a command; several lines run as a script with sh -s."));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("snippetError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Co&mmand or script:"), m_body);
    form->addRow(m_error);

    connect(m_name, &QLineEdit::textEdited, this, &SnippetEditor::edited);
    connect(m_description, &QLineEdit::textEdited, this, &SnippetEditor::edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &SnippetEditor::edited);
}

void SnippetEditor::load(const Snippet &snippet)
{
    m_loaded = snippet;
    if (m_name->text() != snippet.name)
        m_name->setText(snippet.name);
    if (m_description->text() != snippet.description)
        m_description->setText(snippet.description);
    if (m_body->toPlainText() != snippet.body)
        m_body->setPlainText(snippet.body);
    showError({});
    Q_EMIT edited();
}

Snippet SnippetEditor::snippet() const
{
    Snippet s = m_loaded;
    s.name = m_name->text();
    s.description = m_description->text();
    s.body = m_body->toPlainText();
    return s;
}

bool SnippetEditor::isModified() const
{
    const Snippet now = snippet();
    return now.name != m_loaded.name || now.description != m_loaded.description || now.body != m_loaded.body;
}

void SnippetEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString SnippetEditor::error() const
{
    return m_error->text();
}

void SnippetEditor::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

} // namespace wb
