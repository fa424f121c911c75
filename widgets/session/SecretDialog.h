#pragma once

#include "core/ssh/SshEvents.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace wb {

class SshConnection;

// Asks for a password, a key passphrase or a keyboard-interactive answer.
// "Remember" stores it in the OS keychain once the server accepted it.
class SecretDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SecretDialog(const SecretRequest &request, QWidget *parent = nullptr);
    // A question of Werkbank's own (sudo's password, say): never remembered.
    // retryNote, when not empty, says the last answer was not accepted.
    SecretDialog(const QString &title, const QString &question, const QString &retryNote, QWidget *parent = nullptr);

    QString secret() const;
    bool remember() const;

    // Asks (window-modal, not blocking) what the connection's server asked
    // for, and gives the answer, or the refusal, to the connection.
    static void answerFor(SshConnection *connection, const SecretRequest &request, QWidget *parent);

private:
    void build(const QString &question, const QString &retryNote, bool echo, bool offerRemember);

    QLineEdit *m_edit = nullptr;
    QCheckBox *m_remember = nullptr;
};

} // namespace wb
