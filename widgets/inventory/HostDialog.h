#pragma once

#include "core/inventory/InventoryTypes.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace wb {

class Inventory;

// Adds or edits one host. The dialog collects and checks the fields; whoever
// opened it makes the change through setApply() (so it can go on the undo
// stack). When the change is refused (bad address, duplicate name…) the dialog
// stays open with the reason shown, so nothing typed is lost.
class HostDialog : public QDialog
{
    Q_OBJECT
public:
    HostDialog(const Inventory *inventory, const Host &host, QWidget *parent = nullptr);

    Host host() const;
    // Puts `host`'s values in the fields (a merge the user chose); the version
    // the next OK is based on stays as it is.
    void setFields(const Host &host);
    void setError(const QString &message);
    // After a save refused because the host changed elsewhere: shows the values
    // stored now beside what was typed (which stays in the fields), and bases
    // the next OK on the stored version. nullptr: the host was deleted elsewhere.
    void showStored(const Host *stored);

    // Called with the host on OK to make the change, which may take a while
    // (it is written on the workspace thread): OK waits, and `reply` is called
    // once, with an error message that keeps the dialog open and shows it, or
    // with nothing to close it. A reply after the dialog closed is ignored.
    using Reply = std::function<void(const QString &problem)>;
    void setApply(std::function<void(const Host &, Reply reply)> apply) { m_apply = std::move(apply); }

    void accept() override;

private:
    void fillJumpHosts(HostId selected);
    void updateAuthFields();
    void updateForwardWarning();
    void updateSshOptionsWarning();
    void setRemoteDesktop(const QString &text);

    const Inventory *m_inventory;
    Host m_original;
    void applied(const QString &problem);

    std::function<void(const Host &, Reply)> m_apply;

    QLineEdit *m_name;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QComboBox *m_kind;
    QComboBox *m_group;
    QLineEdit *m_os;
    QLineEdit *m_tags;
    QLineEdit *m_user;
    QComboBox *m_auth;
    QLineEdit *m_identity;
    QComboBox *m_jumpHost;
    QLineEdit *m_location;
    QLineEdit *m_owner;
    QLineEdit *m_hostKeyAlias;
    QLineEdit *m_knownHostsFile;
    class ReachabilityCheckEdit *m_reachability;
    QLineEdit *m_macAddress;
    QComboBox *m_sessionLog;
    QPlainTextEdit *m_forwards;
    QLabel *m_forwardWarning;
    QPlainTextEdit *m_sshOptions;
    QLabel *m_sshOptionsWarning;
    QComboBox *m_desktop;
    QSpinBox *m_desktopPort;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
    QLabel *m_stored;
    QDialogButtonBox *m_buttons;
};

} // namespace wb
