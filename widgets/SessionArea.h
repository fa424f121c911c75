#pragma once

#include <QStackedWidget>

class QTabWidget;

namespace wb {

class EmptyState;

// The central area: session tabs, or a guide to getting started while none
// are open. Sessions themselves arrive with the SSH engine.
class SessionArea : public QStackedWidget
{
    Q_OBJECT
public:
    explicit SessionArea(QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    void setInventorySize(int hosts, int groups);
    void addStartAction(QAction *action);

private:
    void updatePage();

    QTabWidget *m_tabs;
    EmptyState *m_empty;
};

} // namespace wb
