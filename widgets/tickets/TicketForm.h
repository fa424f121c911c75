#pragma once

#include "core/tickets/PriorityMatrix.h"
#include "core/tickets/Ticket.h"
#include "core/tickets/TicketSave.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace wb {

// A ticket's fields: title, requester, category, urgency and impact with the
// priority they give (or one set by hand), the status steps the workflow
// allows from here, assignee, hosts, due date, description, solution and
// whether to publish it. Knows nothing of storing: show() fills it, read()
// gives the ticket as typed, and edited() says the user changed something.
class TicketForm : public QWidget
{
    Q_OBJECT
public:
    explicit TicketForm(QWidget *parent = nullptr);

    // Host names for the hosts list; the ids of the hosts selected in the
    // inventory for "Add Selected Hosts".
    void setHostNames(std::function<QString(qint64)> names);
    void setHostSelection(std::function<QList<qint64>()> selection) { m_selection = std::move(selection); }

    // Fills the fields; not an edit.
    void show(const Ticket &ticket, const PriorityMatrix &matrix, const QHash<CategoryId, QString> &categoryPaths);
    // `ticket` with the fields as typed over it.
    Ticket read(Ticket ticket) const;
    PublishRequest publishRequest() const;
    void focusTitle();

Q_SIGNALS:
    void edited();
    // What the knowledge-base suggestions go by changed.
    void topicChanged(const QString &title, wb::CategoryId category);

private:
    void updateStatuses(TicketStatus status, bool isNew);
    void updateHosts();
    void updatePriority();
    void changed();

    PriorityMatrix m_matrix;
    QList<qint64> m_hostIds;
    bool m_loading = false;
    std::function<QString(qint64)> m_hostNames;
    std::function<QList<qint64>()> m_selection;

    QLineEdit *m_title;
    QLineEdit *m_requester;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QComboBox *m_category;
    QComboBox *m_urgency;
    QComboBox *m_impact;
    QLabel *m_priority;
    QCheckBox *m_override;
    QComboBox *m_priorityByHand;
    QComboBox *m_status;
    QLineEdit *m_assignee;
    QListWidget *m_hosts;
    QLabel *m_due;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_solution;
    QCheckBox *m_publish;
    QLineEdit *m_publishTags;
};

} // namespace wb
