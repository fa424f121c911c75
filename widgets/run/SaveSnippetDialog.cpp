#include "SaveSnippetDialog.h"

#include "SnippetEditor.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb {

SaveSnippetDialog::SaveSnippetDialog(QSqlDatabase db, const QString &body, QWidget *parent)
    : QDialog(parent), m_store(std::move(db))
{
    setObjectName(QStringLiteral("saveSnippetDialog"));
    setWindowTitle(tr("Save as Snippet"));
    m_editor = new SnippetEditor(this);
    Snippet draft;
    draft.body = body;
    m_editor->load(draft);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSnippet"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SaveSnippetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(560, 340);
    m_editor->focusName();
}

void SaveSnippetDialog::accept()
{
    Snippet snippet = m_editor->snippet();
    QString error;
    if (!m_store.add(&snippet, &error)) {
        m_editor->showError(error);
        return;
    }
    m_saved = snippet;
    QDialog::accept();
}

} // namespace wb
