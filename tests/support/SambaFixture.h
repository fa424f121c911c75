#pragma once

// The Samba AD domain controller that tests/fixtures/samba-fixture.sh started
// for the tests that need it (CTest's "samba" fixture; the test's target gets
// WERKBANK_SAMBA_FIXTURE_DIR from werkbank_uses_samba()), and what tests do to
// it with OpenLDAP's tools as Administrator over LDAPS. Secrets in files or on
// stdin, never on a command line.
#include "tests/support/LdapTools.h"

#include <QFile>
#include <QRandomGenerator>

namespace wb::test {

class SambaFixture
{
public:
#ifdef WERKBANK_SAMBA_FIXTURE_DIR
    static QString dir() { return QStringLiteral(WERKBANK_SAMBA_FIXTURE_DIR); }
#else
    static QString dir() { return {}; }
#endif
    static QString problem()
    {
        if (!QFile::exists(dir() + QStringLiteral("/env")))
            return QStringLiteral("the Samba fixture is not running in %1: run this test through ctest "
                                  "(it starts samba_fixture_start), inside tests/fixtures/with-fixtures.sh")
                .arg(dir());
        return {};
    }
    static QString base() { return QStringLiteral("DC=example,DC=test"); }
    static QString realm() { return QStringLiteral("EXAMPLE.TEST"); }
    static QString caFile() { return dir() + QStringLiteral("/tls/ca.pem"); }
    static QString otherCaFile() { return dir() + QStringLiteral("/tls/other-ca.pem"); }
    static QString adminUpn() { return QStringLiteral("Administrator@") + realm(); }
    static QString adminPassword() { return readFile(dir() + QStringLiteral("/admin.pw")); }
    static QString noHelpUpn() { return QStringLiteral("nohelp@") + realm(); }
    static QString noHelpPassword() { return readFile(dir() + QStringLiteral("/nohelp.pw")); }
    static QString usersDn() { return QStringLiteral("CN=Users,") + base(); }
    static QString personDn(const QString &login) { return QStringLiteral("CN=%1,%2").arg(login, usersDn()); }

    static QString readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    static QString uniqueName(const QString &prefix)
    {
        return prefix + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    }
    static QByteArray unicodePwdBase64(const QString &password)
    {
        const QString quoted = u'"' + password + u'"';
        QByteArray bytes;
        for (const QChar c : quoted) {
            bytes.append(char(c.unicode() & 0xff));
            bytes.append(char(c.unicode() >> 8));
        }
        return bytes.toBase64();
    }

    // An OpenLDAP tool as Administrator over LDAPS (or, plain, over ldap:// without TLS).
    static bool runAsAdmin(const QString &tool, const QStringList &arguments, const QByteArray &input,
                           QByteArray *output = nullptr, bool plain = false)
    {
        const LdapTools::Result result =
            LdapTools::run(tool, plain ? QStringLiteral("ldap://127.0.0.1") : QStringLiteral("ldaps://127.0.0.1"), adminUpn(),
                           adminPassword(), caFile(), arguments, input);
        if (output)
            *output = result.output;
        if (!result.ok)
            qWarning("%s failed: %s", qPrintable(tool), result.errors.constData());
        return result.ok;
    }
    static bool modifyLdif(const QString &ldif, bool plain = false)
    {
        return runAsAdmin(QStringLiteral("ldapmodify"), {}, ldif.toUtf8(), nullptr, plain);
    }
    // A user in CN=Users, enabled, with a password that meets the default policy.
    static bool addPerson(const QString &login, const QString &password, const QString &displayName = {})
    {
        const QString ldif = QStringLiteral("dn: %1\nchangetype: add\nobjectClass: user\nsAMAccountName: %2\n"
                                            "userPrincipalName: %2@%3\ndisplayName: %4\nmail: %2@example.test\n"
                                            "unicodePwd:: %5\nuserAccountControl: 512\n")
                                 .arg(personDn(login), login, realm(), displayName.isEmpty() ? login : displayName,
                                      QString::fromLatin1(unicodePwdBase64(password)));
        return modifyLdif(ldif);
    }
    static QStringList read(const QString &dn, const QString &attribute)
    {
        QByteArray output;
        return runAsAdmin(QStringLiteral("ldapsearch"), LdapTools::readArguments(dn, attribute), {}, &output)
                   ? LdapTools::values(output, attribute)
                   : QStringList();
    }
    // A real simple bind as login@REALM over LDAPS: the server's words ("data 773", …) or the root DSE.
    static QString bindWords(const QString &login, const QString &password)
    {
        return QString::fromUtf8(LdapTools::run(QStringLiteral("ldapsearch"), QStringLiteral("ldaps://127.0.0.1"),
                                                login + u'@' + realm(), password, caFile(),
                                                {QStringLiteral("-LLL"), QStringLiteral("-s"), QStringLiteral("base"),
                                                 QStringLiteral("-b"), QString(), QStringLiteral("dnsHostName")},
                                                {}, true)
                                     .output);
    }
    static bool canBind(const QString &login, const QString &password)
    {
        return bindWords(login, password).contains(QLatin1String("dnsHostName:"));
    }
};

} // namespace wb::test
