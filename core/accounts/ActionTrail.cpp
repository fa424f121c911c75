#include "core/accounts/ActionTrail.h"

#include "core/tickets/TicketWorkLogger.h"

namespace wb {

bool DatabaseActionTrail::writeBegin(QSqlDatabase db, AuditRecord *record, QString *error)
{
    return AuditLog(db).begin(record, error);
}

bool DatabaseActionTrail::writeFinish(QSqlDatabase db, AuditRecord *record, const WorkLogNote &note, bool *logged, QString *error)
{
    const bool recorded = AuditLog(db).finish(record, error);
    // The work log is written whether or not the audit row was: the action happened.
    if (note.text.isEmpty() || note.hostId == 0)
        *logged = false;
    else if (note.directory)
        *logged = TicketWorkLogger(db).recordForDirectory(note.ticketId, note.hostId, note.accountDn, note.text);
    else
        *logged = TicketWorkLogger(db).record(note.ticketId, {note.hostId}, note.text);
    return recorded;
}

void DatabaseActionTrail::begin(const QObject *, const AuditRecord &record, BeginAnswer answer)
{
    AuditRecord stored = record;
    QString error;
    if (!writeBegin(m_db, &stored, &error) && error.isEmpty())
        error = QStringLiteral("The audit record could not be written.");
    answer(stored, error);
}

void DatabaseActionTrail::finish(const QObject *, const AuditRecord &record, const WorkLogNote &note, FinishAnswer answer)
{
    AuditRecord stored = record;
    QString error;
    bool logged = false;
    const bool recorded = writeFinish(m_db, &stored, note, &logged, &error);
    answer(recorded, logged, error);
}

} // namespace wb
