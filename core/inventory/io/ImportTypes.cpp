#include "core/inventory/io/ImportTypes.h"

#include <QSet>

namespace wb {

QString importFormatId(ImportFormat format)
{
    switch (format) {
    case ImportFormat::SshConfig:
        return QStringLiteral("ssh-config");
    case ImportFormat::Csv:
        return QStringLiteral("csv");
    case ImportFormat::Ansible:
        return QStringLiteral("ansible");
    }
    return {};
}

bool importFormatFromId(const QString &id, ImportFormat *format)
{
    const QString wanted = id.trimmed().toLower();
    for (ImportFormat f : {ImportFormat::SshConfig, ImportFormat::Csv, ImportFormat::Ansible}) {
        if (wanted == importFormatId(f)) {
            *format = f;
            return true;
        }
    }
    return false;
}

int ImportResult::badLineCount() const
{
    // One line can have several problems; users count lines.
    QSet<QString> lines;
    for (const ImportIssue &issue : errors)
        lines.insert(issue.file + QLatin1Char(':') + QString::number(issue.line));
    return int(lines.size());
}

QString ImportIssue::toString() const
{
    // Line 0 means the whole file (for example: it could not be opened).
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(file, message);
    return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
}

} // namespace wb
