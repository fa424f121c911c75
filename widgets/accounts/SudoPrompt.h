#pragma once

#include "core/accounts/AccountBackend.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace wb {

class LinuxSshAccountBackend;

// What every answer from a host's accounts passes through: when sudo wants a
// password (or did not take the one given), asks for it, naming the login and
// the host, hands it to the backend (which keeps it for the view's later
// requests) and tries again; any other answer goes on as it was.
class SudoPrompt : public QObject
{
    Q_OBJECT
public:
    using Then = std::function<void()>;
    // The dialog opens over `dialogParent`; both must outlive this.
    SudoPrompt(LinuxSshAccountBackend *backend, QWidget *dialogParent);

    // `retry` once a password is given, `cancelled` when the user declines,
    // `proceed` for an answer that is not about sudo.
    void settle(AccountReply::Error error, const QString &hostName, Then retry, Then proceed, Then cancelled);

Q_SIGNALS:
    // The question is on screen.
    void asking();

private:
    LinuxSshAccountBackend *m_backend;
    QWidget *m_dialogParent;
};

} // namespace wb
