#pragma once

#include "core/accounts/PasswordGenerator.h"

#include <QCoreApplication>
#include <QString>

namespace wb {

// What a password must be where an account lives, as far as the place says:
// Active Directory's domain policy (or the fine-grained one that applies to
// the account, where readable), OpenLDAP's ppolicy entry. -1: not said.
struct PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(wb::PasswordPolicy)
public:
    bool known = false;
    QString source;          // where it was read (a DN), for the person to look up
    int minLength = -1;
    bool complexity = false; // three of: upper, lower, digit, symbol (AD); quality checked (ppolicy)
    int history = -1;        // passwords remembered
    int maxFailures = -1;    // bad passwords before lockout (0: never)

    // One or two sentences for the reset dialog ("At least 8 characters, …").
    QString describe() const;
    // A generator whose passwords this policy takes: long enough, every class.
    PasswordGenerator generatorFor(PasswordGenerator base) const;
};

} // namespace wb
