#include "app/LibraryVersions.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <ldap.h>
#include <libpq-fe.h>
#include <libssh/libssh.h>

namespace wb {

namespace {

QString builtWith(const char *version)
{
    return QCoreApplication::translate("wb::LibraryVersions", "%1 (built with)").arg(QString::fromLatin1(version));
}

// OpenLDAP's vendor version is one number, 20513 for 2.5.13.
QString openLdapVersion()
{
    LDAPAPIInfo info{};
    info.ldapai_info_version = LDAP_API_INFO_VERSION;
    if (ldap_get_option(nullptr, LDAP_OPT_API_INFO, &info) != LDAP_OPT_SUCCESS)
        return builtWith(LDAP_VENDOR_NAME);
    const int vendor = info.ldapai_vendor_version;
    if (info.ldapai_extensions)
        ber_memvfree(reinterpret_cast<void **>(info.ldapai_extensions));
    if (info.ldapai_vendor_name)
        ldap_memfree(info.ldapai_vendor_name);
    return QStringLiteral("%1.%2.%3").arg(vendor / 10000).arg(vendor / 100 % 100).arg(vendor % 100);
}

// libpq's is 150018 for 15.18 (from PostgreSQL 10 on, major × 10000 + minor).
QString libpqVersion()
{
    const int version = PQlibVersion();
    return QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000);
}

} // namespace

QList<std::pair<QString, QString>> libraryVersions()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("libssh"), QString::fromLatin1(ssh_version(0))},
        // libvterm and QtKeychain have no call that gives their version at run time.
        {QStringLiteral("libvterm"), builtWith(WERKBANK_VTERM_VERSION)},
        {QStringLiteral("QtKeychain"), builtWith(WERKBANK_QTKEYCHAIN_VERSION)},
        {QStringLiteral("OpenLDAP (libldap)"), openLdapVersion()},
        {QStringLiteral("PostgreSQL (libpq)"), libpqVersion()},
    };
}

} // namespace wb
