#pragma once

// What another Active Directory domain controller once answered about an
// account, replayed: the fixture runs one real DC, and lockout across several
// is tested with recorded replies of the others, read through the same
// Active Directory profile as a live answer.
#include "core/accounts/AccountBackend.h"
#include "core/directory/DirectoryProfile.h"
#include "core/directory/LdapText.h"

#include <QDateTime>

namespace wb::test {

// A reply that finishes, later, with what a DC once answered (its LDAP entry).
inline AccountReply *recordedReply(QObject *parent, const LdapEntry &entry)
{
    auto *reply = new AccountReply(parent);
    const AccountStatus status = ActiveDirectoryProfile().status(entry);
    QMetaObject::invokeMethod(reply, [reply, status] { reply->finish(AccountReply::Error::None, {}, {status}); },
                              Qt::QueuedConnection);
    return reply;
}

// A DC's entry for `dn`: its bad passwords, a lockout (invalid: none) and the last logon there.
inline LdapEntry domainControllerEntry(const QString &dn, int badPasswords, const QDateTime &lockedAt, const QDateTime &lastLogon)
{
    LdapEntry entry;
    entry.dn = dn;
    const auto set = [&](const char *name, const QByteArray &value) { entry.attributes.insert(QString::fromLatin1(name).toLower(), {value}); };
    set("sAMAccountName", dn.section(u',', 0, 0).section(u'=', 1).toUtf8());
    set("userAccountControl", "512");
    set("badPwdCount", QByteArray::number(badPasswords));
    set("lockoutTime", lockedAt.isValid() ? QByteArray::number(LdapText::toFileTime(lockedAt)) : QByteArray("0"));
    set("msDS-User-Account-Control-Computed", lockedAt.isValid() ? "16" : "0");
    set("lastLogon", lastLogon.isValid() ? QByteArray::number(LdapText::toFileTime(lastLogon)) : QByteArray("0"));
    set("pwdLastSet", QByteArray::number(LdapText::toFileTime(QDateTime::currentDateTimeUtc())));
    set("accountExpires", "9223372036854775807");
    return entry;
}

} // namespace wb::test
