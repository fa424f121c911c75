#include "core/inventory/io/SshConfigFiles.h"

#include "core/inventory/io/ImportSupport.h"

#include <QDir>
#include <QFileInfo>

namespace wb {

namespace {
bool hasWildcard(const QString &text)
{
    return text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?')) || text.contains(QLatin1Char('['));
}

QString joinPath(const QString &base, const QString &component)
{
    if (base.isEmpty())
        return component;
    if (base.endsWith(QLatin1Char('/')))
        return base + component;
    return base + QLatin1Char('/') + component;
}
} // namespace

SshConfigFiles::SshConfigFiles(ImportResult *result) : m_result(result) {}

void SshConfigFiles::spend(const QString &file, int line, const QString &reason)
{
    ImportSupport::addError(m_result, file, line, reason);
    m_spent = true;
}

const SshConfigFiles::Text *SshConfigFiles::text(const QString &path, const QString &canonical, const QString &fromFile,
                                                  int fromLine)
{
    const QString key = canonical.isEmpty() ? path : canonical;
    if (auto it = m_texts.constFind(key); it != m_texts.cend())
        return &it.value();
    if (m_texts.size() >= MaxFiles) {
        spend(fromFile, fromLine,
              tr("“%1” was not read: an import reads at most %2 files, counting every Include; "
                 "nothing more was read.")
                  .arg(path)
                  .arg(MaxFiles));
        return nullptr;
    }
    Text text;
    qint64 bytes = 0;
    text.readable = ImportSupport::readLines(path, &text.lines, m_result, fromFile, fromLine, &bytes);
    m_bytes += bytes;
    if (m_bytes > MaxTotalBytes) {
        spend(fromFile, fromLine,
              tr("“%1” was not read: an import reads at most %2 MiB, counting every Include; "
                 "nothing more was read.")
                  .arg(path)
                  .arg(MaxTotalBytes / (1024 * 1024)));
        return nullptr;
    }
    return &m_texts.insert(key, std::move(text)).value();
}

bool SshConfigFiles::takeLines(const QString &path, qsizetype count, const QString &fromFile, int fromLine)
{
    if (m_lines + count > MaxTotalLines) {
        spend(fromFile, fromLine,
              tr("“%1” was not read: an import reads at most %2 lines, counting every Include; "
                 "nothing more was read.")
                  .arg(path)
                  .arg(MaxTotalLines));
        return false;
    }
    m_lines += count;
    return true;
}

QStringList SshConfigFiles::includeFiles(const QString &pattern)
{
    // A folder included from many places is listed once.
    if (auto it = m_globs.constFind(pattern); it != m_globs.cend())
        return it.value();
    const QStringList files = expandInclude(pattern, m_includeFolder);
    m_globs.insert(pattern, files);
    return files;
}

QStringList SshConfigFiles::expandInclude(const QString &pattern, const QString &folder)
{
    QString path = pattern;
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    else if (QFileInfo(path).isRelative())
        path = QDir::cleanPath(joinPath(folder, path));

    if (!hasWildcard(path))
        return QFileInfo(path).isFile() ? QStringList{path} : QStringList{};

    // Expand one path component at a time, like glob(3), sorted by name.
    QStringList bases = {path.startsWith(QLatin1Char('/')) ? QStringLiteral("/") : QString()};
    const QStringList components = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype c = 0; c < components.size(); ++c) {
        const QString &component = components[c];
        const bool last = c == components.size() - 1;
        QStringList next;
        for (const QString &base : std::as_const(bases)) {
            if (!hasWildcard(component)) {
                next.append(joinPath(base, component));
                continue;
            }
            QDir::Filters filters = QDir::NoDotAndDotDot | (last ? QDir::Files : QDir::Dirs);
            if (component.startsWith(QLatin1Char('.')))
                filters |= QDir::Hidden;
            const QDir dir(base.isEmpty() ? QStringLiteral(".") : base);
            const QStringList entries = dir.entryList({component}, filters, QDir::Name);
            for (const QString &entry : entries)
                next.append(joinPath(base, entry));
        }
        bases = next;
    }
    QStringList files;
    for (const QString &candidate : std::as_const(bases))
        if (QFileInfo(candidate).isFile())
            files.append(candidate);
    return files;
}

} // namespace wb
