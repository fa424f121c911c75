#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wb {

// Asks for a group's name, for a new group or a rename. Like HostDialog, the
// change is made through setApply() and a refusal keeps the dialog open.
class GroupDialog : public QDialog
{
    Q_OBJECT
public:
    GroupDialog(const QString &title, const QString &parentPath, const QString &name, QWidget *parent = nullptr);

    QString name() const;
    void setName(const QString &name);
    // As HostDialog::setApply: OK waits for `reply`, which keeps the dialog
    // open with a problem or closes it with none.
    using Reply = std::function<void(const QString &problem)>;
    void setApply(std::function<void(const QString &, Reply reply)> apply) { m_apply = std::move(apply); }
    void accept() override;

private:
    void applied(const QString &problem);

    std::function<void(const QString &, Reply)> m_apply;
    QLineEdit *m_name;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace wb
