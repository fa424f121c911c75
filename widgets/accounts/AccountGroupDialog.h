#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace wb {

// Which group to add an account to (any valid group name, the host's known
// groups offered) or to take it out of (one of its own groups).
class AccountGroupDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Remove };
    AccountGroupDialog(Mode mode, const QString &account, const QString &host, const QStringList &groups,
                       QWidget *parent = nullptr);

    QComboBox *groupBox() const { return m_group; }
    QString group() const;

private:
    void updateState();

    QComboBox *m_group;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace wb
