#pragma once

#include "core/tickets/TicketStore.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace wb {

class WorkspaceThread;

// Pages of tickets read on the workspace thread, so a pane over a million
// tickets never waits on the disk. Requests are answered in order; each
// answer carries the serial its request returned.
class TicketPager : public QObject
{
    Q_OBJECT
public:
    // Reads through `thread`, which must outlive the pager.
    explicit TicketPager(WorkspaceThread *thread, QObject *parent = nullptr);
    // Reads through a workspace thread of its own (tools and tests).
    explicit TicketPager(const QString &workspacePath, QObject *parent = nullptr);
    ~TicketPager() override;

    // For tests: the clock the store uses for requests from now on (views like Overdue depend on it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    int requestPage(const TicketQuery &query);
    // Skipped (answered with the error "superseded") when another count was
    // asked for before this one's turn came.
    int requestCount(const TicketQuery &query);
    // Open tickets per linked host (TicketStore::openTicketsPerHost), answered by openTicketsReady.
    int requestOpenTicketsPerHost();

Q_SIGNALS:
    void pageReady(int serial, const QList<wb::Ticket> &tickets, const QString &error);
    void countReady(int serial, int count, const QString &error);
    void openTicketsReady(int serial, const QHash<qint64, int> &perHost);

private:
    // The store a request uses on the workspace thread.
    std::function<TicketStore(QSqlDatabase)> storeMaker() const;

    std::unique_ptr<WorkspaceThread> m_ownThread;
    WorkspaceThread *m_thread;
    std::function<QDateTime()> m_clock;
    int m_serial = 0;
    std::shared_ptr<std::atomic<int>> m_latestCount = std::make_shared<std::atomic<int>>(0);
};

} // namespace wb
