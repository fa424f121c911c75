#include "core/directory/LdapSocket.h"

#include "core/directory/LdapConnection.h"

#include <ldap.h>

#include <cerrno>
#include <chrono>
#include <cstring>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace wb {

int connectLdapSocket(const QString &url, int timeoutMs, QString *why)
{
    LDAPURLDesc *description = nullptr;
    if (ldap_url_parse(url.toUtf8().constData(), &description) != LDAP_URL_SUCCESS || !description) {
        *why = LdapConnection::tr("Not a directory address: %1").arg(url);
        return -1;
    }
    const QByteArray host = description->lud_host && *description->lud_host ? QByteArray(description->lud_host)
                                                                             : QByteArray("localhost");
    int port = description->lud_port;
    if (port <= 0)
        port = qstrcmp(description->lud_scheme, "ldaps") == 0 ? 636 : 389;
    ldap_free_urldesc(description);

    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo *addresses = nullptr;
    const QByteArray service = QByteArray::number(port);
    const int lookup = getaddrinfo(host.constData(), service.constData(), &hints, &addresses);
    if (lookup != 0 || !addresses) {
        *why = LdapConnection::tr("%1 is not a name this machine can find (%2).")
                   .arg(QString::fromUtf8(host), QString::fromUtf8(gai_strerror(lookup)));
        return -1;
    }
    int fd = -1;
    QString lastError;
    for (addrinfo *address = addresses; address && fd < 0; address = address->ai_next) {
        const int candidate = ::socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK,
                                       address->ai_protocol);
        if (candidate < 0)
            continue;
        int rc = ::connect(candidate, address->ai_addr, address->ai_addrlen);
        if (rc < 0 && errno == EINPROGRESS) {
            pollfd waiting{candidate, POLLOUT, 0};
            rc = ::poll(&waiting, 1, timeoutMs);
            if (rc == 0) {
                errno = ETIMEDOUT;
                rc = -1;
            } else if (rc > 0) {
                int error = 0;
                socklen_t length = sizeof error;
                ::getsockopt(candidate, SOL_SOCKET, SO_ERROR, &error, &length);
                errno = error;
                rc = error == 0 ? 0 : -1;
            }
        }
        if (rc < 0) {
            lastError = QString::fromLocal8Bit(strerror(errno));
            ::close(candidate);
            continue;
        }
        const int flags = ::fcntl(candidate, F_GETFL);
        ::fcntl(candidate, F_SETFL, flags & ~O_NONBLOCK);
        fd = candidate;
    }
    freeaddrinfo(addresses);
    if (fd < 0)
        *why = LdapConnection::tr("Cannot reach %1 port %2: %3").arg(QString::fromUtf8(host)).arg(port).arg(lastError);
    return fd;
}


HandshakeWatchdog::HandshakeWatchdog(int fd, int timeoutMs)
    : m_thread([this, fd, timeoutMs] {
        std::unique_lock lock(m_mutex);
        if (!m_done.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return m_finished; })) {
            m_fired = true;
            ::shutdown(fd, SHUT_RDWR);
        }
    })
{
}

bool HandshakeWatchdog::disarm()
{
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_done.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    return m_fired;
}

} // namespace wb
