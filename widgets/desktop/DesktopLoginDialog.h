#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace wb {

// Asks who to log in to a remote desktop as, and the password (which goes to
// the viewer's standard input); "Remember" keeps it in the keychain, apart
// from the host's SSH login.
class DesktopLoginDialog : public QDialog
{
    Q_OBJECT
public:
    DesktopLoginDialog(const QString &hostName, const QString &user, QWidget *parent = nullptr);

    QString user() const;
    QString password() const;
    bool remember() const;

private:
    void updateOk();

    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace wb
