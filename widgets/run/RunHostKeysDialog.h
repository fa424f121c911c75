#pragma once

#include "core/ssh/CommandRunner.h"
#include "core/ssh/SshEvents.h"

#include <QDialog>

class QCheckBox;
class QListWidget;

namespace wb {

// The unknown host keys of a whole run, asked about once: accept all, accept
// the ticked ones, or reject; optionally saved to known_hosts. Each answer
// names the host and the key it was shown with, so a host that drops out while
// the dialog is open cannot hand its row to another (it is shown as dropped).
class RunHostKeysDialog : public QDialog
{
    Q_OBJECT
public:
    // hosts: the runner's index of each question's host, in the same order.
    RunHostKeysDialog(const QList<HostKeyQuestion> &questions, const QList<int> &hosts, QWidget *parent = nullptr);

    // One answer per question still asked (dropped hosts are left out).
    QList<HostKeyAnswer> answers() const { return m_answers; }
    bool save() const;
    // The host stopped waiting: its row can no longer be accepted.
    void markDropped(int host);

private:
    void finishWith(bool all, bool none);

    QList<HostKeyQuestion> m_questions;
    QList<int> m_hosts;
    QList<bool> m_dropped;
    QListWidget *m_list;
    QCheckBox *m_save;
    QList<HostKeyAnswer> m_answers;
};

} // namespace wb
