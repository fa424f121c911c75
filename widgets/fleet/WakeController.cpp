#include "widgets/fleet/WakeController.h"

#include "core/fleet/FleetMonitor.h"
#include "core/fleet/ProbeTargets.h"
#include "core/fleet/WakeStore.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/InventoryEditor.h"
#include "core/targets/ConnectionSettings.h"
#include "core/tickets/ActiveTicket.h"
#include "core/tickets/AsyncTicketStore.h"
#include "core/tickets/TicketWorkLogger.h"
#include "widgets/inventory/InventoryPanel.h"

#include <QAction>
#include <QMessageBox>
#include <QTimer>

#include <memory>

namespace wb {

WakeController::WakeController(const Parts &parts, InventoryPanel *panel, QWidget *window)
    : QObject(window), m_parts(parts), m_panel(panel), m_window(window)
{
    setObjectName(QStringLiteral("wakeController"));
    m_wake = new QAction(QIcon(QStringLiteral(":/icons/power.svg")), tr("&Wake"), this);
    m_wake->setObjectName(QStringLiteral("hostsWake"));
    m_wake->setToolTip(tr("Send the selected hosts (or a group's) a Wake-on-LAN packet, then check until they are up"));
    connect(m_wake, &QAction::triggered, this, &WakeController::wakeSelection);

    m_waker = new HostWaker(m_parts.inventory, m_parts.pool, this);
    connect(m_waker, &HostWaker::finished, this, &WakeController::woken);

    m_watchTimer = new QTimer(this);
    m_watchTimer->setInterval(15000);
    connect(m_watchTimer, &QTimer::timeout, this, &WakeController::checkWatched);
    // Said after the monitor's own summary of the sweep (connected before this).
    connect(m_parts.monitor, &FleetMonitor::sweepFinished, this, &WakeController::sweepDone);
}

void WakeController::setWatch(int intervalMs, int durationMs)
{
    m_watchTimer->setInterval(intervalMs);
    m_watchDurationMs = durationMs;
}

void WakeController::wakeSelection()
{
    const QList<HostId> selected = m_panel->selectedHostIdsWithGroups();
    if (selected.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the hosts (or a group) to wake."), 5000);
        return;
    }
    QList<HostId> hosts;
    QStringList withoutMac;
    for (HostId id : selected) {
        const Host *host = m_parts.inventory->host(id);
        if (host && !host->macAddress.isEmpty())
            hosts.append(id);
        else if (host)
            withoutMac.append(m_parts.inventory->displayName(id));
    }
    if (hosts.isEmpty()) {
        showProblems({tr("No MAC address is set for %1: add it in the host's properties (Edit → Edit…) or import it "
                         "(CSV column mac_address).").arg(withoutMac.join(QStringLiteral(", ")))});
        return;
    }
    // The groups' routes are read on the workspace thread, the relays' settings once settled.
    auto routes = std::make_shared<QHash<GroupId, WakeRoute>>();
    m_parts.editor->inspect(
        this, [routes](const Inventory &inventory, QString *error) { return WakeStore::groupRoutes(inventory.database(), routes.get(), error); },
        [this, routes, hosts, withoutMac](bool ok, const QString &error) {
            if (!ok) {
                showProblems({tr("The groups' Wake-on-LAN settings could not be read: %1").arg(error)});
                return;
            }
            m_parts.connection->whenSettled(this, [this, routes, hosts, withoutMac] {
                const int id = m_waker->wake(hosts, *routes, m_parts.connection->current());
                if (!withoutMac.isEmpty())
                    m_skipped.insert(id, withoutMac);
            });
        });
}

void WakeController::woken(int id, const QList<WakeResult> &results)
{
    const QStringList skipped = m_skipped.take(id);
    QList<HostId> watch;
    QStringList sentNames;
    QStringList unchecked;
    QStringList problems;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const WakeResult &result : results) {
        const QString name = m_parts.inventory->displayName(result.host);
        if (!result.problem.isEmpty()) {
            problems.append(tr("%1: %2").arg(name, result.problem));
            log({result.host}, TicketWorkLogger::wakeFailed(name, result.problem));
            continue;
        }
        sentNames.append(name);
        const QString via = result.route.relay != 0 ? m_parts.inventory->displayName(result.route.relay) : QString();
        log({result.host}, TicketWorkLogger::wakeSent(name, result.route.target(), via));
        const Host *host = m_parts.inventory->host(result.host);
        if (host && ProbeTargets::forHost(*host, name).method == ProbeTarget::Method::NotChecked) {
            unchecked.append(name); // its reachability is not checked: nothing to wait for
            continue;
        }
        watch.append(result.host);
        m_watched.insert(result.host, now);
    }
    if (!problems.isEmpty())
        showProblems(problems);
    if (sentNames.isEmpty()) {
        if (!skipped.isEmpty())
            Q_EMIT statusMessage(tr("Skipped, no MAC address: %1").arg(skipped.join(QStringLiteral(", "))), 15000);
        return;
    }
    QString text = watch.isEmpty() ? tr("Wake-up packet sent to %1.").arg(sentNames.join(QStringLiteral(", ")))
                                   : tr("Wake-up packet sent to %1; checking when they are up…").arg(sentNames.join(QStringLiteral(", ")));
    if (!unchecked.isEmpty())
        text += QLatin1Char(' ') + tr("Not checked (their reachability check is off): %1.").arg(unchecked.join(QStringLiteral(", ")));
    if (!skipped.isEmpty())
        text += QLatin1Char(' ') + tr("Skipped, no MAC address: %1").arg(skipped.join(QStringLiteral(", ")));
    Q_EMIT statusMessage(text, 15000);
    if (watch.isEmpty())
        return;
    m_watchTimer->start();
    m_parts.monitor->checkNow(watch);
}

