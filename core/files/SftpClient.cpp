#include "core/files/SftpClient.h"

#include <algorithm>

#include <QtEndian>

namespace wb {

namespace {

constexpr quint32 protocolVersion = 3;
const QByteArray limitsExtension = QByteArrayLiteral("limits@openssh.com");
const QByteArray renameExtension = QByteArrayLiteral("posix-rename@openssh.com");
const QByteArray fsyncExtension = QByteArrayLiteral("fsync@openssh.com");

} // namespace

SftpClient::SftpClient(Send send) : m_send(std::move(send)) {}

SftpClient::~SftpClient() = default;

void SftpClient::start(std::function<void(const SftpStatus &)> ready)
{
    m_readyReply = std::move(ready);
    m_send(SftpPacketWriter(Sftp::Init).u32(protocolVersion).take());
}

void SftpClient::feed(const QByteArray &data)
{
    if (m_failed)
        return;
    m_framer.append(data);
    while (!m_failed) {
        std::optional<QByteArray> body = m_framer.next();
        if (!body)
            break;
        handlePacket(*body);
    }
    if (m_framer.failed())
        fail(QCoreApplication::translate("wb::SftpClient", "the server sent something that is not SFTP"));
}

void SftpClient::fail(const QString &why)
{
    if (m_failed)
        return;
    m_failed = true;
    const SftpStatus lost = SftpStatus::lost(why);
    if (m_readyReply && !m_ready)
        std::exchange(m_readyReply, nullptr)(lost);
    // Answer in the order asked; a callback may ask again (answered at once below).
    QList<quint32> ids = m_pending.keys();
    std::sort(ids.begin(), ids.end());
    for (quint32 id : ids) {
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            continue;
        Pending pending = std::move(*it);
        m_pending.erase(it);
        answerWith(pending, lost);
    }
}

// A request that gets no reply: its callback hears why, with no data.
void SftpClient::answerWith(Pending &pending, const SftpStatus &status)
{
    if (pending.status) pending.status(status);
    else if (pending.handle) pending.handle(status, {});
    else if (pending.data) pending.data(status, {});
    else if (pending.attributes) pending.attributes(status, {});
    else if (pending.names) pending.names(status, {});
    else if (pending.path) pending.path(status, {});
}

void SftpClient::request(const QByteArray &packet, quint32 id, Pending pending)
{
    if (m_failed) {
        answerWith(pending, SftpStatus::lost(QCoreApplication::translate("wb::SftpClient", "the connection was lost")));
        return;
    }
    m_pending.insert(id, std::move(pending));
    m_send(packet);
}

void SftpClient::handlePacket(const QByteArray &body)
{
    SftpPacketReader reader(body);
    const quint8 type = reader.u8();
    if (type == Sftp::Version) {
        handleVersion(reader);
        return;
    }
    const quint32 id = reader.u32();
    if (reader.failed()) {
        fail(QCoreApplication::translate("wb::SftpClient", "the server sent a malformed reply"));
        return;
    }
    deliver(type, id, reader);
}

void SftpClient::handleVersion(SftpPacketReader &reader)
{
    const quint32 version = reader.u32();
    while (!reader.failed() && !reader.atEnd()) {
        const QByteArray name = reader.bytes();
        const QByteArray data = reader.bytes();
        if (!reader.failed())
            m_extensions.insert(name, data);
    }
    if (reader.failed() || m_ready || !m_readyReply) {
        fail(QCoreApplication::translate("wb::SftpClient", "the server sent a malformed reply"));
        return;
    }
    if (version < protocolVersion) {
        finishStart({Sftp::OpUnsupported,
                     QCoreApplication::translate("wb::SftpClient", "the server speaks SFTP version %1 only").arg(version)});
        return;
    }
    if (hasExtension(limitsExtension))
        askLimits();
    else
        finishStart({});
}

void SftpClient::askLimits()
{
    const quint32 id = nextId();
    Pending pending;
    pending.expects = Sftp::ExtendedReply;
    pending.path = [this](const SftpStatus &status, const QByteArray &reply) {
        SftpPacketReader reader(reply);
        Limits limits;
        limits.maxPacket = reader.u64();
        limits.maxRead = reader.u64();
        limits.maxWrite = reader.u64();
        limits.maxOpenHandles = reader.u64();
        // Zero means "no limit said"; keep our defaults then, and never go past 255 KiB.
        const auto pick = [](quint64 said, quint64 fallback) {
            return said == 0 ? fallback : std::min<quint64>(said, 255 * 1024);
        };
        if (status.ok() && !reader.failed()) {
            m_limits.maxPacket = limits.maxPacket == 0 ? m_limits.maxPacket : limits.maxPacket;
            m_limits.maxRead = pick(limits.maxRead, m_limits.maxRead);
            m_limits.maxWrite = pick(limits.maxWrite, m_limits.maxWrite);
            m_limits.maxOpenHandles = limits.maxOpenHandles;
        }
        finishStart({});
    };
    request(SftpPacketWriter(Sftp::Extended, id).bytes(limitsExtension).take(), id, std::move(pending));
}

void SftpClient::finishStart(const SftpStatus &status)
{
    m_ready = status.ok();
    if (m_readyReply)
        std::exchange(m_readyReply, nullptr)(status);
}

void SftpClient::deliver(quint8 type, quint32 id, SftpPacketReader &reader)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        fail(QCoreApplication::translate("wb::SftpClient", "the server answered a request that was not made"));
        return;
    }
    Pending pending = std::move(*it);
    m_pending.erase(it);
    const auto malformed = [this] {
        fail(QCoreApplication::translate("wb::SftpClient", "the server sent a malformed reply"));
    };
    SftpStatus status;
    if (type == Sftp::StatusReply) {
        status.code = reader.u32();
        if (reader.failed())
            return malformed();
        if (!reader.atEnd())
            status.message = QString::fromUtf8(reader.bytes()); // the language tag after it is not used
        if (status.ok() && !pending.status)
            status.code = Sftp::BadMessage; // "done" where data was due
    } else if (type != pending.expects) {
        return malformed();
    }
    if (pending.status) {
        pending.status(status);
    } else if (pending.handle) {
        QByteArray handle;
        if (type == Sftp::HandleReply && (handle = reader.bytes(), reader.failed()))
            return malformed();
        pending.handle(status, handle);
    } else if (pending.data) {
        QByteArrayView data;
        if (type == Sftp::DataReply && (data = reader.bytesView(), reader.failed()))
            return malformed();
        pending.data(status, data);
    } else if (pending.attributes) {
        SftpAttributes attributes;
        if (type == Sftp::AttrsReply && (attributes = reader.attributes(), reader.failed()))
            return malformed();
        pending.attributes(status, attributes);
    } else if (pending.names) {
        QList<SftpEntry> entries;
        if (type == Sftp::NameReply) {
            const quint32 count = reader.u32();
            for (quint32 i = 0; i < count && !reader.failed(); ++i) {
                SftpEntry entry;
                entry.name = reader.bytes();
                entry.longName = QString::fromUtf8(reader.bytes());
                entry.attributes = reader.attributes();
                entries.append(std::move(entry));
            }
            if (reader.failed())
                return malformed();
        }
        pending.names(status, entries);
    } else if (pending.path) {
        QByteArray path;
        if (type == Sftp::NameReply) {
            const quint32 count = reader.u32();
            path = reader.bytes();
            if (reader.failed() || count < 1)
                return malformed();
        } else if (type == Sftp::ExtendedReply) {
            path = reader.rest();
        }
        pending.path(status, path);
    }
}

