#include "widgets/tickets/TicketForm.h"

#include "core/audit/AuditLog.h"
#include "core/tickets/TicketWorkflow.h"
#include "models/tickets/TicketTableModel.h"
#include "models/common/ShownTime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb {

namespace {


void fillLevels(QComboBox *box)
{
    for (int level = maxLevel; level >= minLevel; --level)
        box->addItem(QStringLiteral("%1 — %2").arg(level).arg(TicketTableModel::priorityName(level)), level);
}

void selectData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

TicketForm::TicketForm(QWidget *parent) : QWidget(parent)
{
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("ticketTitle"));
    m_title->setPlaceholderText(tr("What is wrong, in one line"));
    m_requester = new QLineEdit(this);
    m_requester->setPlaceholderText(tr("Name"));
    m_email = new QLineEdit(this);
    m_email->setPlaceholderText(tr("E-mail"));
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(tr("Phone"));
    auto *requester = new QHBoxLayout;
    requester->addWidget(m_requester, 2);
    requester->addWidget(m_email, 2);
    requester->addWidget(m_phone, 1);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("ticketCategory"));
    m_urgency = new QComboBox(this);
    m_urgency->setObjectName(QStringLiteral("ticketUrgency"));
    m_impact = new QComboBox(this);
    m_impact->setObjectName(QStringLiteral("ticketImpact"));
    fillLevels(m_urgency);
    fillLevels(m_impact);
    m_priority = new QLabel(this);
    m_priority->setObjectName(QStringLiteral("ticketPriority"));
    m_override = new QCheckBox(tr("Set &by hand:"), this);
    m_priorityByHand = new QComboBox(this);
    fillLevels(m_priorityByHand);
    m_priorityByHand->setEnabled(false);
    auto *levels = new QHBoxLayout;
    levels->addWidget(new QLabel(tr("Urgency"), this));
    levels->addWidget(m_urgency);
    levels->addSpacing(12);
    levels->addWidget(new QLabel(tr("Impact"), this));
    levels->addWidget(m_impact);
    levels->addStretch(1);
    auto *priority = new QHBoxLayout;
    priority->addWidget(m_priority);
    priority->addSpacing(12);
    priority->addWidget(m_override);
    priority->addWidget(m_priorityByHand);
    priority->addStretch(1);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("ticketStatus"));
    m_assignee = new QLineEdit(this);
    m_assignee->setObjectName(QStringLiteral("ticketAssignee"));
    m_assignee->setPlaceholderText(tr("Who works on it"));
    auto *assignMe = new QPushButton(tr("&Me"), this);
    assignMe->setToolTip(tr("Assign the ticket to yourself"));
    connect(assignMe, &QPushButton::clicked, this, [this] {
        m_assignee->setText(AuditLog::currentOperator());
        changed();
    });
    auto *status = new QHBoxLayout;
    status->addWidget(m_status);
    status->addSpacing(12);
    status->addWidget(new QLabel(tr("Assignee"), this));
    status->addWidget(m_assignee, 1);
    status->addWidget(assignMe);

    m_hosts = new QListWidget(this);
    m_hosts->setObjectName(QStringLiteral("ticketHosts"));
    // Four lines, no more: the description below gets the room.
    m_hosts->setFixedHeight(m_hosts->fontMetrics().height() * 4 + 2 * m_hosts->frameWidth() + 6);
    m_hosts->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *addHosts = new QPushButton(tr("Add Selected Hosts"), this);
    addHosts->setToolTip(tr("Link the hosts selected in the inventory"));
    auto *removeHost = new QPushButton(tr("Remove"), this);
    connect(addHosts, &QPushButton::clicked, this, [this] {
        for (qint64 id : m_selection ? m_selection() : QList<qint64>{}) {
            if (!m_hostIds.contains(id))
                m_hostIds << id;
        }
        updateHosts();
        changed();
    });
    connect(removeHost, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_hosts->currentItem()) {
            m_hostIds.removeAll(item->data(Qt::UserRole).toLongLong());
            updateHosts();
            changed();
        }
    });
    auto *hostButtons = new QVBoxLayout;
    hostButtons->setContentsMargins(0, 0, 0, 0);
    hostButtons->addWidget(addHosts);
    hostButtons->addWidget(removeHost);
    auto *hosts = new QHBoxLayout;
    hosts->setContentsMargins(0, 0, 0, 0);
    hosts->addWidget(m_hosts, 1);
    hosts->addLayout(hostButtons);

    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("ticketDue"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("ticketDescription"));
    m_description->setPlaceholderText(tr("What the requester reports, error messages, what was tried"));
    m_solution = new QPlainTextEdit(this);
    m_solution->setObjectName(QStringLiteral("ticketSolution"));
    m_solution->setPlaceholderText(tr("What fixed it; needed to resolve the ticket"));
    m_solution->setMaximumHeight(m_solution->fontMetrics().height() * 5);
    m_publish = new QCheckBox(tr("&Publish the solution in the knowledge base when it is resolved"), this);
    m_publish->setObjectName(QStringLiteral("ticketPublish"));
    m_publishTags = new QLineEdit(this);
    m_publishTags->setObjectName(QStringLiteral("ticketPublishTags"));
    m_publishTags->setPlaceholderText(tr("Tags for the article, separated by commas"));
    m_publishTags->setEnabled(false);
    connect(m_publish, &QCheckBox::toggled, m_publishTags, &QWidget::setEnabled);
    // The tags under the check box: beside it they got squeezed to a sliver.
    auto *publish = new QVBoxLayout;
    publish->addWidget(m_publish);
    publish->addWidget(m_publishTags);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("Requester:"), requester);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Levels:"), levels);
    form->addRow(tr("Priority:"), priority);
    // A row of several fields: the label is made here to give it the status box as its buddy,
    // or its Alt key would do nothing and the & would show.
    auto *statusLabel = new QLabel(tr("Stat&us:"), this);
    statusLabel->setBuddy(m_status);
    form->addRow(statusLabel, status);
    form->addRow(tr("Due:"), m_due);
    form->addRow(tr("Hosts:"), hosts);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("S&olution:"), m_solution);
    form->addRow(QString(), publish);

    for (QLineEdit *edit : {m_title, m_requester, m_email, m_phone, m_assignee})
        connect(edit, &QLineEdit::textEdited, this, &TicketForm::changed);
    for (QPlainTextEdit *edit : {m_description, m_solution})
        connect(edit, &QPlainTextEdit::textChanged, this, &TicketForm::changed);
    for (QComboBox *box : {m_category, m_urgency, m_impact, m_priorityByHand, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            changed();
            updatePriority();
        });
    connect(m_override, &QCheckBox::toggled, this, [this](bool on) {
        m_priorityByHand->setEnabled(on);
        changed();
        updatePriority();
    });
    const auto topic = [this] { Q_EMIT topicChanged(m_title->text(), m_category->currentData().toLongLong()); };
    connect(m_title, &QLineEdit::textChanged, this, topic);
    connect(m_category, &QComboBox::currentIndexChanged, this, topic);
}

