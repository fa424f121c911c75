#pragma once

#include "core/fleet/HostFacts.h"
#include "core/inventory/InventoryTypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace wb {

// Hosts → Apply Updates: what each selected host's package manager will
// upgrade, as its newest facts list it, before anything runs. A host is
// ticked when it has something to upgrade; untick one to leave it out. The
// password for sudo (logins that are not root) is kept in memory only.
class ApplyUpdatesDialog : public QDialog
{
    Q_OBJECT
public:
    struct Host
    {
        HostId id = 0;
        QString name;
        const HostFacts *facts = nullptr; // null: never gathered
    };

    explicit ApplyUpdatesDialog(const QList<Host> &hosts, QWidget *parent = nullptr);

    QList<HostId> chosenHosts() const;
    QString sudoPassword() const;

private:
    void updateButton();

    QTreeWidget *m_plan;
    QLineEdit *m_password;
    QPushButton *m_apply;
    QLabel *m_summary;
};

} // namespace wb
