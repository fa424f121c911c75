#include "widgets/accounts/DirectoryAccountsView.h"

#include "core/directory/DirectoryAccountBackend.h"
#include "core/directory/DirectoryKeys.h"
#include "core/secrets/CredentialStore.h"
#include "core/tickets/ActiveTicket.h"
#include "models/accounts/DirectoryAccountModel.h"
#include "models/common/ShownTime.h"
#include "widgets/accounts/AccountActions.h"
#include "widgets/accounts/ClipboardGuard.h"
#include "widgets/accounts/PasswordRevealDialog.h"
#include "widgets/accounts/ResetPasswordDialog.h"
#include "widgets/common/EmptyState.h"
#include "widgets/common/ErrorBar.h"
#include "widgets/session/SecretDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wb {

using Kind = AccountAction::Kind;

DirectoryAccountsView::DirectoryAccountsView(const Directory &directory, ActionTrail *trail, ActiveTicket *activeTicket,
                                             CredentialStore *credentials, QWidget *parent)
    : WorkTab(parent), m_directory(directory), m_trail(trail), m_activeTicket(activeTicket), m_credentials(credentials)
{
    setObjectName(QStringLiteral("directoryAccountsView"));
    m_backend = new DirectoryAccountBackend(directory, this);
    connect(m_backend, &DirectoryAccountBackend::kindKnown, this, &DirectoryAccountsView::updateActions);
    m_queue = new AccountActionQueue(m_backend, trail, this);
    connect(m_queue, &AccountActionQueue::workLogged, m_activeTicket, &ActiveTicket::noteWorkLogged);
    connect(m_queue, &AccountActionQueue::actionStarted, this, [this](int index, const AccountAction &action) {
        m_busyBar->setRange(0, m_queue->count());
        m_busyBar->setValue(index);
        setState(true, AccountActions::doingText(action, m_directory.name));
    });
    connect(m_queue, &AccountActionQueue::actionFinished, this, &DirectoryAccountsView::onActionFinished);
    connect(m_queue, &AccountActionQueue::finished, this, [this](int failed) {
        const int done = m_queue->count() - failed;
        if (!m_failures.isEmpty())
            m_errorBar->showError(m_failures.join(u'\n'));
        if (std::exchange(m_collectPasswords, false) && !m_newPasswords.isEmpty()) {
            auto *list = new PasswordListDialog(m_directory.name, std::exchange(m_newPasswords, {}), m_clipboard, this);
            list->setAttribute(Qt::WA_DeleteOnClose);
            list->open();
        }
        setState(false, failed == 0 ? tr("%Ln action(s) done in %1.", nullptr, done).arg(m_directory.name)
                                    : tr("%1 of %2 done; %3 failed (see above).").arg(done).arg(m_queue->count()).arg(failed));
        if (const Then then = std::exchange(m_afterQueue, {}); then && failed == 0)
            then();
        Q_EMIT idle();
    });

    m_model = new DirectoryAccountModel(this);
    m_model->setObjectName(QStringLiteral("directoryAccountModel"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setObjectName(QStringLiteral("directoryAccountProxy"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DirectoryAccountModel::SortRole);
    m_clipboard = new ClipboardGuard(this);
    m_clipboard->setObjectName(QStringLiteral("clipboardGuard"));
    m_actions = std::make_unique<AccountActions>(this);
    for (Kind kind : AccountActions::kinds())
        connect(m_actions->action(kind), &QAction::triggered, this, [this, kind] { trigger(kind); });
    connect(m_actions->refresh(), &QAction::triggered, this, &DirectoryAccountsView::search);
    m_linkToTicket = new QAction(QIcon(QStringLiteral(":/icons/ticket.svg")), tr("Link to Active &Ticket"), this);
    m_linkToTicket->setObjectName(QStringLiteral("linkAccountsToTicket"));
    m_linkToTicket->setToolTip(tr("Link the selected accounts to the active ticket; their actions then go into its work log"));
    m_linkToTicket->setVisible(false);  // until the window hands a way to store links
    connect(m_linkToTicket, &QAction::triggered, this, &DirectoryAccountsView::linkToActiveTicket);
    connect(m_activeTicket, &ActiveTicket::changed, this, &DirectoryAccountsView::updateActions);
    buildLayout();

    connect(m_search, &QLineEdit::returnPressed, this, &DirectoryAccountsView::search);
    connect(m_table, &QWidget::customContextMenuRequested, this, &DirectoryAccountsView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        const QList<AccountStatus> selected = selectedAccounts();
        const AccountStatus *one = selected.size() == 1 ? &selected.first() : nullptr;
        showControllers(one);
        // Active Directory keeps lockouts per DC: ask them all about the one account selected.
        if (one && one->domainControllers.isEmpty() && m_backend->kind() == DirectoryKind::ActiveDirectory && !m_busy)
            reread(one->dn);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DirectoryAccountsView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DirectoryAccountsView::updatePage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DirectoryAccountsView::updatePage);
    updateActions();
    updatePage();
}

DirectoryAccountsView::~DirectoryAccountsView()
{
    // A running action finishes on its own (AccountActionQueue); it needs the backend.
    if (m_queue->isRunning()) {
        m_backend->setParent(nullptr);
        m_queue->setParent(nullptr);
        connect(m_queue, &AccountActionQueue::destroyed, m_backend, &QObject::deleteLater);
        m_queue->deleteLater();
    }
}

void DirectoryAccountsView::setPendingWork(PendingWork *pending)
{
    m_queue->setPendingWork(pending);
}

void DirectoryAccountsView::buildLayout()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("directoryAccountsToolbar"));
    toolbar->setIconSize(QSize(16, 16));
    m_actions->addTo(toolbar);
    toolbar->addSeparator();
    toolbar->addAction(m_linkToTicket);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("accountSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search name, login, e-mail or department, then Enter (empty: everyone)"));
    auto *go = new QPushButton(tr("&Search"), this);
    go->setObjectName(QStringLiteral("searchButton"));
    connect(go, &QPushButton::clicked, this, &DirectoryAccountsView::search);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("directoryAccountTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);  // the directory's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(60);  // sizing to a page looks at 60 rows, not 500
    m_table->horizontalHeader()->resizeSection(DirectoryAccountModel::DisplayNameColumn, 170);
    setFocusProxy(m_table);

    m_controllers = new QTreeWidget(this);
    m_controllers->setObjectName(QStringLiteral("domainControllers"));
    m_controllers->setRootIsDecorated(false);
    m_controllers->setHeaderLabels({tr("Domain controller"), tr("Locked out"), tr("Bad passwords"), tr("Last logon")});
    m_controllers->header()->resizeSection(0, 200);
    m_controllers->hide();
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(m_table);
    m_split->addWidget(m_controllers);
    m_split->setStretchFactor(0, 4);
    m_split->setStretchFactor(1, 1);

    m_empty = new EmptyState(QStringLiteral(":/icons/directory.svg"), QString(), QString(), this);
    m_empty->setObjectName(QStringLiteral("directoryAccountsEmptyState"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_split);

    m_errorBar = new ErrorBar(QStringLiteral("directoryAccountsError"), this);
    connect(m_errorBar, &ErrorBar::changed, this, &WorkTab::appearanceChanged);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("directoryAccountsBusy"));
    m_busyBar->setTextVisible(false);
    m_busyBar->setFixedSize(120, 12);
    m_busyBar->hide();
    m_doing = new QLabel(this);
    m_doing->setObjectName(QStringLiteral("directoryAccountsStatus"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(go);
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

QString DirectoryAccountsView::tabTitle() const
{
    return tr("Accounts — %1").arg(m_directory.name);
}

QIcon DirectoryAccountsView::tabIcon() const
{
    return QIcon(m_busy ? QStringLiteral(":/icons/state-connecting.svg")
                 : hasError() ? QStringLiteral(":/icons/error.svg")
                              : QStringLiteral(":/icons/directory.svg"));
}

QString DirectoryAccountsView::tabToolTip() const
{
    return hasError() ? m_errorBar->message() : m_doing->text();
}

void DirectoryAccountsView::focusSearch()
{
    m_search->setFocus(Qt::OtherFocusReason);
    m_search->selectAll();
}

bool DirectoryAccountsView::hasError() const
{
    return m_errorBar->hasError();
}

QAction *DirectoryAccountsView::action(Kind kind) const
{
    return m_actions->action(kind);
}

QList<AccountStatus> DirectoryAccountsView::selectedAccounts() const
{
    QList<AccountStatus> accounts;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        accounts.append(m_model->accountAt(m_proxy->mapToSource(index).row()));
    return accounts;
}

void DirectoryAccountsView::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    m_actions->addTo(&menu);
    menu.addSeparator();
    menu.addAction(m_linkToTicket);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void DirectoryAccountsView::updateActions()
{
    const QList<AccountStatus> selected = selectedAccounts();
    for (Kind kind : AccountActions::kinds()) {
        QAction *action = m_actions->action(kind);
        const QString notHere = m_backend->notApplicable(kind);
        const bool applies = std::any_of(selected.begin(), selected.end(),
                                         [kind](const AccountStatus &a) { return DirectoryAccountModel::applies(kind, a); });
        action->setEnabled(!m_busy && notHere.isEmpty() && applies);
        action->setVisible(notHere.isEmpty());  // AD has no manual lock: no button for one
    }
    m_actions->refresh()->setEnabled(!m_busy);
    m_linkToTicket->setEnabled(!m_busy && m_linker && m_activeTicket->id() != 0 && !selected.isEmpty());
}

void DirectoryAccountsView::setTicketLinker(TicketLinker linker)
{
    m_linker = std::move(linker);
    m_linkToTicket->setVisible(bool(m_linker));
    updateActions();
}

void DirectoryAccountsView::linkToActiveTicket()
{
    const qint64 ticket = m_activeTicket->id();
    QStringList dns;
    for (const AccountStatus &a : selectedAccounts())
        dns << a.dn;
    if (!m_linker || ticket == 0 || dns.isEmpty())
        return;
    m_errorBar->clear();
    m_linker(ticket, dns, [view = QPointer<DirectoryAccountsView>(this), ticket, count = int(dns.size())](const QString &error) {
        if (!view)
            return;
        if (!error.isEmpty())
            view->m_errorBar->showError(error);
        else
            view->m_doing->setText(tr("Linked %n account(s) to ticket #%1.", nullptr, count).arg(ticket));
        Q_EMIT view->idle();
    });
}

void DirectoryAccountsView::updatePage()
{
    if (m_model->rowCount() > 0) {
        m_pages->setCurrentWidget(m_split);
        return;
    }
    if (m_busy)
        m_empty->setText(tr("Searching %1…").arg(m_directory.name.toHtmlEscaped()));
    else if (!m_searchedOnce)
        m_empty->setText(tr("Type a name, login, e-mail address or department and press <b>Enter</b>; "
                            "Enter in an empty field lists everyone."));
    else
        m_empty->setText(tr("Nobody in %1 matches “%2”.").arg(m_directory.name.toHtmlEscaped(), m_searched.toHtmlEscaped()));
    m_pages->setCurrentWidget(m_empty);
}

void DirectoryAccountsView::setState(bool busy, const QString &text)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_doing->setText(text);
    updateActions();
    updatePage();
    Q_EMIT appearanceChanged();
}

void DirectoryAccountsView::withBindPassword(Then then)
{
    if (m_backend->hasBindPassword() || !m_credentials) {
        then();
        return;
    }
    m_credentials->read(bindPasswordKey(m_directory),
                        [view = QPointer<DirectoryAccountsView>(this), then](std::optional<QString> secret, QString) {
        if (!view)
            return;
        if (!secret) {
            SecretDialog ask(tr("Bind Password"),
                             tr("The password of %1 for %2 (to keep it in the keychain, type it in Edit Directory…):")
                                 .arg(view->m_directory.bindDn, view->m_directory.name),
                             QString(), view);
            if (ask.exec() != QDialog::Accepted) {
                view->m_errorBar->showError(tr("Werkbank needs the bind password of %1 to log in.").arg(view->m_directory.name));
                view->setState(false, QString());
                Q_EMIT view->idle();
                return;
            }
            secret = ask.secret();
        }
        view->m_backend->setBindPassword(*secret);
        then();
    });
}

void DirectoryAccountsView::search()
{
    if (m_busy)
        return;
    m_errorBar->clear();
    m_searched = m_search->text();
    m_model->clear();
    showControllers(nullptr);
    setState(true, tr("Searching %1…").arg(m_directory.name));
    m_busyBar->setRange(0, 0);
    withBindPassword([this] {
        AccountReply *reply = m_backend->searchAccounts(m_searched);
        connect(reply, &AccountReply::accountsArrived, this, [this](const QList<AccountStatus> &page) {
            m_model->appendPage(page);
            if (!m_fitted && m_model->rowCount() > 0) {
                // Once, to the first page of the first search, within reason; in a turn
                // of the event loop of its own, so the rows and the sizing never add up to a stall.
                m_fitted = true;
                QTimer::singleShot(0, this, [this] {
                    m_table->resizeColumnsToContents();
                    for (int column = 0; column < DirectoryAccountModel::ColumnCount; ++column)
                        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column) + 8, 240));
                });
            }
            m_doing->setText(tr("Searching %1… %Ln found so far", nullptr, m_model->rowCount()).arg(m_directory.name));
        });
        connect(reply, &AccountReply::finished, this, [this, reply] {
            reply->deleteLater();
            m_searchedOnce = true;
            if (!reply->succeeded())
                m_errorBar->showError(reply->errorMessage());
            setState(false, reply->succeeded() ? tr("%Ln account(s) found in %1.", nullptr, m_model->rowCount()).arg(m_directory.name)
                                               : QString());
            // Once idle, so selecting it may ask the domain controllers about it.
            if (m_table->selectionModel()->selectedRows().isEmpty() && m_proxy->rowCount() > 0)
                m_table->selectRow(0);
            Q_EMIT idle();
        });
    });
}