void TicketForm::changed()
{
    if (!m_loading)
        Q_EMIT edited();
}

void TicketForm::setHostNames(std::function<QString(qint64)> names)
{
    m_hostNames = std::move(names);
    updateHosts();
}

void TicketForm::focusTitle()
{
    m_title->setFocus();
}

void TicketForm::show(const Ticket &ticket, const PriorityMatrix &matrix, const QHash<CategoryId, QString> &categoryPaths)
{
    m_loading = true;
    m_matrix = matrix;
    m_hostIds = ticket.hostIds;
    m_title->setText(ticket.title);
    m_requester->setText(ticket.requester.name);
    m_email->setText(ticket.requester.email);
    m_phone->setText(ticket.requester.phone);
    m_category->clear();
    m_category->addItem(tr("(none)"), 0);
    QList<std::pair<QString, CategoryId>> paths;
    for (auto it = categoryPaths.cbegin(); it != categoryPaths.cend(); ++it)
        paths.append({it.value(), it.key()});
    std::sort(paths.begin(), paths.end(), [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    for (const auto &[path, id] : paths)
        m_category->addItem(path, id);
    selectData(m_category, ticket.categoryId);
    selectData(m_urgency, ticket.urgency);
    selectData(m_impact, ticket.impact);
    m_override->setChecked(ticket.priorityOverridden);
    selectData(m_priorityByHand, ticket.priority);
    m_assignee->setText(ticket.assignee);
    m_description->setPlainText(ticket.description);
    m_solution->setPlainText(ticket.solution);
    updateStatuses(ticket.status, ticket.id == 0);
    updateHosts();
    updatePriority();
    const bool overdue = ticket.isOverdue(QDateTime::currentDateTimeUtc());
    m_due->setText(ticket.due.isValid() ? (overdue ? tr("%1 — overdue").arg(ShownTime::dateTime(ticket.due)) : ShownTime::dateTime(ticket.due))
                                        : tr("set from the priority's SLA when saved"));
    m_due->setStyleSheet(overdue ? QStringLiteral("color: #c01c28; font-weight: bold;") : QString());
    m_loading = false;
}

Ticket TicketForm::read(Ticket ticket) const
{
    ticket.title = m_title->text();
    ticket.requester = Requester{m_requester->text(), m_email->text(), m_phone->text()};
    ticket.categoryId = m_category->currentData().toLongLong();
    ticket.urgency = m_urgency->currentData().toInt();
    ticket.impact = m_impact->currentData().toInt();
    ticket.priorityOverridden = m_override->isChecked();
    if (ticket.priorityOverridden)
        ticket.priority = m_priorityByHand->currentData().toInt();
    ticket.status = TicketStatus(m_status->currentData().toInt());
    ticket.assignee = m_assignee->text();
    ticket.hostIds = m_hostIds;
    ticket.description = m_description->toPlainText();
    ticket.solution = m_solution->toPlainText();
    return ticket;
}

PublishRequest TicketForm::publishRequest() const
{
    PublishRequest publish;
    publish.wanted = m_publish->isChecked();
    publish.tags = m_publishTags->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return publish;
}

void TicketForm::updateStatuses(TicketStatus status, bool isNew)
{
    m_status->clear();
    m_status->addItem(TicketWorkflow::statusName(status), int(status));
    if (isNew)
        return; // a new ticket starts as New
    for (TicketStatus next : TicketWorkflow::nextStatuses(status)) {
        const QString name = TicketWorkflow::isReopen(status, next) ? tr("Reopen (in progress)") : TicketWorkflow::statusName(next);
        m_status->addItem(tr("→ %1").arg(name), int(next));
    }
}

void TicketForm::updateHosts()
{
    m_hosts->clear();
    for (qint64 id : std::as_const(m_hostIds)) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/server.svg")),
                                         m_hostNames ? m_hostNames(id) : QStringLiteral("#%1").arg(id), m_hosts);
        item->setData(Qt::UserRole, id);
    }
}

void TicketForm::updatePriority()
{
    const int fromMatrix = m_matrix.priority(m_urgency->currentData().toInt(), m_impact->currentData().toInt());
    m_priority->setText(tr("<b>%1</b> from urgency and impact").arg(TicketTableModel::priorityName(fromMatrix)));
    m_priority->setEnabled(!m_override->isChecked());
}

} // namespace wb
