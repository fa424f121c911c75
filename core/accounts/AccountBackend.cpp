#include "core/accounts/AccountBackend.h"


namespace wb {

void AccountReply::finish(Error error, const QString &message, QList<AccountStatus> accounts)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_message = message;
    m_accounts = std::move(accounts);
    Q_EMIT finished();
}

} // namespace wb
