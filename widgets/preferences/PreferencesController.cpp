#include "widgets/preferences/PreferencesController.h"

#include "core/i18n/Translations.h"
#include "core/targets/ConnectionSettings.h"
#include "widgets/main/SessionArea.h"
#include "widgets/session/SessionController.h"

#include <QAction>
#include <QSettings>

#include <algorithm>

namespace wb {

namespace {

// What the Preferences dialog edits of the connection settings.
bool sameConnection(const SshSettings &a, const SshSettings &b)
{
    return a.connectTimeoutSeconds == b.connectTimeoutSeconds && a.keepaliveSeconds == b.keepaliveSeconds
           && a.reuseIdleSeconds == b.reuseIdleSeconds && a.reachabilityMinutes == b.reachabilityMinutes
           && a.factsHours == b.factsHours && a.sessionLog == b.sessionLog && a.sessionLogFolder == b.sessionLogFolder
           && a.knownHostsPath.trimmed() == b.knownHostsPath.trimmed();
}

} // namespace

PreferencesController::PreferencesController(ConnectionSettings *connection, SessionController *sessions, SessionArea *area,
                                             QAction *ticketSettings, QWidget *window)
    : QObject(window)
    , m_connection(connection)
    , m_sessions(sessions)
    , m_area(area)
    , m_ticketSettings(ticketSettings)
    , m_window(window)
{
    setObjectName(QStringLiteral("preferencesController"));
    m_action = new QAction(tr("&Preferences…"), this);
    m_action->setObjectName(QStringLiteral("preferences"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_action->setMenuRole(QAction::PreferencesRole);
    m_action->setToolTip(tr("Connections, terminal, runs, accounts and language: yours, on this computer"));
    connect(m_action, &QAction::triggered, this, [this] { open(); });
    m_connectionAction = new QAction(tr("Connection &Settings…"), this);
    m_connectionAction->setObjectName(QStringLiteral("connectionSettings"));
    connect(m_connectionAction, &QAction::triggered, this, [this] { open(PreferencesDialog::Page::Connection); });
    m_area->setTerminalSettings(TerminalSettings::load());
}

void PreferencesController::open(std::optional<PreferencesDialog::Page> page)
{
    PreferenceValues values;
    values.connection = m_connection->current();
    m_requestedConnection = values.connection;
    values.terminal = TerminalSettings::load();
    values.runs = RunPreferences::load();
    values.accounts = AccountPreferences::load();
    values.language = savedLanguage();
    PreferencesDialog dialog(values, m_ticketSettings, m_window);
    const QString lastPage = QStringLiteral("preferences/lastPage");
    dialog.showPage(page.value_or(PreferencesDialog::Page(std::clamp(QSettings().value(lastPage).toInt(), 0,
                                                                     int(PreferencesDialog::Page::Workspace)))));
    connect(&dialog, &PreferencesDialog::applied, this, &PreferencesController::apply);
    dialog.exec();
    QSettings().setValue(lastPage, int(dialog.currentPage()));
}

void PreferencesController::apply(const PreferenceValues &values)
{
    values.runs.save();
    values.accounts.save();
    values.terminal.save();
    m_area->setTerminalSettings(values.terminal);
    if (!sameConnection(values.connection, m_requestedConnection)) {
        m_sessions->saveConnectionSettings(values.connection, m_connection->current().knownHostsPath);
        m_requestedConnection = values.connection;
    }
    if (values.language != savedLanguage()) {
        saveLanguage(values.language);
        Q_EMIT statusMessage(tr("Preferences saved; the language changes when Werkbank next starts."), 10000);
    } else {
        Q_EMIT statusMessage(tr("Preferences saved."), 5000);
    }
}

} // namespace wb
