#include "core/fleet/HostStatusStore.h"

#include "core/storage/GuiThreadCheck.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/WriteScope.h"

#include <QSqlError>
#include <QSqlQuery>

namespace wb {

namespace {

QString stateId(ProbeResult::State state)
{
    switch (state) {
    case ProbeResult::State::Up: return QStringLiteral("up");
    case ProbeResult::State::Down: return QStringLiteral("down");
    case ProbeResult::State::Unknown:
    case ProbeResult::State::Pending: break;
    }
    return QStringLiteral("unknown");
}

ProbeResult::State stateFrom(const QString &id)
{
    if (id == QLatin1String("up"))
        return ProbeResult::State::Up;
    if (id == QLatin1String("down"))
        return ProbeResult::State::Down;
    return ProbeResult::State::Unknown;
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

HostStatus HostStatus::from(qint64 hostId, const ProbeResult &result)
{
    HostStatus status;
    status.hostId = hostId;
    status.state = result.state;
    status.latencyMs = result.latencyMs;
    status.error = result.error;
    status.checkedAt = result.checkedAt;
    if (result.state == ProbeResult::State::Up)
        status.lastSeen = result.checkedAt;
    return status;
}

bool HostStatusStore::load(QSqlDatabase db, QList<HostStatus> *statuses, QString *error)
{
    checkNotOnGuiThread("HostStatusStore", std::source_location::current());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT host_id, state, latency_ms, error, checked_at, last_seen_at FROM host_status")))
        return sql::fail(error, sql::errorText(q.lastError()));
    statuses->clear();
    while (q.next()) {
        HostStatus status;
        status.hostId = q.value(0).toLongLong();
        status.state = stateFrom(q.value(1).toString());
        status.latencyMs = q.value(2).isNull() ? -1 : q.value(2).toLongLong();
        status.error = q.value(3).toString();
        status.checkedAt = timeFrom(q.value(4));
        status.lastSeen = timeFrom(q.value(5));
        statuses->append(status);
    }
    return true;
}

bool HostStatusStore::record(QSqlDatabase db, const QList<HostStatus> &statuses, QString *error)
{
    checkNotOnGuiThread("HostStatusStore", std::source_location::current());
    WriteScope scope(db, false, error);
    if (!scope.ok())
        return false;
    QSqlQuery q(db);
    // A host deleted since the sweep began has no row to refer to: skipped, not an error.
    if (!q.prepare(QStringLiteral(
            "INSERT INTO host_status (host_id, state, latency_ms, error, checked_at, last_seen_at)"
            " SELECT id, :state, :latency_ms, :error, :checked_at, :last_seen_at FROM hosts WHERE id = :host_id"
            " ON CONFLICT (host_id) DO UPDATE SET state = excluded.state, latency_ms = excluded.latency_ms,"
            " error = excluded.error, checked_at = excluded.checked_at,"
            " last_seen_at = coalesce(excluded.last_seen_at, host_status.last_seen_at)")))
        return sql::fail(error, sql::errorText(q.lastError()));
    for (const HostStatus &status : statuses) {
        q.bindValue(QStringLiteral(":host_id"), status.hostId);
        q.bindValue(QStringLiteral(":state"), stateId(status.state));
        q.bindValue(QStringLiteral(":latency_ms"), status.latencyMs >= 0 ? QVariant(status.latencyMs) : QVariant(QMetaType(QMetaType::LongLong)));
        // An empty QString binds as NULL; the column wants text.
        q.bindValue(QStringLiteral(":error"), status.error.isEmpty() ? QStringLiteral("") : status.error);
        q.bindValue(QStringLiteral(":checked_at"), timeValue(status.checkedAt));
        q.bindValue(QStringLiteral(":last_seen_at"), timeValue(status.lastSeen));
        if (!q.exec())
            return sql::fail(error, sql::errorText(q.lastError()));
    }
    return scope.commit();
}

} // namespace wb
