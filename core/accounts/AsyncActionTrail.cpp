#include "core/accounts/AsyncActionTrail.h"

#include "core/storage/WorkspaceThread.h"

namespace wb {

namespace {
struct Finished
{
    bool recorded = false;
    bool logged = false;
};
} // namespace

void AsyncActionTrail::begin(const QObject *asker, const AuditRecord &record, BeginAnswer answer)
{
    m_thread->write<AuditRecord>(
        asker,
        [record](QSqlDatabase db, QString *error) {
            AuditRecord stored = record;
            if (!DatabaseActionTrail::writeBegin(db, &stored, error) && error->isEmpty())
                *error = QStringLiteral("The audit record could not be written.");
            return stored;
        },
        std::move(answer));
}

void AsyncActionTrail::finish(const QObject *asker, const AuditRecord &record, const WorkLogNote &note, FinishAnswer answer)
{
    m_thread->write<Finished>(
        asker,
        [record, note](QSqlDatabase db, QString *error) {
            AuditRecord stored = record;
            Finished done;
            done.recorded = DatabaseActionTrail::writeFinish(db, &stored, note, &done.logged, error);
            return done;
        },
        [answer = std::move(answer)](const Finished &done, const QString &error) { answer(done.recorded, done.logged, error); });
}

} // namespace wb
