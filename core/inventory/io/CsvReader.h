#pragma once

#include "ImportTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace wb {

// Reads the CSV format documented in docs/import-formats.md (RFC 4180, header row).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(wb::CsvReader)
public:
    static ImportResult read(const QString &path);

    // The columns in the order the exporter writes them.
    static QStringList columns();

    struct Record {
        int line = 0;          // where the record starts; quoted fields may span lines
        QStringList fields;
        QString problem;       // set when the record could not be split
    };
    // Splits RFC 4180 text into records; blank lines are dropped.
    static QList<Record> parse(const QString &text);
};

} // namespace wb
