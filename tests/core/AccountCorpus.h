#pragma once
// Hostile and awkward account data shared by the account tests: user names
// that must never be acted on, and passwords that must arrive byte for byte.

#include "core/accounts/AccountAction.h"

#include <QString>
#include <QStringList>

namespace wbtest {

inline wb::AccountAction act(wb::AccountAction::Kind kind, const QString &user, const QString &password = {},
                             const QString &date = {}, const QString &group = {})
{
    return wb::AccountAction{kind, user, password, date, group};
}

// Every one of these must be refused as a user (and group) name. `MARK`
// stands for a file a successful injection would create.
inline QStringList hostileUserNames(const QString &mark)
{
    QStringList names = {
        QStringLiteral("a;rm -rf /"), QStringLiteral("$(id)"), QStringLiteral("`id`"), QStringLiteral("alice\nroot"),
        QStringLiteral("alice\rroot"), QStringLiteral("alice;touch MARK"), QStringLiteral("$(touch MARK)"),
        QStringLiteral("`touch MARK`"), QStringLiteral("alice|touch MARK"), QStringLiteral("alice&&touch MARK"),
        QStringLiteral("alice||touch MARK"), QStringLiteral("alice>MARK"), QStringLiteral("alice<MARK"),
        QStringLiteral("alice\ntouch MARK"), QStringLiteral("'alice'"), QStringLiteral("\"alice\""),
        QStringLiteral("alice'"), QStringLiteral("alice\""), QStringLiteral("al ice"), QStringLiteral(" alice"),
        QStringLiteral("alice "), QStringLiteral("al\tice"), QStringLiteral("-alice"), QStringLiteral("--help"),
        QStringLiteral("-e"), QStringLiteral("1alice"), QStringLiteral("9"), QStringLiteral("Alice"),
        QStringLiteral("ALICE"), QStringLiteral("alice:x"), QStringLiteral("alice,bob"), QStringLiteral("alice.bob"),
        QStringLiteral("alice/bob"), QStringLiteral("../etc/passwd"), QStringLiteral("alice\\"), QStringLiteral("alice*"),
        QStringLiteral("*"), QStringLiteral("?"), QStringLiteral("[a-z]"), QStringLiteral("alice{,root}"),
        QStringLiteral("~root"), QStringLiteral("$HOME"), QStringLiteral("${IFS}"), QStringLiteral("alice#"),
        QStringLiteral("alice!"), QStringLiteral("alice%n"), QStringLiteral("ünï"), QStringLiteral("алиса"),
        QStringLiteral("alice\u200b"), QStringLiteral("ａlice"), QString(), QStringLiteral(""),
        QStringLiteral("a").repeated(33), QStringLiteral("alice\u0000root"), QStringLiteral("alice\x1b[31m"),
        QStringLiteral("root\n"), QStringLiteral("$((1+1))"), QStringLiteral("alice$(touch MARK)bob"),
    };
    for (QString &name : names)
        name.replace(QLatin1String("MARK"), mark);
    return names;
}

// Passwords a user may choose: each must be accepted and arrive unchanged.
inline QStringList awkwardPasswords(const QString &mark)
{
    QStringList passwords = {
        QStringLiteral("correct horse battery staple"), QStringLiteral("pa:ss:word"), QStringLiteral("'single'"),
        QStringLiteral("\"double\""), QStringLiteral("it's"), QStringLiteral("semi;colon"), QStringLiteral("$(touch MARK)"),
        QStringLiteral("`touch MARK`"), QStringLiteral("x;touch MARK"), QStringLiteral("a|b&c>d<e"),
        QStringLiteral("back\\slash\\n"), QStringLiteral("\\"), QStringLiteral("${HOME}$PATH"), QStringLiteral("*?[]{}~"),
        QStringLiteral(" leading and trailing "), QStringLiteral("\ttab\t"), QStringLiteral("-dash-first"),
        QStringLiteral("--"), QStringLiteral("%s%n%x"), QStringLiteral("ünïcødé-пароль-密码"), QStringLiteral("emoji-🔑"),
        QStringLiteral("#hash"), QStringLiteral("!bang!"), QStringLiteral("a").repeated(200),
        QStringLiteral("x").repeated(256), QStringLiteral("\x1b[31mred"), QStringLiteral("root:pwned"),
    };
    for (QString &password : passwords)
        password.replace(QLatin1String("MARK"), mark);
    return passwords;
}

// Passwords that must be refused: a second line would be a second record.
inline QStringList refusedPasswords()
{
    return {QString(), QStringLiteral("x\nroot:pwned"), QStringLiteral("x\rroot"), QStringLiteral("trailing\n"),
            QStringLiteral("nul\u0000byte"), QStringLiteral("y").repeated(257), QStringLiteral("é").repeated(129)};
}

} // namespace wbtest
