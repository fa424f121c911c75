#pragma once

#include <QCoreApplication>
#include <QString>

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
    // A connection to host:port on its way (connect's EINPROGRESS), or -1 and `error`.
    static int connect(const QString &host, quint16 port, QString *error);
    // A waiting connection on `listener`, non-blocking, or -1 when none waits.
    static int accept(int listener);
};

} // namespace wb
