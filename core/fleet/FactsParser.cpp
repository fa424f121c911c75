#include "core/fleet/HostFacts.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace wb {

namespace {

using Lines = QList<QByteArray>;

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

Lines nonEmpty(const Lines &lines)
{
    Lines kept;
    for (const QByteArray &line : lines)
        if (!line.trimmed().isEmpty())
            kept.append(line);
    return kept;
}

// "@@exit N" that the script printed after a command; -1 when absent.
int exitStatusIn(const Lines &lines)
{
    for (const QByteArray &line : lines)
        if (line.startsWith("@@exit "))
            return line.mid(7).trimmed().toInt();
    return -1;
}

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) && value.endsWith(value.front()))
        value = value.mid(1, value.size() - 2);
    return value.replace(QLatin1String("\\\""), QLatin1String("\""));
}

// /proc/mounts writes a blank in a path as \040 (and tab, newline, backslash likewise).
QString mountPath(const QByteArray &field)
{
    QByteArray out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size() && std::isdigit(uchar(field[i + 1])) && std::isdigit(uchar(field[i + 2]))
            && std::isdigit(uchar(field[i + 3]))) {
            out += char(field.mid(i + 1, 3).toInt(nullptr, 8));
            i += 3;
        } else {
            out += field[i];
        }
    }
    return QString::fromUtf8(out);
}

bool pseudoFilesystem(const QString &type)
{
    static const QSet<QString> pseudo = {
        QStringLiteral("proc"), QStringLiteral("sysfs"), QStringLiteral("devtmpfs"), QStringLiteral("devpts"), QStringLiteral("tmpfs"),
        QStringLiteral("securityfs"), QStringLiteral("cgroup"), QStringLiteral("cgroup2"), QStringLiteral("pstore"), QStringLiteral("bpf"),
        QStringLiteral("debugfs"), QStringLiteral("tracefs"), QStringLiteral("hugetlbfs"), QStringLiteral("mqueue"), QStringLiteral("fusectl"),
        QStringLiteral("configfs"), QStringLiteral("autofs"), QStringLiteral("binfmt_misc"), QStringLiteral("overlay"), QStringLiteral("squashfs"),
        QStringLiteral("nsfs"), QStringLiteral("ramfs"), QStringLiteral("rpc_pipefs"), QStringLiteral("efivarfs"), QStringLiteral("selinuxfs"),
        QStringLiteral("fuse.gvfsd-fuse"), QStringLiteral("fuse.portal"), QStringLiteral("iso9660"), QStringLiteral("devfs"), QStringLiteral("shm"),
    };
    return pseudo.contains(type);
}

struct Sections
{
    QHash<QByteArray, Lines> byName;
    bool has(const char *name) const { return byName.contains(name); }
    Lines operator[](const char *name) const { return byName.value(name); }
};

Sections split(const QByteArray &output)
{
    Sections sections;
    QByteArray current;
    bool inSection = false;
    for (const QByteArray &raw : output.split('\n')) {
        QByteArray line = raw;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith("@@wb ")) {
            current = line.mid(5).trimmed();
            sections.byName[current]; // present, even when empty
            inSection = true;
        } else if (inSection) {
            sections.byName[current].append(line);
        }
    }
    return sections;
}

void parseOsRelease(const Lines &lines, HostFacts *f)
{
    for (const QByteArray &line : lines) {
        const QString entry = QString::fromUtf8(line);
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq <= 0 || entry.startsWith(QLatin1Char('#')))
            continue;
        const QString key = entry.left(eq).trimmed();
        const QString value = unquoted(entry.mid(eq + 1));
        if (key == QLatin1String("ID"))
            f->osId = value;
        else if (key == QLatin1String("VERSION_ID"))
            f->osVersion = value;
        else if (key == QLatin1String("PRETTY_NAME"))
            f->osPrettyName = value;
        else if (key == QLatin1String("ID_LIKE"))
            f->osLike = value;
    }
}

void parseMemInfo(const Lines &lines, HostFacts *f)
{
    qint64 swapFree = -1;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2)
            continue;
        const qint64 bytes = fields[1].toLongLong() * (fields.value(2) == "kB" ? 1024 : 1);
        if (fields[0] == "MemTotal:")
            f->memoryTotalBytes = bytes;
        else if (fields[0] == "MemAvailable:")
            f->memoryAvailableBytes = bytes;
        else if (fields[0] == "SwapTotal:")
            f->swapTotalBytes = bytes;
        else if (fields[0] == "SwapFree:")
            swapFree = bytes;
    }
    if (f->swapTotalBytes >= 0 && swapFree >= 0)
        f->swapUsedBytes = f->swapTotalBytes - swapFree;
}

