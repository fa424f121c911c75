#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wb {

// Asks for a group's name and its backup check, for a new group or an edit. Like HostDialog, the
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
    // While the stored check is being read, the field waits; when it cannot be read, it says why.
    void setBackupCheckLoading(bool loading);
    void setBackupCheckUnavailable(const QString &why);
    // As HostDialog::setApply: OK waits for `reply`, which keeps the dialog
    // open with a problem or closes it with none.
    using Reply = std::function<void(const QString &problem)>;
    void setApply(std::function<void(const QString &, Reply reply)> apply) { m_apply = std::move(apply); }
    void accept() override;

private:
    void applied(const QString &problem);

    std::function<void(const QString &, Reply)> m_apply;
    QLineEdit *m_name;
    QLineEdit *m_backupCheck;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace wb
