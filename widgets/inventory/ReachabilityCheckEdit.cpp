#include "widgets/inventory/ReachabilityCheckEdit.h"

#include "core/inventory/ReachabilityCheck.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSpinBox>

namespace wb {

namespace {
const QString anotherPort = QStringLiteral("port");
} // namespace

ReachabilityCheckEdit::ReachabilityCheckEdit(QWidget *parent) : QWidget(parent)
{
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("reachabilityCheck"));
    m_choice->addItem(QString(), QString());
    m_choice->addItem(tr("SSH banner"), QStringLiteral("ssh"));
    m_choice->addItem(tr("RDP (TCP port 3389)"), QStringLiteral("3389"));
    m_choice->addItem(tr("HTTPS (TCP port 443)"), QStringLiteral("443"));
    m_choice->addItem(tr("Another TCP port"), anotherPort);
    m_choice->addItem(tr("Not checked"), QStringLiteral("none"));
    m_choice->setToolTip(tr("How the inventory tells that this host is up: its SSH server's banner, or a TCP port that connects"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("reachabilityPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(80);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice, 1);
    layout->addWidget(m_port);
    setFocusProxy(m_choice);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &ReachabilityCheckEdit::updatePort);
    setKind(HostKind::Server);
    updatePort();
}

void ReachabilityCheckEdit::setKind(HostKind kind)
{
    m_choice->setItemText(0, tr("As its kind says (%1)").arg(ReachabilityCheck::forKind(kind).displayText()));
}

void ReachabilityCheckEdit::setText(const QString &text)
{
    ReachabilityCheck check;
    if (text.trimmed().isEmpty() || !ReachabilityCheck::parse(text, &check)) {
        m_choice->setCurrentIndex(0);
        return;
    }
    const int listed = m_choice->findData(check.text());
    if (listed >= 0) {
        m_choice->setCurrentIndex(listed);
        return;
    }
    m_choice->setCurrentIndex(m_choice->findData(anotherPort));
    m_port->setValue(check.port);
}

QString ReachabilityCheckEdit::text() const
{
    const QString chosen = m_choice->currentData().toString();
    return chosen == anotherPort ? QString::number(m_port->value()) : chosen;
}

void ReachabilityCheckEdit::updatePort()
{
    m_port->setVisible(m_choice->currentData().toString() == anotherPort);
}

} // namespace wb
