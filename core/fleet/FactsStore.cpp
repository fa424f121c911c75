#include "core/fleet/FactsStore.h"

#include "core/fleet/GroupInherited.h"
#include "core/inventory/Inventory.h"
#include "core/storage/GuiThreadCheck.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/storage/WriteScope.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace wb {

namespace {

const QString keepAllKey = QStringLiteral("facts.keep_all_days");
const QString keepDailyKey = QStringLiteral("facts.keep_daily_days");

bool failed(const QSqlQuery &q, QString *error)
{
    return sql::fail(error, sql::errorText(q.lastError()));
}

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

HostFacts factsFrom(const QVariant &json)
{
    return HostFacts::fromJson(QJsonDocument::fromJson(json.toString().toUtf8()).object());
}

} // namespace

FactsRetention FactsRetention::load(const QSqlDatabase &db)
{
    FactsRetention retention;
    const WorkspaceSettings settings(db);
    retention.keepAllDays = std::clamp(settings.value(keepAllKey, QStringLiteral("7")).toInt(), 1, 3650);
    retention.keepDailyDays = std::clamp(settings.value(keepDailyKey, QStringLiteral("90")).toInt(), retention.keepAllDays, 3650);
    return retention;
}

bool FactsRetention::save(const QSqlDatabase &db, QString *error) const
{
    WorkspaceSettings settings(db);
    return settings.setValue(keepAllKey, QString::number(keepAllDays), error)
           && settings.setValue(keepDailyKey, QString::number(keepDailyDays), error);
}

bool FactsStore::record(QSqlDatabase db, HostId host, const HostFacts &facts, QString *error)
{
    checkNotOnGuiThread("FactsStore", std::source_location::current());
    QSqlQuery q(db);
    // A host deleted while its facts were gathered has nowhere to keep them: skipped.
    q.prepare(QStringLiteral("INSERT INTO host_facts (host_id, taken_at, facts) SELECT id, :taken_at, :facts FROM hosts WHERE id = :host_id"));
    q.bindValue(QStringLiteral(":host_id"), host);
    q.bindValue(QStringLiteral(":taken_at"), stamp(facts.taken));
    q.bindValue(QStringLiteral(":facts"), QString::fromUtf8(QJsonDocument(facts.toJson()).toJson(QJsonDocument::Compact)));
    return q.exec() || failed(q, error);
}

bool FactsStore::latest(QSqlDatabase db, QHash<HostId, HostFacts> *facts, QString *error)
{
    checkNotOnGuiThread("FactsStore", std::source_location::current());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT f.host_id, f.facts FROM host_facts f"
                               " JOIN (SELECT host_id, max(taken_at) AS newest FROM host_facts GROUP BY host_id) n"
                               " ON n.host_id = f.host_id AND n.newest = f.taken_at")))
        return failed(q, error);
    facts->clear();
    while (q.next())
        facts->insert(q.value(0).toLongLong(), factsFrom(q.value(1)));
    return true;
}

bool FactsStore::history(QSqlDatabase db, HostId host, const QDateTime &since, QList<HostFacts> *facts, QString *error)
{
    checkNotOnGuiThread("FactsStore", std::source_location::current());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT facts FROM host_facts WHERE host_id = :host_id AND taken_at >= :since ORDER BY taken_at"));
    q.bindValue(QStringLiteral(":host_id"), host);
    q.bindValue(QStringLiteral(":since"), stamp(since));
    if (!q.exec())
        return failed(q, error);
    facts->clear();
    while (q.next())
        facts->append(factsFrom(q.value(0)));
    return true;
}

bool FactsStore::histories(QSqlDatabase db, const QDateTime &since, QHash<HostId, QList<HostFacts>> *facts, QString *error)
{
    checkNotOnGuiThread("FactsStore", std::source_location::current());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT host_id, facts FROM host_facts WHERE taken_at >= :since ORDER BY host_id, taken_at"));
    q.bindValue(QStringLiteral(":since"), stamp(since));
    if (!q.exec())
        return failed(q, error);
    facts->clear();
    while (q.next())
        (*facts)[q.value(0).toLongLong()].append(factsFrom(q.value(1)));
    return true;
}