void parseFilesystems(const Lines &mounts, const Lines &df, HostFacts *f)
{
    QHash<QString, QString> typeOf;
    for (const QByteArray &line : mounts) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 3)
            typeOf.insert(mountPath(fields[1]), QString::fromUtf8(fields[2]));
    }
    QSet<QString> devices;
    for (const QByteArray &line : df) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6 || fields[0] == "Filesystem")
            continue;
        bool ok = false;
        HostFacts::Filesystem fs;
        fs.device = QString::fromUtf8(fields[0]);
        fs.sizeBytes = fields[1].toLongLong(&ok) * 1024;
        fs.usedBytes = fields[2].toLongLong() * 1024;
        fs.availableBytes = fields[3].toLongLong() * 1024;
        fs.mount = QString::fromUtf8(fields.mid(5).join(' '));
        fs.type = typeOf.value(fs.mount);
        // Pseudo and empty filesystems, and a second mount of one device (a bind mount), are left out;
        // an overlay is a container's own root when it is mounted at /, else a container's view of a disk counted already.
        const bool containerRoot = fs.type == QLatin1String("overlay") && fs.mount == QLatin1String("/");
        if (!ok || fs.sizeBytes <= 0 || (pseudoFilesystem(fs.type) && !containerRoot) || fs.device == QLatin1String("none")
            || devices.contains(fs.device))
            continue;
        devices.insert(fs.device);
        f->filesystems.append(fs);
    }
}

void parseFailedUnits(const Lines &lines, HostFacts *f)
{
    for (const QByteArray &line : lines) {
        if (line.startsWith("@@no-systemd")) {
            f->problems.insert(QStringLiteral("failed_units"), FactsParser::tr("no systemd"));
            return;
        }
    }
    f->systemd = true;
    if (exitStatusIn(lines) > 0) {
        f->problems.insert(QStringLiteral("failed_units"), FactsParser::tr("systemctl could not list the units"));
        return;
    }
    for (const QByteArray &line : nonEmpty(lines)) {
        if (line.startsWith("@@"))
            continue;
        QList<QByteArray> fields = line.simplified().split(' ');
        if (!fields.isEmpty() && !fields.first().contains('.'))  // a bullet ("●") before the name
            fields.removeFirst();
        if (!fields.isEmpty())
            f->failedUnits.append(QString::fromUtf8(fields.first()));
    }
}

void parseApt(const Lines &lines, HostFacts *f)
{
    f->packageManager = QStringLiteral("apt");
    int updates = 0;
    int security = 0;
    for (const QByteArray &line : lines) {
        // apt list --upgradable: "openssl/stable-security 3.0.11-1~deb12u2 amd64 [upgradable from: ...]"
        if (line.contains("[upgradable from:")) {
            const QByteArray nameAndSuites = line.left(line.indexOf(' '));
            const qsizetype slash = nameAndSuites.indexOf('/');
            f->upgradable.append(QString::fromUtf8(nameAndSuites.left(slash)));
            ++updates;
            if (nameAndSuites.mid(slash + 1).contains("-security"))
                ++security;
        } else if (line.startsWith("Inst ")) {
            // apt-get -s upgrade: "Inst openssl [3.0.11-1~deb12u1] (3.0.11-1~deb12u2 Debian-Security:12/stable-security [amd64])"
            const QList<QByteArray> fields = line.split(' ');
            f->upgradable.append(QString::fromUtf8(fields.value(1)));
            ++updates;
            if (line.contains("-security") || line.contains("Debian-Security"))
                ++security;
        }
    }
    f->updates = updates;
    f->securityUpdates = security;
}

