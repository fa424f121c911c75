#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace wb {

// A server key as it travels on the wire: its type name and the key blob.
struct HostKey
{
    QString type;     // e.g. "ssh-ed25519"
    QByteArray blob;  // raw (not base64) public key blob

    QString fingerprint() const; // "SHA256:…" as OpenSSH prints it
};

// OpenSSH's known_hosts file: plain and hashed (|1|salt|hash) host fields,
// [host]:port for other ports, wildcard and negated patterns, @revoked.
// Reads and writes happen on the caller's thread (the SSH worker).
class KnownHosts
{
    Q_DECLARE_TR_FUNCTIONS(wb::KnownHosts)
public:
    enum class Match {
        Known,     // this exact key is listed for the host
        Unknown,   // nothing listed for the host
        OtherType, // only keys of other types are listed: treated as changed (stop), as a new key
                   // of another type is what a man in the middle without the real key would show
        Changed,   // a key of this type is listed and it differs: stop
        Revoked,   // the key is marked @revoked: stop
    };
    struct Verdict
    {
        Match match = Match::Unknown;
        QList<HostKey> listed; // keys listed for the host (for the warning)
    };

    explicit KnownHosts(QString path);
    QString path() const { return m_path; }

    // The name known_hosts files use: "host" on port 22, "[host]:port" otherwise.
    static QString hostField(const QString &host, quint16 port);

    Verdict check(const QString &host, quint16 port, const HostKey &key) const;
    // Appends a hashed entry, as Debian's HashKnownHosts does. Creates ~/.ssh (0700) and the file (0600).
    bool add(const QString &host, quint16 port, const HostKey &key, QString *error) const;
    // Removes every entry for host:port (like ssh-keygen -R); the old file is kept as PATH.old.
    bool remove(const QString &host, quint16 port, int *removed, QString *error) const;
    // Key types listed for the host, so the key exchange can prefer them (as OpenSSH does).
    QStringList listedTypes(const QString &host, quint16 port) const;

private:
    QString m_path;
};

} // namespace wb