void WakeController::log(const QList<HostId> &hosts, const QString &text)
{
    const TicketId ticket = m_parts.activeTicket ? m_parts.activeTicket->id() : 0;
    if (ticket != 0 && m_parts.tickets)
        m_parts.tickets->recordWork(ticket, hosts, text, m_parts.activeTicket);
}

void WakeController::checkWatched()
{
    expireWatched();
    if (!m_watched.isEmpty())
        m_parts.monitor->checkNow(m_watched.keys());
}

void WakeController::sweepDone()
{
    QStringList up;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_watched.begin(); it != m_watched.end();) {
        const HostStatus *status = m_parts.monitor->status(it.key());
        if (status && status->state == ProbeResult::State::Up && status->checkedAt >= it.value()) {
            up.append(tr("%1 (after %2 s)").arg(m_parts.inventory->displayName(it.key())).arg(it.value().msecsTo(now) / 1000));
            it = m_watched.erase(it);
        } else {
            ++it;
        }
    }
    if (!up.isEmpty())
        Q_EMIT statusMessage(tr("Up after waking: %1").arg(up.join(QStringLiteral(", "))), 30000);
    expireWatched();
}

void WakeController::expireWatched()
{
    QStringList silent;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_watched.begin(); it != m_watched.end();) {
        const bool deleted = !m_parts.inventory->host(it.key());
        if (deleted || it.value().msecsTo(now) >= m_watchDurationMs) {
            if (!deleted)
                silent.append(m_parts.inventory->displayName(it.key()));
            it = m_watched.erase(it);
        } else {
            ++it;
        }
    }
    if (m_watched.isEmpty())
        m_watchTimer->stop();
    if (!silent.isEmpty())
        showProblems({tr("Not up %n minute(s) after the wake-up packet: %1. Is Wake-on-LAN on in its firmware, and does the "
                         "packet reach its subnet?", nullptr, (m_watchDurationMs + 59999) / 60000).arg(silent.join(QStringLiteral(", ")))});
}

void WakeController::showProblems(const QStringList &lines)
{
    // One box, not modal, gathering what comes while it is open.
    if (!m_problems) {
        m_problems = new QMessageBox(QMessageBox::Warning, tr("Wake"), QString(), QMessageBox::Close, m_window);
        m_problems->setObjectName(QStringLiteral("wakeProblems"));
        m_problems->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_problems, &QObject::destroyed, this, [this] { m_problems = nullptr; });
    }
    const QString before = m_problems->isVisible() ? m_problems->text() + QStringLiteral("\n") : QString();
    m_problems->setText(before + lines.join(QLatin1Char('\n')));
    // Not modal: it may come minutes after the wake, while the user types elsewhere.
    m_problems->setWindowModality(Qt::NonModal);
    m_problems->show();
}

} // namespace wb
