#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace wb {

// SFTP version 3 (draft-ietf-secsh-filexfer-02, what OpenSSH speaks), the
// wire format only: packets built and taken apart, no I/O.
namespace Sftp {

enum Type : quint8 {
    Init = 1, Version = 2, Open = 3, Close = 4, Read = 5, Write = 6, Lstat = 7, Fstat = 8, Setstat = 9,
    Fsetstat = 10, Opendir = 11, Readdir = 12, Remove = 13, Mkdir = 14, Rmdir = 15, Realpath = 16, Stat = 17,
    Rename = 18, Readlink = 19, Symlink = 20,
    StatusReply = 101, HandleReply = 102, DataReply = 103, NameReply = 104, AttrsReply = 105,
    Extended = 200, ExtendedReply = 201,
};

enum OpenFlag : quint32 { OpenRead = 0x1, OpenWrite = 0x2, OpenAppend = 0x4, OpenCreate = 0x8, OpenTruncate = 0x10, OpenExclusive = 0x20 };

enum StatusCode : quint32 {
    Ok = 0, Eof = 1, NoSuchFile = 2, PermissionDenied = 3, Failure = 4, BadMessage = 5, NoConnection = 6,
    ConnectionLost = 7, OpUnsupported = 8,
};

// The largest packet accepted from a server: OpenSSH sends at most 256 KiB.
constexpr quint32 maxPacket = 4 * 1024 * 1024;

} // namespace Sftp

struct SftpAttributes
{
    enum Flag : quint32 { Size = 0x1, UidGid = 0x2, Permissions = 0x4, AccessModTime = 0x8, Extended = 0x80000000u };
    quint32 flags = 0;
    quint64 size = 0;
    quint32 uid = 0;
    quint32 gid = 0;
    quint32 permissions = 0;  // st_mode: file type bits and permission bits
    quint32 atime = 0;
    quint32 mtime = 0;

    bool has(Flag flag) const { return (flags & flag) != 0; }
    bool isDirectory() const { return has(Permissions) && (permissions & 0170000) == 0040000; }
    bool isSymlink() const { return has(Permissions) && (permissions & 0170000) == 0120000; }
    bool isRegular() const { return has(Permissions) && (permissions & 0170000) == 0100000; }
    static SftpAttributes withPermissions(quint32 mode);
    static SftpAttributes withTimes(quint32 atime, quint32 mtime);
};

struct SftpStatus
{
    quint32 code = Sftp::Ok;
    QString message;  // the server's words, when it gave any

    bool ok() const { return code == Sftp::Ok; }
    bool isEof() const { return code == Sftp::Eof; }
    // "no such file", or the server's own message
    QString text() const;
    static SftpStatus lost(const QString &why) { return {Sftp::ConnectionLost, why}; }
};

struct SftpEntry
{
    QByteArray name;      // as the server sent it (file names are bytes)
    QString longName;     // ls -l style, for display only
    SftpAttributes attributes;
};

// Builds one request packet: length, type, request id, then the fields.
class SftpPacketWriter
{
public:
    // reserve: the packet's expected size, so a large WRITE is not grown (and copied) step by step.
    SftpPacketWriter(quint8 type, quint32 id, qsizetype reserve = 64);
    explicit SftpPacketWriter(quint8 type); // INIT has no request id
    SftpPacketWriter &u32(quint32 value);
    SftpPacketWriter &u64(quint64 value);
    SftpPacketWriter &bytes(const QByteArray &value);
    SftpPacketWriter &bytes(const char *data, qsizetype size);
    SftpPacketWriter &attributes(const SftpAttributes &value);
    // A string of `size` bytes whose content the caller writes at the pointer
    // returned (a file read straight into the packet).
    char *bytesToFill(qsizetype size);
    // The finished packet (the length filled in).
    QByteArray take();

private:
    QByteArray m_data;
};

// Reads the fields of one packet's body; any read past its end sets failed().
class SftpPacketReader
{
public:
    explicit SftpPacketReader(QByteArrayView body) : m_body(body) {}
    quint8 u8();
    quint32 u32();
    quint64 u64();
    QByteArray bytes();
    // A string's bytes without copying them (valid while the body is).
    QByteArrayView bytesView();
    SftpAttributes attributes();
    // Everything not read yet (an extended reply's own data).
    QByteArray rest();
    bool atEnd() const { return m_pos >= m_body.size(); }
    bool failed() const { return m_failed; }

private:
    bool need(qsizetype count);
    QByteArrayView m_body;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

// Cuts a byte stream into packets (without their length field).
class SftpFramer
{
public:
    void append(const QByteArray &data);
    // The next whole packet's body, or nothing yet; a length past
    // Sftp::maxPacket sets failed() (not SFTP, or a hostile server).
    std::optional<QByteArray> next();
    bool failed() const { return m_failed; }

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

} // namespace wb

Q_DECLARE_METATYPE(wb::SftpEntry)
Q_DECLARE_METATYPE(wb::SftpAttributes)