void SftpClient::open(const QByteArray &path, quint32 flags, const SftpAttributes &attributes, HandleReply reply)
{
    const quint32 id = nextId();
    request(SftpPacketWriter(Sftp::Open, id).bytes(path).u32(flags).attributes(attributes).take(), id,
            awaiting(Sftp::HandleReply, &Pending::handle, std::move(reply)));
}

void SftpClient::close(const QByteArray &handle, StatusReply reply)
{
    const quint32 id = nextId();
    request(SftpPacketWriter(Sftp::Close, id).bytes(handle).take(), id, awaiting(Sftp::StatusReply, &Pending::status, std::move(reply)));
}

void SftpClient::read(const QByteArray &handle, quint64 offset, quint32 length, DataReply reply)
{
    const quint32 id = nextId();
    request(SftpPacketWriter(Sftp::Read, id).bytes(handle).u64(offset).u32(length).take(), id,
            awaiting(Sftp::DataReply, &Pending::data, std::move(reply)));
}

void SftpClient::write(const QByteArray &handle, quint64 offset, const char *data, qsizetype size, StatusReply reply)
{
    const quint32 id = nextId();
    request(SftpPacketWriter(Sftp::Write, id, 32 + handle.size() + size).bytes(handle).u64(offset).bytes(data, size).take(), id,
            awaiting(Sftp::StatusReply, &Pending::status, std::move(reply)));
}

qsizetype SftpClient::writeFilled(const QByteArray &handle, quint64 offset, qsizetype size, const std::function<qsizetype(char *)> &fill,
                                  StatusReply reply)
{
    SftpPacketWriter packet(Sftp::Write, m_nextId, 32 + handle.size() + size);
    packet.bytes(handle).u64(offset);
    const qsizetype filled = fill(packet.bytesToFill(size));
    if (filled <= 0)
        return filled;
    QByteArray bytes = packet.take();
    if (filled < size) { // the string's length, and the packet's, say what was filled
        bytes.truncate(bytes.size() - (size - filled));
        qToBigEndian(quint32(bytes.size() - 4), bytes.data());
        qToBigEndian(quint32(filled), bytes.data() + bytes.size() - filled - 4);
    }
    const quint32 id = nextId();
    request(bytes, id, awaiting(Sftp::StatusReply, &Pending::status, std::move(reply)));
    return filled;
}

