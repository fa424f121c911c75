#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wb {

// The team workspaces opened before, newest first (QSettings): addresses
// only, which never hold a password (WorkspaceLocation refuses one).
namespace RecentWorkspaces {
QStringList list();
void remember(const QString &address);
} // namespace RecentWorkspaces

// File → Open Team Workspace…: a PostgreSQL address, typed or picked from the
// recent ones, checked as it is typed.
class OpenTeamWorkspaceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenTeamWorkspaceDialog(QWidget *parent = nullptr);
    QString address() const;

private:
    void check();

    QComboBox *m_address;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// Asks for a team workspace login's password when neither ~/.pgpass nor the
// keychain had one (or the server refused it).
class WorkspacePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    WorkspacePasswordDialog(const QString &address, const QString &login, bool refusedBefore, QWidget *parent = nullptr);
    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace wb
