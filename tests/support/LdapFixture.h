#pragma once

// The OpenLDAP server that tests/fixtures/slapd-fixture.sh started for the
// test run (with-fixtures.sh exports where it is), and what tests do to it
// with OpenLDAP's own tools: add people, read attributes, bind as someone.
// Secrets go to the tools in files or on stdin, never on their command lines.
#include "core/directory/LdapConnection.h"
#include "tests/support/LdapTools.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

namespace wb::test {

class LdapFixture
{
public:
    enum class Who { Admin, Helpdesk, Auditor };

    // Empty when the fixture is there; otherwise what is missing.
    static QString problem()
    {
        for (const char *name : {"WERKBANK_LDAP_DIR", "WERKBANK_LDAP_PORT", "WERKBANK_LDAPS_PORT", "WERKBANK_LDAP_BASE",
                                 "WERKBANK_LDAP_CA"}) {
            if (qEnvironmentVariableIsEmpty(name))
                return QStringLiteral("%1 is not set: run the tests through tests/fixtures/with-fixtures.sh").arg(QLatin1String(name));
        }
        return {};
    }
    static QString dir() { return qEnvironmentVariable("WERKBANK_LDAP_DIR"); }
    static QString base() { return qEnvironmentVariable("WERKBANK_LDAP_BASE"); }
    static QString caFile() { return qEnvironmentVariable("WERKBANK_LDAP_CA"); }
    static QString otherCaFile() { return qEnvironmentVariable("WERKBANK_LDAP_OTHER_CA"); }
    static QString ldapsUrl() { return QStringLiteral("ldaps://127.0.0.1:%1").arg(qEnvironmentVariable("WERKBANK_LDAPS_PORT")); }
    static QString startTlsUrl() { return QStringLiteral("ldap://127.0.0.1:%1").arg(qEnvironmentVariable("WERKBANK_LDAP_PORT")); }
    static QString peopleDn() { return QStringLiteral("ou=people,") + base(); }
    static QString groupsDn() { return QStringLiteral("ou=groups,") + base(); }

    static QString dnOf(Who who)
    {
        switch (who) {
        case Who::Admin: return QStringLiteral("cn=admin,") + base();
        case Who::Helpdesk: return QStringLiteral("cn=helpdesk,ou=service,") + base();
        case Who::Auditor: return QStringLiteral("cn=auditor,ou=service,") + base();
        }
        return {};
    }
    static QString passwordFileOf(Who who)
    {
        const char *file = who == Who::Admin ? "admin.pw" : who == Who::Helpdesk ? "helpdesk.pw" : "auditor.pw";
        return dir() + u'/' + QLatin1String(file);
    }
    static QString passwordOf(Who who)
    {
        QFile file(passwordFileOf(who));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    static LdapSettings settings(Who who, bool ldaps = true)
    {
        LdapSettings settings;
        settings.url = ldaps ? ldapsUrl() : startTlsUrl();
        settings.caFile = caFile();
        settings.bindDn = dnOf(who);
        settings.bindPassword = passwordOf(who);
        settings.timeoutMs = 10000;
        return settings;
    }

    // A name no other test (or earlier run) uses: prefix plus random digits.
    static QString uniqueName(const QString &prefix)
    {
        return prefix + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    }
    static QString personDn(const QString &uid) { return QStringLiteral("uid=%1,%2").arg(uid, peopleDn()); }

    // Runs an OpenLDAP tool as the administrator over StartTLS; `input` on stdin.
    static bool runAsAdmin(const QString &tool, const QStringList &arguments, const QByteArray &input,
                           QByteArray *output = nullptr)
    {
        const LdapTools::Result result = LdapTools::run(tool, startTlsUrl(), dnOf(Who::Admin), passwordOf(Who::Admin), caFile(),
                                                        QStringList{QStringLiteral("-ZZ")} + arguments, input);
        if (output)
            *output = result.output;
        if (!result.ok)
            qWarning("%s failed: %s", qPrintable(tool), result.errors.constData());
        return result.ok;
    }
    static bool addLdif(const QByteArray &ldif)
    {
        return runAsAdmin(QStringLiteral("ldapadd"), {}, ldif);
    }
    static bool modifyLdif(const QByteArray &ldif)
    {
        return runAsAdmin(QStringLiteral("ldapmodify"), {}, ldif);
    }
    // Sets a password as the administrator (Password Modify from a file), then
    // clears the "must change" mark that an administrator's reset leaves.
    static bool setPassword(const QString &dn, const QString &password, bool mustChange = false)
    {
        QTemporaryFile file;
        if (!file.open())
            return false;
        file.write(password.toUtf8());
        file.flush();
        if (!runAsAdmin(QStringLiteral("ldappasswd"), {QStringLiteral("-T"), file.fileName(), dn}, {}))
            return false;
        if (mustChange)
            return true;
        return modifyLdif(QStringLiteral("dn: %1\nchangetype: modify\ndelete: pwdReset\n").arg(dn).toUtf8());
    }
    // A person under ou=people with a password. `shadow`: also posixAccount and
    // shadowAccount (the entries whose expiry and disabling OpenLDAP can express).
    static bool addPerson(const QString &uid, const QString &password, bool shadow = true,
                          const QString &displayName = {}, const QString &mail = {})
    {
        static int nextUidNumber = 20000 + QRandomGenerator::global()->bounded(100000);
        QString ldif = QStringLiteral("dn: %1\nobjectClass: inetOrgPerson\n").arg(personDn(uid));
        if (shadow)
            ldif += QStringLiteral("objectClass: posixAccount\nobjectClass: shadowAccount\n");
        ldif += QStringLiteral("uid: %1\ncn: %2\nsn: %1\n").arg(uid, displayName.isEmpty() ? uid : displayName);
        if (!displayName.isEmpty())
            ldif += QStringLiteral("displayName: %1\n").arg(displayName);
        if (!mail.isEmpty())
            ldif += QStringLiteral("mail: %1\n").arg(mail);
        if (shadow) {
            const int number = nextUidNumber++;
            ldif += QStringLiteral("uidNumber: %1\ngidNumber: %1\nhomeDirectory: /home/%2\n").arg(number).arg(uid);
        }
        return addLdif(ldif.toUtf8()) && (password.isEmpty() || setPassword(personDn(uid), password));
    }
    // One attribute's values as the administrator reads them (operational ones too).
    static QStringList read(const QString &dn, const QString &attribute)
    {
        QByteArray output;
        return runAsAdmin(QStringLiteral("ldapsearch"), LdapTools::readArguments(dn, attribute), {}, &output)
                   ? LdapTools::values(output, attribute)
                   : QStringList();
    }
    // A real bind as `dn` with `password`, by ldapwhoami with the password-policy
    // control: its words ("Password must be changed", "Account locked") or the DN.
    static QString bindWords(const QString &dn, const QString &password)
    {
        return QString::fromUtf8(LdapTools::run(QStringLiteral("ldapwhoami"), ldapsUrl(), dn, password, caFile(),
                                                {QStringLiteral("-e"), QStringLiteral("ppolicy")}, {}, true)
                                     .output);
    }
    static bool canBind(const QString &dn, const QString &password)
    {
        const QString words = bindWords(dn, password);
        return words.contains(QLatin1String("dn:") + dn, Qt::CaseInsensitive) && !words.contains(QLatin1String("must be changed"));
    }
};

} // namespace wb::test
