#pragma once

#include <QCoreApplication>
#include <QString>

namespace wb {

// What may travel to a host as account data. The same rules are checked
// again by the remote side's fixed script, so a bypassed client still
// cannot smuggle a second record or a shell word through.
class AccountInput
{
    Q_DECLARE_TR_FUNCTIONS(wb::AccountInput)
public:
    // libxcrypt refuses 512 bytes and more, and PAM caps a typed answer at 512:
    // half of it leaves room and still fits any passphrase a person types.
    static constexpr int maxPasswordBytes = 256;

    // ^[a-z_][a-z0-9_-]{0,31}$: stricter than Debian's useradd, which takes `x;id`.
    static bool isValidUsername(const QString &name);
    // Group names follow the same rule.
    static bool isValidGroupName(const QString &name) { return isValidUsername(name); }
    // Empty when the password may be set; otherwise why not, in one sentence.
    // CR, LF and NUL are refused: a line break piped to chpasswd starts a second
    // record, which changes another account's password.
    static QString passwordProblem(const QString &password);
    // YYYY-MM-DD, a real calendar date.
    static bool isValidDate(const QString &date);
};

} // namespace wb
