#pragma once

#include "core/targets/SshSettings.h"
#include "widgets/accounts/AccountPreferences.h"
#include "widgets/run/RunPreferences.h"
#include "widgets/terminal/TerminalSettings.h"

#include <QDialog>

class QAction;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace wb {

class AccountsPage;
class ConnectionPage;
class LanguagePage;
class RunsPage;
class TerminalPage;
class WorkspacePage;

// Everything Edit → Preferences sets, each part where it has always been stored.
struct PreferenceValues
{
    SshSettings connection; // with the workspace's known_hosts file
    TerminalSettings terminal;
    RunPreferences runs;
    AccountPreferences accounts;
    QString language;
};

// Edit → Preferences (Ctrl+,): one page per subject in a list on the left; Restore Defaults
// puts the page shown back to Werkbank's defaults (nothing is stored until OK or Apply).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Connection, Terminal, Runs, Accounts, Language, Workspace };

    // `ticketSettings`: the Tickets menu's action, offered on the workspace page.
    PreferencesDialog(const PreferenceValues &values, QAction *ticketSettings, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    PreferenceValues values() const;
    // OK: applied(), then closed.
    void accept() override;

Q_SIGNALS:
    // OK or Apply: store and apply these.
    void applied(const wb::PreferenceValues &values);

private:
    void restoreDefaults();

    QListWidget *m_pages;
    QStackedWidget *m_stack;
    QPushButton *m_restore;
    ConnectionPage *m_connection;
    TerminalPage *m_terminal;
    RunsPage *m_runs;
    AccountsPage *m_accounts;
    LanguagePage *m_language;
    WorkspacePage *m_workspace;
};

} // namespace wb
