#pragma once

#include "TicketStore.h"

#include <QObject>
#include <QThread>

namespace wb {

// Pages of tickets read on a worker thread with its own database connection,
// so a pane over a million tickets never waits on the disk. Requests are
// answered in order; each answer carries the serial its request returned.
class TicketPager : public QObject
{
    Q_OBJECT
public:
    explicit TicketPager(const QString &workspacePath, QObject *parent = nullptr);
    ~TicketPager() override;

    // For tests: the clock the worker's store uses (views like Overdue depend on it).
    void setClock(std::function<QDateTime()> clock);

    int requestPage(const TicketQuery &query);
    int requestCount(const TicketQuery &query);
    // Open tickets per linked host (TicketStore::openTicketsPerHost), answered by openTicketsReady.
    int requestOpenTicketsPerHost();

Q_SIGNALS:
    void pageReady(int serial, const QList<wb::Ticket> &tickets, const QString &error);
    void countReady(int serial, int count, const QString &error);
    void openTicketsReady(int serial, const QHash<qint64, int> &perHost);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
    int m_serial = 0;
};

} // namespace wb
