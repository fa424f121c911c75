#pragma once

#include "core/fleet/LogQuery.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;

namespace wb {

// Hosts → Logs: what to follow on the chosen hosts: the journal or a file,
// how much of the past to start with, and whether through sudo (its password
// kept in memory only). The source and the start are remembered.
class LogSourceDialog : public QDialog
{
    Q_OBJECT
public:
    LogSourceDialog(const QStringList &hosts, QWidget *parent = nullptr);

    // Following, as the dialog says; `since` relative to `now`.
    LogQuery query(const QDateTime &now) const;
    QString sudoPassword() const;

    void accept() override;

private:
    void updateEnabled();

    QRadioButton *m_journal;
    QRadioButton *m_file;
    QLineEdit *m_path;
    QComboBox *m_start;
    QCheckBox *m_sudo;
    QLineEdit *m_password;
};

} // namespace wb
