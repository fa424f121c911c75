#include "widgets/session/SessionTab.h"

#include "core/ssh/SshConnection.h"
#include "core/worklog/SshWorkFactory.h"
#include "core/terminal/TerminalScreen.h"
#include "widgets/session/HostKeyDialog.h"
#include "widgets/session/SecretDialog.h"
#include "widgets/terminal/TerminalView.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb {

SessionTab::SessionTab(HostId hostId, SshTarget target, SshWorkFactory *work, QWidget *parent)
    : WorkTab(parent), m_hostId(hostId), m_target(std::move(target)), m_work(work)
{
    setObjectName(QStringLiteral("sessionTab"));
    m_screen = new TerminalScreen(m_target.options.rows, m_target.options.columns, this);
    m_view = new TerminalView(m_screen, this);
    m_view->setObjectName(QStringLiteral("terminalView"));
    m_view->setOpensPaths(true); // a Ctrl+clicked path opens in a Files tab for this host

    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("sessionBanner"));
    m_banner->setAutoFillBackground(true);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("sessionBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reconnectButton = new QPushButton(tr("&Reconnect"), m_banner);
    m_reconnectButton->setObjectName(QStringLiteral("reconnectButton"));
    m_reconnectButton->setToolTip(tr("Connect again (Ctrl+Shift+R)"));
    connect(m_reconnectButton, &QPushButton::clicked, this, &SessionTab::reconnect);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_reconnectButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_screen, &TerminalScreen::outputReady, this, [this](const QByteArray &data) {
        if (m_connection && m_state == State::Connected)
            m_connection->send(data);
    });
    connect(m_screen, &TerminalScreen::titleChanged, this, &SessionTab::appearanceChanged);
    connect(m_screen, &TerminalScreen::bell, this, [this] {
        if (isVisible() && window()->isActiveWindow()) {
            QApplication::beep();
        } else if (!m_unseenBell && !isVisible()) {
            m_unseenBell = true; // shown on the tab until it is looked at
            Q_EMIT appearanceChanged();
        }
    });
    connect(m_view, &TerminalView::sizeChanged, this, [this](int rows, int columns) {
        m_target.options.rows = rows;
        m_target.options.columns = columns;
        if (m_connection)
            m_connection->resizeTerminal(rows, columns);
    });
}

void SessionTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_unseenBell) {
        m_unseenBell = false;
        Q_EMIT appearanceChanged();
    }
}

SessionTab::~SessionTab()
{
    delete m_connection; // before the screen goes; its thread ends on its own
}

QString SessionTab::title() const
{
    const QString remote = m_screen->title().trimmed();
    return remote.isEmpty() ? m_target.endpoint.name : remote;
}

QString SessionTab::tabTitle() const
{
    return m_state == State::Closed || m_state == State::Failed ? tr("%1 (closed)").arg(title()) : title();
}

QString SessionTab::tabToolTip() const
{
    return m_unseenBell ? tr("%1 — the bell rang").arg(m_status) : m_status;
}

WorkTab::Closing SessionTab::confirmClose()
{
    if (!isLive())
        return Closing::Now;
    const auto answer = QMessageBox::question(this, tr("Close session"),
                                              tr("The session to %1 is still open. Close it?").arg(m_target.endpoint.name),
                                              QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Close ? Closing::Now : Closing::Keep;
}

QString SessionTab::statusText() const
{
    return m_status;
}

QIcon SessionTab::stateIcon() const
{
    switch (m_state) {
    case State::Connecting: return QIcon(QStringLiteral(":/icons/state-connecting.svg"));
    case State::Connected: return QIcon(QStringLiteral(":/icons/state-connected.svg"));
    case State::Closed: return QIcon(QStringLiteral(":/icons/state-closed.svg"));
    case State::Failed: return QIcon(QStringLiteral(":/icons/error.svg"));
    }
    return {};
}

void SessionTab::setState(State state, const QString &status)
{
    m_state = state;
    m_status = status;
    Q_EMIT appearanceChanged();
}

void SessionTab::showBanner(const QString &text, bool offerReconnect, bool error)
{
    m_bannerText->setText(text);
    m_reconnectButton->setVisible(offerReconnect);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, error ? QColor(0xfd, 0xec, 0xea) : QColor(0xee, 0xf3, 0xfb));
    palette.setColor(QPalette::WindowText, error ? QColor(0x8c, 0x1d, 0x18) : QColor(0x1f, 0x2d, 0x3d));
    m_banner->setPalette(palette);
    m_bannerText->setPalette(palette);
    m_banner->setVisible(!text.isEmpty());
}

