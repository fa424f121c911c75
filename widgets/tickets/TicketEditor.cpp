#include "widgets/tickets/TicketEditor.h"

#include "core/audit/AuditLog.h"
#include "core/tickets/AsyncKnowledgeBase.h"
#include "core/tickets/AsyncTicketStore.h"
#include "core/tickets/TicketWorkflow.h"
#include "models/tickets/TicketTableModel.h"
#include "widgets/tickets/ArticleSuggestions.h"
#include "widgets/tickets/KnowledgeBaseDialog.h"
#include "widgets/tickets/TicketWorkLogPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace wb {

namespace {

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

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

TicketEditor::TicketEditor(AsyncTicketStore *tickets, AsyncKnowledgeBase *knowledgeBase, QWidget *parent)
    : WorkTab(parent), m_tickets(tickets), m_knowledgeBase(knowledgeBase)
{
    setObjectName(QStringLiteral("ticketEditor"));
    buildForm();
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this, this, [this] { save(); }, Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(saveShortcut);
}

void TicketEditor::buildForm()
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("ticketHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_heading->setFont(big);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("ticketError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->hide();

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
    m_override = new QCheckBox(tr("Set by &hand:"), this);
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
    connect(assignMe, &QPushButton::clicked, this, [this] { m_assignee->setText(AuditLog::currentOperator()); });
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
            if (!m_ticket.hostIds.contains(id))
                m_ticket.hostIds << id;
        }
        updateHosts();
        setModified(true);
    });
    connect(removeHost, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_hosts->currentItem()) {
            m_ticket.hostIds.removeAll(item->data(Qt::UserRole).toLongLong());
            updateHosts();
            setModified(true);
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
    m_times = new QLabel(this);
    m_times->setWordWrap(true);
    m_times->setForegroundRole(QPalette::PlaceholderText);
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
    auto *publish = new QHBoxLayout;
    publish->addWidget(m_publish);
    publish->addWidget(m_publishTags, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Requester:"), requester);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Levels:"), levels);
    form->addRow(tr("Priority:"), priority);
    form->addRow(tr("Stat&us:"), status);
    form->addRow(tr("Due:"), m_due);
    form->addRow(tr("Hosts:"), hosts);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("S&olution:"), m_solution);
    form->addRow(QString(), publish);

    auto *save = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Save"), this);
    save->setObjectName(QStringLiteral("saveTicket"));
    save->setToolTip(tr("Save the ticket (Ctrl+S)"));
    connect(save, &QPushButton::clicked, this, [this] { TicketEditor::save(); });
    m_makeActive = new QPushButton(tr("Log My &Work Here"), this);
    m_makeActive->setObjectName(QStringLiteral("makeActive"));
    m_makeActive->setToolTip(tr("Make this the active ticket: account actions, runs and sessions on its hosts are logged to it"));
    connect(m_makeActive, &QPushButton::clicked, this, [this] { Q_EMIT makeActiveRequested(m_ticket.id); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_times, 1);
    buttons->addWidget(m_makeActive);
    buttons->addWidget(save);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_heading);
    leftLayout->addWidget(m_error);
    leftLayout->addLayout(form, 1);
    leftLayout->addLayout(buttons);

    m_workLogPanel = new TicketWorkLogPanel(m_tickets, this);
    connect(m_workLogPanel, &TicketWorkLogPanel::failed, this, &TicketEditor::showError);
    connect(m_workLogPanel, &TicketWorkLogPanel::entryAdded, this, [this](const Ticket &stored) {
        // Only what the log changed (first response, row version); edits in the fields stay.
        m_ticket.firstResponse = stored.firstResponse;
        m_ticket.rowVersion = stored.rowVersion;
        Q_EMIT saved(m_ticket);
    });
    m_suggestions = new ArticleSuggestions(m_knowledgeBase, this);
    connect(m_suggestions, &ArticleSuggestions::failed, this, &TicketEditor::showError);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_workLogPanel, 1);
    rightLayout->addWidget(m_suggestions);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    for (QLineEdit *edit : {m_title, m_requester, m_email, m_phone, m_assignee})
        connect(edit, &QLineEdit::textEdited, this, [this] { setModified(true); });
    for (QPlainTextEdit *edit : {m_description, m_solution})
        connect(edit, &QPlainTextEdit::textChanged, this, [this] { setModified(true); });
    for (QComboBox *box : {m_category, m_urgency, m_impact, m_priorityByHand, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            setModified(true);
            updatePriority();
        });
    connect(m_override, &QCheckBox::toggled, this, [this](bool on) {
        m_priorityByHand->setEnabled(on);
        setModified(true);
        updatePriority();
    });
    auto suggest = [this] { m_suggestions->suggestSoon(m_title->text(), m_category->currentData().toLongLong()); };
    connect(m_title, &QLineEdit::textChanged, this, suggest);
    connect(m_category, &QComboBox::currentIndexChanged, this, suggest);
}

