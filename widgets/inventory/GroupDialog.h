#pragma once

#include <QDialog>

#include <functional>

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
    void setApply(std::function<QString(const QString &)> apply) { m_apply = std::move(apply); }
    void accept() override;

private:
    std::function<QString(const QString &)> m_apply;
    QLineEdit *m_name;
    QLabel *m_error;
};

} // namespace wb
