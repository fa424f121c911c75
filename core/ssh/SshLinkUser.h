#pragma once

#include <QObject>

#include <libssh/libssh.h>

namespace wb {

// Works on a logged-in connection's session itself rather than on one channel
// of it: port forwards open a channel per connection they carry and ask the
// server to listen. Runs on the connection's worker thread, which pumps it on
// every socket activity; given to SshConnection::setLinkUser, which moves it
// there (the worker deletes it when the connection ends).
class SshLinkUser : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Logged in: `session` is the target's (the last hop's); valid until linkClosed().
    virtual void linkReady(ssh_session session) = 0;
    // Something may have arrived or room opened: advance everything, non-blocking.
    virtual void pump() = 0;
    // The connection ends (closed, lost): free every channel now, before the session goes.
    virtual void linkClosed(const QString &reason) = 0;
    // A global request of its own waits for its answer. libssh keeps one in
    // flight per session, so no keepalive may go out on it meanwhile (the
    // request would take the keepalive's reply as its own).
    virtual bool holdsGlobalRequest() const { return false; }

Q_SIGNALS:
    // Its own sockets have something: the worker pumps.
    void activity();
};

} // namespace wb