void SftpClient::stat(const QByteArray &path, AttributesReply reply)
{
    const quint32 id = nextId();
    request(SftpPacketWriter(Sftp::Stat, id).bytes(path).take(), id, awaiting(Sftp::AttrsReply, &Pending::attributes, std::move(reply)));
}

void SftpClient::lstat(const QByteArray &path, AttributesReply reply)
{
    const quint32 id = nextId();
    request(SftpPacketWriter(Sftp::Lstat, id).bytes(path).take(), id, awaiting(Sftp::AttrsReply, &Pending::attributes, std::move(reply)));
}

void SftpClient::fstat(const QByteArray &handle, AttributesReply reply)
{
    const quint32 id = nextId();
    request(SftpPacketWriter(Sftp::Fstat, id).bytes(handle).take(), id, awaiting(Sftp::AttrsReply, &Pending::attributes, std::move(reply)));
}

void SftpClient::setstat(const QByteArray &path, const SftpAttributes &attributes, StatusReply reply)
{
    const quint32 id = nextId();
    request(SftpPacketWriter(Sftp::Setstat, id).bytes(path).attributes(attributes).take(), id,
            awaiting(Sftp::StatusReply, &Pending::status, std::move(reply)));
}

void SftpClient::fsetstat(const QByteArray &handle, const SftpAttributes &attributes, StatusReply reply)
{
    const quint32 id = nextId();
    request(SftpPacketWriter(Sftp::Fsetstat, id).bytes(handle).attributes(attributes).take(), id,
            awaiting(Sftp::StatusReply, &Pending::status, std::move(reply)));
}

void SftpClient::opendir(const QByteArray &path, HandleReply reply)
{
    const quint32 id = nextId();
    request(SftpPacketWriter(Sftp::Opendir, id).bytes(path).take(), id, awaiting(Sftp::HandleReply, &Pending::handle, std::move(reply)));
}

void SftpClient::readdir(const QByteArray &handle, NamesReply reply)
{
    const quint32 id = nextId();
    request(SftpPacketWriter(Sftp::Readdir, id).bytes(handle).take(), id, awaiting(Sftp::NameReply, &Pending::names, std::move(reply)));
}

void SftpClient::remove(const QByteArray &path, StatusReply reply)
{
    const quint32 id = nextId();
    request(SftpPacketWriter(Sftp::Remove, id).bytes(path).take(), id, awaiting(Sftp::StatusReply, &Pending::status, std::move(reply)));
}

void SftpClient::mkdir(const QByteArray &path, const SftpAttributes &attributes, StatusReply reply)
{
    const quint32 id = nextId();
    request(SftpPacketWriter(Sftp::Mkdir, id).bytes(path).attributes(attributes).take(), id,
            awaiting(Sftp::StatusReply, &Pending::status, std::move(reply)));
}

void SftpClient::rmdir(const QByteArray &path, StatusReply reply)
{
    const quint32 id = nextId();
    request(SftpPacketWriter(Sftp::Rmdir, id).bytes(path).take(), id, awaiting(Sftp::StatusReply, &Pending::status, std::move(reply)));
}

void SftpClient::realpath(const QByteArray &path, PathReply reply)
{
    const quint32 id = nextId();
    request(SftpPacketWriter(Sftp::Realpath, id).bytes(path).take(), id, awaiting(Sftp::NameReply, &Pending::path, std::move(reply)));
}

void SftpClient::readlink(const QByteArray &path, PathReply reply)
{
    const quint32 id = nextId();
    request(SftpPacketWriter(Sftp::Readlink, id).bytes(path).take(), id, awaiting(Sftp::NameReply, &Pending::path, std::move(reply)));
}

void SftpClient::symlink(const QByteArray &target, const QByteArray &linkPath, StatusReply reply)
{
    // OpenSSH's server takes the two paths the other way round from the draft
    // (target first), and every client follows it.
    const quint32 id = nextId();
    request(SftpPacketWriter(Sftp::Symlink, id).bytes(target).bytes(linkPath).take(), id,
            awaiting(Sftp::StatusReply, &Pending::status, std::move(reply)));
}

void SftpClient::rename(const QByteArray &from, const QByteArray &to, StatusReply reply)
{
    const quint32 id = nextId();
    if (hasExtension(renameExtension)) {
        request(SftpPacketWriter(Sftp::Extended, id).bytes(renameExtension).bytes(from).bytes(to).take(), id,
                awaiting(Sftp::StatusReply, &Pending::status, std::move(reply)));
        return;
    }
    request(SftpPacketWriter(Sftp::Rename, id).bytes(from).bytes(to).take(), id,
            awaiting(Sftp::StatusReply, &Pending::status, std::move(reply)));
}

void SftpClient::fsync(const QByteArray &handle, StatusReply reply)
{
    if (!hasExtension(fsyncExtension)) {
        reply({});
        return;
    }
    const quint32 id = nextId();
    request(SftpPacketWriter(Sftp::Extended, id).bytes(fsyncExtension).bytes(handle).take(), id,
            awaiting(Sftp::StatusReply, &Pending::status, std::move(reply)));
}

} // namespace wb
