#pragma once

#include "core/tickets/Ticket.h"
#include "core/tickets/TicketStore.h"

#include <QWidget>

#include <functional>

class QListWidget;
class QPushButton;

namespace wb {

class AsyncTicketStore;

// The directories a ticket is about, and accounts in them (by DN, as
// `werkbank-cli ticket update --directory NAME --account DN` links them):
// "Link Selected Directory" links the directory chosen in the inventory,
// Remove unlinks one with its accounts. While it is linked, account actions
// done in it for the active ticket go into the ticket's work log. Links are written at once (on the workspace thread), not with
// the ticket's Save, so an unsaved ticket has none to offer yet.
class TicketDirectoryLinks : public QWidget
{
    Q_OBJECT
public:
    explicit TicketDirectoryLinks(AsyncTicketStore *tickets, QWidget *parent = nullptr);

    // A directory's name for the list; the directories selected in the inventory.
    void setDirectoryNames(std::function<QString(qint64)> names) { m_names = std::move(names); }
    void setDirectorySelection(std::function<QList<qint64>()> selection) { m_selection = std::move(selection); }
    // 0: a ticket not stored yet.
    void setTicket(TicketId id);
    void reload();
    // What the list shows, one line per link.
    QStringList shown() const;

Q_SIGNALS:
    void failed(const QString &message);
    // The links were read or changed (for tests).
    void loaded();

private:
    void show(const QList<TicketStore::DirectoryLink> &links, const QString &error);
    void updateButtons();

    AsyncTicketStore *m_tickets;
    TicketId m_id = 0;
    std::function<QString(qint64)> m_names;
    std::function<QList<qint64>()> m_selection;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace wb
