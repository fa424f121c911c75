#pragma once

#include "core/ssh/SshEvents.h"

#include <QByteArray>
#include <QObject>

namespace wb {

// How a peer writes to its channel.
class SshChannelPort
{
public:
    virtual void write(const QByteArray &data) = 0;
    // Written but not yet taken by libssh (the server's window is full).
    virtual qint64 queuedBytes() const = 0;
    // channelWritable() once little is queued: a stream (SCP) writes its next
    // chunk then, instead of queueing a whole file.
    virtual void askWritable() = 0;
    // Ends our side of the channel's input once everything queued is written.
    virtual void endInput() = 0;

protected:
    ~SshChannelPort() = default;
};

// Speaks a protocol over a session channel (SFTP on the "sftp" subsystem) on
// the channel's own worker thread, so a gigabyte never crosses to the GUI
// thread and a terminal's thread never carries it. SshWorker calls it there;
// it is given to SshConnection::setChannelPeer, which moves it to that thread.
class SshChannelPeer : public QObject
{
public:
    using QObject::QObject;
    // The channel is open; the port stays valid until channelClosed().
    virtual void channelOpened(SshChannelPort *port) = 0;
    virtual void channelData(const QByteArray &data, bool isStderr) = 0;
    // After askWritable(), when the queue is short again.
    virtual void channelWritable() {}
    // The channel ended, failed or was closed (also when it never opened).
    virtual void channelClosed(const SshOutcome &outcome) = 0;
};

} // namespace wb
