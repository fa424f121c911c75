#pragma once

#include "core/ssh/CommandRunner.h"
#include "core/ssh/SshTarget.h"

#include <QObject>
#include <QHash>

namespace wb {

class ActiveTicket;
class AsyncTicketStore;
class PendingWork;
class SshConnection;
class SshPool;

// Where the window's SSH work is made: runs and interactive connections get
// the pool and the pending-work tracker the composition root built, and each
// is written into the work log of the ticket that was active when it began
// (when that ticket links the host), with the lines werkbank-cli writes. So no
// widget builds a runner or a connection, and none writes the work log.
class SshWorkFactory : public QObject
{
    Q_OBJECT
public:
    // `pool` may be null (no connection reuse); `tickets` and `active` null:
    // nothing is logged. All must outlive what this makes.
    SshWorkFactory(SshPool *pool, PendingWork *pending, ActiveTicket *active, AsyncTicketStore *tickets,
                   QObject *parent = nullptr);

    // Null: what is made from now on connects afresh and keeps nothing.
    void setPool(SshPool *pool) { m_pool = pool; }

    // A run of `spec` on `targets`, owned by `parent` and not yet started;
    // logged once every host is done.
    CommandRunner *newRun(QList<SshTarget> targets, RunSpec spec, QObject *parent) const;
    // The same, kept out of the work log: a read nobody acts on (a file fetched to edit).
    CommandRunner *newUnloggedRun(QList<SshTarget> targets, RunSpec spec, QObject *parent) const;

    // A connection for the interactive session `session` (its owner), with
    // `options` (the terminal's size set). The first connection a session
    // makes is logged when it connects or fails; its reconnects are not.
    SshConnection *newSessionConnection(const SshTarget &target, SshConnectOptions options, QObject *session);

    // A connection for a host's port forwards (TunnelSession's options, no
    // pool), owned by `owner`; each start is logged when it connects or fails.
    SshConnection *newTunnelConnection(const SshTarget &target, SshConnectOptions options, const QStringList &forwards, QObject *owner) const;

    // Writes `text` about `hostIds` into the active ticket's work log (when one is active).
    void logWork(const QList<qint64> &hostIds, const QString &text) const;

private:
    void log(qint64 ticket, const QList<qint64> &hostIds, const QString &text) const;

    SshPool *m_pool;
    PendingWork *m_pending;
    ActiveTicket *m_active;
    AsyncTicketStore *m_tickets;
    // Sessions that made a connection, and whether their outcome is logged.
    QHash<const QObject *, bool> m_sessionLogged;
};

} // namespace wb
