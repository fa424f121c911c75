#include "models/inventory/InventoryItemText.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QMimeData>

namespace wb {

QIcon InventoryItemText::groupIcon()
{
    static const QIcon icon(QStringLiteral(":/icons/group.svg"));
    return icon;
}

QIcon InventoryItemText::hostIcon(HostKind kind)
{
    static const QHash<HostKind, QIcon> icons = [] {
        QHash<HostKind, QIcon> map;
        for (HostKind k : allHostKinds())
            map.insert(k, QIcon(QStringLiteral(":/icons/%1.svg").arg(hostKindId(k))));
        return map;
    }();
    return icons.value(kind);
}

QIcon InventoryItemText::directoryIcon()
{
    static const QIcon icon(QStringLiteral(":/icons/directory.svg"));
    return icon;
}

QString InventoryItemText::directoryKind(const Directory &d)
{
    return d.kind == DirectoryKind::Detect ? tr("Directory") : directoryKindDisplayName(d.kind);
}

QString InventoryItemText::directoryToolTip(const Directory &d)
{
    QString tip = QStringLiteral("<b>%1</b> (%2)<br>%3<br>%4").arg(d.name.toHtmlEscaped(), directoryKind(d).toHtmlEscaped(),
                                                                   d.url.toHtmlEscaped(), d.baseDn.toHtmlEscaped());
    if (!d.notes.isEmpty())
        tip += QStringLiteral("<br><i>%1</i>").arg(d.notes.toHtmlEscaped());
    return tip;
}

QString InventoryItemText::groupToolTip(const Group &group, int hostsBelow)
{
    return tr("%1 — %Ln host(s)", nullptr, hostsBelow).arg(group.name);
}

QString InventoryItemText::hostAddress(const Host &h)
{
    // What a connection goes to: a HostName written as "%h.example.org" shows the name in it.
    const QString address = h.connectAddress();
    return h.port == 22 ? address : QStringLiteral("%1:%2").arg(address).arg(h.port);
}

QString InventoryItemText::hostToolTip(const Host &h, int openTickets)
{
    const QString user = h.sshUser.isEmpty() ? QString() : h.sshUser + QLatin1Char('@');
    QString tip = QStringLiteral("<b>%1</b><br>%2").arg(h.name.toHtmlEscaped(), (user + hostAddress(h)).toHtmlEscaped());
    if (!h.notes.isEmpty())
        tip += QStringLiteral("<br><i>%1</i>").arg(h.notes.toHtmlEscaped());
    if (openTickets > 0)
        tip += QStringLiteral("<br>") + tr("%Ln open ticket(s)", nullptr, openTickets);
    return tip;
}

QMimeData *InventoryDragPayload::toMimeData(const QString &origin) const
{
    QByteArray payload;
    QDataStream stream(&payload, QIODevice::WriteOnly);
    stream << origin;
    for (GroupId id : groups)
        stream << true << qint64(id);
    for (HostId id : hosts)
        stream << false << qint64(id);
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), payload);
    return mime;
}

std::optional<InventoryDragPayload> InventoryDragPayload::from(const QMimeData *data, const QString &origin)
{
    if (!data || !data->hasFormat(QString::fromLatin1(MimeType)))
        return std::nullopt;
    QDataStream stream(data->data(QString::fromLatin1(MimeType)));
    QString token;
    stream >> token;
    if (token != origin)
        return std::nullopt;
    InventoryDragPayload payload;
    while (!stream.atEnd()) {
        bool isGroup = false;
        qint64 id = 0;
        stream >> isGroup >> id;
        if (stream.status() != QDataStream::Ok)
            return std::nullopt;
        (isGroup ? payload.groups : payload.hosts).append(id);
    }
    return payload;
}

} // namespace wb