void TicketEditor::newTicket(const QList<qint64> &hostIds)
{
    m_ticket = Ticket{};
    m_ticket.hostIds = hostIds;
    setBusy(true);
    m_tickets->open(this, 0, [this, hostIds](const TicketView &view, const QString &error) {
        setBusy(false);
        TicketView blank = view; // a blank ticket, with the rules and categories it needs
        blank.ticket.hostIds = hostIds;
        showView(blank);
        showError(error); // the form works without categories
        m_title->setFocus();
    });
}

void TicketEditor::openTicket(TicketId id)
{
    m_ticket = Ticket{};
    m_ticket.id = id; // known at once: the window finds the ticket's tab by it
    m_heading->setText(tr("Opening ticket #%1…").arg(id));
    setBusy(true);
    m_tickets->open(this, id, [this, id](const TicketView &view, const QString &error) {
        setBusy(false);
        if (!error.isEmpty()) {
            Q_EMIT openFailed(id, error);
            return;
        }
        showView(view);
    });
}

void TicketEditor::showView(const TicketView &view)
{
    m_ticket = view.ticket;
    m_matrix = view.matrix;
    m_categoryPaths = view.categoryPaths;
    m_workLog = view.workLog;
    showTicket();
    Q_EMIT appearanceChanged();
}

void TicketEditor::setBusy(bool busy)
{
    m_busy = busy;
    // The fields keep what is typed; only nothing can be sent meanwhile.
    for (QWidget *part : findChildren<QSplitter *>(QString(), Qt::FindDirectChildrenOnly))
        part->setEnabled(!busy);
}

