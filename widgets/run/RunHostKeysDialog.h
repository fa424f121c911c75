#pragma once

#include "ssh/SshEvents.h"

#include <QDialog>

class QCheckBox;
class QListWidget;

namespace wb {

// The unknown host keys of a whole run, asked about once: accept all, accept
// the ticked ones, or reject; optionally saved to known_hosts.
class RunHostKeysDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RunHostKeysDialog(const QList<HostKeyQuestion> &questions, QWidget *parent = nullptr);

    QList<int> acceptedQuestions() const { return m_accepted; }
    bool save() const;

private:
    void finishWith(bool all, bool none);

    QListWidget *m_list;
    QCheckBox *m_save;
    QList<int> m_accepted;
};

} // namespace wb
