#pragma once

#include "core/inventory/InventoryTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

class QThread;

namespace wb {

// How a group's hosts are woken (a group setting): the magic packet sent from
// this machine to an address (the subnet's directed broadcast, or
// 255.255.255.255) and port, or handed to a relay host in their subnet over
// SSH, which sends it there with a tool it has. The address is written
// "ADDRESS[:PORT]"; empty: 255.255.255.255, port 9.
struct WakeRoute
{
    Q_DECLARE_TR_FUNCTIONS(wb::WakeRoute)
public:
    QString address = QStringLiteral("255.255.255.255");
    quint16 port = 9;
    HostId relay = 0; // a host of the inventory; 0: sent from this machine

    // The address and port from "ADDRESS[:PORT]" ("" keeps the default).
    static bool parseAddress(const QString &text, WakeRoute *route, QString *error = nullptr);
    // "ADDRESS[:PORT]", the port left out when it is 9.
    QString target() const;
    bool operator==(const WakeRoute &) const = default;
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
    // sends a packet for each of `macs` with python3, wakeonlan, socat or
    // etherwake, the first it has, and says which ("@@sent TOOL"), or
    // "@@no-tool" (exit 3), or that those it has failed ("@@failed", exit 4).
    // Empty when a MAC or the address (without a port) is not one.
    static QByteArray relayScript(const QStringList &macs, const QString &address, quint16 port);
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
