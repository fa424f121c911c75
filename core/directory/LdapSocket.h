#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace wb {

// The socket under an LdapConnection: made by us, so that connecting and the
// TLS handshake are bounded in time (libldap bounds neither by itself).

// A connected TCP socket to the URL's server within `timeoutMs`; -1 and why not.
int connectLdapSocket(const QString &url, int timeoutMs, QString *why);

// libldap's TLS handshake blocks on the socket without a time limit (a read
// timeout only makes it retry). This ends it from outside: when it is not
// disarmed in time, the socket is shut down and the handshake fails.
class HandshakeWatchdog
{
public:
    HandshakeWatchdog(int fd, int timeoutMs);
    ~HandshakeWatchdog() { disarm(); }
    // Stops watching; whether it had to step in.
    bool disarm();

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    bool m_fired = false;
    std::thread m_thread;
};

} // namespace wb
