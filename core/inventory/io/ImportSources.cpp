#include "core/inventory/io/ImportSources.h"

#include "core/inventory/io/Importers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>

namespace wb {

namespace {

bool isFile(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isFile();
}

// An inventory folder is walked this deep, and this many files read, at most: a folder
// that links to itself, or an inventory of "/", must not keep the reader going.
constexpr int kMaxFolderDepth = 16;
constexpr int kMaxInventoryFiles = 1000;

// $NAME and ${NAME} from the environment given (unknown ones stay as written).
QString withVariables(const QString &path, const QHash<QString, QString> &environment)
{
    static const QRegularExpression variable(QStringLiteral("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)\\}|([A-Za-z_][A-Za-z0-9_]*))"));
    QString result;
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = variable.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        result += path.mid(from, match.capturedStart() - from);
        result += environment.contains(name) ? environment.value(name) : match.captured(0);
        from = match.capturedEnd();
    }
    return result + path.mid(from);
}

// ~, $NAME and {{CWD}} as Ansible expands them in a path list.
QString expanded(QString path, const ImportSourcePaths &paths, const QString &relativeTo)
{
    path.replace(QLatin1String("{{CWD}}"), paths.workingDir);
    path = withVariables(path, paths.environment);
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = paths.home + path.mid(1);
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    return QDir::cleanPath(QDir(relativeTo).filePath(path));
}

QStringList pathList(const QString &value, const ImportSourcePaths &paths, const QString &relativeTo)
{
    QStringList list;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            list << expanded(trimmed, paths, relativeTo);
    }
    return list;
}

// [defaults] inventory of an ansible.cfg (INI as Python's configparser reads it: `=` or
// `:`, whole-line # and ; comments, an inline comment only after " ;", outer quotes off).
// Null when the file does not set it.
QString configuredInventory(const QString &configFile)
{
    QFile file(configFile);
    if (file.size() > 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression keyValue(QStringLiteral("^inventory\\s*[=:]\\s*(.*)$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression section(QStringLiteral("^\\[([^\\]]*)\\]"));
    bool inDefaults = false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (const QRegularExpressionMatch header = section.match(line); header.hasMatch()) {
            inDefaults = header.captured(1).trimmed() == QLatin1String("defaults");
            continue;
        }
        if (!inDefaults)
            continue;
        const QRegularExpressionMatch match = keyValue.match(line);
        if (!match.hasMatch())
            continue;
        QString value = match.captured(1);
        if (const qsizetype comment = value.indexOf(QLatin1String(" ;")); comment >= 0)
            value.truncate(comment);
        value = value.trimmed();
        if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\'')) && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        return value.isNull() ? QString(QLatin1String("")) : value;
    }
    return {};
}

bool ignoredInInventoryFolder(const QFileInfo &entry)
{
    static const QStringList folders{QStringLiteral("group_vars"), QStringLiteral("host_vars"), QStringLiteral("vars_plugins")};
    static const QStringList endings{QStringLiteral(".pyc"), QStringLiteral(".pyo"), QStringLiteral(".swp"), QStringLiteral(".bak"),
                                     QStringLiteral("~"), QStringLiteral(".rpm"), QStringLiteral(".md"), QStringLiteral(".txt"),
                                     QStringLiteral(".rst"), QStringLiteral(".orig"), QStringLiteral(".cfg"), QStringLiteral(".retry")};
    const QString name = entry.fileName();
    if (name.startsWith(QLatin1Char('.')) || (entry.isDir() && folders.contains(name)))
        return true;
    for (const QString &ending : endings) {
        if (name.endsWith(ending))
            return true;
    }
    return false;
}

void append(ImportResult &into, ImportResult &&from)
{
    into.hosts += std::move(from.hosts);
    into.groupPaths += std::move(from.groupPaths);
    into.errors += std::move(from.errors);
    into.skipped += std::move(from.skipped);
    into.cancelled = into.cancelled || from.cancelled;
}

// /proc, /sys and /dev hold "files" whose reading blocks (/proc/kmsg) or never ends.
bool isKernelFolder(const QString &canonical)
{
    for (const char *kernel : {"/proc", "/sys", "/dev"}) {
        const QLatin1String prefix(kernel);
        if (canonical == prefix || canonical.startsWith(prefix + QLatin1Char('/')))
            return true;
    }
    return false;
}

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

// The files of an inventory folder in the order Ansible reads them (sorted, depth first),
// each real folder once however many links lead to it.
QStringList inventoryFiles(const QString &folder, const std::atomic<bool> *cancel, QSet<QString> *seenFolders, int depth)
{
    QStringList files;
    if (depth > kMaxFolderDepth || cancelled(cancel))
        return files;
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    if (canonical.isEmpty() || seenFolders->contains(canonical) || isKernelFolder(canonical))
        return files;
    seenFolders->insert(canonical);
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (files.size() >= kMaxInventoryFiles || cancelled(cancel))
            break;
        if (ignoredInInventoryFolder(entry))
            continue;
        if (entry.isDir())
            files += inventoryFiles(entry.filePath(), cancel, seenFolders, depth + 1);
        else
            files << entry.filePath();
    }
    return files;
}

