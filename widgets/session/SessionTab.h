#pragma once

#include "core/ssh/SshConnection.h"
#include "core/ssh/SshEvents.h"
#include "core/targets/InventoryTargets.h"
#include "widgets/common/WorkTab.h"
#include "widgets/session/HostKeyDialog.h"

#include <QIcon>
#include <QPointer>

class QLabel;
class QPushButton;

namespace wb {

class SshWorkFactory;
class TerminalScreen;
class TerminalView;

// One SSH session in a tab: the terminal, a banner for the connection's
// progress and outcome, and the dialogs the connection needs (host key,
// password). Reconnecting keeps the terminal's contents.
class SessionTab : public WorkTab
{
    Q_OBJECT
public:
    enum class State { Connecting, Connected, Closed, Failed };

    // Its connections come from `work` (pooled, logged), which must outlive the tab.
    SessionTab(HostId hostId, SshTarget target, SshWorkFactory *work, QWidget *parent = nullptr);
    // Offers "Trust for the Team" for unknown host keys, through `trust`.
    void setTeamHostKeyTrust(TeamHostKeyTrust trust) { m_teamTrust = std::move(trust); }
    ~SessionTab() override;

    HostId hostId() const { return m_hostId; }
    const SshTarget &target() const { return m_target; }
    // Where this terminal's output is logged (the sessionLog fields of `log`), for every connection it makes.
    void setSessionLog(const SshConnectOptions &log)
    {
        m_log.sessionLogFolder = log.sessionLogFolder;
        m_log.sessionLogName = log.sessionLogName;
        m_log.sessionLogRaw = log.sessionLogRaw;
    }
    State state() const { return m_state; }
    bool isLive() const { return m_state == State::Connecting || m_state == State::Connected; }
    QString title() const;
    QString statusText() const;
    QIcon stateIcon() const;
    // The remote rang the bell while the tab was not shown.
    bool hasUnseenBell() const { return m_unseenBell; }

    QString tabTitle() const override;
    QIcon tabIcon() const override { return stateIcon(); }
    QString tabToolTip() const override;
    bool wantsAttention() const override { return m_unseenBell; }
    bool isWorking() const override { return isLive(); }
    Closing confirmClose() override;

    // The Files tab this terminal's Ctrl+clicked paths open in (null once closed).
    WorkTab *pathFilesTab() const { return m_pathFiles; }
    void setPathFilesTab(WorkTab *tab) { m_pathFiles = tab; }

    TerminalScreen *screen() const { return m_screen; }
    TerminalView *view() const { return m_view; }
    SshConnection *connection() const { return m_connection; }

public Q_SLOTS:
    void connectToHost();
    void reconnect();
    void closeSession();

protected:
    void showEvent(QShowEvent *event) override;

private:
    TeamHostKeyTrust m_teamTrust;
    void setState(State state, const QString &status);
    void onHostKeyQuestion(const HostKeyQuestion &question);
    void onSecretRequested(const SecretRequest &request);
    void onFinished(const SshOutcome &outcome);
    void showBanner(const QString &text, bool offerReconnect, bool error);

    QPointer<WorkTab> m_pathFiles;
    HostId m_hostId;
    SshTarget m_target;
    SshConnectOptions m_log; // only its sessionLog fields are used
    TerminalScreen *m_screen;
    TerminalView *m_view;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_reconnectButton;
    QPointer<SshConnection> m_connection;
    SshWorkFactory *m_work;
    State m_state = State::Closed;
    QString m_status;
    bool m_reconnectWhenDone = false;
    bool m_unseenBell = false;
};

} // namespace wb
