#include "widgets/run/SaveSnippetDialog.h"

#include "core/snippets/AsyncSnippetStore.h"
#include "widgets/run/SnippetEditor.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb {

SaveSnippetDialog::SaveSnippetDialog(AsyncSnippetStore *snippets, const QString &body, QWidget *parent)
    : QDialog(parent), m_snippets(snippets)
{
    setObjectName(QStringLiteral("saveSnippetDialog"));
    setWindowTitle(tr("Save as Snippet"));
    m_editor = new SnippetEditor(this);
    Snippet draft;
    draft.body = body;
    m_editor->load(draft);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveSnippet"));
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
    if (!m_save->isEnabled())
        return; // saving already
    m_save->setEnabled(false);
    m_snippets->save(this, m_editor->snippet(), [this](const Snippet &saved, const QString &error) {
        m_save->setEnabled(true);
        if (!error.isEmpty()) {
            m_editor->showError(error);
            return;
        }
        m_saved = saved;
        QDialog::accept();
    });
}

} // namespace wb
