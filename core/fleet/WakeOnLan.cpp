#include "core/fleet/WakeOnLan.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QThread>
#include <QUdpSocket>

namespace wb {

namespace {

bool parseAddressPort(const QString &text, QString *address, quint16 *port)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() > 2)
        return false;
    // Four dotted numbers: "1.2.3" is an address to inet_aton, not to a person.
    static const QRegularExpression dotted(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    QHostAddress host;
    if (!dotted.match(parts.first()).hasMatch() || !host.setAddress(parts.first()) || host.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    *address = host.toString();
    if (parts.size() == 2) {
        bool ok = false;
        const uint value = parts.at(1).toUInt(&ok);
        if (!ok || value < 1 || value > 65535)
            return false;
        *port = quint16(value);
    }
    return true;
}

} // namespace

bool WakeRoute::parse(const QString &text, WakeRoute *route, QString *error)
{
    WakeRoute parsed;
    const QString trimmed = text.trimmed();
    const QString example = tr("as 192.0.2.255, 192.0.2.255:7 or relay:HOST (with an address after it if need be)");
    if (trimmed.isEmpty()) {
        *route = parsed;
        return true;
    }
    if (trimmed.startsWith(QLatin1String("relay:"))) {
        const QStringList words = trimmed.mid(6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9._-]+$"));
        if (words.isEmpty() || words.size() > 2 || !hostName.match(words.first()).hasMatch()
            || (words.size() == 2 && !parseAddressPort(words.at(1), &parsed.address, &parsed.port))) {
            if (error)
                *error = tr("“%1” is not a way to wake hosts: %2.").arg(trimmed, example);
            return false;
        }
        parsed.relayHost = words.first();
        *route = parsed;
        return true;
    }
    if (!parseAddressPort(trimmed, &parsed.address, &parsed.port)) {
        if (error)
            *error = tr("“%1” is not a way to wake hosts: %2.").arg(trimmed, example);
        return false;
    }
    *route = parsed;
    return true;
}

QString WakeRoute::stored() const
{
    const QString target = port == 9 ? address : QStringLiteral("%1:%2").arg(address).arg(port);
    if (!relayHost.isEmpty())
        return QStringLiteral("relay:") + relayHost + (target == QLatin1String("255.255.255.255") ? QString() : QLatin1Char(' ') + target);
    return target == QLatin1String("255.255.255.255") ? QString() : target;
}

QByteArray WakeOnLan::magicPacket(const QString &mac)
{
    static const QRegularExpression stored(QStringLiteral("^([0-9a-f]{2}:){5}[0-9a-f]{2}$"));
    if (!stored.match(mac).hasMatch())
        return {};
    const QByteArray bytes = QByteArray::fromHex(mac.toLatin1().replace(':', ""));
    return QByteArray(6, char(0xff)) + bytes.repeated(16);
}

QByteArray WakeOnLan::relayScript(const QString &mac, const QString &address, quint16 port)
{
    // Checked here, whoever calls: a MAC from a shared database is data, never shell.
    QString checkedAddress;
    quint16 checkedPort = port;
    if (magicPacket(mac).isEmpty() || !parseAddressPort(address, &checkedAddress, &checkedPort) || port == 0)
        return {};
    // The MAC and address were checked (hex and colons; an IPv4 address): plain words, quoted anyway.
    const QByteArray m = mac.toLatin1();
    const QByteArray a = address.toLatin1();
    const QByteArray p = QByteArray::number(port);
    QByteArray octalPacket; // POSIX printf knows octal escapes, not \x
    for (const char byte : magicPacket(mac))
        octalPacket += "\\" + QByteArray::number(uchar(byte), 8).rightJustified(3, '0');
    return "mac='" + m + "'; addr='" + a + "'; port='" + p + "'\n"
           "if command -v python3 >/dev/null 2>&1; then\n"
           "  python3 - \"$mac\" \"$addr\" \"$port\" <<'PY' && echo '@@sent python3' && exit 0\n"
           "import socket, sys\n"
           "mac = bytes.fromhex(sys.argv[1].replace(':', ''))\n"
           "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
           "s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)\n"
           "s.sendto(b'\\xff' * 6 + mac * 16, (sys.argv[2], int(sys.argv[3])))\n"
           "PY\n"
           "fi\n"
           "if command -v wakeonlan >/dev/null 2>&1; then wakeonlan -i \"$addr\" -p \"$port\" \"$mac\" >/dev/null && echo '@@sent wakeonlan' && exit 0; fi\n"
           "if command -v socat >/dev/null 2>&1; then printf '" + octalPacket + "' | socat - \"UDP-DATAGRAM:$addr:$port,broadcast\" && echo '@@sent socat' && exit 0; fi\n"
           "if command -v etherwake >/dev/null 2>&1; then etherwake \"$mac\" && echo '@@sent etherwake' && exit 0; fi\n"
           "if command -v python3 >/dev/null 2>&1 || command -v wakeonlan >/dev/null 2>&1 || command -v socat >/dev/null 2>&1"
           " || command -v etherwake >/dev/null 2>&1; then echo '@@failed'; exit 4; fi\n"
           "echo '@@no-tool'; exit 3\n";
}

QString WakeOnLan::relayProblem(const QByteArray &output, int exitStatus)
{
    if (output.contains("@@sent "))
        return {};
    if (output.contains("@@no-tool"))
        return tr("the relay has none of python3, wakeonlan, socat or etherwake to send the packet with");
    if (output.contains("@@failed"))
        return tr("the relay's tools could not send the packet (etherwake needs root)");
    return tr("the relay could not send the packet (exit status %1)").arg(exitStatus);
}

namespace {

// On the sender's thread: one socket for all packets.
class WakeWorker : public QObject
{
public:
    QString send(const QByteArray &packet, const QString &address, quint16 port)
    {
        if (!m_socket) {
            m_socket = new QUdpSocket(this);
            if (!m_socket->bind(QHostAddress::AnyIPv4, 0))
                return m_socket->errorString();
        }
        const qint64 written = m_socket->writeDatagram(packet, QHostAddress(address), port);
        return written == packet.size() ? QString() : m_socket->errorString();
    }

private:
    QUdpSocket *m_socket = nullptr;
};

} // namespace

WakeSender::WakeSender(QObject *parent) : QObject(parent), m_thread(new QThread), m_worker(new WakeWorker)
{
    m_thread->setObjectName(QStringLiteral("wake-on-lan"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

WakeSender::~WakeSender()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

int WakeSender::send(const QByteArray &packet, const QString &address, quint16 port)
{
    const int id = m_nextId++;
    auto *worker = static_cast<WakeWorker *>(m_worker);
    QMetaObject::invokeMethod(worker, [this, worker, id, packet, address, port] {
        const QString error = worker->send(packet, address, port);
        QMetaObject::invokeMethod(this, [this, id, error] { Q_EMIT sent(id, error); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return id;
}

} // namespace wb
