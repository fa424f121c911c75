#pragma once

#include <QWidget>

namespace wb {

// The ticket dock. Until the ticket pane lands it explains what will appear
// here, so the dock is not a blank mystery.
class TicketPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TicketPanel(QWidget *parent = nullptr);
};

} // namespace wb
