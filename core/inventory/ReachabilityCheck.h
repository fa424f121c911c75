#pragma once

#include "core/inventory/InventoryTypes.h"

#include <QCoreApplication>
#include <QString>

namespace wb {

// How the live fleet tells that a host is up: its SSH server's banner, a TCP
// port that connects (RDP on a workstation, HTTPS on a switch), or not at all.
// A host stores it as written: "" (as its kind says), "ssh", "none" or a
// port number; hosts of a kind without SSH are checked on that kind's port.
struct ReachabilityCheck
{
    Q_DECLARE_TR_FUNCTIONS(wb::ReachabilityCheck)
public:
    enum class Method { Ssh, Tcp, None };

    Method method = Method::Ssh;
    quint16 port = 0; // Tcp: the port; Ssh: 0, the host's SSH port

    // False (with a reason) for text that is none of "", "ssh", "none" or a port 1–65535.
    static bool parse(const QString &text, ReachabilityCheck *check, QString *error = nullptr);
    // Servers and "other" have SSH; workstations answer RDP (3389), routers,
    // switches and firewalls their web interface (HTTPS, 443).
    static ReachabilityCheck forKind(HostKind kind);
    // What the host says, else its kind; an SSH check's port is the host's SSH port.
    static ReachabilityCheck forHost(const Host &host);

    // The stored form ("ssh", "none", "3389"); forKind's result is not "".
    QString text() const;
    // "SSH banner on port 22", "TCP port 3389", "not checked".
    QString displayText() const;

    bool operator==(const ReachabilityCheck &) const = default;
};

} // namespace wb
