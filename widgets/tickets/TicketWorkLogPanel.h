#pragma once

#include "core/storage/LatestRequest.h"
#include "core/tickets/Ticket.h"

#include <QGroupBox>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace wb {

class AsyncTicketStore;

// A ticket's work log as a timeline, with the box to add an entry (Ctrl+Return),
// the time spent and whether the requester may see it. Entries are written
// and read off the GUI thread.
class TicketWorkLogPanel : public QGroupBox
{
    Q_OBJECT
public:
    // `tickets` must outlive the panel.
    explicit TicketWorkLogPanel(AsyncTicketStore *tickets, QWidget *parent = nullptr);

    // The ticket shown (0: not saved yet, nothing to log to) and its entries.
    void setTicket(TicketId id, const QList<WorkLogEntry> &entries);

public Q_SLOTS:
    void addEntry();
    // Reads the entries again (the workbench logged its own work there).
    void reload();

Q_SIGNALS:
    // An entry was stored; `stored` is the ticket as it is now (the first
    // entry is its first response, and its row version moved).
    void entryAdded(const wb::Ticket &stored);
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void show();

    AsyncTicketStore *m_tickets;
    TicketId m_ticketId = 0;
    QList<WorkLogEntry> m_entries;
    LatestRequest m_reading;
    QTextBrowser *m_log;
    QPlainTextEdit *m_entry;
    QSpinBox *m_minutes;
    QCheckBox *m_public;
    QPushButton *m_add;
};

} // namespace wb
