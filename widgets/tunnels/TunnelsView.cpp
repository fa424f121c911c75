#include "widgets/tunnels/TunnelsView.h"

#include "core/tunnels/TunnelSession.h"
#include "models/tunnels/TunnelTableModel.h"
#include "widgets/session/HostKeyDialog.h"
#include "widgets/session/SecretDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace wb {

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    return button;
}

} // namespace

TunnelsView::TunnelsView(HostId hostId, const QString &hostName, const QList<PortForward> &forwards, const ConnectionMaker &makeConnection,
                         QWidget *parent)
    : WorkTab(parent),
      m_hostId(hostId),
      m_hostName(hostName),
      m_forwards(forwards),
      m_makeConnection(makeConnection),
      m_model(new TunnelTableModel(hostName, this)),
      m_table(new QTableView(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("tunnelsView"));
    m_model->setForwards(forwards);

    m_start = new QAction(QIcon(QStringLiteral(":/icons/power.svg")), tr("&Start"), this);
    m_start->setObjectName(QStringLiteral("tunnelsStart"));
    m_start->setToolTip(QStringLiteral("<p>") + tr("Connect to %1 and start every forward").arg(hostName).toHtmlEscaped() + QStringLiteral("</p>"));
    connect(m_start, &QAction::triggered, this, &TunnelsView::start);
    m_stop = new QAction(QIcon(QStringLiteral(":/icons/state-closed.svg")), tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("tunnelsStop"));
    m_stop->setToolTip(tr("Stop every forward and end the connection"));
    connect(m_stop, &QAction::triggered, this, &TunnelsView::stop);
    m_copyAddress = new QAction(QIcon(QStringLiteral(":/icons/link.svg")), tr("&Copy Address"), this);
    m_copyAddress->setObjectName(QStringLiteral("tunnelsCopyAddress"));
    m_copyAddress->setToolTip(tr("Copy where the selected forward listens (to point a program at it)"));
    m_copyAddress->setShortcut(QKeySequence::Copy);
    m_copyAddress->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAddress, &QAction::triggered, this, &TunnelsView::copyAddress);

    m_status->setObjectName(QStringLiteral("tunnelsStatus"));
    m_status->setTextFormat(Qt::PlainText); // it shows what servers and SOCKS clients said
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("tunnelsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TunnelTableModel::ProblemColumn, QHeaderView::Stretch);
    m_table->addAction(m_copyAddress);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("tunnelsMenu"));
        menu.addAction(m_copyAddress);
        menu.addSeparator();
        menu.addAction(m_start);
        menu.addAction(m_stop);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TunnelsView::updateActions);

    auto *bar = new QHBoxLayout;
    bar->addWidget(buttonFor(m_start, this));
    bar->addWidget(buttonFor(m_stop, this));
    bar->addWidget(buttonFor(m_copyAddress, this));
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    auto *hint = new QLabel(tr("A host's forwards are set in its settings (Edit → Edit…, Port forwards). Local and SOCKS "
                               "forwards listen on this computer only, unless an address is given."),
                            this);
    hint->setObjectName(QStringLiteral("tunnelsHint"));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    showStatus(tr("Not started."));
    updateActions();
}

TunnelsView::~TunnelsView() = default;

QString TunnelsView::tabTitle() const
{
    return tr("Tunnels: %1").arg(m_hostName);
}

QIcon TunnelsView::tabIcon() const
{
    if (!m_session)
        return QIcon(QStringLiteral(":/icons/state-closed.svg"));
    return QIcon(m_session->isRunning() ? QStringLiteral(":/icons/state-connected.svg") : QStringLiteral(":/icons/state-connecting.svg"));
}

QString TunnelsView::tabToolTip() const
{
    // Tab tooltips take HTML: the host's name is the inventory's (a shared one may hold anything).
    return QStringLiteral("<p>") + tr("Port forwards through %1: %n connection(s) now", nullptr, m_model->connectionCount()).arg(m_hostName).toHtmlEscaped()
           + QStringLiteral("</p>");
}

void TunnelsView::setForwards(const QList<PortForward> &forwards, const ConnectionMaker &makeConnection)
{
    if (m_session)
        return; // running: the next start takes what the host says then
    m_forwards = forwards;
    m_makeConnection = makeConnection;
    m_model->setForwards(forwards);
    updateActions();
}

bool TunnelsView::isWorking() const
{
    return m_session != nullptr;
}

