#include "models/inventory/InventoryReachability.h"

#include "core/inventory/Inventory.h"
#include "models/common/ShownTime.h"

#include <QImage>
#include <QPainter>

namespace wb {

QList<GroupId> InventoryReachability::update(const Inventory &inventory, const QList<HostStatus> &statuses)
{
    recount(inventory);
    const QHash<GroupId, int> before = m_downPerGroup;
    for (const HostStatus &status : statuses)
        m_statuses.insert(status.hostId, status);
    m_countsValid = false;
    recount(inventory);
    QList<GroupId> changed;
    for (auto it = m_downPerGroup.cbegin(); it != m_downPerGroup.cend(); ++it)
        if (before.value(it.key()) != it.value())
            changed.append(it.key());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!m_downPerGroup.contains(it.key()))
            changed.append(it.key());
    return changed;
}

const HostStatus *InventoryReachability::status(HostId host) const
{
    const auto it = m_statuses.constFind(host);
    return it == m_statuses.cend() ? nullptr : &*it;
}

bool InventoryReachability::isDown(HostId host) const
{
    const HostStatus *s = status(host);
    return s && s->state == ProbeResult::State::Down;
}

int InventoryReachability::downBelow(const Inventory &inventory, GroupId group) const
{
    recount(inventory);
    return m_downPerGroup.value(group);
}

void InventoryReachability::recount(const Inventory &inventory) const
{
    if (m_countsValid)
        return;
    m_downPerGroup.clear();
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it) {
        if (it->state != ProbeResult::State::Down)
            continue;
        const Host *host = inventory.host(it.key());
        for (GroupId g = host ? host->groupId : 0; g != 0;) {
            ++m_downPerGroup[g];
            const Group *group = inventory.group(g);
            g = group ? group->parentId : 0;
        }
    }
    m_countsValid = true;
}

QIcon InventoryReachability::dot(ProbeResult::State state)
{
    auto make = [](QColor color) {
        QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(color.darker(130), 2));
        painter.setBrush(color);
        painter.drawEllipse(QRectF(7, 7, 18, 18));
        painter.end();
        return QIcon(QPixmap::fromImage(image));
    };
    static const QIcon green = make(QColor(0x2e, 0x9d, 0x4a));
    static const QIcon red = make(QColor(0xd3, 0x2f, 0x2f));
    static const QIcon grey = make(QColor(0x9e, 0x9e, 0x9e));
    switch (state) {
    case ProbeResult::State::Up: return green;
    case ProbeResult::State::Down: return red;
    case ProbeResult::State::Unknown:
    case ProbeResult::State::Pending: break;
    }
    return grey;
}

QString InventoryReachability::lastSeenText(const HostStatus &status)
{
    if (!status.lastSeen.isValid())
        return status.state == ProbeResult::State::Unknown ? tr("unknown") : tr("never");
    const QDateTime local = status.lastSeen.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return ShownTime::dateTime(local);
}

QString InventoryReachability::toolTip(const HostStatus &status)
{
    const QString checked = ShownTime::dateTime(status.checkedAt.toLocalTime(), true);
    switch (status.state) {
    case ProbeResult::State::Up:
        return tr("Up: answered in %1 ms (checked %2)").arg(status.latencyMs).arg(checked);
    case ProbeResult::State::Down:
        if (status.lastSeen.isValid())
            return tr("Down: %1 (checked %2; last seen %3)").arg(status.error, checked, ShownTime::dateTime(status.lastSeen.toLocalTime(), true));
        return tr("Down: %1 (checked %2; never seen up)").arg(status.error, checked);
    case ProbeResult::State::Unknown:
    case ProbeResult::State::Pending:
        break;
    }
    return tr("Not known: %1").arg(status.error);
}

QString InventoryReachability::groupText(int down)
{
    return down > 0 ? tr("%n down", nullptr, down) : QString();
}

} // namespace wb
