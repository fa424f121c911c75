#include "core/accounts/AccountBackend.h"


namespace wb {

void AccountReply::addPage(const QList<AccountStatus> &page)
{
    if (m_finished)
        return;
    m_accounts.append(page);
    Q_EMIT accountsArrived(page);
}

void AccountReply::finish(Error error, const QString &message, QList<AccountStatus> accounts)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_message = message;
    if (!accounts.isEmpty() || m_accounts.isEmpty())
        m_accounts = std::move(accounts);
    Q_EMIT finished();
}

} // namespace wb
