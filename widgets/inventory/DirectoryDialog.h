#pragma once

#include "core/inventory/InventoryTypes.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace wb {

class CredentialStore;
class DirectoryAccountBackend;
class InventoryTables;

// Adds or edits one directory (Active Directory, or OpenLDAP with ppolicy).
// Like HostDialog it collects and checks the fields and hands them to
// setApply(); it also logs in to try them (Test Connection, off the GUI
// thread), which fills in the kind the server reports and Active Directory's
// domain controllers. The bind password typed here goes to the keychain with
// the save, never into the workspace.
class DirectoryDialog : public QDialog
{
    Q_OBJECT
public:
    // `credentials` may be null: then only a typed password logs in.
    DirectoryDialog(const InventoryTables *inventory, const Directory &directory, CredentialStore *credentials,
                    QWidget *parent = nullptr);
    ~DirectoryDialog() override;

    Directory directory() const;
    // The bind password typed; empty keeps the one in the keychain.
    QString bindPassword() const;
    void setError(const QString &message);

    using Reply = std::function<void(const QString &problem)>;
    void setApply(std::function<void(const Directory &, const QString &bindPassword, Reply reply)> apply)
    {
        m_apply = std::move(apply);
    }
    void accept() override;

    // Logs in with what the fields say; connectionTested() tells how it went.
    void testConnection();

Q_SIGNALS:
    void connectionTested(bool ok);

private:
    void probe(const Directory &directory, const QString &password);
    void probed(bool ok, const QString &message);
    void updateControllersField();
    void applied(const QString &problem);

    const InventoryTables *m_inventory;
    Directory m_original;
    CredentialStore *m_credentials;
    std::function<void(const Directory &, const QString &, Reply)> m_apply;
    std::unique_ptr<DirectoryAccountBackend> m_probe;

    QLineEdit *m_name;
    QComboBox *m_group;
    QLineEdit *m_url;
    QLineEdit *m_baseDn;
    QLineEdit *m_bindDn;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
    QComboBox *m_kind;
    QPlainTextEdit *m_controllers;
    QPlainTextEdit *m_notes;
    QPushButton *m_test;
    QLabel *m_status;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace wb
