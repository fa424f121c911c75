#pragma once

#include <QCoreApplication>
#include <QString>

#include <sys/socket.h>

#include <vector>

namespace wb {

// The plain sockets a tunnel uses here, non-blocking, with errors in words.
class TunnelSockets
{
    Q_DECLARE_TR_FUNCTIONS(wb::TunnelSockets)
public:
    // Listening sockets for every address `address` names ("" is 127.0.0.1;
    // "*" every address, as ssh's bind_address): empty and `error` set when
    // none could listen. `port` 0 lets the system choose; `bound` says what it is.
    static std::vector<int> listen(const QString &address, quint16 port, quint16 *bound, QString *error);
    struct Address
    {
        sockaddr_storage storage {};
        socklen_t length = 0;
    };
    // Every address host:port names, in the resolver's order (empty and `error` set when none).
    static std::vector<Address> resolve(const QString &host, quint16 port, QString *error);
    // A connection to `address` on its way (connect's EINPROGRESS), or -1 and `error`
    // ("could not connect to `target`: …").
    static int connect(const Address &address, const QString &target, QString *error);
    // A waiting connection on `listener`, non-blocking, or -1 when none waits.
    static int accept(int listener);
};

} // namespace wb