void DirectoryAccountsView::trigger(Kind kind)
{
    if (m_busy || !m_backend->notApplicable(kind).isEmpty())
        return;
    QList<AccountStatus> accounts;
    for (const AccountStatus &a : selectedAccounts())
        if (DirectoryAccountModel::applies(kind, a))
            accounts.append(a);
    if (accounts.isEmpty())
        return;
    if (kind == Kind::ResetPassword) {
        askPolicyThenReset(accounts);
        return;
    }
    runActions(prepare(kind, accounts));
}

QList<AccountAction> DirectoryAccountsView::prepare(Kind kind, const QList<AccountStatus> &accounts)
{
    const AccountStatus &first = accounts.first();
    std::optional<AccountAction> asked;
    if (accounts.size() == 1 || kind == Kind::SetExpiry || kind == Kind::AddToGroup || kind == Kind::RemoveFromGroup) {
        // One dialog for the date or the group, named after the first; a bulk
        // confirmation below names them all.
        asked = AccountActions::ask(kind, first, m_model->accounts(), m_directory.name, this);
    } else {
        asked = AccountAction();
        asked->kind = kind;
        if (AccountActions::needsConfirmation(kind)) {
            QMessageBox box(QMessageBox::Question, tr("Accounts"),
                            tr("%1 these %Ln account(s) in %2?", nullptr, int(accounts.size()))
                                .arg(m_actions->action(kind)->text().remove(u'&').remove(QStringLiteral("…")), m_directory.name),
                            QMessageBox::Yes | QMessageBox::Cancel, this);
            box.setObjectName(QStringLiteral("confirmBulkAction"));
            box.setDefaultButton(QMessageBox::Cancel);
            if (box.exec() != QMessageBox::Yes)
                return {};
        }
    }
    if (!asked)
        return {};
    // Active Directory ignores "must change" while "password never expires" is set: say so, offer to clear it.
    if (kind == Kind::MustChangePassword) {
        const auto neverExpires = std::count_if(accounts.begin(), accounts.end(),
                                                [](const AccountStatus &a) { return a.passwordNeverExpires; });
        if (neverExpires > 0) {
            QMessageBox box(QMessageBox::Question, tr("Must Change Password"),
                            tr("“Password never expires” is set on %Ln of these account(s); while it is, "
                               "“must change” has no effect. Clear it as well?", nullptr, int(neverExpires)),
                            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, this);
            box.setObjectName(QStringLiteral("offerClearNeverExpires"));
            box.setDefaultButton(QMessageBox::Yes);
            const int answer = box.exec();
            if (answer == QMessageBox::Cancel)
                return {};
            asked->clearPasswordNeverExpires = answer == QMessageBox::Yes;
        }
    }
    QList<AccountAction> actions;
    for (const AccountStatus &a : accounts) {
        AccountAction action = *asked;
        action.user = a.name;
        action.accountId = a.dn;
        actions.append(action);
    }
    return actions;
}

