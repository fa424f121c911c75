#include "core/ssh/KnownHosts.h"

#include "core/text/SystemError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace wb {

namespace {

// Holds an exclusive flock on "<known_hosts>.lock" for its lifetime, so that
// appends and rewrites by other threads and processes (the window and
// werkbank-cli) never interleave: a rewrite that read the file before another
// writer's append would otherwise drop the appended key. The lock lives on a
// file of its own because a rewrite replaces known_hosts' inode.
class WriteLock
{
public:
    explicit WriteLock(const QString &knownHostsPath)
    {
        const QByteArray path = QFile::encodeName(knownHostsPath + QStringLiteral(".lock"));
        m_fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0)
            return;
        int rc;
        do {
            rc = ::flock(m_fd, LOCK_EX);
        } while (rc != 0 && errno == EINTR);
        if (rc != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~WriteLock()
    {
        if (m_fd >= 0)
            ::close(m_fd); // releases the lock
    }
    WriteLock(const WriteLock &) = delete;
    WriteLock &operator=(const WriteLock &) = delete;
    bool held() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

struct Entry
{
    bool revoked = false;
    bool certAuthority = false;
    QByteArray hosts;   // the host field as written
    QString type;
    QByteArray blob;
};

bool parseLine(const QByteArray &raw, Entry *entry)
{
    const QByteArray line = raw.trimmed();
    if (line.isEmpty() || line.startsWith('#'))
        return false;
    QList<QByteArray> fields = line.simplified().split(' ');
    if (!fields.isEmpty() && fields.first().startsWith('@')) {
        const QByteArray marker = fields.takeFirst();
        entry->revoked = marker == "@revoked";
        entry->certAuthority = marker == "@cert-authority";
    }
    if (fields.size() < 3)
        return false;
    entry->hosts = fields.at(0);
    entry->type = QString::fromLatin1(fields.at(1));
    entry->blob = QByteArray::fromBase64(fields.at(2));
    return !entry->blob.isEmpty();
}

// OpenSSH's match_pattern: '*' and '?' are the only wildcards ("[host]:port"
// is literal), compared without regard to case.
bool wildcardMatch(const char *pattern, const char *name)
{
    for (;;) {
        if (*pattern == '\0')
            return *name == '\0';
        if (*pattern == '*') {
            while (*pattern == '*')
                ++pattern;
            if (*pattern == '\0')
                return true;
            for (; *name; ++name) {
                if (wildcardMatch(pattern, name))
                    return true;
            }
            return false;
        }
        if (*name == '\0')
            return false;
        if (*pattern != '?' && QChar::toLower(uint(uchar(*pattern))) != QChar::toLower(uint(uchar(*name))))
            return false;
        ++pattern;
        ++name;
    }
}

bool wildcardMatch(const QByteArray &pattern, const QByteArray &name)
{
    return wildcardMatch(pattern.constData(), name.constData());
}

bool hashedMatch(const QByteArray &field, const QByteArray &name)
{
    // |1|base64(salt)|base64(HMAC-SHA1(salt, name))
    const QList<QByteArray> parts = field.split('|');
    if (parts.size() != 4 || parts.at(1) != "1")
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2));
    const QByteArray expected = QByteArray::fromBase64(parts.at(3));
    return QMessageAuthenticationCode::hash(name, salt, QCryptographicHash::Sha1) == expected;
}

// A host field lists patterns; a negated match vetoes the line (OpenSSH's match_hostname).
bool hostsMatch(const QByteArray &hosts, const QByteArray &name)
{
    if (hosts.startsWith("|"))
        return hashedMatch(hosts, name);
    bool matched = false;
    for (const QByteArray &pattern : hosts.split(',')) {
        if (pattern.startsWith('!')) {
            if (wildcardMatch(pattern.mid(1), name))
                return false;
        } else if (wildcardMatch(pattern, name)) {
            matched = true;
        }
    }
    return matched;
}

QList<Entry> entriesFor(const QString &path, const QByteArray &name)
{
    QList<Entry> found;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return found;
    while (!file.atEnd()) {
        Entry entry;
        if (parseLine(file.readLine(), &entry) && !entry.certAuthority && hostsMatch(entry.hosts, name))
            found << entry;
    }
    return found;
}

} // namespace

