#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace wb {

// OpenSSH's runtime tokens (%h, %d, %r…) and environment variables (${HOME})
// in config values. A value is kept as written wherever it is stored (a team
// shares the workspace) and expanded for the person connecting, at the moment
// of connecting; check() tells at import or in the host dialog whether it can
// ever be expanded.
class SshTokens
{
    Q_DECLARE_TR_FUNCTIONS(wb::SshTokens)
public:
    // The tokens each kind of value takes, as ssh_config(5) lists them.
    static QString hostNameTokens() { return QStringLiteral("h"); }
    static QString pathTokens() { return QStringLiteral("CdhiklLnpru"); } // IdentityFile, CertificateFile, IdentityAgent

    // Empty when every %x in `value` is one of `tokens` (or %%) and every
    // ${…} is closed (when `environment` allows them); otherwise why not, naming the token.
    static QString check(const QString &value, const QString &tokens, bool environment);
    static bool hasTokens(const QString &value);

    // `value` with %x replaced from `values` and, when `environment`, ${NAME} from
    // this process's environment (empty when not set: the path then names no file,
    // and loading it says so).
    static QString expand(const QString &value, const QHash<QChar, QString> &values, bool environment);
};

} // namespace wb
