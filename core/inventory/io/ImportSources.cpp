#include "core/inventory/io/ImportSources.h"

#include "core/inventory/io/Importers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace wb {

namespace {

bool isFile(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isFile();
}

// ~ and {{CWD}} as Ansible expands them in a path list.
QString expanded(QString path, const ImportSourcePaths &paths, const QString &relativeTo)
{
    path.replace(QLatin1String("{{CWD}}"), paths.workingDir);
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
    bool inDefaults = false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            inDefaults = line == QLatin1String("[defaults]");
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

// One Ansible inventory file, or a folder of them.
ImportResult readAnsibleInventory(const QString &path, const std::atomic<bool> *cancel)
{
    if (!QFileInfo(path).isDir())
        return Importers::importFile(ImportFormat::Ansible, path, cancel);
    ImportResult result;
    QStringList files;
    QList<QString> folders{path};
    while (!folders.isEmpty()) {
        const QDir folder(folders.takeFirst());
        const QFileInfoList entries = folder.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (ignoredInInventoryFolder(entry))
                continue;
            if (entry.isDir())
                folders << entry.filePath();
            else
                files << entry.filePath();
        }
    }
    static const QRegularExpression yaml(QStringLiteral("\\.(ya?ml|json)$"), QRegularExpression::CaseInsensitiveOption);
    for (const QString &file : std::as_const(files)) {
        if (cancel && cancel->load())
            break;
        const QFileInfo info(file);
        if (yaml.match(file).hasMatch()) {
            result.skipped << ImportIssue{file, 0, ImportSources::tr("YAML and JSON inventories are not read; only INI ones.")};
        } else if (info.isExecutable()) {
            result.skipped << ImportIssue{file, 0, ImportSources::tr("A program (a dynamic inventory): not run.")};
        } else if (info.isFile()) {
            append(result, Importers::importFile(ImportFormat::Ansible, file, cancel));
        }
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
    QStringList seen;
    auto consider = [&](ImportFormat format, const QString &path, const QString &origin) {
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath();
        if (canonical.isEmpty() || seen.contains(canonical) || (cancel && cancel->load()))
            return;
        seen << canonical;
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
