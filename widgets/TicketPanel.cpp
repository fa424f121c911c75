#include "TicketPanel.h"

#include "EmptyState.h"

#include <QVBoxLayout>

namespace wb {

TicketPanel::TicketPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ticketPanel"));
    auto *empty = new EmptyState(QStringLiteral(":/icons/ticket.svg"), tr("No tickets"),
                                 tr("The ticket pane comes in a next version of Werkbank. Incidents will be "
                                    "listed here, prioritised by urgency and impact and linked to their hosts; "
                                    "every action taken on a host will go into its ticket's work log."),
                                 this);
    empty->setObjectName(QStringLiteral("ticketsEmptyState"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(empty);
}

} // namespace wb
