#pragma once

#include "ssh/SshEvents.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace wb {

// Asks for a password, a key passphrase or a keyboard-interactive answer.
// "Remember" stores it in the OS keychain once the server accepted it.
class SecretDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SecretDialog(const SecretRequest &request, QWidget *parent = nullptr);

    QString secret() const;
    bool remember() const;

private:
    QLineEdit *m_edit;
    QCheckBox *m_remember = nullptr;
};

} // namespace wb
