#pragma once

#include "core/tickets/Ticket.h"

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace wb {

class ActiveTicket;
class EmptyState;
class TicketFilterProxy;
class TicketPager;
struct TicketQuery;
class TicketTableModel;

// The ticket dock: a saved view (My open tickets, Unassigned, Overdue, All
// open, Resolved this week, All), a search over the whole workspace, quick
// toggles for high priority and overdue, and the tickets in a table that
// loads page by page off the GUI thread. Enter or a double-click opens a
// ticket; the active ticket (the one the workbench's work is logged to) is
// shown at the bottom. Ctrl+N in the pane starts a new ticket.
class TicketPanel : public QWidget
{
    Q_OBJECT
public:
    enum class View { Mine, Unassigned, Overdue, AllOpen, ResolvedThisWeek, All };

    // Reads the workspace's tickets through `pager` (off the GUI thread) and
    // shows `activeTicket` in a bar below the list; both must outlive the panel.
    TicketPanel(TicketPager *pager, ActiveTicket *activeTicket, QWidget *parent = nullptr);
    ~TicketPanel() override;

    void setHostNames(std::function<QString(qint64)> names);
    // Whose tickets "My open tickets" are; the login name by default.
    void setMe(const QString &me);

    void setView(View view);
    View view() const;
    void setSearchText(const QString &text);
    // Priority, due date or newest (by the column of that name), for the whole view.
    void sortBy(int column);

    QAction *newTicketAction() const { return m_newTicket; }

    // Reads the view and the per-host counts again (a ticket was saved elsewhere).
    void reload();

Q_SIGNALS:
    void openTicketRequested(wb::TicketId id);
    void newTicketRequested();
    // The user chose a ticket to log work to, or stopped (0).
    void activeTicketRequested(wb::TicketId id);
    // Open tickets per linked host, read again whenever the view is.
    void openTicketsPerHostChanged(const QHash<qint64, int> &perHost);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyQuery();
    // The query the view, the search and the toggles make.
    TicketQuery currentQuery() const;
    void openCurrent();
    void showContextMenu(const QPoint &pos);
    void updateState();
    void fillFilteredView();
    void saveState() const;
    void restoreState();
    void showActiveTicket(TicketId id, const QString &title);

    TicketPager *m_pager = nullptr; // set once the restored view is in place
    TicketTableModel *m_model;
    TicketFilterProxy *m_proxy;
    QComboBox *m_views;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QToolButton *m_highOnly;
    QToolButton *m_overdueOnly;
    QStackedWidget *m_pages;
    QTableView *m_table;
    EmptyState *m_empty;
    QLabel *m_count;
    QWidget *m_activeBar;
    QLabel *m_activeLabel;
    QAction *m_newTicket;
    QAction *m_open;
    QAction *m_makeActive;
    QString m_me;
    ActiveTicket *m_activeTicket;
    int m_countSerial = 0;
};

} // namespace wb
