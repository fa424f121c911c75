#pragma once

#include "core/accounts/AccountStatus.h"
#include "core/accounts/LinuxAccountCommands.h"

#include <QCoreApplication>
#include <QList>

namespace wb {

// Listing a Linux host's accounts: one fixed script reads getent passwd and
// shadow, faillock, lastlog and the groups of each account, and prints one
// record a line with fields split by the ASCII unit separator (0x1f).
class LinuxAccountListing
{
    Q_DECLARE_TR_FUNCTIONS(wb::LinuxAccountListing)
public:
    // People's accounts (UID 1000 and up, without nobody), or every account.
    static RemoteInvocation invocation(bool includeSystemAccounts);
    // One account, whatever its UID; the name must pass AccountInput (the
    // script checks it again). No record back: the host has no such account.
    static RemoteInvocation invocationFor(const QString &user);
    static QString script();
    // Parses what the script printed; false (and why) when it is not that.
    static bool parse(const QByteArray &output, QList<AccountStatus> *accounts, QString *error);
};

} // namespace wb