void DirectoryAccountsView::runActions(const QList<AccountAction> &actions, Then then)
{
    if (actions.isEmpty())
        return;
    m_errorBar->clear();
    m_failures.clear();
    m_afterQueue = std::move(then);
    m_queue->setTicket(m_activeTicket->id(), m_directory.id);  // the ticket active when the action was asked for
    setState(true, QString());
    withBindPassword([this, actions] { m_queue->run(actions); });
}

void DirectoryAccountsView::onActionFinished(int, const AccountActionQueue::Result &result)
{
    if (result.action.kind == Kind::ResetPassword && (result.succeeded || result.outcomeUnknown) && m_collectPasswords) {
        m_newPasswords.append({result.action.user, result.action.password, result.outcomeUnknown});
    } else if (result.action.kind == Kind::ResetPassword && (result.succeeded || result.outcomeUnknown)) {
        // Shown now, once: the directory has it (or may have), whatever happens next.
        auto *reveal = new PasswordRevealDialog(result.action.user, m_directory.name, result.action.password, m_clipboard, this);
        if (result.outcomeUnknown)
            reveal->setOutcomeUnknown();
        reveal->setAttribute(Qt::WA_DeleteOnClose);
        reveal->open();
    }
    if (!result.succeeded)
        m_failures.append(QStringLiteral("%1: %2").arg(result.action.user, result.message));
    reread(result.action.accountId);
}

