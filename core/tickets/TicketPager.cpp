#include "core/tickets/TicketPager.h"

#include "core/storage/WorkspaceThread.h"

namespace wb {

TicketPager::TicketPager(WorkspaceThread *thread, QObject *parent) : QObject(parent), m_thread(thread) {}

TicketPager::TicketPager(const QString &workspacePath, QObject *parent)
    : QObject(parent), m_ownThread(std::make_unique<WorkspaceThread>(workspacePath)), m_thread(m_ownThread.get())
{
}

TicketPager::~TicketPager() = default;

std::function<TicketStore(QSqlDatabase)> TicketPager::storeMaker() const
{
    return [clock = m_clock](QSqlDatabase db) {
        TicketStore store(std::move(db));
        if (clock)
            store.setClock(clock);
        return store;
    };
}

int TicketPager::requestPage(const TicketQuery &query)
{
    const int serial = ++m_serial;
    m_thread->read<QList<Ticket>>(
        this, [query, store = storeMaker()](QSqlDatabase db, QString *error) { return store(db).list(query, error); },
        [this, serial](const QList<Ticket> &tickets, const QString &error) { Q_EMIT pageReady(serial, tickets, error); });
    return serial;
}

int TicketPager::requestCount(const TicketQuery &query)
{
    const int serial = ++m_serial;
    m_latestCount->store(serial);
    m_thread->read<int>(
        this,
        [query, store = storeMaker(), serial, latest = m_latestCount](QSqlDatabase db, QString *error) {
            // A count asked for again since (a search typed on) is not worth a scan of every ticket.
            if (latest->load() != serial) {
                *error = QStringLiteral("superseded");
                return -1;
            }
            return store(db).count(query, error);
        },
        [this, serial](int count, const QString &error) { Q_EMIT countReady(serial, count, error); });
    return serial;
}

int TicketPager::requestOpenTicketsPerHost()
{
    const int serial = ++m_serial;
    m_thread->read<QHash<qint64, int>>(
        this, [store = storeMaker()](QSqlDatabase db, QString *error) { return store(db).openTicketsPerHost(error); },
        [this, serial](const QHash<qint64, int> &perHost, const QString &) { Q_EMIT openTicketsReady(serial, perHost); });
    return serial;
}

} // namespace wb
