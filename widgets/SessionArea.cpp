#include "SessionArea.h"

#include "EmptyState.h"

#include <QTabWidget>

namespace wb {

SessionArea::SessionArea(QWidget *parent) : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("sessionArea"));
    m_empty = new EmptyState(QStringLiteral(":/icons/terminal.svg"), tr("No open sessions"), QString(), this);
    m_empty->setObjectName(QStringLiteral("sessionsEmptyState"));
    m_tabs = new QTabWidget(this);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    addWidget(m_empty);
    addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &SessionArea::updatePage);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *page = m_tabs->widget(index);
        m_tabs->removeTab(index);
        page->deleteLater();
        updatePage();
    });
    setInventorySize(0, 0);
    updatePage();
}

void SessionArea::setInventorySize(int hosts, int groups)
{
    const QString size = hosts == 0
                             ? tr("Your inventory is empty. Add hosts one by one or import them from an "
                                  "OpenSSH config, a CSV file or an Ansible inventory.")
                             : tr("Your inventory holds %Ln host(s)", nullptr, hosts)
                                   + tr(" in %Ln group(s).", nullptr, groups);
    m_empty->setText(size + QStringLiteral("<br><br>")
                     + tr("SSH sessions will open here as tabs.<br>"
                          "<b>Ctrl+F</b> filters the inventory, <b>Ctrl+N</b> adds a host, "
                          "<b>Ctrl+I</b> imports."));
}

void SessionArea::addStartAction(QAction *action)
{
    m_empty->addAction(action);
}

void SessionArea::updatePage()
{
    setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_empty);
}

} // namespace wb
