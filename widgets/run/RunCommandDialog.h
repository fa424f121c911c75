#pragma once

#include "ssh/CommandRunner.h"

#include <QDialog>

class QPlainTextEdit;
class QSpinBox;

namespace wb {

// What to run on the selected hosts: one line is a command; several lines are
// a script, sent on stdin to `sh -s`.
class RunCommandDialog : public QDialog
{
    Q_OBJECT
public:
    RunCommandDialog(int hostCount, QWidget *parent = nullptr);
    RunSpec spec() const;

private:
    QPlainTextEdit *m_text;
    QSpinBox *m_concurrency;
    QSpinBox *m_timeout;
};

} // namespace wb