WorkTab::Closing TunnelsView::confirmClose()
{
    const int connections = m_model->connectionCount();
    if (connections > 0) {
        const auto answer = QMessageBox::question(this, tr("Close Tunnels"),
                                                  tr("%n connection(s) go through the forwards of %1. Stop them and close?", nullptr, connections)
                                                      .arg(m_hostName),
                                                  QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return Closing::Keep;
    }
    stop();
    return Closing::Now;
}

void TunnelsView::start()
{
    if (m_session)
        return;
    if (m_forwards.isEmpty()) {
        showStatus(tr("%1 has no port forwards. Add them in its settings (Edit → Edit…).").arg(m_hostName), true);
        return;
    }
    m_session = new TunnelSession(m_makeConnection(this), m_forwards, this);
    SshConnection *connection = m_session->connection();
    connect(connection, &SshConnection::hostKeyQuestion, this, [this](const HostKeyQuestion &question) {
        if (m_session)
            HostKeyDialog::answerFor(m_session->connection(), question, this);
    });
    connect(connection, &SshConnection::secretRequested, this, [this](const SecretRequest &request) {
        if (m_session)
            SecretDialog::answerFor(m_session->connection(), request, this);
    });
    connect(connection, &SshConnection::warning, this, [this](const QString &message) { showStatus(message, true); });
    connect(m_session, &TunnelSession::statusChanged, this, &TunnelsView::onStatus);
    connect(m_session, &TunnelSession::started, this, [this] {
        showSummary();
        Q_EMIT appearanceChanged();
    });
    connect(m_session, &TunnelSession::stopped, this, &TunnelsView::onStopped);
    showStatus(tr("Connecting to %1…").arg(m_hostName));
    m_session->open();
    updateActions();
    Q_EMIT appearanceChanged();
}

void TunnelsView::stop()
{
    if (m_session)
        m_session->close(); // stopped() follows, and tidies up
}

void TunnelsView::onStatus(int index, const TunnelStatus &status)
{
    m_model->setStatus(index, status);
    if (m_session && m_session->isRunning())
        showSummary();
    if (m_companionsGone && m_model->connectionCount() == 0) {
        // The terminal that started them closed while connections ran; the last one ended now.
        m_companionsGone = false;
        stop();
        Q_EMIT closeReady();
        return;
    }
    updateActions();
    Q_EMIT appearanceChanged();
}

void TunnelsView::showSummary()
{
    int active = 0;
    int failed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        active += m_model->status(row).state == TunnelStatus::State::Active ? 1 : 0;
        failed += m_model->status(row).state == TunnelStatus::State::Failed ? 1 : 0;
    }
    const QString text = tr("Forwarding through %1: %n active", nullptr, active).arg(m_hostName)
                         + (failed > 0 ? tr(", %n failed (see Problem)", nullptr, failed) : QString())
                         + tr("; %n connection(s) now.", nullptr, m_model->connectionCount());
    showStatus(text, failed > 0 && active == 0);
}

void TunnelsView::onStopped(const QString &error)
{
    TunnelSession *session = std::exchange(m_session, nullptr);
    if (session)
        session->deleteLater(); // inside its own signal
    showStatus(error.isEmpty() ? tr("Stopped.") : tr("Stopped: %1").arg(error), !error.isEmpty());
    updateActions();
    Q_EMIT appearanceChanged();
}

void TunnelsView::addCompanion(QWidget *session)
{
    if (m_adopted || !session || m_companions.contains(session))
        return;
    m_companionsGone = false; // a new terminal to the host: they go on with it
    m_companions << session;
    connect(session, &QObject::destroyed, this, &TunnelsView::onCompanionGone, Qt::QueuedConnection);
}

void TunnelsView::adopt()
{
    m_adopted = true;
    m_companionsGone = false;
    m_companions.clear();
}

void TunnelsView::onCompanionGone()
{
    m_companions.removeAll(QPointer<QWidget>());
    if (m_adopted || !m_companions.isEmpty())
        return;
    if (m_model->connectionCount() > 0) {
        // As ssh waits for forwarded connections: they go on, and the forwards end with the last of them.
        m_companionsGone = true;
        showStatus(tr("The session that started these forwards was closed; they stop when the %n connection(s) through "
                      "them end.", nullptr, m_model->connectionCount()));
        return;
    }
    stop();
    Q_EMIT closeReady();
}

void TunnelsView::copyAddress()
{
    const QModelIndex current = m_table->currentIndex();
    const QString address = current.isValid() ? m_model->index(current.row(), 0).data(TunnelTableModel::AddressRole).toString() : QString();
    if (address.isEmpty())
        return;
    QApplication::clipboard()->setText(address);
    showStatus(tr("Copied %1.").arg(address));
}

void TunnelsView::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

void TunnelsView::updateActions()
{
    m_start->setEnabled(!m_session && !m_forwards.isEmpty());
    m_stop->setEnabled(m_session != nullptr);
    const QModelIndex current = m_table->currentIndex();
    m_copyAddress->setEnabled(current.isValid()
                              && !m_model->index(current.row(), 0).data(TunnelTableModel::AddressRole).toString().isEmpty());
}

} // namespace wb