void DirectoryAccountsView::reread(const QString &dn)
{
    AccountReply *reply = m_backend->readAccount(dn);
    connect(reply, &AccountReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->succeeded() || reply->accounts().size() != 1)
            return;
        const AccountStatus &account = reply->accounts().constFirst();
        m_model->updateAccount(account);
        const QList<AccountStatus> selected = selectedAccounts();
        if (selected.size() == 1 && selected.first().dn == account.dn)
            showControllers(&account);
    });
}

void DirectoryAccountsView::askPolicyThenReset(const QList<AccountStatus> &accounts)
{
    setState(true, tr("Reading the password policy of %1…").arg(m_directory.name));
    m_busyBar->setRange(0, 0);
    withBindPassword([this, accounts] {
        // The policy of the first (fine-grained policies may differ; the server still checks each).
        AccountReply *reply = m_backend->readPasswordPolicy(accounts.first().dn);
        connect(reply, &AccountReply::finished, this, [this, reply, accounts] {
            reply->deleteLater();
            setState(false, QString());
            reset(accounts, reply->passwordPolicy());
        });
    });
}

void DirectoryAccountsView::reset(const QList<AccountStatus> &accounts, const PasswordPolicy &policy)
{
    const bool one = accounts.size() == 1;
    const QString who = one ? accounts.first().name : tr("%n accounts", nullptr, int(accounts.size()));
    ResetPasswordDialog dialog(who, m_directory.name, this);
    dialog.setInDirectory(who, m_directory.name);
    dialog.setPolicy(policy);
    if (!one)
        dialog.setGenerateOnly();
    if (std::any_of(accounts.begin(), accounts.end(), [](const AccountStatus &a) { return a.passwordNeverExpires; }))
        dialog.offerClearNeverExpires();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PasswordGenerator generator = dialog.generator();
    QList<AccountAction> actions;
    for (const AccountStatus &account : accounts) {
        AccountAction reset;
        reset.kind = Kind::ResetPassword;
        reset.user = account.name;
        reset.accountId = account.dn;
        reset.password = one ? dialog.password() : generator.generate();  // one password per account
        actions.append(reset);
        if (dialog.mustChange()) {
            AccountAction change;
            change.kind = Kind::MustChangePassword;
            change.user = account.name;
            change.accountId = account.dn;
            change.clearPasswordNeverExpires = dialog.clearsNeverExpires();
            actions.append(change);
        }
    }
    dialog.clearSecrets();
    m_collectPasswords = !one;
    m_newPasswords.clear();
    runActions(actions);
}

void DirectoryAccountsView::showControllers(const AccountStatus *account)
{
    m_controllers->clear();
    const bool show = account && !account->domainControllers.isEmpty();
    m_controllers->setVisible(show);
    if (!show)
        return;
    for (const DomainControllerState &dc : account->domainControllers) {
        auto *item = new QTreeWidgetItem(m_controllers);
        item->setText(0, dc.server);
        if (!dc.reached) {
            item->setText(1, tr("not reached: %1").arg(dc.error));
            item->setIcon(0, QIcon(QStringLiteral(":/icons/warning.svg")));
            continue;
        }
        item->setText(1, dc.locked ? (dc.lockedSince.isValid() ? tr("since %1").arg(ShownTime::dateTime(dc.lockedSince)) : tr("locked"))
                                   : tr("no"));
        if (dc.locked)
            item->setIcon(1, QIcon(QStringLiteral(":/icons/lock.svg")));
        item->setText(2, dc.badPasswordCount < 0 ? QString() : QString::number(dc.badPasswordCount));
        item->setText(3, dc.lastLogon.isValid() ? ShownTime::dateTime(dc.lastLogon) : tr("never"));
    }
}

} // namespace wb
