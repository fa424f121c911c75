#pragma once

#include "core/inventory/InventoryTypes.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace wb {

// Chooses how the live fleet checks a host: as its kind says, its SSH banner,
// RDP, HTTPS, another TCP port, or not at all. text() is the stored form
// (ReachabilityCheck): "", "ssh", "3389", "none".
class ReachabilityCheckEdit : public QWidget
{
    Q_OBJECT
public:
    explicit ReachabilityCheckEdit(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    // The first choice names what the kind means ("As its kind says: TCP port 3389").
    void setKind(HostKind kind);
    QComboBox *choice() const { return m_choice; }

private:
    void updatePort();

    QComboBox *m_choice;
    QSpinBox *m_port;
};

} // namespace wb