void SessionTab::connectToHost()
{
    if (m_connection) {
        m_connection->disconnect(this);
        delete m_connection;
    }
    m_reconnectWhenDone = false;
    SshConnectOptions options = m_target.options;
    options.sessionLogFolder = m_log.sessionLogFolder;
    options.sessionLogName = m_log.sessionLogName;
    options.sessionLogRaw = m_log.sessionLogRaw;
    options.rows = m_screen->rows();
    options.columns = m_screen->cols();
    m_connection = m_work->newSessionConnection(m_target, options, this);
    connect(m_connection, &SshConnection::stepChanged, this, [this](SshStep step, int) {
        const QString text = tr("Connecting to %1: %2…").arg(m_target.endpoint.name, SshFailure::stepName(step));
        showBanner(text, false, false);
        setState(State::Connecting, text);
    });
    connect(m_connection, &SshConnection::stateChanged, this, [this](SshConnection::State state) {
        if (state == SshConnection::State::Connected) {
            showBanner(QString(), false, false);
            setState(State::Connected, tr("Connected to %1").arg(m_target.endpoint.name));
            m_view->setFocus();
        }
    });
    connect(m_connection, &SshConnection::dataReceived, m_screen, qOverload<const QByteArray &>(&TerminalScreen::feed));
    connect(m_connection, &SshConnection::hostKeyQuestion, this, &SessionTab::onHostKeyQuestion);
    connect(m_connection, &SshConnection::secretRequested, this, &SessionTab::onSecretRequested);
    connect(m_connection, &SshConnection::finished, this, &SessionTab::onFinished);
    connect(m_connection, &SshConnection::warning, this, [this](const QString &message) {
        showBanner(message, false, true);
    });
    const QString text = tr("Connecting to %1…").arg(m_target.endpoint.name);
    showBanner(text, false, false);
    setState(State::Connecting, text);
    m_connection->open();
}

void SessionTab::reconnect()
{
    if (isLive()) {
        m_reconnectWhenDone = true;
        m_connection->close();
        return;
    }
    m_screen->feed(QByteArrayLiteral("\r\n"));
    connectToHost();
}

void SessionTab::closeSession()
{
    if (m_connection && isLive())
        m_connection->close();
}

void SessionTab::onHostKeyQuestion(const HostKeyQuestion &question)
{
    auto *dialog = new HostKeyDialog(question, bool(m_teamTrust), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<SshConnection> connection = m_connection;
    connect(dialog, &QDialog::finished, this, [this, dialog, question, connection] {
        if (dialog->oldKeyRemoved())
            m_reconnectWhenDone = true; // the user removed the old entry on purpose: ask about the new key
        if (connection && question.match == KnownHosts::Match::Unknown) {
            if (dialog->forTeam()) {
                // On once the team's store holds it; a refusal (the role, the server) is said and stops it.
                m_teamTrust(this, question, [this, question, connection](const QString &error) {
                    if (!error.isEmpty())
                        QMessageBox::warning(this, tr("Trust for the Team"), error);
                    if (connection)
                        connection->answerHostKey(question, error.isEmpty() ? HostKeyDecision::AcceptOnce : HostKeyDecision::Reject);
                });
            } else {
                connection->answerHostKey(question, dialog->decision());
            }
        }
        if (dialog->oldKeyRemoved() && !isLive())
            reconnect();
    });
    dialog->open();
}

void SessionTab::onSecretRequested(const SecretRequest &request)
{
    SecretDialog::answerFor(m_connection, request, this);
}

void SessionTab::onFinished(const SshOutcome &outcome)
{
    if (m_reconnectWhenDone) {
        m_reconnectWhenDone = false;
        reconnect();
        return;
    }
    QString text;
    if (outcome.failed)
        text = outcome.failure.message();
    else if (outcome.closedByUser)
        text = tr("Session closed.");
    else if (!outcome.exitSignal.isEmpty())
        text = tr("The session ended: killed by signal %1.").arg(outcome.exitSignal);
    else if (outcome.hasExitStatus)
        text = tr("The session ended (exit status %1).").arg(outcome.exitStatus);
    else
        text = tr("The session ended.");
    showBanner(text, true, outcome.failed);
    setState(outcome.failed ? State::Failed : State::Closed, text);
}

} // namespace wb
