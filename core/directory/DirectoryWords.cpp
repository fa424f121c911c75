#include "core/directory/DirectoryWords.h"

#include <QRegularExpression>

#include <ldap.h>

namespace wb {

QString DirectoryWords::adDataCode(const QString &diagnostic)
{
    static const QRegularExpression data(QStringLiteral("\\bdata ([0-9a-fA-F]+)"));
    return data.match(diagnostic).captured(1).toLower();
}

bool DirectoryWords::isUnreachable(int code)
{
    return code == LDAP_SERVER_DOWN || code == LDAP_CONNECT_ERROR || code == LDAP_TIMEOUT || code == LDAP_TIMELIMIT_EXCEEDED
           || code == LDAP_UNAVAILABLE || code == LDAP_BUSY;
}

QString DirectoryWords::passwordPolicyWords(int error)
{
    switch (error) {
    case 0: return tr("the password has expired");
    case 1: return tr("the account is locked");
    case 2: return tr("the password must be changed first (it was reset)");
    case 3: return tr("the policy does not allow changing this password");
    case 4: return tr("the old password must be given");
    case 5: return tr("the password is not good enough for the policy");
    case 6: return tr("the password is shorter than the policy allows");
    case 7: return tr("the password was changed too recently to change again");
    case 8: return tr("the password was used before");
    case 9: return tr("the password is longer than the policy allows");
    default: return {};
    }
}

namespace {
QString serverWords(const LdapOutcome &outcome)
{
    const QString words = outcome.diagnostic.trimmed();
    return words.isEmpty() ? QString::fromUtf8(ldap_err2string(outcome.code)) : words;
}
} // namespace

DirectoryWords::Failure DirectoryWords::bindFailure(const LdapOutcome &outcome, const QString &directory, const QString &who)
{
    using Error = AccountReply::Error;
    if (isUnreachable(outcome.code) || outcome.code == LDAP_PARAM_ERROR)
        return {Error::Connection, tr("Cannot reach the directory %1: %2").arg(directory, serverWords(outcome))};
    if (outcome.code == LDAP_STRONG_AUTH_REQUIRED)
        return {Error::Connection, tr("The directory %1 requires a stronger login than a password over TLS: %2")
                                       .arg(directory, serverWords(outcome))};
    if (outcome.code != LDAP_INVALID_CREDENTIALS)
        return {Error::Connection, tr("%1 could not log in to the directory %2: %3").arg(who, directory, serverWords(outcome))};
    const QString data = adDataCode(outcome.diagnostic);
    QString why;
    if (data == QLatin1String("525"))
        why = tr("there is no such account");
    else if (data == QLatin1String("530"))
        why = tr("the account may not log in at this time");
    else if (data == QLatin1String("531"))
        why = tr("the account may not log in from this computer");
    else if (data == QLatin1String("532"))
        why = tr("the password has expired");
    else if (data == QLatin1String("533"))
        why = tr("the account is disabled");
    else if (data == QLatin1String("701"))
        why = tr("the account has expired");
    else if (data == QLatin1String("773"))
        why = tr("the password must be changed first");
    else if (data == QLatin1String("775"))
        why = tr("the account is locked out");
    else if (!passwordPolicyWords(outcome.passwordPolicyError).isEmpty())
        why = passwordPolicyWords(outcome.passwordPolicyError);
    else
        why = tr("the name or the password is wrong");
    return {Error::Connection, tr("%1 could not log in to the directory %2: %3.").arg(who, directory, why)};
}

DirectoryWords::Failure DirectoryWords::requestFailure(const LdapOutcome &outcome, const QString &directory,
                                                       const QString &what, const QString &bindDn,
                                                       const QStringList &attributes)
{
    using Error = AccountReply::Error;
    if (isUnreachable(outcome.code)) {
        // The request may have arrived before the connection went.
        return {Error::OutcomeUnknown, tr("The directory %1 stopped answering; it may or may not have done this (%2): %3")
                                           .arg(directory, what, serverWords(outcome))};
    }
    switch (outcome.code) {
    case LDAP_INSUFFICIENT_ACCESS:
        if (!attributes.isEmpty()) {
            return {Error::Failed, tr("Insufficient rights: the bind account %1 may not write %2 there, so the directory "
                                      "%3 refused to %4.")
                                       .arg(bindDn, attributes.join(QLatin1String(", ")), directory, what)};
        }
        return {Error::Failed, tr("Insufficient rights: the bind account %1 may not %2 in the directory %3.")
                                   .arg(bindDn, what, directory)};
    case LDAP_NO_SUCH_OBJECT:
        return {Error::NoSuchAccount, tr("The directory %1 has no such entry (%2).").arg(directory, what)};
    case LDAP_CONSTRAINT_VIOLATION: {
        QString policy = passwordPolicyWords(outcome.passwordPolicyError);
        if (policy.isEmpty() && adDataCode(outcome.diagnostic).isEmpty() && outcome.diagnostic.contains(QLatin1String("0000052D")))
            policy = tr("the password does not meet the domain's password policy (length, complexity or history)");
        if (policy.isEmpty())
            policy = serverWords(outcome);
        return {Error::Failed, tr("The directory %1 refused to %2: %3.").arg(directory, what, policy)};
    }
    case LDAP_UNWILLING_TO_PERFORM:
        return {Error::Failed, tr("The directory %1 is unwilling to %2: %3").arg(directory, what, serverWords(outcome))};
    case LDAP_STRONG_AUTH_REQUIRED:
        return {Error::Failed, tr("The directory %1 wants an encrypted or signed connection to %2: %3")
                                   .arg(directory, what, serverWords(outcome))};
    default:
        break;
    }
    QString policy = passwordPolicyWords(outcome.passwordPolicyError);
    return {Error::Failed, tr("The directory %1 refused to %2: %3").arg(directory, what,
                                                                         policy.isEmpty() ? serverWords(outcome) : policy)};
}

} // namespace wb
