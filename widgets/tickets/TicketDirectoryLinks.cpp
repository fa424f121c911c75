#include "widgets/tickets/TicketDirectoryLinks.h"

#include "core/tickets/AsyncTicketStore.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb {

TicketDirectoryLinks::TicketDirectoryLinks(AsyncTicketStore *tickets, QWidget *parent) : QWidget(parent), m_tickets(tickets)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("ticketDirectories"));
    m_list->setFixedHeight(m_list->fontMetrics().height() * 3 + 2 * m_list->frameWidth() + 6);
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_add = new QPushButton(tr("Link Selected Directory"), this);
    m_add->setObjectName(QStringLiteral("linkDirectory"));
    m_add->setToolTip(tr("Link the directory selected in the inventory: account actions in it for this ticket go into its work log"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("unlinkDirectory"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QList<qint64> selected = m_selection ? m_selection() : QList<qint64>();
        if (m_id == 0 || selected.isEmpty()) {
            Q_EMIT failed(m_id == 0 ? tr("Save the ticket first, then link directories to it.")
                                    : tr("Select a directory in the inventory first."));
            return;
        }
        for (qint64 directory : selected)
            m_tickets->linkDirectory(this, m_id, {directory, QString()},
                                     [this](const QList<TicketStore::DirectoryLink> &links, const QString &error) { show(links, error); });
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_list->currentItem();
        if (m_id == 0 || !item)
            return;
        m_tickets->unlinkDirectory(this, m_id, item->data(Qt::UserRole).toLongLong(),
                                   [this](const QList<TicketStore::DirectoryLink> &links, const QString &error) { show(links, error); });
    });
    connect(m_list, &QListWidget::currentItemChanged, this, &TicketDirectoryLinks::updateButtons);

    auto *buttons = new QVBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void TicketDirectoryLinks::setTicket(TicketId id)
{
    if (id == m_id && id != 0)
        return;
    m_id = id;
    m_list->clear();
    updateButtons();
    reload();
}

void TicketDirectoryLinks::reload()
{
    if (m_id == 0)
        return;
    m_tickets->directoryLinks(this, m_id,
                              [this](const QList<TicketStore::DirectoryLink> &links, const QString &error) { show(links, error); });
}

void TicketDirectoryLinks::show(const QList<TicketStore::DirectoryLink> &links, const QString &error)
{
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    m_list->clear();
    for (const TicketStore::DirectoryLink &link : links) {
        const QString name = m_names ? m_names(link.directoryId) : QStringLiteral("#%1").arg(link.directoryId);
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/directory.svg")),
                                         link.accountDn.isEmpty() ? name : QStringLiteral("%1 — %2").arg(name, link.accountDn), m_list);
        item->setData(Qt::UserRole, link.directoryId);
        item->setToolTip(link.accountDn.isEmpty() ? tr("The directory itself") : tr("An account in %1").arg(name));
    }
    updateButtons();
    Q_EMIT loaded();
}

void TicketDirectoryLinks::updateButtons()
{
    m_add->setEnabled(m_id != 0);
    m_remove->setEnabled(m_id != 0 && m_list->currentItem());
}

QStringList TicketDirectoryLinks::shown() const
{
    QStringList lines;
    for (int row = 0; row < m_list->count(); ++row)
        lines << m_list->item(row)->text();
    return lines;
}

} // namespace wb
