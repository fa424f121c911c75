#pragma once

#include "core/ssh/SshEvents.h"

#include <QDialog>

namespace wb {

// Asks what to do with a server key known_hosts does not list (reject, accept
// once, accept and save), or warns that a listed key has changed. A changed
// key offers no way to accept it: only removing the old entry, deliberately.
class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HostKeyDialog(const HostKeyQuestion &question, QWidget *parent = nullptr);

    HostKeyDecision decision() const { return m_decision; }
    bool oldKeyRemoved() const { return m_removed; }

private:
    void removeOldKey();

    HostKeyQuestion m_question;
    HostKeyDecision m_decision = HostKeyDecision::Reject;
    bool m_removed = false;
};

} // namespace wb
