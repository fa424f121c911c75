#include "core/files/SftpWire.h"

#include <QtEndian>

namespace wb {

SftpAttributes SftpAttributes::withPermissions(quint32 mode)
{
    SftpAttributes attributes;
    attributes.flags = Permissions;
    attributes.permissions = mode & 07777;
    return attributes;
}

SftpAttributes SftpAttributes::withTimes(quint32 atime, quint32 mtime)
{
    SftpAttributes attributes;
    attributes.flags = AccessModTime;
    attributes.atime = atime;
    attributes.mtime = mtime;
    return attributes;
}

QString SftpStatus::text() const
{
    if (!message.isEmpty() && code != Sftp::Ok)
        return message;
    switch (code) {
    case Sftp::Ok: return QCoreApplication::translate("wb::SftpStatus", "done");
    case Sftp::Eof: return QCoreApplication::translate("wb::SftpStatus", "end of file");
    case Sftp::NoSuchFile: return QCoreApplication::translate("wb::SftpStatus", "no such file or folder");
    case Sftp::PermissionDenied: return QCoreApplication::translate("wb::SftpStatus", "permission denied");
    case Sftp::Failure: return QCoreApplication::translate("wb::SftpStatus", "the server could not do it");
    case Sftp::BadMessage: return QCoreApplication::translate("wb::SftpStatus", "the server did not understand the request");
    case Sftp::NoConnection:
    case Sftp::ConnectionLost: return QCoreApplication::translate("wb::SftpStatus", "the connection was lost");
    case Sftp::OpUnsupported: return QCoreApplication::translate("wb::SftpStatus", "the server does not support this");
    default: break;
    }
    return QCoreApplication::translate("wb::SftpStatus", "error %1 from the server").arg(code);
}

SftpPacketWriter::SftpPacketWriter(quint8 type)
{
    m_data.reserve(64);
    m_data.append(4, '\0');
    m_data.append(char(type));
}

SftpPacketWriter::SftpPacketWriter(quint8 type, quint32 id, qsizetype reserve) : SftpPacketWriter(type)
{
    m_data.reserve(reserve);
    u32(id);
}

char *SftpPacketWriter::bytesToFill(qsizetype size)
{
    u32(quint32(size));
    const qsizetype at = m_data.size();
    m_data.resize(at + size);
    return m_data.data() + at;
}

SftpPacketWriter &SftpPacketWriter::u32(quint32 value)
{
    char raw[4];
    qToBigEndian(value, raw);
    m_data.append(raw, 4);
    return *this;
}

SftpPacketWriter &SftpPacketWriter::u64(quint64 value)
{
    char raw[8];
    qToBigEndian(value, raw);
    m_data.append(raw, 8);
    return *this;
}

SftpPacketWriter &SftpPacketWriter::bytes(const char *data, qsizetype size)
{
    u32(quint32(size));
    m_data.append(data, size);
    return *this;
}

SftpPacketWriter &SftpPacketWriter::bytes(const QByteArray &value)
{
    return bytes(value.constData(), value.size());
}

SftpPacketWriter &SftpPacketWriter::attributes(const SftpAttributes &value)
{
    const quint32 flags = value.flags & ~SftpAttributes::Extended; // we send no extended attributes
    u32(flags);
    if (flags & SftpAttributes::Size)
        u64(value.size);
    if (flags & SftpAttributes::UidGid)
        u32(value.uid).u32(value.gid);
    if (flags & SftpAttributes::Permissions)
        u32(value.permissions);
    if (flags & SftpAttributes::AccessModTime)
        u32(value.atime).u32(value.mtime);
    return *this;
}

QByteArray SftpPacketWriter::take()
{
    qToBigEndian(quint32(m_data.size() - 4), m_data.data());
    return std::move(m_data);
}

bool SftpPacketReader::need(qsizetype count)
{
    if (m_failed || count < 0 || m_body.size() - m_pos < count) {
        m_failed = true;
        return false;
    }
    return true;
}

quint8 SftpPacketReader::u8()
{
    if (!need(1))
        return 0;
    return quint8(m_body[m_pos++]);
}

quint32 SftpPacketReader::u32()
{
    if (!need(4))
        return 0;
    const quint32 value = qFromBigEndian<quint32>(m_body.data() + m_pos);
    m_pos += 4;
    return value;
}

quint64 SftpPacketReader::u64()
{
    if (!need(8))
        return 0;
    const quint64 value = qFromBigEndian<quint64>(m_body.data() + m_pos);
    m_pos += 8;
    return value;
}

QByteArray SftpPacketReader::bytes()
{
    const quint32 size = u32();
    if (!need(qsizetype(size)))
        return {};
    QByteArray value(m_body.data() + m_pos, qsizetype(size));
    m_pos += size;
    return value;
}

QByteArray SftpPacketReader::rest()
{
    if (m_failed)
        return {};
    QByteArray value(m_body.data() + m_pos, m_body.size() - m_pos);
    m_pos = m_body.size();
    return value;
}

QByteArrayView SftpPacketReader::bytesView()
{
    const quint32 size = u32();
    if (!need(qsizetype(size)))
        return {};
    const QByteArrayView value(m_body.data() + m_pos, qsizetype(size));
    m_pos += size;
    return value;
}

SftpAttributes SftpPacketReader::attributes()
{
    SftpAttributes value;
    value.flags = u32();
    if (value.has(SftpAttributes::Size))
        value.size = u64();
    if (value.has(SftpAttributes::UidGid)) {
        value.uid = u32();
        value.gid = u32();
    }
    if (value.has(SftpAttributes::Permissions))
        value.permissions = u32();
    if (value.has(SftpAttributes::AccessModTime)) {
        value.atime = u32();
        value.mtime = u32();
    }
    if (value.has(SftpAttributes::Extended)) {
        const quint32 count = u32();
        for (quint32 i = 0; i < count && !m_failed; ++i) {
            bytes(); // type
            bytes(); // data: we keep none
        }
    }
    return value;
}

void SftpFramer::append(const QByteArray &data)
{
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos); // compact now and then, not after every packet
        m_pos = 0;
    }
    m_buffer.append(data);
}

std::optional<QByteArray> SftpFramer::next()
{
    if (m_failed || m_buffer.size() - m_pos < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + m_pos);
    if (length == 0 || length > Sftp::maxPacket) {
        m_failed = true;
        return std::nullopt;
    }
    if (m_buffer.size() - m_pos - 4 < qsizetype(length))
        return std::nullopt;
    QByteArray body(m_buffer.constData() + m_pos + 4, qsizetype(length));
    m_pos += 4 + qsizetype(length);
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    }
    return body;
}

} // namespace wb
