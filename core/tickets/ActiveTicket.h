#pragma once

#include "core/tickets/Ticket.h"

#include <QObject>
#include <QString>

namespace wb {

// The ticket the workbench's own work is logged to (account actions, runs
// and sessions on its hosts), one per window, built by the composition root.
// Whoever logs or shows work reads it here when it needs it; nobody keeps a
// copy. 0 = none.
class ActiveTicket : public QObject
{
    Q_OBJECT
public:
    explicit ActiveTicket(QObject *parent = nullptr);

    TicketId id() const { return m_id; }
    QString title() const { return m_title; }

    // id 0 clears; a new title for the same ticket (it was renamed) is a change too.
    void set(TicketId id, const QString &title);
    void clear() { set(0, QString()); }

    // Someone wrote an entry into `ticket`'s work log; views of it reload.
    void noteWorkLogged(TicketId ticket) { Q_EMIT workLogged(ticket); }

Q_SIGNALS:
    void changed(wb::TicketId id, const QString &title);
    void workLogged(wb::TicketId ticket);

private:
    TicketId m_id = 0;
    QString m_title;
};

} // namespace wb
