#pragma once

#include "core/inventory/io/ImportTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace wb {

// The files one ssh_config import reads: each from disk once, Include
// patterns resolved as ssh(1) does (~, relative to the include folder:
// ~/.ssh for a user's config, a glob per path component, sorted by name), and one budget over
// them all. Whatever goes over the budget is an error in the import's result
// and ends the reading (isSpent()).
class SshConfigFiles
{
    Q_DECLARE_TR_FUNCTIONS(wb::SshConfigFiles)
public:
    // What one import reads at most, the first file and every Include together.
    static constexpr int MaxFiles = 256;
    static constexpr qint64 MaxTotalBytes = 64 * 1024 * 1024;
    static constexpr qint64 MaxTotalLines = 1000000;

    struct Text {
        bool readable = false;
        QStringList lines;
    };

    explicit SshConfigFiles(ImportResult *result);

    // The file's lines, read on the first ask; null when the budget is spent
    // (fromFile:fromLine is where it was asked for). An unreadable file has
    // its error in the result and no lines.
    const Text *text(const QString &path, const QString &canonical, const QString &fromFile, int fromLine);
    // Counts the lines of a file about to be parsed against the budget.
    bool takeLines(const QString &path, qsizetype count, const QString &fromFile, int fromLine);
    bool isSpent() const { return m_spent; }
    // Where a relative Include path is looked for (ssh: ~/.ssh, or /etc/ssh for the system config).
    void setIncludeFolder(const QString &folder) { m_includeFolder = folder; }
    // The files an Include pattern names, listed once per pattern.
    QStringList includeFiles(const QString &pattern);

private:
    static QStringList expandInclude(const QString &pattern, const QString &folder);
    void spend(const QString &file, int line, const QString &reason);

    ImportResult *m_result;
    QHash<QString, Text> m_texts;        // canonical path -> its lines
    QHash<QString, QStringList> m_globs; // Include pattern -> files
    QString m_includeFolder;
    qint64 m_bytes = 0;
    qint64 m_lines = 0;
    bool m_spent = false;
};

} // namespace wb