bool FactsStore::prune(QSqlDatabase db, const QDateTime &now, const FactsRetention &retention, int *removed, QString *error)
{
    checkNotOnGuiThread("FactsStore", std::source_location::current());
    *removed = 0;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, host_id, taken_at FROM host_facts WHERE taken_at < :cutoff ORDER BY host_id, taken_at DESC"));
    q.bindValue(QStringLiteral(":cutoff"), stamp(now.addDays(-retention.keepAllDays)));
    if (!q.exec())
        return failed(q, error);
    // Newest first: the first snapshot of each (host, day) or (host, week) stays.
    QSet<QString> kept;
    QList<qint64> doomed;
    const QDateTime dailyUntil = now.addDays(-retention.keepDailyDays);
    while (q.next()) {
        const QDateTime taken = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs).toUTC();
        int week = 0;
        int weekYear = 0;
        week = taken.date().weekNumber(&weekYear);
        const QString bucket = taken >= dailyUntil ? QStringLiteral("%1 d %2").arg(q.value(1).toLongLong()).arg(taken.date().toJulianDay())
                                                   : QStringLiteral("%1 w %2-%3").arg(q.value(1).toLongLong()).arg(weekYear).arg(week);
        if (kept.contains(bucket))
            doomed.append(q.value(0).toLongLong());
        else
            kept.insert(bucket);
    }
    if (doomed.isEmpty())
        return true;
    WriteScope scope(db, false, error);
    if (!scope.ok())
        return false;
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM host_facts WHERE id = :id"));
    for (qint64 id : std::as_const(doomed)) {
        del.bindValue(QStringLiteral(":id"), id);
        if (!del.exec())
            return failed(del, error);
    }
    if (!scope.commit())
        return false;
    *removed = int(doomed.size());
    return true;
}

bool FactsStore::setBackupCheck(QSqlDatabase db, GroupId group, const BackupCheck &check, QString *error)
{
    checkNotOnGuiThread("FactsStore", std::source_location::current());
    // The row holds the group's other settings too (its wake route): cleared, not deleted.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO group_settings (group_id, backup_check) VALUES (:group_id, :check)"
                             " ON CONFLICT (group_id) DO UPDATE SET backup_check = excluded.backup_check"));
    q.bindValue(QStringLiteral(":check"), check.kind == BackupCheck::Kind::None ? QStringLiteral("") : check.stored());
    q.bindValue(QStringLiteral(":group_id"), group);
    return q.exec() || failed(q, error);
}

bool FactsStore::backupChecks(QSqlDatabase db, QHash<GroupId, BackupCheck> *checks, QString *error)
{
    checkNotOnGuiThread("FactsStore", std::source_location::current());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT group_id, backup_check FROM group_settings")))
        return failed(q, error);
    checks->clear();
    while (q.next()) {
        BackupCheck check;
        if (BackupCheck::parse(q.value(1).toString(), &check) && check.kind != BackupCheck::Kind::None)
            checks->insert(q.value(0).toLongLong(), check);
    }
    return true;
}

BackupCheck FactsStore::backupCheckFor(const QHash<GroupId, BackupCheck> &checks, const QHash<GroupId, GroupId> &parents, GroupId group)
{
    return inheritedFromGroups(checks, [&parents](GroupId g) { return parents.value(g); }, group, parents.size()).value_or(BackupCheck());
}

BackupCheck FactsStore::backupCheckFor(const QHash<GroupId, BackupCheck> &checks, const Inventory &inventory, GroupId group)
{
    return inheritedFromGroups(checks, inventory, group).value_or(BackupCheck());
}

} // namespace wb
