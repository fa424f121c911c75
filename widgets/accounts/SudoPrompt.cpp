#include "widgets/accounts/SudoPrompt.h"

#include "core/accounts/LinuxSshAccountBackend.h"
#include "widgets/session/SecretDialog.h"

namespace wb {

SudoPrompt::SudoPrompt(LinuxSshAccountBackend *backend, QWidget *dialogParent)
    : QObject(dialogParent), m_backend(backend), m_dialogParent(dialogParent)
{
}

void SudoPrompt::settle(AccountReply::Error error, const QString &hostName, Then retry, Then proceed, Then cancelled)
{
    if (error != AccountReply::Error::SudoPasswordNeeded && error != AccountReply::Error::SudoPasswordWrong) {
        proceed();
        return;
    }
    const QString login = m_backend->target().endpoint.user.toHtmlEscaped();
    const QString host = hostName.toHtmlEscaped();
    const QString question = tr("Werkbank is logged in to <b>%2</b> as <b>%1</b>, so account changes there go "
                                "through sudo.<br>sudo asks for the password of <b>%1</b> on <b>%2</b>:").arg(login, host);
    const QString retryNote = error == AccountReply::Error::SudoPasswordWrong
                                  ? tr("sudo did not accept that password. Try again.") : QString();
    auto *dialog = new SecretDialog(tr("sudo Password"), question, retryNote, m_dialogParent);
    dialog->setObjectName(QStringLiteral("sudoPasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, retry = std::move(retry), cancelled = std::move(cancelled)](int result) {
        if (result != QDialog::Accepted) {
            cancelled();
            return;
        }
        m_backend->setSudoPassword(dialog->secret());
        retry();
    });
    Q_EMIT asking();
    dialog->open();
}

} // namespace wb
