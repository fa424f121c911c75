#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace wb {

// The OpenSSH client options a host carries beyond its own fields, each kept
// as ssh_config writes it ("ConnectTimeout 10", "Compression yes"): one option
// per entry, the keyword in OpenSSH's spelling, at most one entry per keyword.
// Paths (IdentityAgent, CertificateFile) are kept as written, tokens and all,
// and expanded for whoever connects.
class SshHostOptions
{
    Q_DECLARE_TR_FUNCTIONS(wb::SshHostOptions)
public:
    // The keywords a host may carry, in OpenSSH's spelling.
    static const QStringList &keywords();
    static bool isKeyword(const QString &keyword); // any case
    // OpenSSH's spelling of a keyword given in any case; "" for one that is not kept.
    static QString spelling(const QString &keyword);

    // "connecttimeout=10" -> "ConnectTimeout 10". False, with why, for an
    // unknown keyword or a value OpenSSH or libssh would not take.
    static bool normalize(const QString &entry, QString *normalized, QString *problem);
    // One entry per line (or "; " between them, as CSV and Ansible carry them),
    // normalized where they can be; blank entries dropped.
    static QStringList parse(const QString &text);
    // Every problem in a host's list: unknown keywords, bad values, a keyword twice.
    static QStringList validate(const QStringList &entries);
    // The value of `keyword` in the list, "" when it is not there.
    static QString value(const QStringList &entries, QStringView keyword);

    // "yes" or "no" for the ways OpenSSH writes a flag (yes, true, no, false; any case), else "".
    static QString flagValue(const QString &text);
    // OpenSSH's time format ("30", "30s", "1m", "1h30m") in seconds; -1 when it is not one.
    static int seconds(const QString &text);

    // An algorithm list that changes OpenSSH's defaults (+, - or ^ before it):
    // libssh 0.10 takes only full lists.
    static bool changesDefaults(const QString &value) { return !value.isEmpty() && QStringLiteral("+-^").contains(value.front()); }
};

} // namespace wb
