#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace wb {

// What one Active Directory domain controller says of an account: bad
// passwords and the last logon are counted per DC, and a lockout is decided
// where the bad passwords arrived (what LockoutStatus.exe shows).
struct DomainControllerState
{
    QString server;            // host[:port]
    bool reached = false;
    QString error;             // why it could not be asked
    bool locked = false;
    QDateTime lockedSince;
    int badPasswordCount = -1;
    QDateTime lastLogon;
};

// One account as a host reports it. Unknown values (no right to read the
// shadow file, no faillock on the host) stay unknown rather than guessed.
struct AccountStatus
{
    enum class Password { Unknown, Set, Locked, Empty, NotUsable };

    QString name;
    qint64 uid = -1;
    QString fullName;          // the GECOS field's first part
    QString shell;
    Password password = Password::Unknown;
    QDate lastChange;          // invalid = unknown
    bool mustChange = false;   // changed "on day 0": at the next login
    int maxAgeDays = -1;       // -1 = unknown or none
    QDate expiry;              // invalid = never (or unknown)
    bool disabled = false;     // the account has expired
    int failedLogins = -1;     // -1 = unknown
    QString lastLogin;         // as the host words it; empty = unknown
    QStringList groups;
    // A name Werkbank may act on (AccountInput); others are shown only.
    bool actionable = false;

    // In a directory: the entry's DN (the account's id there), and what a
    // directory says beyond a host (times in UTC; invalid = never or unknown).
    QString dn;
    QString mail;
    bool locked = false;        // locked out (after bad passwords, or by hand)
    QDateTime lockedSince;      // invalid with an administrator's lock (no time)
    QString lockedOn;           // Active Directory: the domain controller(s) where it is locked, comma-separated
    // Active Directory, one account read: each domain controller asked, and the
    // account's state there (locked, bad passwords, last logon merged above).
    QList<DomainControllerState> domainControllers;
    QDateTime passwordLastSet;
    bool passwordNeverExpires = false; // Active Directory: then "must change" has no effect
    QDateTime expiresAt;
    QDateTime lastLogon;
};

} // namespace wb
