#include "widgets/accounts/AccountsView.h"

#include "core/accounts/AccountActionJob.h"
#include "core/accounts/AccountBackendFactory.h"
#include "core/accounts/LinuxSshAccountBackend.h"
#include "core/tickets/ActiveTicket.h"
#include "models/accounts/AccountModel.h"
#include "widgets/accounts/AccountActions.h"
#include "widgets/accounts/AccountTable.h"
#include "widgets/accounts/ClipboardGuard.h"
#include "widgets/accounts/PasswordRevealDialog.h"
#include "widgets/accounts/ResetPasswordDialog.h"
#include "widgets/accounts/SudoPrompt.h"
#include "widgets/common/EmptyState.h"
#include "widgets/common/ErrorBar.h"
#include "widgets/common/FilterFieldKeys.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace wb {

namespace {
QString showSystemKey() { return QStringLiteral("accounts/showSystemAccounts"); }
} // namespace

AccountsView::AccountsView(HostId hostId, SshTarget target, const AccountBackendFactory *backends, ActionTrail *trail,
                           ActiveTicket *activeTicket,
                           QWidget *parent)
    : WorkTab(parent), m_hostId(hostId), m_trail(trail), m_activeTicket(activeTicket)
{
    setObjectName(QStringLiteral("accountsView"));
    m_backend = backends->create(std::move(target), this);
    m_sudo = new SudoPrompt(m_backend, this);
    connect(m_sudo, &SudoPrompt::asking, this, [this] { m_doing->setText(tr("Waiting for the sudo password…")); });
    m_model = new AccountModel(this);
    m_model->setObjectName(QStringLiteral("accountModel"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setObjectName(QStringLiteral("accountProxy"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AccountModel::SortRole);
    m_proxy->setFilterRole(AccountModel::FilterRole);
    m_proxy->setFilterKeyColumn(AccountModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_clipboard = new ClipboardGuard(this);
    m_clipboard->setObjectName(QStringLiteral("clipboardGuard"));

    m_actions = std::make_unique<AccountActions>(this);
    for (AccountAction::Kind kind : AccountActions::kinds())
        connect(m_actions->action(kind), &QAction::triggered, this, [this, kind] { trigger(kind); });
    connect(m_actions->refresh(), &QAction::triggered, this, &AccountsView::refresh);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("accountsToolbar"));
    toolbar->setIconSize(QSize(16, 16));
    m_actions->addTo(toolbar);
    buildLayout(toolbar);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_showSystem, &QCheckBox::toggled, this, [this] {
        saveSettings();
        refresh();
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &AccountsView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AccountsView::updateActions);
    auto rowsChanged = [this] {
        updateActions();
        updatePage();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    restoreSettings();
    updateActions();
    updatePage();
}

AccountsView::~AccountsView()
{
    saveSettings();
    if (m_job) {
        // The host may already be changing the account: let the job finish
        // and write its audit record, then let go of it and its backend.
        AccountActionJob *job = m_job;
        LinuxSshAccountBackend *backend = m_backend;
        job->setParent(nullptr);
        backend->setParent(nullptr);
        connect(job, &AccountActionJob::finished, backend, [job, backend] {
            job->deleteLater();
            backend->deleteLater();
        });
    }
}

void AccountsView::buildLayout(QToolBar *toolbar)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("accountFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter: account, full name, group  (Ctrl+F)"));
    new FilterFieldKeys(m_filter, [this] {
        m_table->setFocus();
        if (!m_table->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    });
    m_showSystem = new QCheckBox(tr("Show s&ystem accounts"), this);
    m_showSystem->setObjectName(QStringLiteral("showSystemAccounts"));
    m_showSystem->setToolTip(tr("Also list root and the accounts services run as (UID below 1000)"));

    m_table = new AccountTable(m_model, m_proxy, this);
    setFocusProxy(m_table);
    m_empty = new EmptyState(QStringLiteral(":/icons/account.svg"), tr("No accounts to show"), QString(), this);
    m_empty->setObjectName(QStringLiteral("accountsEmptyState"));
    m_empty->addAction(m_actions->refresh());
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_table);

    m_errorBar = new ErrorBar(QStringLiteral("accountsError"), this);
    connect(m_errorBar, &ErrorBar::changed, this, &WorkTab::appearanceChanged);

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("accountsBusy"));
    m_busyBar->setRange(0, 0); // how long the host takes is unknown
    m_busyBar->setTextVisible(false);
    m_busyBar->setFixedSize(120, 12);
    m_busyBar->hide();
    m_doing = new QLabel(this);
    m_doing->setObjectName(QStringLiteral("accountsStatus"));

    // The toolbar gets a row of its own: beside the filter it would fold its actions away.
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addSpacing(8);
    top->addWidget(m_showSystem);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(4, 0, 4, 0);
    bottom->addWidget(m_busyBar);
    bottom->addWidget(m_doing, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(toolbar);
    layout->addLayout(top);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_pages, 1);
    layout->addLayout(bottom);
}

QString AccountsView::hostName() const
{
    return m_backend->hostName();
}

QString AccountsView::tabTitle() const
{
    return tr("Accounts — %1").arg(hostName());
}

QIcon AccountsView::tabIcon() const
{
    return QIcon(isBusy() ? QStringLiteral(":/icons/state-connecting.svg")
                 : hasError() ? QStringLiteral(":/icons/error.svg")
                              : QStringLiteral(":/icons/account.svg"));
}

QString AccountsView::tabToolTip() const
{
    return hasError() ? m_errorBar->message() : m_doing->text();
}

bool AccountsView::hasError() const
{
    return m_errorBar->hasError();
}

QAction *AccountsView::action(AccountAction::Kind kind) const
{
    return m_actions->action(kind);
}

QAction *AccountsView::refreshAction() const
{
    return m_actions->refresh();
}

const AccountStatus *AccountsView::selected() const
{
    const int row = m_table->selectedModelRow();
    return row < 0 ? nullptr : &m_model->accountAt(row);
}

QString AccountsView::selectedAccount() const
{
    const AccountStatus *account = selected();
    return account ? account->name : QString();
}

void AccountsView::selectAccount(const QString &name)
{
    m_table->selectAccount(name);
}

bool AccountsView::event(QEvent *event)
{
    // The inventory's Ctrl+F is window-wide; in here it means this filter.
    // Taking the shortcut override turns the key into a key press that reaches us.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Find)) {
            if (event->type() == QEvent::KeyPress) {
                m_filter->setFocus(Qt::ShortcutFocusReason);
                m_filter->selectAll();
            }
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void AccountsView::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    m_actions->addTo(&menu);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void AccountsView::updateActions()
{
    m_actions->update(selected(), m_busy);
    m_showSystem->setEnabled(!m_busy);
}

void AccountsView::updatePage()
{
    if (m_model->rowCount() > 0) {
        m_pages->setCurrentWidget(m_table);
        return;
    }
    if (m_busy && !m_listed)
        m_empty->setText(tr("Listing the accounts on %1…").arg(hostName().toHtmlEscaped()));
    else if (!m_listed)
        m_empty->setText(tr("The accounts on %1 could not be listed (the reason is above). Press <b>F5</b> to try again.")
                             .arg(hostName().toHtmlEscaped()));
    else if (!m_showSystem->isChecked())
        m_empty->setText(tr("%1 has no accounts for people. Tick <b>Show system accounts</b> to see every account.")
                             .arg(hostName().toHtmlEscaped()));
    else
        m_empty->setText(tr("%1 reported no accounts.").arg(hostName().toHtmlEscaped()));
    m_pages->setCurrentWidget(m_empty);
}

void AccountsView::setState(bool busy, const QString &text)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_doing->setText(text);
    updateActions();
    updatePage();
    Q_EMIT appearanceChanged();
}

void AccountsView::refresh()
{
    if (!m_busy)
        list();
}

void AccountsView::list()
{
    const QString keep = selectedAccount();
    m_errorBar->clear();
    setBusy(tr("Listing the accounts on %1…").arg(hostName()));
    AccountReply *reply = m_backend->listAccounts(m_showSystem->isChecked());
    connect(reply, &AccountReply::finished, this, [this, reply, keep] {
        reply->deleteLater();
        settle(reply->error(), reply->errorMessage(), [this] { list(); }, [this, reply, keep] {
            if (!reply->succeeded()) {
                m_errorBar->showError(reply->errorMessage());
                setIdle();
                return;
            }
            m_model->setAccounts(reply->accounts());
            m_table->fitColumnsOnce();
            m_listed = true;
            selectAccount(keep);
            setIdle(tr("%Ln account(s) on %1.", nullptr, m_model->rowCount()).arg(hostName()));
        });
    });
}

void AccountsView::trigger(AccountAction::Kind kind)
{
    using Kind = AccountAction::Kind;
    const AccountStatus *current = selected();
    if (m_busy || !current || !AccountModel::applies(kind, *current))
        return;
    // A copy: the dialogs below run their own event loop, and a reply may replace the row meanwhile.
    const AccountStatus account = *current;
    if (kind == Kind::ResetPassword) {
        resetPassword(account);
        return;
    }
    if (const std::optional<AccountAction> action = AccountActions::ask(kind, account, m_model->accounts(), hostName(), this))
        act(*action);
}

void AccountsView::resetPassword(const AccountStatus &account)
{
    ResetPasswordDialog dialog(account.name, hostName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AccountAction reset;
    reset.kind = AccountAction::Kind::ResetPassword;
    reset.user = account.name;
    reset.password = dialog.password();
    const bool mustChange = dialog.mustChange();
    dialog.clearSecrets();
    const QString user = account.name;
    act(reset, [this, reset, user, mustChange] {
        // Shown now, once: the host has it, whatever happens next.
        revealPassword(reset, false);
        const QString done = AccountActions::doneText(reset, hostName());
        if (!mustChange) {
            reread(user, done);
            return;
        }
        AccountAction change;
        change.kind = AccountAction::Kind::MustChangePassword;
        change.user = user;
        act(change, [this, user, done, change] {
            reread(user, done + QLatin1Char(' ') + AccountActions::doneText(change, hostName()));
        });
    }, [this, reset] {
        // The host may have it: a password set there must never be one nobody knows.
        revealPassword(reset, true);
    });
}

void AccountsView::revealPassword(const AccountAction &reset, bool outcomeUnknown)
{
    auto *reveal = new PasswordRevealDialog(reset.user, hostName(), reset.password, m_clipboard, this);
    if (outcomeUnknown)
        reveal->setOutcomeUnknown();
    reveal->setAttribute(Qt::WA_DeleteOnClose);
    reveal->open();
}

void AccountsView::act(const AccountAction &action, Then then, Then unknown)
{
    m_errorBar->clear();
    setBusy(AccountActions::doingText(action, hostName()));
    auto *job = new AccountActionJob(m_backend, action, m_trail, this);
    job->setTicket(m_activeTicket->id(), m_hostId);
    connect(job, &AccountActionJob::workLogged, m_activeTicket, &ActiveTicket::noteWorkLogged);
    job->setTargetPath(m_targetPath);
    job->setPendingWork(m_pending);
    m_job = job;
    connect(job, &AccountActionJob::finished, this, [this, job, action, then, unknown](bool succeeded, const QString &message) {
        m_job = nullptr;
        job->deleteLater();
        const bool mayHaveBeenMade = job->outcome() == AuditRecord::Outcome::Unknown;
        settle(job->error(), message, [this, action, then, unknown] { act(action, then, unknown); },
               [this, action, then, unknown, succeeded, message, mayHaveBeenMade] {
            if (!message.isEmpty())
                m_errorBar->showError(message); // a failure, or the audit record that could not be written
            if (mayHaveBeenMade && unknown)
                unknown();
            if (!succeeded)
                reread(action.user, {}, true);
            else if (then)
                then();
            else
                reread(action.user, AccountActions::doneText(action, hostName()));
        });
    });
    job->start();
}

void AccountsView::reread(const QString &user, const QString &outcome, bool keepError)
{
    setBusy(tr("Reading %1 on %2 again…").arg(user, hostName()));
    AccountReply *reply = m_backend->readAccount(user);
    connect(reply, &AccountReply::finished, this, [this, reply, user, outcome, keepError] {
        reply->deleteLater();
        settle(reply->error(), reply->errorMessage(), [this, user, outcome, keepError] { reread(user, outcome, keepError); },
               [this, reply, user, outcome, keepError] {
            if (reply->succeeded() && reply->accounts().size() == 1)
                m_model->updateAccount(reply->accounts().constFirst());
            else if (reply->error() == AccountReply::Error::NoSuchAccount)
                m_model->removeAccount(user);
            if (!reply->succeeded() && !(keepError && hasError()))
                m_errorBar->showError(reply->errorMessage());
            setIdle(outcome);
        });
    });
}

void AccountsView::settle(AccountReply::Error error, const QString &message, Then retry, Then proceed)
{
    m_sudo->settle(error, hostName(), std::move(retry), std::move(proceed), [this, message] {
        m_errorBar->showError(message);
        setIdle();
    });
}

void AccountsView::restoreSettings()
{
    const QSettings settings;
    {
        const QSignalBlocker quiet(m_showSystem); // restoring is not a request to list again
        m_showSystem->setChecked(settings.value(showSystemKey(), false).toBool());
    }
    m_table->restoreSettings();
}

void AccountsView::saveSettings() const
{
    QSettings settings;
    settings.setValue(showSystemKey(), m_showSystem->isChecked());
    m_table->saveSettings();
}

} // namespace wb
