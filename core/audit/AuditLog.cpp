#include "core/audit/AuditLog.h"

#include "core/storage/SqlDialect.h"
#include "core/text/CsvField.h"
#include "core/text/LocalUser.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace wb {

namespace {

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString kindWord(AuditTarget::Kind kind)
{
    return kind == AuditTarget::Kind::Directory ? QStringLiteral("directory") : QStringLiteral("linux-host");
}

AuditRecord::Outcome outcomeFrom(const QString &word)
{
    using Outcome = AuditRecord::Outcome;
    if (word == QLatin1String("ok"))
        return Outcome::Ok;
    if (word == QLatin1String("failed"))
        return Outcome::Failed;
    if (word == QLatin1String("unknown"))
        return Outcome::Unknown;
    return Outcome::None;
}

// The audit row's commit is synced to disk (synchronous = FULL) before the
// action goes on; the rest of the workspace keeps NORMAL, as FULL costs every
// commit an fsync (about 5 ms against 0.01 ms here). The level is per
// connection and SQLite refuses to change it inside a transaction: there the
// outer commit decides.
class FullSync
{
public:
    explicit FullSync(const QSqlDatabase &db) : m_db(db)
    {
        if (sqlEngine(m_db) != SqlEngine::Sqlite)
            return; // PostgreSQL's commits are durable already (synchronous_commit)
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA synchronous")) && query.next())
            m_previous = query.value(0).toInt();
        query.finish();
        if (m_previous >= 0 && m_previous < 2)
            m_raised = query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    ~FullSync()
    {
        if (m_raised)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = %1").arg(m_previous));
    }
    FullSync(const FullSync &) = delete;
    FullSync &operator=(const FullSync &) = delete;

private:
    QSqlDatabase m_db;
    int m_previous = -1;
    bool m_raised = false;
};

QString stamp(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString AuditLog::currentOperator()
{
    return localUserName();
}

QString AuditLog::outcomeWord(AuditRecord::Outcome outcome)
{
    switch (outcome) {
    case AuditRecord::Outcome::Ok: return QStringLiteral("ok");
    case AuditRecord::Outcome::Failed: return QStringLiteral("failed");
    case AuditRecord::Outcome::Unknown: return QStringLiteral("unknown");
    case AuditRecord::Outcome::None: break;
    }
    return QStringLiteral("");
}

bool AuditLog::write(const AuditRecord &record, bool intent, const QDateTime &at, QString *error)
{
    if (!m_db.isOpen()) {
        if (error)
            *error = tr("No workspace is open.");
        return false;
    }
    const FullSync durable(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (action_id, phase, at, operator, target_kind, target_id, target_path,"
                             " target_address, login, host, account, action, result, error, ticket_id) "
                             "VALUES (:action_id, :phase, :at, :operator, :kind, :target_id, :path, :address, :login,"
                             " :host, :account, :action, :result, :error, :ticket)"));
    q.bindValue(QStringLiteral(":action_id"), record.actionId);
    q.bindValue(QStringLiteral(":phase"), intent ? QStringLiteral("intent") : QStringLiteral("outcome"));
    q.bindValue(QStringLiteral(":at"), stamp(at));
    q.bindValue(QStringLiteral(":operator"), notNull(record.operatorName));
    q.bindValue(QStringLiteral(":kind"), kindWord(record.target.kind));
    q.bindValue(QStringLiteral(":target_id"), record.target.id > 0 ? QVariant(record.target.id) : QVariant());
    q.bindValue(QStringLiteral(":path"), notNull(record.target.path));
    q.bindValue(QStringLiteral(":address"), notNull(record.target.address));
    q.bindValue(QStringLiteral(":login"), notNull(record.target.login));
    q.bindValue(QStringLiteral(":host"), notNull(record.host));
    q.bindValue(QStringLiteral(":account"), notNull(record.account));
    q.bindValue(QStringLiteral(":action"), notNull(record.action));
    q.bindValue(QStringLiteral(":result"), intent ? QStringLiteral("") : outcomeWord(record.outcome));
    q.bindValue(QStringLiteral(":error"), intent ? QStringLiteral("") : notNull(record.error));
    q.bindValue(QStringLiteral(":ticket"), record.ticketId > 0 ? QVariant(record.ticketId) : QVariant());
    if (!q.exec()) {
        if (error)
            *error = tr("The audit log could not be written: %1").arg(sql::errorText(q.lastError()));
        return false;
    }
    return true;
}

bool AuditLog::begin(AuditRecord *record, QString *error)
{
    if (record->actionId.isEmpty())
        record->actionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!record->at.isValid())
        record->at = QDateTime::currentDateTimeUtc();
    if (!write(*record, true, record->at, error))
        return false;
    QSqlQuery id(m_db);
    id.prepare(QStringLiteral("SELECT id FROM audit_log WHERE action_id = :action AND phase = 'intent'"));
    id.bindValue(QStringLiteral(":action"), record->actionId);
    if (id.exec() && id.next())
        record->id = id.value(0).toLongLong();
    return true;
}

bool AuditLog::finish(AuditRecord *record, QString *error)
{
    Q_ASSERT(!record->actionId.isEmpty() && record->outcome != AuditRecord::Outcome::None);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    if (!write(*record, false, at, error))
        return false;
    record->finishedAt = at;
    return true;
}

bool AuditLog::append(AuditRecord *record, QString *error)
{
    return begin(record, error) && finish(record, error);
}

QList<AuditRecord> AuditLog::list(const AuditFilter &filter, QString *error) const
{
    QList<AuditRecord> records;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // One line an action: its intent, joined to its outcome when there is one.
    // An action from before intents were written has only its outcome row,
    // which then stands for both. A substring test instead of LIKE: no
    // wildcards to escape in what was typed.
    const SqlEngine engine = sqlEngine(m_db);
    q.prepare(QStringLiteral(
                  "SELECT f.id, f.action_id, f.at, f.operator, f.target_kind, coalesce(f.target_id, 0), f.target_path,"
                  " f.target_address, f.login, f.host, f.account, f.action, coalesce(f.ticket_id, 0), o.at, o.result, o.error "
                  "FROM audit_log f LEFT JOIN audit_log o ON o.action_id = f.action_id AND o.phase = 'outcome' "
                  "WHERE (f.phase = 'intent' OR NOT EXISTS (SELECT 1 FROM audit_log i WHERE i.action_id = f.action_id"
                  " AND i.phase = 'intent')) AND %1 AND %2 AND %3 ORDER BY f.id DESC%4")
                  .arg(sql::containsIgnoringCase(engine, QStringLiteral("f.host"), QStringLiteral(":host")),
                       sql::containsIgnoringCase(engine, QStringLiteral("f.account"), QStringLiteral(":account")),
                       sql::containsIgnoringCase(engine, QStringLiteral("f.operator"), QStringLiteral(":operator")),
                       filter.limit > 0 ? QStringLiteral(" LIMIT :limit") : QString()));
    q.bindValue(QStringLiteral(":host"), notNull(filter.host));
    q.bindValue(QStringLiteral(":account"), notNull(filter.account));
    q.bindValue(QStringLiteral(":operator"), notNull(filter.operatorName));
    if (filter.limit > 0)
        q.bindValue(QStringLiteral(":limit"), filter.limit);
    if (!q.exec()) {
        if (error)
            *error = tr("The audit log could not be read: %1").arg(sql::errorText(q.lastError()));
        return records;
    }
    while (q.next()) {
        AuditRecord record;
        record.id = q.value(0).toLongLong();
        record.actionId = q.value(1).toString();
        record.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        record.operatorName = q.value(3).toString();
        record.target.kind = q.value(4).toString() == QLatin1String("directory") ? AuditTarget::Kind::Directory
                                                                                 : AuditTarget::Kind::LinuxHost;
        record.target.id = q.value(5).toLongLong();
        record.target.path = q.value(6).toString();
        record.target.address = q.value(7).toString();
        record.target.login = q.value(8).toString();
        record.host = q.value(9).toString();
        record.account = q.value(10).toString();
        record.action = q.value(11).toString();
        record.ticketId = q.value(12).toLongLong();
        record.finishedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
        record.outcome = outcomeFrom(q.value(14).toString());
        record.error = q.value(15).toString();
        records << record;
    }
    return records;
}

QByteArray AuditLog::toCsv(const QList<AuditRecord> &records)
{
    QString csv = QStringLiteral("time,operator,host,account,action,result,error,ticket,"
                                 "finished,action_id,target_kind,target_id,target_path,target_address,login\n");
    for (const AuditRecord &r : records) {
        const QString result = r.outcome == AuditRecord::Outcome::None ? QStringLiteral("none") : outcomeWord(r.outcome);
        const QStringList cells = {stamp(r.at), r.operatorName, r.host, r.account, r.action, result, r.error,
                                   r.ticketId > 0 ? QString::number(r.ticketId) : QString(),
                                   stamp(r.finishedAt), r.actionId, kindWord(r.target.kind),
                                   r.target.id > 0 ? QString::number(r.target.id) : QString(),
                                   r.target.path, r.target.address, r.target.login};
        QStringList escaped;
        for (const QString &cell : cells)
            escaped << spreadsheetSafeCsvField(cell);
        csv += escaped.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv.toUtf8();
}

} // namespace wb
