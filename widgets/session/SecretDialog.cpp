#include "widgets/session/SecretDialog.h"

#include "core/ssh/SshConnection.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QVBoxLayout>

namespace wb {

SecretDialog::SecretDialog(const SecretRequest &request, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("secretDialog"));
    const QString account = QStringLiteral("%1@%2").arg(request.endpoint.user, request.endpoint.name);
    QString question;
    switch (request.kind) {
    case SecretRequest::Kind::Password:
        setWindowTitle(tr("Password"));
        question = tr("Password for %1:").arg(account.toHtmlEscaped());
        break;
    case SecretRequest::Kind::KeyPassphrase:
        setWindowTitle(tr("Key passphrase"));
        question = tr("Passphrase for the key %1 (to log in as %2):")
                       .arg(QFileInfo(request.keyFile).fileName().toHtmlEscaped(), account.toHtmlEscaped());
        break;
    case SecretRequest::Kind::KeyboardInteractive:
        setWindowTitle(tr("Login"));
        question = tr("Logging in as %1. The server asks: %2").arg(account.toHtmlEscaped(), request.prompt.trimmed().toHtmlEscaped());
        break;
    }
    QString retry;
    if (request.attempt > 1)
        retry = request.kind == SecretRequest::Kind::KeyPassphrase ? tr("That passphrase did not unlock the key. Try again.")
                                                                  : tr("The server did not accept that. Try again.");
    build(question, retry, request.echo, request.isSecretForKeychain());
}

SecretDialog::SecretDialog(const QString &title, const QString &question, const QString &retryNote, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("secretDialog"));
    setWindowTitle(title);
    build(question, retryNote, false, false);
}

void SecretDialog::build(const QString &question, const QString &retryNote, bool echo, bool offerRemember)
{
    auto *label = new QLabel(question, this);
    label->setObjectName(QStringLiteral("secretQuestion"));
    label->setWordWrap(true);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("secretEdit"));
    m_edit->setEchoMode(echo ? QLineEdit::Normal : QLineEdit::Password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    if (!retryNote.isEmpty()) {
        auto *retry = new QLabel(retryNote, this);
        retry->setObjectName(QStringLiteral("secretRetry"));
        retry->setStyleSheet(QStringLiteral("color: #b3261e;"));
        retry->setWordWrap(true);
        layout->addWidget(retry);
    }
    layout->addWidget(m_edit);
    if (offerRemember) {
        m_remember = new QCheckBox(tr("&Remember in the keychain"), this);
        m_remember->setObjectName(QStringLiteral("rememberSecret"));
        layout->addWidget(m_remember);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString SecretDialog::secret() const
{
    return m_edit->text();
}

bool SecretDialog::remember() const
{
    return m_remember && m_remember->isChecked();
}

void SecretDialog::answerFor(SshConnection *connection, const SecretRequest &request, QWidget *parent)
{
    auto *dialog = new SecretDialog(request, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<SshConnection> guarded = connection;
    connect(dialog, &QDialog::finished, dialog, [dialog, request, guarded](int result) {
        if (!guarded)
            return;
        if (result == QDialog::Accepted)
            guarded->provideSecret(request, dialog->secret(), dialog->remember());
        else
            guarded->cancelSecret(request);
    });
    dialog->open();
}

} // namespace wb
