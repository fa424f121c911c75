#include "ImportTypes.h"

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

QString ImportIssue::toString() const
{
    // Line 0 means the whole file (for example: it could not be opened).
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(file, message);
    return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
}

} // namespace wb
