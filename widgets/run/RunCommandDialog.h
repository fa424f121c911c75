#pragma once

#include "core/ssh/CommandRunner.h"

#include <QDialog>

class QPlainTextEdit;
class QSpinBox;

namespace wb {

class AsyncSnippetStore;

// What to run on the selected hosts: one line is a command; several lines are
// a script, sent on stdin to `sh -s`. The text can come from a saved snippet,
// or be saved as one, in `snippets`.
class RunCommandDialog : public QDialog
{
    Q_OBJECT
public:
    RunCommandDialog(AsyncSnippetStore *snippets, int hostCount, QWidget *parent = nullptr);
    RunSpec spec() const;

private:
    void useText(const QString &text);

    AsyncSnippetStore *m_snippets;
    QPlainTextEdit *m_text;
    QSpinBox *m_concurrency;
    QSpinBox *m_timeout;
};

} // namespace wb
