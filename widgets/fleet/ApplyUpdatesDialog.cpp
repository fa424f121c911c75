#include "widgets/fleet/ApplyUpdatesDialog.h"

#include "models/common/ShownTime.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wb {

namespace {
constexpr int hostIdRole = Qt::UserRole + 1;
} // namespace

ApplyUpdatesDialog::ApplyUpdatesDialog(const QList<Host> &hosts, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("applyUpdatesDialog"));
    setWindowTitle(tr("Apply Updates"));
    resize(620, 480);
    auto *intro = new QLabel(tr("Each host's package manager (apt-get, dnf, yum or apk) upgrades what its newest facts list, "
                                "without asking; the package lists are not refreshed first. Gather Facts again to see newer updates."),
                             this);
    intro->setWordWrap(true);
    m_plan = new QTreeWidget(this);
    m_plan->setObjectName(QStringLiteral("updatesPlan"));
    m_plan->setHeaderHidden(true);
    m_plan->setUniformRowHeights(true);
    for (const Host &host : hosts) {
        auto *item = new QTreeWidgetItem(m_plan);
        item->setData(0, hostIdRole, host.id);
        const HostFacts *f = host.facts;
        if (!f) {
            item->setText(0, tr("%1: no facts yet (Gather Facts first): left out").arg(host.name));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            continue;
        }
        const QString taken = ShownTime::dateTime(f->taken.toLocalTime());
        if (f->updates <= 0) {
            item->setText(0, f->updates == 0 ? tr("%1: nothing to upgrade (facts of %2)").arg(host.name, taken)
                                             : tr("%1: pending updates not known (%2)").arg(host.name, f->problems.value(QStringLiteral("updates"))));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            continue;
        }
        QString text = tr("%1: %n package(s) with %2", nullptr, f->updates).arg(host.name, f->packageManager);
        if (f->securityUpdates > 0)
            text += QStringLiteral(", ") + tr("%n security update(s)", nullptr, f->securityUpdates);
        item->setText(0, text + QStringLiteral(" (") + tr("facts of %1").arg(taken) + QLatin1Char(')'));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        for (const QString &package : f->upgradable)
            new QTreeWidgetItem(item, {package});
        if (f->upgradable.size() < f->updates)
            new QTreeWidgetItem(item, {tr("… and %n more", nullptr, int(f->updates - f->upgradable.size()))});
    }
    if (m_plan->topLevelItemCount() <= 3)
        m_plan->expandAll();
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("updatesSudoPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("for logins that are not root; kept in memory only"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("updatesSummary"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply Updates"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyUpdatesButton"));
    m_apply->setAutoDefault(false); // Enter does not upgrade a fleet by accident
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_plan, &QTreeWidget::itemChanged, this, &ApplyUpdatesDialog::updateButton);
    auto *form = new QFormLayout;
    form->addRow(tr("Sudo &password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_plan, 1);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    updateButton();
}

QList<HostId> ApplyUpdatesDialog::chosenHosts() const
{
    QList<HostId> hosts;
    for (int i = 0; i < m_plan->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_plan->topLevelItem(i);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState(0) == Qt::Checked)
            hosts << item->data(0, hostIdRole).toLongLong();
    }
    return hosts;
}

QString ApplyUpdatesDialog::sudoPassword() const
{
    return m_password->text();
}

void ApplyUpdatesDialog::updateButton()
{
    const int count = int(chosenHosts().size());
    m_apply->setEnabled(count > 0);
    m_summary->setText(count > 0 ? tr("%n host(s) will be upgraded.", nullptr, count) : tr("No host is chosen."));
}

} // namespace wb