void parseDnf(const Lines &checkUpdate, const Lines &securityList, bool haveSecurity, HostFacts *f)
{
    f->packageManager = QStringLiteral("dnf");
    const int status = exitStatusIn(checkUpdate);
    if (status != 0 && status != 100) {
        f->problems.insert(QStringLiteral("updates"), FactsParser::tr("dnf could not read its package cache (dnf makecache fills it)"));
        return;
    }
    int updates = 0;
    for (const QByteArray &line : checkUpdate) {
        if (line.startsWith("Obsoleting") || line.startsWith("Security:"))
            break;
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() == 3 && fields[0].contains('.') && !line.startsWith("@@")) {
            f->upgradable.append(QString::fromUtf8(fields[0].left(fields[0].lastIndexOf('.'))));
            ++updates;
        }
    }
    f->updates = updates;
    if (!haveSecurity || exitStatusIn(securityList) != 0) {
        f->problems.insert(QStringLiteral("security_updates"), FactsParser::tr("dnf could not list security advisories"));
        return;
    }
    // "RLSA-2024:0897 Important/Sec. openssl-1:3.0.7-25.el9_3.x86_64": a line per
    // advisory and package version. A package behind by several releases is
    // listed once for each (seen on RHEL 9: three libnghttp2 versions), so
    // what counts is the package name: the NEVRA without ".arch",
    // "-release" and "-[epoch:]version".
    QSet<QByteArray> packages;
    for (const QByteArray &line : securityList) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 3 || !fields[1].contains("Sec."))
            continue;
        QByteArray name = fields[2];
        name.truncate(name.lastIndexOf('.'));      // arch
        name.truncate(name.lastIndexOf('-'));      // release
        name.truncate(name.lastIndexOf('-'));      // [epoch:]version
        packages.insert(name.isEmpty() ? fields[2] : name);
    }
    f->securityUpdates = int(packages.size());
}

void parseApk(const Lines &lines, HostFacts *f)
{
    f->packageManager = QStringLiteral("apk");
    int updates = 0;
    static const QRegularExpression nameOfVersioned(QStringLiteral("^(.+)-[0-9][^-]*-r[0-9]+$"));
    for (const QByteArray &line : lines) {
        QString package;
        if (line.contains("[upgradable from:"))          // apk -u list
            package = QString::fromUtf8(line.left(line.indexOf(' ')));
        else if (line.contains(" < "))                    // apk version -l '<'
            package = QString::fromUtf8(line.left(line.indexOf(' ')));
        else
            continue;
        const QRegularExpressionMatch m = nameOfVersioned.match(package);
        f->upgradable.append(m.hasMatch() ? m.captured(1) : package);
        ++updates;
    }
    f->updates = updates;
    f->problems.insert(QStringLiteral("security_updates"), FactsParser::tr("Alpine's apk does not mark security updates"));
}

void parseRebootRequired(const Lines &lines, const Lines &kernels, HostFacts *f)
{
    const Lines said = nonEmpty(lines);
    if (!said.isEmpty() && said.first().trimmed() == "yes") {
        f->rebootRequired = HostFacts::Answer::Yes;
        return;
    }
    if (!said.isEmpty() && said.first().trimmed() == "no") {
        f->rebootRequired = HostFacts::Answer::No;
        return;
    }
    const int status = exitStatusIn(lines);
    if (status == 0 || status == 1) { // needs-restarting -r
        f->rebootRequired = status == 1 ? HostFacts::Answer::Yes : HostFacts::Answer::No;
        return;
    }
    // Otherwise: the running kernel against the newest one installed.
    QStringList installed;
    for (const QByteArray &line : nonEmpty(kernels))
        installed.append(text(line));
    if (installed.isEmpty() || f->kernel.isEmpty()) {
        f->problems.insert(QStringLiteral("reboot_required"), FactsParser::tr("no way to tell on this host"));
        return;
    }
    QString newest = installed.first();
    for (const QString &k : installed)
        if (FactsParser::compareVersions(k, newest) > 0)
            newest = k;
    const bool running = installed.contains(f->kernel);
    f->rebootRequired = (!running || FactsParser::compareVersions(newest, f->kernel) > 0) ? HostFacts::Answer::Yes : HostFacts::Answer::No;
}

