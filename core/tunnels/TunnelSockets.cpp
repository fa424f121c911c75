#include "core/tunnels/TunnelSockets.h"

#include "core/text/SystemError.h"

#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace wb {

namespace {

struct AddressList
{
    addrinfo *first = nullptr;
    ~AddressList() { if (first) freeaddrinfo(first); }
};

QString listenErrorText(int error, const QString &where, quint16 port)
{
    switch (error) {
    case EADDRINUSE:
        return TunnelSockets::tr("port %1 on %2 is in use by another program").arg(port).arg(where);
    case EACCES:
        return TunnelSockets::tr("only root may listen on port %1 (ports below 1024 are privileged)").arg(port);
    case EADDRNOTAVAIL:
        return TunnelSockets::tr("%1 is not an address of this computer").arg(where);
    default:
        return TunnelSockets::tr("cannot listen on %1 port %2: %3").arg(where).arg(port).arg(systemErrorText(error));
    }
}

} // namespace

std::vector<int> TunnelSockets::listen(const QString &address, quint16 port, quint16 *bound, QString *error)
{
    const bool everywhere = address == QLatin1String("*");
    const QString where = address.isEmpty() ? QStringLiteral("127.0.0.1") : everywhere ? tr("every address") : address;
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    AddressList addresses;
    const QByteArray node = address.isEmpty() ? QByteArrayLiteral("127.0.0.1") : address.toUtf8();
    const QByteArray service = QByteArray::number(port);
    const int rc = getaddrinfo(everywhere ? nullptr : node.constData(), service.constData(), &hints, &addresses.first);
    if (rc != 0) {
        *error = tr("cannot listen on %1: %2").arg(where, QString::fromLocal8Bit(gai_strerror(rc)));
        return {};
    }
    std::vector<int> sockets;
    int lastError = 0;
    quint16 chosen = port;
    for (addrinfo *at = addresses.first; at; at = at->ai_next) {
        const int fd = ::socket(at->ai_family, at->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, at->ai_protocol);
        if (fd < 0) {
            lastError = errno;
            continue;
        }
        const int on = 1;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        if (at->ai_family == AF_INET6)
            setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on); // its IPv4 twin has a socket of its own
        if (chosen != 0 && port == 0) { // the others on the port the first one got
            if (at->ai_family == AF_INET)
                reinterpret_cast<sockaddr_in *>(at->ai_addr)->sin_port = htons(chosen);
            else if (at->ai_family == AF_INET6)
                reinterpret_cast<sockaddr_in6 *>(at->ai_addr)->sin6_port = htons(chosen);
        }
        if (::bind(fd, at->ai_addr, at->ai_addrlen) != 0 || ::listen(fd, SOMAXCONN) != 0) {
            lastError = errno;
            ::close(fd);
            continue;
        }
        if (chosen == 0) {
            sockaddr_storage local {};
            socklen_t length = sizeof local;
            if (getsockname(fd, reinterpret_cast<sockaddr *>(&local), &length) == 0)
                chosen = ntohs(local.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6 *>(&local)->sin6_port
                                                           : reinterpret_cast<sockaddr_in *>(&local)->sin_port);
        }
        sockets.push_back(fd);
    }
    if (sockets.empty())
        *error = listenErrorText(lastError, where, port);
    *bound = chosen;
    return sockets;
}

std::vector<TunnelSockets::Address> TunnelSockets::resolve(const QString &host, quint16 port, QString *error)
{
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    AddressList addresses;
    const QByteArray node = host.toUtf8();
    const QByteArray service = QByteArray::number(port);
    const int rc = getaddrinfo(node.constData(), service.constData(), &hints, &addresses.first);
    std::vector<Address> found;
    if (rc != 0) {
        *error = tr("could not connect to %1:%2: %3").arg(host).arg(port).arg(QString::fromLocal8Bit(gai_strerror(rc)));
        return found;
    }
    for (const addrinfo *at = addresses.first; at; at = at->ai_next) {
        Address address;
        std::memcpy(&address.storage, at->ai_addr, std::min<size_t>(at->ai_addrlen, sizeof address.storage));
        address.length = at->ai_addrlen;
        found.push_back(address);
    }
    return found;
}

int TunnelSockets::connect(const Address &address, const QString &target, QString *error)
{
    const int fd = ::socket(address.storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = tr("could not connect to %1: %2").arg(target, systemErrorText(errno));
        return -1;
    }
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address.storage), address.length) != 0 && errno != EINPROGRESS) {
        *error = tr("could not connect to %1: %2").arg(target, systemErrorText(errno));
        ::close(fd);
        return -1;
    }
    return fd;
}

int TunnelSockets::accept(int listener)
{
    for (;;) {
        const int fd = ::accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0 || errno != EINTR)
            return fd;
    }
}

} // namespace wb
