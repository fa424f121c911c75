#pragma once

#include "core/inventory/io/ImportTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace wb {

// Reads the CSV format documented in docs/import-formats.md (RFC 4180, header row).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(wb::CsvReader)
public:
    // `cancel` (optional) is checked once per line; see ImportSupport::cancelRequested.
    static ImportResult read(const QString &path, const std::atomic<bool> *cancel = nullptr);

    // The columns in the order the exporter writes them.
    static QStringList columns();

    struct Record {
        int line = 0;          // where the record starts; quoted fields may span lines
        QStringList fields;
        QString problem;       // set when the record could not be split
    };
    // Splits RFC 4180 text into records in one pass (time linear in the text); blank
    // lines are dropped. Stops after the line on which `cancel` is seen set.
    static QList<Record> parse(const QString &text, const std::atomic<bool> *cancel = nullptr,
                               bool *cancelled = nullptr);
};

} // namespace wb
