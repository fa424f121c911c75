#include "TicketPager.h"

#include "storage/Workspace.h"

namespace wb {

class TicketPager::Worker : public QObject
{
    Q_OBJECT
public:
    explicit Worker(QString path) : m_path(std::move(path)) {}
    std::function<QDateTime()> clock;

    // The connection is opened on the worker thread, where it is used.
    TicketStore *store(QString *error)
    {
        if (!m_workspace) {
            m_workspace = std::make_unique<Workspace>();
            if (!m_workspace->open(m_path)) {
                *error = m_workspace->errorString();
                m_workspace.reset();
                return nullptr;
            }
            m_store = std::make_unique<TicketStore>(m_workspace->database());
        }
        if (clock)
            m_store->setClock(clock);
        return m_store.get();
    }

    void page(int serial, const TicketQuery &query, TicketPager *pager)
    {
        QString error;
        QList<Ticket> tickets;
        if (TicketStore *tickets_ = store(&error))
            tickets = tickets_->list(query, &error);
        emit pager->pageReady(serial, tickets, error);
    }

    void count(int serial, const TicketQuery &query, TicketPager *pager)
    {
        QString error;
        int n = 0;
        if (TicketStore *tickets = store(&error))
            n = tickets->count(query, &error);
        emit pager->countReady(serial, n, error);
    }

    void openPerHost(int serial, TicketPager *pager)
    {
        QString error;
        QHash<qint64, int> counts;
        if (TicketStore *tickets = store(&error))
            counts = tickets->openTicketsPerHost(&error);
        emit pager->openTicketsReady(serial, counts);
    }

    ~Worker() override
    {
        m_store.reset();
        m_workspace.reset();
    }

private:
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<TicketStore> m_store;
};

TicketPager::TicketPager(const QString &workspacePath, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<QList<wb::Ticket>>();
    qRegisterMetaType<QHash<qint64, int>>();
    m_thread.setObjectName(QStringLiteral("tickets"));
    m_worker = new Worker(workspacePath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

TicketPager::~TicketPager()
{
    m_thread.quit();
    m_thread.wait();
}

void TicketPager::setClock(std::function<QDateTime()> clock)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, clock] { worker->clock = clock; }, Qt::BlockingQueuedConnection);
}

int TicketPager::requestPage(const TicketQuery &query)
{
    const int serial = ++m_serial;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, serial, query, this] { worker->page(serial, query, this); }, Qt::QueuedConnection);
    return serial;
}

int TicketPager::requestCount(const TicketQuery &query)
{
    const int serial = ++m_serial;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, serial, query, this] { worker->count(serial, query, this); }, Qt::QueuedConnection);
    return serial;
}

int TicketPager::requestOpenTicketsPerHost()
{
    const int serial = ++m_serial;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, serial, this] { worker->openPerHost(serial, this); }, Qt::QueuedConnection);
    return serial;
}

} // namespace wb

#include "TicketPager.moc"
