#include "core/ssh/SshTypes.h"

#include <QDir>
#include <QFileInfo>

namespace wb {

QString SshFailure::stepName(SshStep step)
{
    switch (step) {
    case SshStep::Resolve: return tr("name lookup");
    case SshStep::Connect: return tr("connect");
    case SshStep::HostKey: return tr("host key check");
    case SshStep::Authenticate: return tr("authentication");
    case SshStep::Channel: return tr("opening the session");
    case SshStep::Session: return tr("session");
    }
    return {};
}

QString SshFailure::message() const
{
    const QString where = endpoint.host.contains(QLatin1Char(':'))
        ? QStringLiteral("[%1]:%2").arg(endpoint.host).arg(endpoint.port)
        : QStringLiteral("%1:%2").arg(endpoint.host).arg(endpoint.port);
    const QString name = endpoint.name.isEmpty() ? endpoint.host : endpoint.name;
    return tr("%1 (%2): %3 failed: %4").arg(name, where, stepName(step), reason);
}

QString defaultKnownHostsPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QStringList defaultIdentityFiles()
{
    // OpenSSH's order of default identities, limited to the key types libssh reads.
    QStringList files;
    for (const char *name : {"id_rsa", "id_ecdsa", "id_ed25519"}) {
        const QString path = QDir::homePath() + QStringLiteral("/.ssh/") + QLatin1String(name);
        if (QFileInfo::exists(path))
            files << path;
    }
    return files;
}

QString keychainKeyFor(const SshEndpoint &endpoint)
{
    return QStringLiteral("%1@%2:%3").arg(endpoint.user, endpoint.host).arg(endpoint.port);
}

QString keychainKeyForKeyFile(const QString &privateKeyPath)
{
    return QStringLiteral("passphrase:") + QFileInfo(privateKeyPath).absoluteFilePath();
}

} // namespace wb
