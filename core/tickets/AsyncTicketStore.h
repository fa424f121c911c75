#pragma once

#include "PriorityMatrix.h"
#include "SlaPolicy.h"
#include "TicketStore.h"

#include <QObject>

#include <functional>

namespace wb {

class WorkspaceThread;

// The workspace's ticket rules as one value: what Ticket Settings shows.
struct TicketRules
{
    PriorityMatrix matrix;
    SlaPolicy sla;
    QList<TicketCategory> categories;
};

// Tickets for the window: TicketStore's calls run on the workspace thread
// and answer on the asker's thread (never once the asker is gone).
class AsyncTicketStore : public QObject
{
    Q_OBJECT
public:
    // `thread` must outlive this.
    explicit AsyncTicketStore(WorkspaceThread *thread, QObject *parent = nullptr);

    using RulesAnswer = std::function<void(const TicketRules &rules, const QString &error)>;
    using CategoriesAnswer = std::function<void(const QList<TicketCategory> &categories, const QString &error)>;
    using DoneAnswer = std::function<void(const QString &error)>;

    void rules(const QObject *asker, RulesAnswer answer);
    // The matrix and the SLA in one transaction: both are stored, or neither.
    void saveRules(const QObject *asker, const PriorityMatrix &matrix, const SlaPolicy &sla, DoneAnswer answer);

    void categories(const QObject *asker, CategoriesAnswer answer);
    void addCategory(const QObject *asker, const TicketCategory &category, DoneAnswer answer);
    void renameCategory(const QObject *asker, CategoryId id, const QString &name, DoneAnswer answer);
    void removeCategory(const QObject *asker, CategoryId id, DoneAnswer answer);

private:
    // A write that answers only with its error.
    void writeThen(const QObject *asker, std::function<bool(TicketStore &, QString *)> write, DoneAnswer answer);

    WorkspaceThread *m_thread;
};

} // namespace wb
