#include "widgets/preferences/PreferencesDialog.h"

#include "widgets/preferences/PreferencesPages.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wb {

PreferencesDialog::PreferencesDialog(const PreferenceValues &values, QAction *ticketSettings, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_pages = new QListWidget(this);
    m_pages->setObjectName(QStringLiteral("preferencesPages"));
    m_stack = new QStackedWidget(this);
    m_connection = new ConnectionPage(this);
    m_terminal = new TerminalPage(this);
    m_runs = new RunsPage(this);
    m_accounts = new AccountsPage(this);
    m_language = new LanguagePage(this);
    m_workspace = new WorkspacePage(ticketSettings, this);
    const std::pair<QWidget *, QString> pages[] = {
        {m_connection, tr("Connection")}, {m_terminal, tr("Terminal")}, {m_runs, tr("Runs")},
        {m_accounts, tr("Accounts")},     {m_language, tr("Language")}, {m_workspace, tr("Workspace")},
    };
    const char *icons[] = {"terminal", "terminal", "run", "account", "info", "group"};
    int i = 0;
    for (const auto &[page, title] : pages) {
        m_stack->addWidget(page);
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icons[i++]))), title, m_pages);
    }
    m_pages->setFixedWidth(m_pages->sizeHintForColumn(0) + 40);
    connect(m_pages, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        m_restore->setEnabled(Page(row) != Page::Workspace); // the team's, not this person's
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply
                                             | QDialogButtonBox::RestoreDefaults,
                                         this);
    m_restore = buttons->button(QDialogButtonBox::RestoreDefaults);
    m_restore->setObjectName(QStringLiteral("restoreDefaults"));
    m_restore->setToolTip(tr("Put this page back as Werkbank comes; nothing is stored until OK or Apply"));
    buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("applyPreferences"));
    connect(m_restore, &QPushButton::clicked, this, &PreferencesDialog::restoreDefaults);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { Q_EMIT applied(this->values()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pages);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);

    m_connection->set(values.connection);
    m_terminal->set(values.terminal);
    m_runs->set(values.runs);
    m_accounts->set(values.accounts);
    m_language->set(values.language);
    m_workspace->set(values.connection.knownHostsPath);
    m_pages->setCurrentRow(0);
    resize(720, 500);
}

void PreferencesDialog::accept()
{
    Q_EMIT applied(values());
    QDialog::accept();
}

void PreferencesDialog::showPage(Page page)
{
    m_pages->setCurrentRow(int(page));
}

PreferencesDialog::Page PreferencesDialog::currentPage() const
{
    return Page(m_pages->currentRow());
}

PreferenceValues PreferencesDialog::values() const
{
    PreferenceValues values;
    values.connection = m_connection->value();
    values.connection.knownHostsPath = m_workspace->value();
    values.terminal = m_terminal->value();
    values.runs = m_runs->value();
    values.accounts = m_accounts->value();
    values.language = m_language->value();
    return values;
}

void PreferencesDialog::restoreDefaults()
{
    switch (currentPage()) {
    case Page::Connection: m_connection->restoreDefaults(); break;
    case Page::Terminal: m_terminal->restoreDefaults(); break;
    case Page::Runs: m_runs->restoreDefaults(); break;
    case Page::Accounts: m_accounts->restoreDefaults(); break;
    case Page::Language: m_language->restoreDefaults(); break;
    case Page::Workspace: break;
    }
}

} // namespace wb
