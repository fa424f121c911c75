#pragma once

#include "core/accounts/AccountBackend.h"
#include "core/directory/LdapConnection.h"

#include <QCoreApplication>

namespace wb {

// A directory's answer in words: what went wrong for the person at the
// keyboard (bad credentials, locked, fails the policy with its text, a right
// the bind account lacks, unreachable), never a bare result code.
class DirectoryWords
{
    Q_DECLARE_TR_FUNCTIONS(wb::DirectoryWords)
public:
    struct Failure
    {
        AccountReply::Error error = AccountReply::Error::Failed;
        QString message;
    };
    // A failed login (bind) as `who` to the directory `directory`.
    static Failure bindFailure(const LdapOutcome &outcome, const QString &directory, const QString &who);
    // A failed request: `what` says what was asked ("reset the password of jdoe"),
    // `attributes` what it would have written (for a missing right).
    static Failure requestFailure(const LdapOutcome &outcome, const QString &directory, const QString &what,
                                  const QString &bindDn, const QStringList &attributes = {});
    // Active Directory's reason inside a diagnostic ("... data 775, ..."): the
    // hex code after "data ", or empty.
    static QString adDataCode(const QString &diagnostic);
    // The words for a password-policy control's error (ppolicy), or empty.
    static QString passwordPolicyWords(int error);
    static bool isUnreachable(int code);
};

} // namespace wb
