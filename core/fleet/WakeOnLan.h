#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

class QThread;
class QUdpSocket;

namespace wb {

// How a group's hosts are woken (a group setting): the magic packet sent from
// this machine to an address (the subnet's directed broadcast, or
// 255.255.255.255) and port, or handed to a relay host in their subnet over
// SSH, which sends it with a tool it has. Written "ADDRESS[:PORT]" or
// "relay:HOST [ADDRESS[:PORT]]"; empty: 255.255.255.255 port 9 from here.
struct WakeRoute
{
    Q_DECLARE_TR_FUNCTIONS(wb::WakeRoute)
public:
    QString address = QStringLiteral("255.255.255.255");
    quint16 port = 9;
    QString relayHost; // a host of the inventory, by name; empty: from this machine

    static bool parse(const QString &text, WakeRoute *route, QString *error = nullptr);
    QString stored() const;
};

// Wake-on-LAN's magic packet and the relay's way of sending it.
class WakeOnLan
{
    Q_DECLARE_TR_FUNCTIONS(wb::WakeOnLan)
public:
    // Six 0xFF bytes, then the MAC's six bytes sixteen times (102 bytes);
    // empty when `mac` is not "aa:bb:cc:dd:ee:ff".
    static QByteArray magicPacket(const QString &mac);
    // A POSIX sh script for the relay (sent on stdin, never on a command line):
    // sends the packet with python3, wakeonlan, socat or etherwake, the first
    // it has, and says which ("@@sent TOOL"), or "@@no-tool" (exit 3), or that
    // those it has failed ("@@failed", exit 4). Empty for a MAC or an address
    // that is not one.
    static QByteArray relayScript(const QString &mac, const QString &address, quint16 port);
    // What the relay's output says: empty when it sent the packet, else why not.
    static QString relayProblem(const QByteArray &output, int exitStatus);
};

// Sends magic packets from this machine, from a thread of its own (its UDP
// socket never blocks the GUI thread). sent() comes back on the caller's thread.
class WakeSender : public QObject
{
    Q_OBJECT
public:
    explicit WakeSender(QObject *parent = nullptr);
    ~WakeSender() override;
    // An id for sent().
    int send(const QByteArray &packet, const QString &address, quint16 port);

Q_SIGNALS:
    // error empty: the datagram went out (whether anything woke is for the reachability check to see).
    void sent(int id, const QString &error);

private:
    QThread *m_thread;
    QObject *m_worker; // lives on m_thread
    int m_nextId = 1;
};

} // namespace wb
