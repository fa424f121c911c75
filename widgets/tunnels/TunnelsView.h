#pragma once

#include "core/inventory/HostServices.h"
#include "core/inventory/InventoryTypes.h"
#include "widgets/common/WorkTab.h"

#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QTableView;

namespace wb {

class SshConnection;
class TunnelSession;
class TunnelTableModel;
struct TunnelStatus;

// A host's port forwards in a tab (Session → Tunnels, or opened beside a
// terminal to a host that has some): each forward with where it listens,
// where it goes, its state, connections and traffic, and what went wrong, in
// words. Start and Stop run them all on a connection of their own
// (TunnelSession); its host-key and password questions are asked here.
class TunnelsView : public WorkTab
{
    Q_OBJECT
public:
    // makeConnection: an SSH connection (not opened) with TunnelSession::optionsFor's
    // options, owned by the QObject it is given (the composition root's factory).
    using ConnectionMaker = std::function<SshConnection *(QObject *owner)>;
    TunnelsView(HostId hostId, const QString &hostName, const QList<PortForward> &forwards, const ConnectionMaker &makeConnection,
                QWidget *parent = nullptr);
    ~TunnelsView() override;

    HostId hostId() const { return m_hostId; }
    QString tabTitle() const override;
    QIcon tabIcon() const override;
    QString tabToolTip() const override;
    bool isWorking() const override;
    Closing confirmClose() override;

    // While stopped: the forwards (and the way to connect) to use from the next start.
    void setForwards(const QList<PortForward> &forwards, const ConnectionMaker &makeConnection);
    void start();
    void stop();
    // Started with this terminal tab (or another to the same host): when the
    // last of them closes and nothing goes through the forwards, they stop and
    // this tab closes too (as ssh -L ends with its session).
    void addCompanion(QWidget *session);
    // The user asked for the tab: it stays after the terminals close.
    void adopt();
    TunnelTableModel *model() const { return m_model; }

private:
    void onStatus(int index, const TunnelStatus &status);
    void onStopped(const QString &error);
    void showSummary();
    void onCompanionGone();
    void copyAddress();
    void showStatus(const QString &text, bool error = false);
    void updateActions();

    HostId m_hostId;
    QString m_hostName;
    QList<PortForward> m_forwards;
    ConnectionMaker m_makeConnection;
    TunnelSession *m_session = nullptr;
    TunnelTableModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QAction *m_start;
    QAction *m_stop;
    QAction *m_copyAddress;
    QList<QPointer<QWidget>> m_companions;
    bool m_adopted = false;
    bool m_companionsGone = false; // the last terminal went while connections still ran: stop once they end
};

} // namespace wb
