#pragma once

#include "core/snippets/Snippet.h"

#include <QDialog>

class QPushButton;

namespace wb {

class AsyncSnippetStore;
class SnippetEditor;

// "Save as Snippet": asks for a name and description for a command or
// script and stores it; the dialog closes once it is stored. A refusal (a
// taken name, say) is shown in the dialog, which stays open with everything
// typed.
class SaveSnippetDialog : public QDialog
{
    Q_OBJECT
public:
    SaveSnippetDialog(AsyncSnippetStore *snippets, const QString &body, QWidget *parent = nullptr);

    // The stored snippet, once the dialog was accepted.
    const Snippet &saved() const { return m_saved; }

    void accept() override;

private:
    AsyncSnippetStore *m_snippets;
    SnippetEditor *m_editor;
    QPushButton *m_save;
    Snippet m_saved;
};

} // namespace wb
