#include "core/tunnels/SocksHandshake.h"

#include <QHostAddress>

namespace wb {

namespace {

constexpr int maxSocks4Request = 8 + 256 + 256; // header, user id, host name: a client sending more is not one
constexpr char socks4Granted = 0x5a;
constexpr char socks4Rejected = 0x5b;
constexpr char socks5NoAuthentication = 0x00;
constexpr char socks5NoAcceptableMethod = char(0xff);
enum Socks5Reply : char {
    Succeeded = 0x00,
    GeneralFailure = 0x01,
    NotAllowed = 0x02,
    HostUnreachable = 0x04,
    ConnectionRefused = 0x05,
    CommandNotSupported = 0x07,
    AddressTypeNotSupported = 0x08,
};

quint16 portAt(const QByteArray &data, int offset)
{
    return quint16((quint8(data.at(offset)) << 8) | quint8(data.at(offset + 1)));
}

QByteArray socks5Reply(char code)
{
    // VER REP RSV ATYP=IPv4 BND.ADDR=0.0.0.0 BND.PORT=0: clients do not use the bound address.
    return QByteArray("\x05", 1) + code + QByteArray("\x00\x01\x00\x00\x00\x00\x00\x00", 8);
}

} // namespace

SocksHandshake::Step SocksHandshake::feed(QByteArray *input, QByteArray *reply)
{
    reply->clear();
    if (m_phase == Phase::Done)
        return Step::Refuse;
    if (m_phase == Phase::Socks5Request)
        return feedSocks5(input, reply);
    if (input->isEmpty())
        return Step::More;
    m_version = quint8(input->at(0));
    if (m_version == 4)
        return feedSocks4(input, reply);
    if (m_version == 5)
        return feedSocks5(input, reply);
    return refuse(tr("not a SOCKS 4 or 5 client"), reply, {});
}

SocksHandshake::Step SocksHandshake::refuse(const QString &error, QByteArray *reply, const QByteArray &answer)
{
    m_phase = Phase::Done;
    m_error = error;
    *reply = answer;
    return Step::Refuse;
}

bool SocksHandshake::acceptName(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        if (quint8(c) < 0x20 || c == 0x7f)
            return false;
    }
    m_host = QString::fromUtf8(name);
    return true;
}

// VN=4 CD=1 DSTPORT DSTIP USERID NUL [HOSTNAME NUL when DSTIP is 0.0.0.x, x != 0 (4a)]
SocksHandshake::Step SocksHandshake::feedSocks4(QByteArray *input, QByteArray *reply)
{
    const QByteArray rejected = QByteArray("\x00", 1) + socks4Rejected + QByteArray(6, '\0');
    if (input->size() < 9) {
        if (input->size() >= 2 && input->at(1) != 1)
            return refuse(tr("the SOCKS client asked for something other than a connection"), reply, rejected);
        return Step::More;
    }
    if (input->at(1) != 1)
        return refuse(tr("the SOCKS client asked for something other than a connection"), reply, rejected);
    const int userEnd = input->indexOf('\0', 8);
    if (userEnd < 0)
        return input->size() > maxSocks4Request ? refuse(tr("the SOCKS request is too long"), reply, rejected) : Step::More;
    m_port = portAt(*input, 2);
    const bool named = input->at(4) == 0 && input->at(5) == 0 && input->at(6) == 0 && input->at(7) != 0;
    int end = userEnd;
    if (named) {
        end = input->indexOf('\0', userEnd + 1);
        if (end < 0)
            return input->size() > maxSocks4Request ? refuse(tr("the SOCKS request is too long"), reply, rejected) : Step::More;
        if (!acceptName(input->mid(userEnd + 1, end - userEnd - 1)))
            return refuse(tr("the SOCKS client named no valid host"), reply, rejected);
    } else {
        m_host = QHostAddress(quint32((quint8(input->at(4)) << 24) | (quint8(input->at(5)) << 16) | (quint8(input->at(6)) << 8)
                                      | quint8(input->at(7))))
                     .toString();
    }
    input->remove(0, end + 1);
    m_phase = Phase::Done;
    return Step::Connect;
}

SocksHandshake::Step SocksHandshake::feedSocks5(QByteArray *input, QByteArray *reply)
{
    if (m_phase == Phase::Start) {
        // VER NMETHODS METHODS...
        if (input->size() < 2 || input->size() < 2 + quint8(input->at(1)))
            return Step::More;
        const QByteArray methods = input->mid(2, quint8(input->at(1)));
        input->remove(0, 2 + methods.size());
        if (!methods.contains(socks5NoAuthentication))
            return refuse(tr("the SOCKS client wants to authenticate, which this proxy does not ask for"), reply,
                          QByteArray("\x05", 1) + socks5NoAcceptableMethod);
        m_phase = Phase::Socks5Request;
        *reply = QByteArray("\x05", 1) + socks5NoAuthentication;
        if (input->isEmpty())
            return Step::More;
        QByteArray more;
        const Step step = feedSocks5(input, &more);
        reply->append(more);
        return step;
    }
    // VER CMD RSV ATYP DST.ADDR DST.PORT
    if (input->size() < 5)
        return Step::More;
    if (input->at(0) != 5)
        return refuse(tr("not a SOCKS 5 request"), reply, socks5Reply(GeneralFailure));
    if (input->at(1) != 1)
        return refuse(tr("the SOCKS client asked for something other than a connection"), reply, socks5Reply(CommandNotSupported));
    int length = 0;
    switch (input->at(3)) {
    case 1:
        length = 4 + 4 + 2;
        break;
    case 3:
        length = 4 + 1 + quint8(input->at(4)) + 2;
        break;
    case 4:
        length = 4 + 16 + 2;
        break;
    default:
        return refuse(tr("the SOCKS client used an unknown address type"), reply, socks5Reply(AddressTypeNotSupported));
    }
    if (input->size() < length)
        return Step::More;
    if (input->at(3) == 1) {
        m_host = QHostAddress(quint32((quint8(input->at(4)) << 24) | (quint8(input->at(5)) << 16) | (quint8(input->at(6)) << 8)
                                      | quint8(input->at(7))))
                     .toString();
    } else if (input->at(3) == 4) {
        Q_IPV6ADDR address;
        for (int i = 0; i < 16; ++i)
            address[i] = quint8(input->at(4 + i));
        m_host = QHostAddress(address).toString();
    } else if (!acceptName(input->mid(5, quint8(input->at(4))))) {
        return refuse(tr("the SOCKS client named no valid host"), reply, socks5Reply(AddressTypeNotSupported));
    }
    m_port = portAt(*input, length - 2);
    input->remove(0, length);
    m_phase = Phase::Done;
    return Step::Connect;
}

QByteArray SocksHandshake::connectedReply() const
{
    if (m_version == 4)
        return QByteArray("\x00", 1) + socks4Granted + QByteArray(6, '\0');
    return socks5Reply(Succeeded);
}

QByteArray SocksHandshake::failedReply(int sshReason) const
{
    if (m_version == 4)
        return QByteArray("\x00", 1) + socks4Rejected + QByteArray(6, '\0');
    switch (sshReason) {
    case 1:
        return socks5Reply(NotAllowed);
    case 2:
        return socks5Reply(ConnectionRefused);
    default:
        return socks5Reply(GeneralFailure);
    }
}

} // namespace wb
