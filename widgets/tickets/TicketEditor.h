#pragma once

#include "core/storage/LatestRequest.h"
#include "core/tickets/PriorityMatrix.h"
#include "core/tickets/Ticket.h"
#include "core/tickets/TicketSave.h"
#include "widgets/common/WorkTab.h"

#include <QHash>

#include <functional>

class QLabel;
class QPushButton;

namespace wb {

class AsyncKnowledgeBase;
class AsyncTicketStore;
class TicketForm;
struct TicketView;

// One ticket as a tab: its fields (TicketForm), its work log as a timeline
// with an entry box (TicketWorkLogPanel), and the knowledge-base articles that
// match its title and category; this opens and saves it. Ctrl+S saves;
// a status the workflow refuses, or a stale copy, is a message and nothing
// typed is lost. Read and saved off the GUI thread: while a ticket is opened
// or saved the form waits.
class TicketEditor : public WorkTab
{
    Q_OBJECT
public:
    // Both must outlive the editor.
    TicketEditor(AsyncTicketStore *tickets, AsyncKnowledgeBase *knowledgeBase, QWidget *parent = nullptr);

    // Host names for the hosts list; the ids of the hosts selected in the
    // inventory for "Add Selected Hosts".
    void setHostNames(std::function<QString(qint64)> names);
    void setHostSelection(std::function<QList<qint64>()> selection);
    // Directory names and the directories selected in the inventory, for the directory links.
    void setDirectories(std::function<QString(qint64)> names, std::function<QList<qint64>()> selection);

    // Shows ticket `id` once it is read (openFailed() when it cannot be).
    void openTicket(TicketId id);
    void newTicket(const QList<qint64> &hostIds = {});
    // Opening or saving is under way.
    bool isBusy() const { return m_busy; }
    TicketId ticketId() const { return m_ticket.id; }
    const Ticket &ticket() const { return m_ticket; }
    // Has unsaved edits.
    bool isModified() const { return m_modified; }
    QString tabTitle() const override;
    QIcon tabIcon() const override { return QIcon(QStringLiteral(":/icons/ticket.svg")); }
    // Edited: asks to save, discard or keep it open.
    Closing confirmClose() override;
    bool hasUnsavedWork() const override { return isModified(); }
    void saveWork(std::function<void(bool saved)> done) override { save(std::move(done)); }

public Q_SLOTS:
    // Stores the fields; saved() follows, or the refusal is shown. `done`
    // hears which (closing a tab waits for it).
    void save(std::function<void(bool stored)> done = {});
    // Reads the work log again (the workbench logged its own work there).
    void reloadWorkLog();
    // When the last save failed (the workspace could not be reached), saves
    // what the fields hold now; nothing typed meanwhile is lost.
    void saveAgainIfFailed();

Q_SIGNALS:
    void saved(const wb::Ticket &ticket);
    void makeActiveRequested(wb::TicketId id);
    // The ticket could not be read (deleted meanwhile, or the workspace failed).
    void openFailed(wb::TicketId id, const QString &error);

private:
    void buildForm();
    // Takes what was read, then shows it.
    void showView(const TicketView &view);
    void showTicket();
    void setBusy(bool busy);
    void store(const Ticket &candidate, const PublishRequest &publish, std::function<void(bool stored)> done);
    // After a refused save: when the ticket was saved elsewhere since it was
    // read, yours and theirs side by side, and what the person chose is stored.
    void resolveIfSavedElsewhere(const Ticket &mine, const PublishRequest &publish, std::function<void(bool stored)> done);
    void showError(const QString &message);
    void setModified(bool modified);

    AsyncTicketStore *m_tickets;
    AsyncKnowledgeBase *m_knowledgeBase;
    bool m_saveFailed = false;
    std::function<QString(qint64)> m_hostNames;
    Ticket m_ticket;
    PriorityMatrix m_matrix;
    QHash<CategoryId, QString> m_categoryPaths;
    QList<WorkLogEntry> m_workLog;
    bool m_busy = false;
    bool m_modified = false;
    bool m_loading = false;

    QLabel *m_heading;
    QLabel *m_error;
    TicketForm *m_form;
    QLabel *m_times;
    class TicketWorkLogPanel *m_workLogPanel;
    class ArticleSuggestions *m_suggestions;
    QPushButton *m_makeActive;
    class TicketDirectoryLinks *m_directoryLinks;
};

} // namespace wb
