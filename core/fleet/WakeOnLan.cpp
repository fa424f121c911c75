#include "core/fleet/WakeOnLan.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QThread>
#include <QUdpSocket>

#include <memory>

namespace wb {

namespace {

bool parseAddressPort(const QString &text, QString *address, quint16 *port)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() > 2)
        return false;
    // Four dotted numbers: "1.2.3" is an address to inet_aton, not to a person.
    static const QRegularExpression dotted(QStringLiteral("\\A\\d{1,3}(\\.\\d{1,3}){3}\\z"));
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

bool WakeRoute::parseAddress(const QString &text, WakeRoute *route, QString *error)
{
    WakeRoute parsed = *route;
    parsed.address = WakeRoute().address;
    parsed.port = WakeRoute().port;
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty() && !parseAddressPort(trimmed, &parsed.address, &parsed.port)) {
        if (error)
            *error = tr("“%1” is not an address to wake hosts at: give an IPv4 address, as 192.0.2.255, with a port "
                        "after a colon if it is not 9 (192.0.2.255:7).").arg(trimmed);
        return false;
    }
    *route = parsed;
    return true;
}

QString WakeRoute::target() const
{
    return port == 9 ? address : QStringLiteral("%1:%2").arg(address).arg(port);
}

QByteArray WakeOnLan::magicPacket(const QString &mac)
{
    static const QRegularExpression stored(QStringLiteral("\\A([0-9a-f]{2}:){5}[0-9a-f]{2}\\z")); // \z: not even a line break after it
    if (!stored.match(mac).hasMatch())
        return {};
    const QByteArray bytes = QByteArray::fromHex(mac.toLatin1().replace(':', ""));
    return QByteArray(6, char(0xff)) + bytes.repeated(16);
}

QByteArray WakeOnLan::relayScript(const QStringList &macs, const QString &address, quint16 port)
{
    // Checked here, whoever calls: a MAC from a shared database is data, never shell.
    QString checkedAddress;
    quint16 checkedPort = port;
    if (macs.isEmpty() || address.contains(QLatin1Char(':')) || !parseAddressPort(address, &checkedAddress, &checkedPort) || port == 0)
        return {};
    QByteArray words;
    QByteArray socatLines; // POSIX printf knows octal escapes, not \x
    for (const QString &mac : macs) {
        const QByteArray packet = magicPacket(mac);
        if (packet.isEmpty())
            return {};
        words += (words.isEmpty() ? "" : " ") + mac.toLatin1();
        QByteArray octal;
        for (const char byte : packet)
            octal += "\\" + QByteArray::number(uchar(byte), 8).rightJustified(3, '0');
        socatLines += "  printf '" + octal + "' | socat - \"UDP-DATAGRAM:$addr:$port,broadcast\" || exit 1\n";
    }
    // The MACs and the address were checked (hex and colons; an IPv4 address): plain words, quoted anyway.
    return "macs='" + words + "'; addr='" + checkedAddress.toLatin1() + "'; port='" + QByteArray::number(port) + "'\n"
           "if command -v python3 >/dev/null 2>&1; then\n"
           "  python3 - \"$addr\" \"$port\" $macs <<'PY' && echo '@@sent python3' && exit 0\n"
           "import socket, sys\n"
           "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
           "s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)\n"
           "for mac in sys.argv[3:]:\n"
           "    s.sendto(b'\\xff' * 6 + bytes.fromhex(mac.replace(':', '')) * 16, (sys.argv[1], int(sys.argv[2])))\n"
           "PY\n"
           "fi\n"
           "if command -v wakeonlan >/dev/null 2>&1; then wakeonlan -i \"$addr\" -p \"$port\" $macs >/dev/null && echo '@@sent wakeonlan' && exit 0; fi\n"
           "if command -v socat >/dev/null 2>&1 && (\n" + socatLines + "); then echo '@@sent socat'; exit 0; fi\n"
           "if command -v etherwake >/dev/null 2>&1 && (for mac in $macs; do etherwake \"$mac\" || exit 1; done); then\n"
           "  echo '@@sent etherwake'; exit 0\n"
           "fi\n"
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
            auto socket = std::make_unique<QUdpSocket>(this);
            if (!socket->bind(QHostAddress::AnyIPv4, 0))
                return socket->errorString();
            m_socket = socket.release();
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
