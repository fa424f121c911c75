#include "widgets/run/RunCommandDialog.h"

#include "widgets/run/RunPreferences.h"
#include "widgets/run/SaveSnippetDialog.h"
#include "widgets/run/SnippetMenu.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextCursor>
#include <QVBoxLayout>

namespace wb {

RunCommandDialog::RunCommandDialog(AsyncSnippetStore *library, int hostCount, QWidget *parent)
    : QDialog(parent), m_snippets(library)
{
    setObjectName(QStringLiteral("runCommandDialog"));
    setWindowTitle(tr("Run Command"));
    auto *intro = new QLabel(tr("Run on %Ln host(s). One line is a command; several lines are a script, "
                                "sent to <tt>sh -s</tt> on standard input.", nullptr, hostCount), this);
    intro->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("runCommandText"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(QStringLiteral("uptime"));

    auto *snippets = new QPushButton(tr("S&nippets"), this);
    snippets->setObjectName(QStringLiteral("snippetsButton"));
    snippets->setToolTip(tr("Fill in a saved command or script"));
    auto *menu = new SnippetMenu(m_snippets, tr("Snippets"), snippets);
    menu->setObjectName(QStringLiteral("runCommandSnippets"));
    snippets->setMenu(menu);
    connect(menu, &SnippetMenu::snippetChosen, this, [this](const Snippet &snippet) { useText(snippet.body); });
    auto *saveAs = new QPushButton(tr("Sa&ve as Snippet…"), this);
    saveAs->setObjectName(QStringLiteral("saveAsSnippet"));
    saveAs->setEnabled(false);
    connect(m_text, &QPlainTextEdit::textChanged, saveAs,
            [this, saveAs] { saveAs->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });
    connect(saveAs, &QPushButton::clicked, this, [this] {
        SaveSnippetDialog dialog(m_snippets, m_text->toPlainText(), this);
        dialog.exec();
    });
    auto *snippetRow = new QHBoxLayout;
    snippetRow->addWidget(snippets);
    snippetRow->addWidget(saveAs);
    snippetRow->addStretch(1);

    const RunPreferences prefs = RunPreferences::load();
    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("runConcurrency"));
    m_concurrency->setRange(1, 1000);
    m_concurrency->setValue(prefs.concurrency);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("runTimeout"));
    m_timeout->setRange(1, 86400);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(prefs.timeoutSeconds);
    auto *form = new QFormLayout;
    form->addRow(tr("Hosts &at once:"), m_concurrency);
    form->addRow(tr("&Timeout per host:"), m_timeout);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_text->toPlainText().trimmed().isEmpty())
            return;
        RunPreferences{m_concurrency->value(), m_timeout->value()}.save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addLayout(snippetRow);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, 380);
}

void RunCommandDialog::useText(const QString &text)
{
    // Through a cursor rather than setPlainText, so Ctrl+Z brings back what was typed before.
    QTextCursor cursor(m_text->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    m_text->setFocus(Qt::OtherFocusReason);
}

RunSpec RunCommandDialog::spec() const
{
    return RunPreferences{m_concurrency->value(), m_timeout->value()}.specFor(m_text->toPlainText());
}

} // namespace wb