// One file of an inventory: read when it is an INI file; YAML, programs and anything that
// is not a plain file (a FIFO would block the read) are named in `skipped`.
void readInventoryFile(const QString &file, ImportResult &result, const std::atomic<bool> *cancel)
{
    static const QRegularExpression yaml(QStringLiteral("\\.(ya?ml|json)$"), QRegularExpression::CaseInsensitiveOption);
    const QFileInfo info(file);
    if (!info.isFile() || isKernelFolder(info.canonicalFilePath()))
        result.skipped << ImportIssue{file, 0, ImportSources::tr("Not a file.")};
    else if (yaml.match(file).hasMatch())
        result.skipped << ImportIssue{file, 0, ImportSources::tr("YAML and JSON inventories are not read; only INI ones.")};
    else if (info.isExecutable())
        result.skipped << ImportIssue{file, 0, ImportSources::tr("A program (a dynamic inventory): not run.")};
    else
        append(result, Importers::importFile(ImportFormat::Ansible, file, cancel));
}

// One Ansible inventory file, or a folder of them.
ImportResult readAnsibleInventory(const QString &path, const std::atomic<bool> *cancel)
{
    ImportResult result;
    if (!QFileInfo(path).isDir()) {
        readInventoryFile(path, result, cancel);
        return result;
    }
    QSet<QString> seenFolders;
    const QStringList files = inventoryFiles(path, cancel, &seenFolders, 0);
    if (files.size() >= kMaxInventoryFiles)
        result.skipped << ImportIssue{path, 0, ImportSources::tr("Only the first %1 files of this folder were read.").arg(kMaxInventoryFiles)};
    for (const QString &file : files) {
        if (cancelled(cancel))
            break;
        readInventoryFile(file, result, cancel);
    }
    return result;
}

QString shownPath(const QString &path, const QString &home)
{
    if (!home.isEmpty() && (path == home || path.startsWith(home + QLatin1Char('/'))))
        return QLatin1Char('~') + path.mid(home.size());
    return path;
}

} // namespace

bool ImportSourcePaths::isEmpty() const
{
    return home.isEmpty() && workingDir.isEmpty() && ansibleConfigEnv.isEmpty() && ansibleInventoryEnv.isEmpty()
           && systemAnsibleConfig.isEmpty() && systemAnsibleHosts.isEmpty();
}

ImportSourcePaths ImportSourcePaths::fromEnvironment()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    ImportSourcePaths paths;
    paths.home = QDir::homePath();
    paths.workingDir = QDir::currentPath();
    paths.ansibleConfigEnv = environment.value(QStringLiteral("ANSIBLE_CONFIG"));
    paths.ansibleInventoryEnv = environment.value(QStringLiteral("ANSIBLE_INVENTORY"));
    paths.systemAnsibleConfig = QStringLiteral("/etc/ansible/ansible.cfg");
    paths.systemAnsibleHosts = QStringLiteral("/etc/ansible/hosts");
    for (const QString &name : environment.keys())
        paths.environment.insert(name, environment.value(name));
    return paths;
}

ImportSources::AnsibleInventories ImportSources::ansibleInventories(const ImportSourcePaths &paths)
{
    if (!paths.ansibleInventoryEnv.trimmed().isEmpty())
        return {pathList(paths.ansibleInventoryEnv, paths, paths.workingDir), QStringLiteral("$ANSIBLE_INVENTORY")};

    // The first configuration file found is the only one Ansible reads.
    QStringList configs;
    if (!paths.ansibleConfigEnv.isEmpty()) {
        QString config = expanded(paths.ansibleConfigEnv, paths, paths.workingDir);
        if (QFileInfo(config).isDir())
            config = QDir(config).filePath(QStringLiteral("ansible.cfg"));
        configs << config;
    }
    // A folder anyone may write to could hold anyone's ansible.cfg; Ansible skips it too.
    if (!paths.workingDir.isEmpty() && !(QFileInfo(paths.workingDir).permissions() & QFileDevice::WriteOther))
        configs << QDir(paths.workingDir).filePath(QStringLiteral("ansible.cfg"));
    if (!paths.home.isEmpty())
        configs << QDir(paths.home).filePath(QStringLiteral(".ansible.cfg"));
    configs << paths.systemAnsibleConfig;
    for (const QString &config : std::as_const(configs)) {
        if (!isFile(config) || !QFileInfo(config).isReadable())
            continue;
        const QString value = configuredInventory(config);
        if (!value.isNull())
            return {pathList(value, paths, QFileInfo(config).absolutePath()), shownPath(config, paths.home)};
        break; // a configuration without `inventory` means the default, not the next file
    }
    if (paths.systemAnsibleHosts.isEmpty())
        return {};
    return {{paths.systemAnsibleHosts}, QString()};
}

QList<ImportSource> ImportSources::find(const ImportSourcePaths &paths, const std::atomic<bool> *cancel)
{
    QList<ImportSource> found;
    QSet<QString> seen;
    auto consider = [&](ImportFormat format, const QString &path, const QString &origin) {
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath();
        if (canonical.isEmpty() || seen.contains(canonical) || (cancel && cancel->load()))
            return;
        seen.insert(canonical);
        ImportSource source;
        source.format = format;
        source.path = info.absoluteFilePath();
        source.displayPath = shownPath(source.path, paths.home);
        source.origin = origin;
        source.result = format == ImportFormat::Ansible ? readAnsibleInventory(source.path, cancel)
                                                        : Importers::importFile(format, source.path, cancel);
        if (source.result.cancelled || (source.result.hosts.isEmpty() && !source.result.hasErrors()))
            return;
        found << std::move(source);
    };
    if (!paths.home.isEmpty()) {
        const QString sshConfig = QDir(paths.home).filePath(QStringLiteral(".ssh/config"));
        if (isFile(sshConfig))
            consider(ImportFormat::SshConfig, sshConfig, QString());
    }
    const AnsibleInventories ansible = ansibleInventories(paths);
    for (const QString &inventory : ansible.paths)
        consider(ImportFormat::Ansible, inventory, ansible.origin);
    return found;
}

} // namespace wb
