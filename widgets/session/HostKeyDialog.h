#pragma once

#include "core/ssh/SshEvents.h"

#include <QDialog>

#include <functional>

namespace wb {

class SshConnection;

// Trusts a key for the whole team (a team workspace, a role that may); the
// answer is the error, empty once the team's store holds it.
using TeamHostKeyTrust = std::function<void(const QObject *asker, const HostKeyQuestion &question,
                                            std::function<void(const QString &error)> answer)>;

// Asks what to do with a server key known_hosts does not list (reject, accept
// once, accept and save, and on a team workspace trust for the team), or
// warns that a listed key has changed. A changed key offers no way to accept
// it: only removing the old entry from the person's known_hosts, deliberately
// (a team entry is removed by a sysadmin: werkbank-cli workspace known-hosts remove).
class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    // `offerTeam`: a "Trust for the Team" button beside the others.
    explicit HostKeyDialog(const HostKeyQuestion &question, bool offerTeam = false, QWidget *parent = nullptr);

    HostKeyDecision decision() const { return m_decision; }
    // Accepted for the team: the caller stores it there, then lets the connection go on.
    bool forTeam() const { return m_forTeam; }
    bool oldKeyRemoved() const { return m_removed; }

    // Asks (window-modal, not blocking) about the key the connection's server
    // showed, and gives the answer to the connection (not on a team workspace's terms).
    static void answerFor(SshConnection *connection, const HostKeyQuestion &question, QWidget *parent);

private:
    void removeOldKey();

    HostKeyQuestion m_question;
    HostKeyDecision m_decision = HostKeyDecision::Reject;
    bool m_removed = false;
    bool m_forTeam = false;
};

} // namespace wb
