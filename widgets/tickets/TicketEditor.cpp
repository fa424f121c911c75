#include "widgets/tickets/TicketEditor.h"

#include "core/tickets/AsyncKnowledgeBase.h"
#include "core/tickets/AsyncTicketStore.h"
#include "widgets/common/ConflictDialog.h"
#include "widgets/tickets/ArticleSuggestions.h"
#include "widgets/tickets/TicketConflict.h"
#include "widgets/tickets/TicketDirectoryLinks.h"
#include "widgets/tickets/TicketForm.h"
#include "widgets/tickets/TicketWorkLogPanel.h"
#include "models/common/ShownTime.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace wb {


TicketEditor::TicketEditor(AsyncTicketStore *tickets, AsyncKnowledgeBase *knowledgeBase, QWidget *parent)
    : WorkTab(parent), m_tickets(tickets), m_knowledgeBase(knowledgeBase)
{
    setObjectName(QStringLiteral("ticketEditor"));
    buildForm();
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this, this, [this] { save(); }, Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(saveShortcut);
}

void TicketEditor::setHostNames(std::function<QString(qint64)> names)
{
    m_hostNames = names;
    m_form->setHostNames(std::move(names));
}

void TicketEditor::setHostSelection(std::function<QList<qint64>()> selection)
{
    m_form->setHostSelection(std::move(selection));
}

void TicketEditor::setDirectories(std::function<QString(qint64)> names, std::function<QList<qint64>()> selection)
{
    m_directoryLinks->setDirectoryNames(std::move(names));
    m_directoryLinks->setDirectorySelection(std::move(selection));
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
    m_form = new TicketForm(this);
    m_times = new QLabel(this);
    m_times->setWordWrap(true);
    m_times->setForegroundRole(QPalette::PlaceholderText);

    auto *save = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Save Tic&ket"), this);
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

    m_directoryLinks = new TicketDirectoryLinks(m_tickets, this);
    connect(m_directoryLinks, &TicketDirectoryLinks::failed, this, &TicketEditor::showError);
    auto *directories = new QFormLayout;
    directories->addRow(tr("Directories:"), m_directoryLinks);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_heading);
    leftLayout->addWidget(m_error);
    leftLayout->addWidget(m_form, 1);
    leftLayout->addLayout(directories);
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

    connect(m_form, &TicketForm::edited, this, [this] { setModified(true); });
    connect(m_form, &TicketForm::topicChanged, m_suggestions, &ArticleSuggestions::suggestSoon);
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
        m_form->focusTitle();
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
    m_form->show(m_ticket, m_matrix, m_categoryPaths);
    QStringList times;
    if (m_ticket.created.isValid())
        times << tr("Created %1").arg(ShownTime::dateTime(m_ticket.created));
    if (m_ticket.firstResponse.isValid())
        times << tr("first response %1").arg(ShownTime::dateTime(m_ticket.firstResponse));
    if (m_ticket.resolved.isValid())
        times << tr("resolved %1").arg(ShownTime::dateTime(m_ticket.resolved));
    if (m_ticket.closed.isValid())
        times << tr("closed %1").arg(ShownTime::dateTime(m_ticket.closed));
    m_times->setText(times.join(QStringLiteral(", ")));
    m_makeActive->setEnabled(m_ticket.id != 0 && m_ticket.isOpen());
    m_workLogPanel->setTicket(m_ticket.id, m_workLog);
    m_directoryLinks->setTicket(m_ticket.id);
    m_loading = false;
    setModified(false);
    m_error->hide();
    m_suggestions->suggestNow(m_ticket.title, m_ticket.categoryId);
}

void TicketEditor::save(std::function<void(bool stored)> done)
{
    if (m_busy) {
        if (done)
            done(false);
        return;
    }
    // m_ticket stays as stored until the save is; what is typed stays in the fields.
    store(m_form->read(m_ticket), m_form->publishRequest(), std::move(done));
}

void TicketEditor::store(const Ticket &candidate, const PublishRequest &publish, std::function<void(bool stored)> done)
{
    setBusy(true);
    m_tickets->save(this, candidate, publish, [this, candidate, publish, done = std::move(done)](const TicketView &view, const Article &, const QString &error) {
        setBusy(false);
        m_saveFailed = !error.isEmpty();
        if (!error.isEmpty()) {
            showError(error);
            if (candidate.id != 0)
                return resolveIfSavedElsewhere(candidate, publish, done);
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

void TicketEditor::resolveIfSavedElsewhere(const Ticket &mine, const PublishRequest &publish, std::function<void(bool stored)> done)
{
    setBusy(true);
    m_tickets->open(this, mine.id, [this, mine, publish, done](const TicketView &stored, const QString &error) {
        setBusy(false);
        // Not readable, or the same version: the refusal shown was about something else.
        if (!error.isEmpty() || stored.ticket.rowVersion == mine.rowVersion) {
            if (done)
                done(false);
            return;
        }
        ConflictDialog conflict(tr("Ticket #%1").arg(mine.id),
                                TicketConflict::fields(m_ticket, mine, stored.ticket, stored.categoryPaths, m_hostNames), this);
        switch (conflict.ask()) {
        case ConflictDialog::Resolution::KeepEditing:
            // The next save is refused again and asks again: never over theirs unseen.
            if (done)
                done(false);
            return;
        case ConflictDialog::Resolution::TakeTheirs:
            showView(stored);
            Q_EMIT saved(m_ticket);
            if (done)
                done(true);  // nothing is left unsaved
            return;
        case ConflictDialog::Resolution::KeepMine:
        case ConflictDialog::Resolution::Merge:
            // Based on what is stored now; the form keeps what was typed until this is stored.
            store(TicketConflict::merged(mine, stored.ticket, conflict.keysFromMine()), publish, done);
            return;
        }
    });
}

void TicketEditor::saveAgainIfFailed()
{
    if (m_saveFailed && m_modified && !m_busy)
        save();
}

void TicketEditor::reloadWorkLog()
{
    m_workLogPanel->reload();
    m_directoryLinks->reload();  // another workbench or werkbank-cli may have linked one
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
