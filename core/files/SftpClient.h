#pragma once

#include "core/files/SftpWire.h"

#include <QHash>
#include <QMap>

#include <functional>

namespace wb {

// The client side of SFTP v3 over any byte stream: each request gets an id
// and a callback, and replies may come in any order, so many reads and writes
// can be in flight at once (what makes a transfer fast on a long line).
// Single-threaded, no I/O of its own: bytes go out through `send` and come in
// through feed(). Remote paths are bytes, as the server has them.
class SftpClient
{
public:
    using Send = std::function<void(const QByteArray &)>;
    using StatusReply = std::function<void(const SftpStatus &)>;
    using HandleReply = std::function<void(const SftpStatus &, const QByteArray &handle)>;
    // The data is valid only during the call (it points into the reply).
    using DataReply = std::function<void(const SftpStatus &, QByteArrayView data)>;
    using AttributesReply = std::function<void(const SftpStatus &, const SftpAttributes &)>;
    using NamesReply = std::function<void(const SftpStatus &, const QList<SftpEntry> &)>;
    using PathReply = std::function<void(const SftpStatus &, const QByteArray &path)>;

    // What the server says it allows (OpenSSH's limits@openssh.com), or our defaults.
    struct Limits
    {
        quint64 maxPacket = 34000;
        quint64 maxRead = 32768;
        quint64 maxWrite = 32768;
        quint64 maxOpenHandles = 0; // 0: not said
    };

    explicit SftpClient(Send send);
    ~SftpClient();

    // Sends INIT; `ready` is called once the server's VERSION (and limits, when
    // it offers them) arrived, or with an error.
    void start(std::function<void(const SftpStatus &)> ready);
    bool isReady() const { return m_ready; }
    // Bytes from the server. A malformed stream ends the session: every
    // pending request is answered with ConnectionLost.
    void feed(const QByteArray &data);
    // The channel went away: every pending request is answered with why.
    void fail(const QString &why);
    bool hasFailed() const { return m_failed; }

    bool hasExtension(const QByteArray &name) const { return m_extensions.contains(name); }
    const Limits &limits() const { return m_limits; }
    int pendingCount() const { return int(m_pending.size()); }

    void open(const QByteArray &path, quint32 flags, const SftpAttributes &attributes, HandleReply reply);
    void close(const QByteArray &handle, StatusReply reply);
    void read(const QByteArray &handle, quint64 offset, quint32 length, DataReply reply);
    void write(const QByteArray &handle, quint64 offset, const char *data, qsizetype size, StatusReply reply);
    // A WRITE whose data `fill` puts straight into the packet; it returns how
    // many of the `size` bytes it wrote (0: nothing is sent), or -1 on an error.
    qsizetype writeFilled(const QByteArray &handle, quint64 offset, qsizetype size, const std::function<qsizetype(char *)> &fill,
                          StatusReply reply);
    void stat(const QByteArray &path, AttributesReply reply);
    void lstat(const QByteArray &path, AttributesReply reply);
    void fstat(const QByteArray &handle, AttributesReply reply);
    void setstat(const QByteArray &path, const SftpAttributes &attributes, StatusReply reply);
    void fsetstat(const QByteArray &handle, const SftpAttributes &attributes, StatusReply reply);
    void opendir(const QByteArray &path, HandleReply reply);
    // One batch of a folder's entries; EOF status when there are no more.
    void readdir(const QByteArray &handle, NamesReply reply);
    void remove(const QByteArray &path, StatusReply reply);
    void mkdir(const QByteArray &path, const SftpAttributes &attributes, StatusReply reply);
    void rmdir(const QByteArray &path, StatusReply reply);
    void realpath(const QByteArray &path, PathReply reply);
    void readlink(const QByteArray &path, PathReply reply);
    // A link at linkPath pointing to target.
    void symlink(const QByteArray &target, const QByteArray &linkPath, StatusReply reply);
    // Replaces `to` when it exists (posix-rename@openssh.com when offered;
    // plain SFTP rename refuses an existing target).
    void rename(const QByteArray &from, const QByteArray &to, StatusReply reply);
    // fsync@openssh.com: the file's data is on the server's disk (OK without the extension).
    void fsync(const QByteArray &handle, StatusReply reply);

private:
    struct Pending
    {
        quint8 expects = 0;
        StatusReply status;
        HandleReply handle;
        DataReply data;
        AttributesReply attributes;
        NamesReply names;
        PathReply path;
    };

    template <typename Reply>
    static Pending awaiting(quint8 expects, Reply Pending::*slot, Reply reply)
    {
        Pending pending;
        pending.expects = expects;
        pending.*slot = std::move(reply);
        return pending;
    }
    quint32 nextId() { return m_nextId++; }
    void request(const QByteArray &packet, quint32 id, Pending pending);
    static void answerWith(Pending &pending, const SftpStatus &status);
    void handlePacket(const QByteArray &body);
    void handleVersion(SftpPacketReader &reader);
    void deliver(quint8 type, quint32 id, SftpPacketReader &reader);
    void askLimits();
    void finishStart(const SftpStatus &status);

    Send m_send;
    SftpFramer m_framer;
    QHash<quint32, Pending> m_pending;
    QMap<QByteArray, QByteArray> m_extensions;
    Limits m_limits;
    std::function<void(const SftpStatus &)> m_readyReply;
    quint32 m_nextId = 1;
    bool m_ready = false;
    bool m_failed = false;
};

} // namespace wb
