#pragma once

#include "snippets/SnippetStore.h"

#include <QDialog>

namespace wb {

class SnippetEditor;

// "Save as Snippet": asks for a name and description for a command or
// script and stores it. A refusal (a taken name, say) is shown in the
// dialog, which stays open with everything typed.
class SaveSnippetDialog : public QDialog
{
    Q_OBJECT
public:
    SaveSnippetDialog(QSqlDatabase db, const QString &body, QWidget *parent = nullptr);

    // The stored snippet, once the dialog was accepted.
    const Snippet &saved() const { return m_saved; }

    void accept() override;

private:
    SnippetStore m_store;
    SnippetEditor *m_editor;
    Snippet m_saved;
};

} // namespace wb
