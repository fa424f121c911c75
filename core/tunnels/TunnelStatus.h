#pragma once

#include <QMetaType>
#include <QString>

namespace wb {

// Where one port forward stands, as its host's tunnel connection reports it.
struct TunnelStatus
{
    enum class State {
        Stopped,  // not started, or stopped (error() may say why it ended)
        Starting, // connecting and logging in, or the server has not answered a -R yet
        Active,   // listening (here, or on the server for -R)
        Failed,   // could not listen: error() says why; the other forwards go on
    };
    State state = State::Stopped;
    int connections = 0;         // carried now
    qint64 connectionsTotal = 0; // since it started
    qint64 bytesIn = 0;          // from the far end to the one who connected
    qint64 bytesOut = 0;
    quint16 boundPort = 0;       // where it listens (what the server chose for a -R with port 0)
    // The last thing that went wrong: why it failed, or why a connection
    // through it was refused ("the server does not allow forwarding").
    QString error;

    bool operator==(const TunnelStatus &) const = default;
};

} // namespace wb

Q_DECLARE_METATYPE(wb::TunnelStatus)