void parseBackup(const Sections &sections, qint64 remoteNow, HostFacts *f)
{
    const bool file = sections.has("backup-file");
    if (!file && !sections.has("backup-command"))
        return;
    f->backupConfigured = true;
    const Lines lines = nonEmpty(sections[file ? "backup-file" : "backup-command"]);
    QDateTime stamp;
    const QString first = lines.isEmpty() ? QString() : text(lines.first());
    bool isNumber = false;
    const qint64 seconds = first.toLongLong(&isNumber);
    if (isNumber)
        stamp = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    else if (!file)
        stamp = QDateTime::fromString(first, Qt::ISODate);
    if (!stamp.isValid() || (file && exitStatusIn(lines) != 0)) {
        QString problem = file ? FactsParser::tr("the backup file cannot be read: %1").arg(first.left(200))
                               : FactsParser::tr("the backup command printed no time: “%1”").arg(first.left(200));
        // The login may not look there: say what would help.
        if (first.contains(QLatin1String("Permission denied")))
            problem = FactsParser::tr("needs root: %1").arg(problem);
        f->problems.insert(QStringLiteral("backup_age_s"), problem);
        return;
    }
    const qint64 now = remoteNow > 0 ? remoteNow : f->taken.toSecsSinceEpoch();
    f->backupAgeSeconds = std::max<qint64>(0, now - stamp.toSecsSinceEpoch());
}

} // namespace

int FactsParser::compareVersions(const QString &a, const QString &b)
{
    static const QRegularExpression parts(QStringLiteral("(\\d+|[^\\d]+)"));
    auto ia = parts.globalMatch(a);
    auto ib = parts.globalMatch(b);
    while (ia.hasNext() && ib.hasNext()) {
        const QString pa = ia.next().captured(1);
        const QString pb = ib.next().captured(1);
        bool na = false;
        bool nb = false;
        const qulonglong va = pa.toULongLong(&na);
        const qulonglong vb = pb.toULongLong(&nb);
        if (na && nb && va != vb)
            return va < vb ? -1 : 1;
        if (!(na && nb) && pa != pb)
            return pa < pb ? -1 : 1;
    }
    return ia.hasNext() ? 1 : ib.hasNext() ? -1 : 0;
}

HostFacts FactsParser::parse(const QByteArray &output, const QDateTime &taken)
{
    HostFacts f;
    f.taken = QDateTime::fromSecsSinceEpoch(taken.toSecsSinceEpoch(), Qt::UTC); // whole seconds, as the JSON keeps it
    const Sections s = split(output);
    // The table: each section and what reads it.
    const QList<std::pair<const char *, std::function<void(const Lines &)>>> table = {
        {"os-release", [&f](const Lines &l) { parseOsRelease(l, &f); }},
        {"kernel", [&f](const Lines &l) { f.kernel = text(nonEmpty(l).value(0)); }},
        {"uptime", [&f](const Lines &l) { f.uptimeSeconds = qint64(text(nonEmpty(l).value(0)).section(QLatin1Char(' '), 0, 0).toDouble()); }},
        {"cpus", [&f](const Lines &l) { f.cpus = text(nonEmpty(l).value(0)).toInt(); }},
        {"loadavg", [&f](const Lines &l) {
             const QStringList v = text(nonEmpty(l).value(0)).split(QLatin1Char(' '));
             for (int i = 0; i < 3 && i < v.size(); ++i)
                 f.load[i] = v[i].toDouble();
         }},
        {"meminfo", [&f](const Lines &l) { parseMemInfo(l, &f); }},
        {"df", [&f, &s](const Lines &l) { parseFilesystems(s["mounts"], l, &f); }},
        {"failed-units", [&f](const Lines &l) { parseFailedUnits(l, &f); }},
        {"apt-upgradable", [&f](const Lines &l) { parseApt(l, &f); }},
        {"dnf-check-update", [&f, &s](const Lines &l) { parseDnf(l, s["dnf-security"], s.has("dnf-security"), &f); }},
        {"apk-upgradable", [&f](const Lines &l) { parseApk(l, &f); }},
    };
    for (const auto &[name, read] : table)
        if (s.has(name))
            read(s[name]);
    if (f.cpus <= 0)
        f.cpus = -1;
    if (s.has("reboot-required") || f.packageManager == QLatin1String("apk") || s.has("kernels"))
        parseRebootRequired(s["reboot-required"], s["kernels"], &f);
    if (f.packageManager.isEmpty())
        f.problems.insert(QStringLiteral("updates"), tr("no package manager found (apt, dnf, yum or apk)"));
    parseBackup(s, text(nonEmpty(s["clock"]).value(0)).toLongLong(), &f);
    if (f.osId.isEmpty())
        f.problems.insert(QStringLiteral("os"), tr("no /etc/os-release"));
    return f;
}

} // namespace wb