QString HostKey::fingerprint() const
{
    QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toBase64();
    while (digest.endsWith('='))
        digest.chop(1);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest);
}

KnownHosts::KnownHosts(QString path)
    : m_path(path.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts") : std::move(path))
{
}

QString KnownHosts::hostField(const QString &host, quint16 port)
{
    const QString lower = host.toLower();
    return port == 22 ? lower : QStringLiteral("[%1]:%2").arg(lower).arg(port);
}

KnownHosts::Verdict KnownHosts::check(const QString &host, quint16 port, const HostKey &key) const
{
    Verdict verdict;
    const QList<Entry> entries = entriesFor(m_path, hostField(host, port).toUtf8());
    bool sameTypeListed = false;
    bool matched = false;
    for (const Entry &entry : entries) {
        if (entry.revoked) {
            if (entry.blob == key.blob) {
                verdict.match = Match::Revoked;
                return verdict;
            }
            continue;
        }
        verdict.listed << HostKey{entry.type, entry.blob};
        if (entry.blob == key.blob)
            matched = true;
        else if (entry.type == key.type)
            sameTypeListed = true;
    }
    if (matched)
        verdict.match = Match::Known;
    else if (sameTypeListed)
        verdict.match = Match::Changed;
    else if (!verdict.listed.isEmpty())
        verdict.match = Match::OtherType;
    return verdict;
}

QStringList KnownHosts::listedTypes(const QString &host, quint16 port) const
{
    QStringList types;
    for (const Entry &entry : entriesFor(m_path, hostField(host, port).toUtf8())) {
        if (!entry.revoked && !types.contains(entry.type))
            types << entry.type;
    }
    return types;
}

bool KnownHosts::add(const QString &host, quint16 port, const HostKey &key, QString *error) const
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    if (info.absolutePath() == QDir::homePath() + QStringLiteral("/.ssh"))
        QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const WriteLock lock(m_path);
    if (!lock.held()) {
        *error = tr("Cannot lock %1 for writing: %2").arg(m_path, systemErrorText(errno));
        return false;
    }
    QByteArray salt(20, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    const QByteArray name = hostField(host, port).toUtf8();
    const QByteArray hash = QMessageAuthenticationCode::hash(name, salt, QCryptographicHash::Sha1);
    QByteArray line = "|1|" + salt.toBase64() + '|' + hash.toBase64() + ' ' + key.type.toLatin1() + ' '
        + key.blob.toBase64() + '\n';

    QFile file(m_path);
    const bool existed = file.exists();
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        *error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    if (!existed)
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    // A file whose last line lacks its newline would glue our entry onto it.
    if (file.size() > 0 && file.seek(file.size() - 1) && file.read(1) != "\n")
        line.prepend('\n');
    if (file.write(line) != line.size()) {
        *error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

bool KnownHosts::remove(const QString &host, quint16 port, int *removed, QString *error) const
{
    *removed = 0;
    QFile file(m_path);
    if (!file.exists()) {
        *error = tr("Cannot read %1: %2").arg(m_path, tr("the file does not exist"));
        return false;
    }
    // Read under the lock: a key appended meanwhile must be in what is written back.
    const WriteLock lock(m_path);
    if (!lock.held()) {
        *error = tr("Cannot lock %1 for writing: %2").arg(m_path, systemErrorText(errno));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    const QByteArray original = file.readAll();
    file.close();
    const QByteArray name = hostField(host, port).toUtf8();
    QByteArray kept;
    for (const QByteArray &line : original.split('\n')) {
        Entry entry;
        if (parseLine(line, &entry) && !entry.certAuthority && !entry.revoked && hostsMatch(entry.hosts, name)) {
            ++*removed;
            continue;
        }
        kept += line + '\n';
    }
    kept.chop(1);
    if (*removed == 0)
        return true;
    QFile::remove(m_path + QStringLiteral(".old"));
    QFile::copy(m_path, m_path + QStringLiteral(".old"));
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly) || out.write(kept) != kept.size() || !out.commit()) {
        *error = tr("Cannot write %1: %2").arg(m_path, out.errorString());
        return false;
    }
    return true;
}

} // namespace wb
