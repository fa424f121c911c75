#pragma once

#include "core/fleet/WakeOnLan.h"

#include <QDialog>

#include <functional>
#include <optional>
#include <utility>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wb {

// Asks for a group's name, its backup check and how its hosts are woken, for a new group or an edit. Like HostDialog, the
// change is made through setApply() and a refusal keeps the dialog open.
class GroupDialog : public QDialog
{
    Q_OBJECT
public:
    GroupDialog(const QString &title, const QString &parentPath, const QString &name, QWidget *parent = nullptr);

    QString name() const;
    void setName(const QString &name);
    // How the group's hosts' last good backup is found (BackupCheck's stored form; empty: as the group above).
    QString backupCheck() const;
    void setBackupCheck(const QString &check);
    // Wake-on-LAN: the address the magic packet goes to and the host that sends it
    // (0: this computer); none when both are left empty (as the group above).
    std::optional<WakeRoute> wakeRoute() const;
    void setWakeRoute(const std::optional<WakeRoute> &route);
    // The hosts that may relay the packet, by id and name.
    void setRelayChoices(const QList<std::pair<HostId, QString>> &hosts);
    // While the stored settings (backup check, wake route) are being read, their
    // fields wait; when they cannot be read, they say why.
    void setSettingsLoading(bool loading);
    void setSettingsUnavailable(const QString &why);
    // As HostDialog::setApply: OK waits for `reply`, which keeps the dialog
    // open with a problem or closes it with none.
    using Reply = std::function<void(const QString &problem)>;
    void setApply(std::function<void(const QString &, Reply reply)> apply) { m_apply = std::move(apply); }
    void accept() override;

private:
    void applied(const QString &problem);
    void showWakeDefault();

    std::function<void(const QString &, Reply)> m_apply;
    QLineEdit *m_name;
    QLineEdit *m_backupCheck;
    QLineEdit *m_wakeAddress;
    QComboBox *m_wakeRelay;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace wb
