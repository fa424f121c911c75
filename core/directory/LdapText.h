#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace wb {

// The small text rules of LDAP that a client must get exactly right, so that
// nothing a person typed changes the meaning of a filter or a DN.
namespace LdapText {

// RFC 4515: a value inside a filter. `*`, `(`, `)`, `\` and NUL become \2a,
// \28, \29, \5c and \00, so a search for `*)(uid=*` looks for those characters.
QString escapeFilterValue(const QString &value);
// RFC 4514: one attribute value inside a DN (`cn=<value>,ou=…`).
QString escapeDnValue(const QString &value);

// The domain a DN sits in: its trailing dc= components ("dc=example,dc=org"
// of "ou=people,dc=example,dc=org"), where the password policies and groups
// usually are; the DN itself when it ends in none.
QString domainOf(const QString &dn);

// GeneralizedTime ("20261206153000Z", also with fractions or an offset), as
// OpenLDAP's operational attributes carry it; invalid when it is not one.
QDateTime parseGeneralizedTime(const QByteArray &text);
QByteArray generalizedTime(const QDateTime &when);

// Active Directory's FILETIME: 100 ns steps since 1601-01-01 UTC. 0 and the
// largest 64-bit value both mean "never" (accountExpires); they read as invalid.
QDateTime fromFileTime(qint64 fileTime);
qint64 toFileTime(const QDateTime &when);
constexpr qint64 fileTimeNever = 0x7FFFFFFFFFFFFFFFLL;

} // namespace LdapText

} // namespace wb
