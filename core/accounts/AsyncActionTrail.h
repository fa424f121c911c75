#pragma once

#include "core/accounts/ActionTrail.h"

namespace wb {

class WorkspaceThread;

// The window's trail: every row is written on the workspace thread (the
// intent before the action is sent, since the job waits for the answer), and
// quitting waits for rows not yet written.
class AsyncActionTrail : public ActionTrail
{
public:
    // `thread` must outlive this.
    explicit AsyncActionTrail(WorkspaceThread *thread) : m_thread(thread) {}
    void begin(const QObject *asker, const AuditRecord &record, BeginAnswer answer) override;
    void finish(const QObject *asker, const AuditRecord &record, const WorkLogNote &note, FinishAnswer answer) override;

private:
    WorkspaceThread *m_thread;
};

} // namespace wb
