#pragma once

#include "ssh/CommandRunner.h"

#include <QDialog>
#include <QSqlDatabase>

class QPlainTextEdit;
class QSpinBox;

namespace wb {

// What to run on the selected hosts: one line is a command; several lines are
// a script, sent on stdin to `sh -s`. The text can come from a saved snippet,
// or be saved as one; `db` is the workspace that holds them.
class RunCommandDialog : public QDialog
{
    Q_OBJECT
public:
    RunCommandDialog(QSqlDatabase db, int hostCount, QWidget *parent = nullptr);
    RunSpec spec() const;

private:
    void useText(const QString &text);

    QSqlDatabase m_db;
    QPlainTextEdit *m_text;
    QSpinBox *m_concurrency;
    QSpinBox *m_timeout;
};

} // namespace wb
