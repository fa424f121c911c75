#pragma once

#include <QString>

namespace wb {

// One thing done to one account. Which fields count depends on the kind:
// password for ResetPassword, date for SetExpiry, group for the group kinds.
struct AccountAction
{
    enum class Kind {
        ResetPassword, MustChangePassword, Lock, Unlock, Disable, Enable,
        ResetFailedLogins, SetExpiry, ClearExpiry, AddToGroup, RemoveFromGroup
    };
    Kind kind = Kind::MustChangePassword;
    QString user;
    QString password;   // a secret: never logged, never stored
    QString date;       // YYYY-MM-DD
    QString group;
    // A directory: the entry's DN, when the caller knows it (the audit log
    // records it); empty: the backend finds the entry by the login in `user`.
    QString accountId = {};
    // Active Directory, must change: also clear "password never expires",
    // without which the must-change mark has no effect.
    bool clearPasswordNeverExpires = false;
};

} // namespace wb
