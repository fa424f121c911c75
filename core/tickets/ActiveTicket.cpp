#include "core/tickets/ActiveTicket.h"

namespace wb {

ActiveTicket::ActiveTicket(QObject *parent) : QObject(parent) {}

void ActiveTicket::set(TicketId id, const QString &title)
{
    const QString newTitle = id == 0 ? QString() : title;
    if (id == m_id && newTitle == m_title)
        return;
    m_id = id;
    m_title = newTitle;
    Q_EMIT changed(m_id, m_title);
}

} // namespace wb
