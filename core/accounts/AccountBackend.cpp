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

AccountReply *AccountBackend::readPasswordPolicy(const QString &user)
{
    Q_UNUSED(user);
    auto *reply = new AccountReply(this);
    // Finished after the caller has returned, as every reply is.
    QMetaObject::invokeMethod(reply, [reply] { reply->finish(AccountReply::Error::None, {}); }, Qt::QueuedConnection);
    return reply;
}

} // namespace wb
