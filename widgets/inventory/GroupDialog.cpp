#include "widgets/inventory/GroupDialog.h"

#include "core/fleet/FactsScript.h"
#include "core/inventory/HostValidator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPointer>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace wb {

GroupDialog::GroupDialog(const QString &title, const QString &parentPath, const QString &name, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("groupDialog"));
    setWindowTitle(title);
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Amsterdam or Web servers"));
    m_name->selectAll();

    m_backupCheck = new QLineEdit(this);
    m_backupCheck->setObjectName(QStringLiteral("backupCheck"));
    m_backupCheck->setToolTip(tr("How facts gathering finds when this group's hosts last backed up: file:PATH (the age of "
                                 "that file on the host) or command:COMMAND (a read-only command that prints a time, in "
                                 "seconds since 1970 or ISO 8601). Groups below inherit it."));

    m_wakeAddress = new QLineEdit(this);
    m_wakeAddress->setObjectName(QStringLiteral("wakeAddress"));
    m_wakeAddress->setToolTip(tr("Where Hosts → Wake sends the magic packet for this group's hosts: the subnet's directed "
                                 "broadcast (as 192.0.2.255) or 255.255.255.255, with :PORT when it is not 9. Groups below inherit it."));
    m_wakeRelay = new QComboBox(this);
    m_wakeRelay->setObjectName(QStringLiteral("wakeRelay"));
    m_wakeRelay->setToolTip(tr("A host in the workstations' subnet that sends the packet for them over SSH (with python3, "
                               "wakeonlan, socat or etherwake), for subnets a broadcast from here does not reach"));
    setRelayChoices({});

    auto *form = new QFormLayout;
    form->addRow(tr("In:"), new QLabel(parentPath.isEmpty() ? tr("(top level)") : parentPath, this));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Backup check:"), m_backupCheck);
    form->addRow(tr("&Wake-on-LAN to:"), m_wakeAddress);
    form->addRow(tr("Sent &from:"), m_wakeRelay);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    // What was refused stays up until the user changes something.
    for (QLineEdit *field : {m_name, m_backupCheck, m_wakeAddress})
        connect(field, &QLineEdit::textEdited, m_error, [this] { m_error->setVisible(false); });
    connect(m_wakeRelay, &QComboBox::activated, m_error, [this] { m_error->setVisible(false); });
    connect(m_wakeRelay, &QComboBox::currentIndexChanged, this, [this] {
        if (m_wakeAddress->isEnabled())
            showWakeDefault();
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GroupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setSettingsLoading(false);
    setMinimumWidth(480);
}

void GroupDialog::setName(const QString &name)
{
    m_name->setText(name);
}

QString GroupDialog::name() const
{
    return m_name->text().trimmed();
}

QString GroupDialog::backupCheck() const
{
    return m_backupCheck->text().trimmed();
}

void GroupDialog::setBackupCheck(const QString &check)
{
    m_backupCheck->setText(check);
}

std::optional<WakeRoute> GroupDialog::wakeRoute() const
{
    const HostId relay = m_wakeRelay->currentData().toLongLong();
    if (m_wakeAddress->text().trimmed().isEmpty() && relay == 0)
        return std::nullopt;
    WakeRoute route;
    route.relay = relay;
    WakeRoute::parseAddress(m_wakeAddress->text(), &route); // accept() refused anything else
    return route;
}

void GroupDialog::setWakeRoute(const std::optional<WakeRoute> &route)
{
    m_wakeAddress->setText(route ? route->target() : QString());
    const HostId relay = route ? route->relay : 0;
    int index = m_wakeRelay->findData(relay);
    if (index < 0) { // a host this replica does not hold (yet): kept, by its id
        m_wakeRelay->addItem(tr("a deleted host (#%1)").arg(relay), relay);
        index = m_wakeRelay->count() - 1;
    }
    m_wakeRelay->setCurrentIndex(index);
}

void GroupDialog::setRelayChoices(const QList<std::pair<HostId, QString>> &hosts)
{
    const HostId current = m_wakeRelay->currentData().toLongLong();
    m_wakeRelay->clear();
    m_wakeRelay->addItem(tr("This computer"), HostId(0));
    for (const auto &[id, name] : hosts)
        m_wakeRelay->addItem(name, id);
    m_wakeRelay->setCurrentIndex(std::max(0, m_wakeRelay->findData(current)));
}

void GroupDialog::setSettingsLoading(bool loading)
{
    for (QWidget *field : {static_cast<QWidget *>(m_backupCheck), static_cast<QWidget *>(m_wakeAddress), static_cast<QWidget *>(m_wakeRelay)})
        field->setEnabled(!loading);
    m_backupCheck->setPlaceholderText(loading ? tr("reading…") : tr("e.g. file:/var/backups/last-ok (empty: as the group above)"));
    if (loading)
        m_wakeAddress->setPlaceholderText(tr("reading…"));
    else
        showWakeDefault();
}

void GroupDialog::showWakeDefault()
{
    // Empty means "as the group above" only while the packet goes from here; a relay broadcasts in its own subnet.
    m_wakeAddress->setPlaceholderText(m_wakeRelay->currentData().toLongLong() == 0 ? tr("e.g. 192.0.2.255 (empty: as the group above)")
                                                                                   : tr("empty: 255.255.255.255, the relay's own subnet"));
}

void GroupDialog::setSettingsUnavailable(const QString &why)
{
    for (QWidget *field : {static_cast<QWidget *>(m_backupCheck), static_cast<QWidget *>(m_wakeAddress), static_cast<QWidget *>(m_wakeRelay)})
        field->setEnabled(false);
    m_backupCheck->setPlaceholderText(tr("cannot be read: %1").arg(why));
    m_wakeAddress->setPlaceholderText(tr("cannot be read: %1").arg(why));
}

void GroupDialog::accept()
{
    QString problem = HostValidator::validateGroupName(name());
    BackupCheck check;
    if (problem.isEmpty())
        BackupCheck::parse(backupCheck(), &check, &problem);
    if (WakeRoute route; problem.isEmpty())
        WakeRoute::parseAddress(m_wakeAddress->text(), &route, &problem);
    if (!problem.isEmpty() || !m_apply) {
        applied(problem);
        return;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);  // until the workspace answers
    m_apply(name(), [dialog = QPointer<GroupDialog>(this)](const QString &problem) {
        if (dialog)
            dialog->applied(problem);
    });
}

void GroupDialog::applied(const QString &problem)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace wb
