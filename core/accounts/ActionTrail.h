#pragma once

#include "core/audit/AuditLog.h"

#include <QSqlDatabase>

#include <functional>

class QObject;

namespace wb {

// The work-log line an account action leaves in a ticket that links its host.
struct WorkLogNote
{
    qint64 ticketId = 0;
    qint64 hostId = 0;        // the inventory host, or with `directory` the directory
    QString text;
    bool directory = false;
    QString accountDn;        // a directory: the account acted on (a ticket may link just it)
};

// Where an account action's audit rows (and its work-log line) are written:
// on one connection right away (werkbank-cli, tests), or on the workspace
// thread (the window). Answers come on the asker's thread; a write asked for
// is done even when the asker is gone by then.
class ActionTrail
{
public:
    virtual ~ActionTrail() = default;

    // The record as stored (action id, time), or why the intent could not be written.
    using BeginAnswer = std::function<void(const AuditRecord &stored, const QString &error)>;
    // Whether the outcome row was written (error says why not) and whether the note went into a work log.
    using FinishAnswer = std::function<void(bool recorded, bool logged, const QString &error)>;

    // The intent row, before anything is sent.
    virtual void begin(const QObject *asker, const AuditRecord &record, BeginAnswer answer) = 0;
    // The outcome row, then the note (TicketWorkLogger::record; none when its text is empty).
    virtual void finish(const QObject *asker, const AuditRecord &record, const WorkLogNote &note, FinishAnswer answer) = 0;
};

// Written on `db` before each call returns.
class DatabaseActionTrail : public ActionTrail
{
public:
    explicit DatabaseActionTrail(QSqlDatabase db) : m_db(std::move(db)) {}
    void begin(const QObject *asker, const AuditRecord &record, BeginAnswer answer) override;
    void finish(const QObject *asker, const AuditRecord &record, const WorkLogNote &note, FinishAnswer answer) override;

    // What both trails do on their connection.
    static bool writeBegin(QSqlDatabase db, AuditRecord *record, QString *error);
    static bool writeFinish(QSqlDatabase db, AuditRecord *record, const WorkLogNote &note, bool *logged, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace wb
