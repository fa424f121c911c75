#pragma once

#include "core/inventory/io/ImportTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>

namespace wb {

// Pieces every reader needs: reading the file, checking a host, and the
// messages for values that are wrong in the same way in every format.
class ImportSupport
{
    Q_DECLARE_TR_FUNCTIONS(wb::ImportSupport)
public:
    // No reader takes more than this from one file, nor a longer line: an inventory
    // is never that large, and a bigger file (a log, /dev/zero behind a link) would
    // only cost memory and time before failing anyway.
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
    static constexpr qsizetype MaxLineChars = 64 * 1024;

    // Reads a UTF-8 file and splits it into lines (any line ending, BOM dropped).
    // On failure adds one error naming `reportFile`:`reportLine` (a line that is too
    // long: that file and line) and returns false. `bytesRead` (optional) gets the size.
    static bool readLines(const QString &path, QStringList *lines, ImportResult *result,
                          const QString &reportFile, int reportLine = 0, qint64 *bytesRead = nullptr);
    static bool readText(const QString &path, QString *text, ImportResult *result, const QString &reportFile,
                         int reportLine = 0, qint64 *bytesRead = nullptr);

    // The hook through which an import running on a worker thread is stopped early:
    // readers check it once per line. When it is set, adds one error and marks the result.
    static bool cancelRequested(const std::atomic<bool> *cancel, ImportResult *result, const QString &file, int line);

    // Runs HostValidator; every problem becomes an error at file:line. True if the host is valid.
    static bool validateHost(const Host &host, const QString &file, int line, ImportResult *result);

    // "22" -> 22; otherwise sets *problem to a message naming the value.
    static bool parsePort(const QString &text, int *port, QString *problem);
    // Checks a kind / auth id and explains the allowed values when it is unknown.
    static bool parseKind(const QString &text, HostKind *kind, QString *problem);
    static bool parseAuth(const QString &text, AuthMethod *method, QString *problem);
    // "site/role" -> {"site", "role"}; empty parts are dropped.
    static bool parseGroupPath(const QString &text, QStringList *path, QString *problem);

    static void addError(ImportResult *result, const QString &file, int line, const QString &message);
    static void addSkipped(ImportResult *result, const QString &file, int line, const QString &message);
};

} // namespace wb
