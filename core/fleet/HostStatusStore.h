#pragma once

#include "core/fleet/ReachabilitySweep.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>

namespace wb {

// What the last sweep saw of one inventory host, and when it was last up.
struct HostStatus
{
    qint64 hostId = 0;
    ProbeResult::State state = ProbeResult::State::Pending;
    qint64 latencyMs = -1;
    QString error;
    QDateTime checkedAt;  // UTC
    QDateTime lastSeen;   // UTC; invalid: never seen up

    static HostStatus from(qint64 hostId, const ProbeResult &result);
    bool operator==(const HostStatus &) const = default;
};

// The workspace's host_status table: one row a host, replaced by each sweep
// (the last-seen time kept from an earlier sweep when this one found it down).
// Synchronous: for the workspace thread and werkbank-cli.
class HostStatusStore
{
public:
    static bool load(QSqlDatabase db, QList<HostStatus> *statuses, QString *error);
    // In one transaction; rows of hosts deleted meanwhile are skipped.
    static bool record(QSqlDatabase db, const QList<HostStatus> &statuses, QString *error);
};

} // namespace wb

Q_DECLARE_METATYPE(wb::HostStatus)