WorkTab::Closing TicketEditor::confirmClose()
{
    if (!isModified())
        return Closing::Now;
    const auto answer = QMessageBox::question(this, tr("Close ticket"), tr("“%1” has changes that are not saved.").arg(tabTitle()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard)
        return Closing::Now;
    if (answer == QMessageBox::Cancel)
        return Closing::Keep;
    // Closed once it is stored; a refusal shows here, and the tab stays.
    save([this](bool stored) {
        if (stored)
            Q_EMIT closeReady();
    });
    return Closing::WhenSaved;
}

QString TicketEditor::tabTitle() const
{
    const QString title = m_ticket.title.isEmpty() ? tr("New ticket") : m_ticket.title;
    const QString shown = title.size() > 30 ? title.left(29) + QChar(0x2026) : title;
    return (m_ticket.id ? QStringLiteral("#%1 %2").arg(m_ticket.id).arg(shown) : shown) + (m_modified ? QStringLiteral(" *") : QString());
}

void TicketEditor::showTicket()
{
    m_loading = true;
    m_heading->setText(m_ticket.id ? tr("Ticket #%1").arg(m_ticket.id) : tr("New ticket"));
    m_title->setText(m_ticket.title);
    m_requester->setText(m_ticket.requester.name);
    m_email->setText(m_ticket.requester.email);
    m_phone->setText(m_ticket.requester.phone);
    m_category->clear();
    m_category->addItem(tr("(none)"), 0);
    QList<std::pair<QString, CategoryId>> paths;
    for (auto it = m_categoryPaths.cbegin(); it != m_categoryPaths.cend(); ++it)
        paths.append({it.value(), it.key()});
    std::sort(paths.begin(), paths.end(), [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    for (const auto &[path, id] : paths)
        m_category->addItem(path, id);
    selectData(m_category, m_ticket.categoryId);
    selectData(m_urgency, m_ticket.urgency);
    selectData(m_impact, m_ticket.impact);
    m_override->setChecked(m_ticket.priorityOverridden);
    selectData(m_priorityByHand, m_ticket.priority);
    m_assignee->setText(m_ticket.assignee);
    m_description->setPlainText(m_ticket.description);
    m_solution->setPlainText(m_ticket.solution);
    updateStatuses();
    updateHosts();
    updatePriority();
    const bool overdue = m_ticket.isOverdue(QDateTime::currentDateTimeUtc());
    m_due->setText(m_ticket.due.isValid() ? (overdue ? tr("%1 — overdue").arg(when(m_ticket.due)) : when(m_ticket.due))
                                          : tr("set from the priority's SLA when saved"));
    m_due->setStyleSheet(overdue ? QStringLiteral("color: #c01c28; font-weight: bold;") : QString());
    QStringList times;
    if (m_ticket.created.isValid())
        times << tr("Created %1").arg(when(m_ticket.created));
    if (m_ticket.firstResponse.isValid())
        times << tr("first response %1").arg(when(m_ticket.firstResponse));
    if (m_ticket.resolved.isValid())
        times << tr("resolved %1").arg(when(m_ticket.resolved));
    if (m_ticket.closed.isValid())
        times << tr("closed %1").arg(when(m_ticket.closed));
    m_times->setText(times.join(QStringLiteral(", ")));
    m_makeActive->setEnabled(m_ticket.id != 0 && m_ticket.isOpen());
    m_workLogPanel->setTicket(m_ticket.id, m_workLog);
    m_loading = false;
    setModified(false);
    m_error->hide();
    m_suggestions->suggestNow(m_title->text(), m_category->currentData().toLongLong());
}

void TicketEditor::updateStatuses()
{
    m_status->clear();
    m_status->addItem(TicketWorkflow::statusName(m_ticket.status), int(m_ticket.status));
    if (m_ticket.id == 0)
        return; // a new ticket starts as New
    for (TicketStatus next : TicketWorkflow::nextStatuses(m_ticket.status)) {
        const QString name = TicketWorkflow::isReopen(m_ticket.status, next) ? tr("Reopen (in progress)") : TicketWorkflow::statusName(next);
        m_status->addItem(tr("→ %1").arg(name), int(next));
    }
}

void TicketEditor::updateHosts()
{
    m_hosts->clear();
    for (qint64 id : std::as_const(m_ticket.hostIds)) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/server.svg")),
                                         m_hostNames ? m_hostNames(id) : QStringLiteral("#%1").arg(id), m_hosts);
        item->setData(Qt::UserRole, id);
    }
}

void TicketEditor::updatePriority()
{
    const int fromMatrix = m_matrix.priority(m_urgency->currentData().toInt(), m_impact->currentData().toInt());
    m_priority->setText(tr("<b>%1</b> from urgency and impact").arg(TicketTableModel::priorityName(fromMatrix)));
    m_priority->setEnabled(!m_override->isChecked());
}

void TicketEditor::readFields()
{
    m_ticket.title = m_title->text();
    m_ticket.requester = Requester{m_requester->text(), m_email->text(), m_phone->text()};
    m_ticket.categoryId = m_category->currentData().toLongLong();
    m_ticket.urgency = m_urgency->currentData().toInt();
    m_ticket.impact = m_impact->currentData().toInt();
    m_ticket.priorityOverridden = m_override->isChecked();
    if (m_ticket.priorityOverridden)
        m_ticket.priority = m_priorityByHand->currentData().toInt();
    m_ticket.status = TicketStatus(m_status->currentData().toInt());
    m_ticket.assignee = m_assignee->text();
    m_ticket.description = m_description->toPlainText();
    m_ticket.solution = m_solution->toPlainText();
}

void TicketEditor::save(std::function<void(bool stored)> done)
{
    if (m_busy) {
        if (done)
            done(false);
        return;
    }
    const Ticket before = m_ticket;
    readFields();
    const Ticket candidate = m_ticket;
    m_ticket = before; // until it is stored; what is typed stays in the fields
    PublishRequest publish;
    publish.wanted = m_publish->isChecked();
    publish.tags = m_publishTags->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    setBusy(true);
    m_tickets->save(this, candidate, publish, [this, done = std::move(done)](const TicketView &view, const Article &, const QString &error) {
        setBusy(false);
        if (!error.isEmpty()) {
            showError(error);
            if (done)
                done(false);
            return;
        }
        showView(view);
        Q_EMIT saved(m_ticket);
        if (done)
            done(true);
    });
}

void TicketEditor::reloadWorkLog()
{
    m_workLogPanel->reload();
}

void TicketEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TicketEditor::setModified(bool modified)
{
    if (m_loading || modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT appearanceChanged();
}

} // namespace wb
