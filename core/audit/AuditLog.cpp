#include "AuditLog.h"

#include "text/CsvField.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <pwd.h>
#include <unistd.h>

namespace wb {

QString AuditLog::currentOperator()
{
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(getuid());
}

bool AuditLog::append(AuditRecord *record, QString *error)
{
    if (!m_db.isOpen()) {
        if (error)
            *error = tr("No workspace is open.");
        return false;
    }
    if (!record->at.isValid())
        record->at = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, operator, host, account, action, result, error, ticket_id) "
                             "VALUES (:at, :operator, :host, :account, :action, :result, :error, :ticket)"));
    q.bindValue(QStringLiteral(":at"), record->at.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":operator"), record->operatorName.isNull() ? QStringLiteral("") : record->operatorName);
    q.bindValue(QStringLiteral(":host"), record->host.isNull() ? QStringLiteral("") : record->host);
    q.bindValue(QStringLiteral(":account"), record->account.isNull() ? QStringLiteral("") : record->account);
    q.bindValue(QStringLiteral(":action"), record->action.isNull() ? QStringLiteral("") : record->action);
    q.bindValue(QStringLiteral(":result"), record->succeeded ? QStringLiteral("ok") : QStringLiteral("failed"));
    q.bindValue(QStringLiteral(":error"), record->error.isNull() ? QStringLiteral("") : record->error);
    q.bindValue(QStringLiteral(":ticket"), record->ticketId > 0 ? QVariant(record->ticketId) : QVariant());
    if (!q.exec()) {
        if (error)
            *error = tr("The audit log could not be written: %1").arg(q.lastError().text());
        return false;
    }
    record->id = q.lastInsertId().toLongLong();
    return true;
}

QList<AuditRecord> AuditLog::list(const AuditFilter &filter, QString *error) const
{
    QList<AuditRecord> records;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // instr(lower(..)) instead of LIKE: no wildcards to escape in what was typed.
    q.prepare(QStringLiteral("SELECT id, at, operator, host, account, action, result, error, ifnull(ticket_id, 0) "
                             "FROM audit_log WHERE instr(lower(host), lower(:host)) > 0 "
                             "AND instr(lower(account), lower(:account)) > 0 "
                             "AND instr(lower(operator), lower(:operator)) > 0 "
                             "ORDER BY id DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":host"), filter.host.isNull() ? QStringLiteral("") : filter.host);
    q.bindValue(QStringLiteral(":account"), filter.account.isNull() ? QStringLiteral("") : filter.account);
    q.bindValue(QStringLiteral(":operator"), filter.operatorName.isNull() ? QStringLiteral("") : filter.operatorName);
    q.bindValue(QStringLiteral(":limit"), filter.limit);
    if (!q.exec()) {
        if (error)
            *error = tr("The audit log could not be read: %1").arg(q.lastError().text());
        return records;
    }
    while (q.next()) {
        AuditRecord record;
        record.id = q.value(0).toLongLong();
        record.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        record.operatorName = q.value(2).toString();
        record.host = q.value(3).toString();
        record.account = q.value(4).toString();
        record.action = q.value(5).toString();
        record.succeeded = q.value(6).toString() == QLatin1String("ok");
        record.error = q.value(7).toString();
        record.ticketId = q.value(8).toLongLong();
        records << record;
    }
    return records;
}

QByteArray AuditLog::toCsv(const QList<AuditRecord> &records)
{
    QString csv = QStringLiteral("time,operator,host,account,action,result,error,ticket\n");
    for (const AuditRecord &r : records) {
        const QStringList cells = {r.at.toUTC().toString(Qt::ISODateWithMs), r.operatorName, r.host, r.account, r.action,
                                   r.succeeded ? QStringLiteral("ok") : QStringLiteral("failed"), r.error,
                                   r.ticketId > 0 ? QString::number(r.ticketId) : QString()};
        QStringList escaped;
        for (const QString &cell : cells)
            escaped << spreadsheetSafeCsvField(cell);
        csv += escaped.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv.toUtf8();
}

} // namespace wb
