#pragma once

#include <QString>

namespace wb {

// Spreadsheet programs run a cell that starts with =, +, -, @, tab or CR as a
// formula. Every CSV Werkbank writes marks such a cell as text with a leading
// '; a cell that already starts with ' and then one of those gets one more, so
// that withoutSpreadsheetFormulaGuard() gives back exactly what was written.
inline bool startsLikeSpreadsheetFormula(const QString &value)
{
    qsizetype i = 0;
    while (i < value.size() && value[i] == QLatin1Char('\''))
        ++i;
    return i < value.size() && QStringLiteral("=+-@\t\r").contains(value[i]);
}

inline QString spreadsheetFormulaGuarded(const QString &value)
{
    return startsLikeSpreadsheetFormula(value) ? QLatin1Char('\'') + value : value;
}

// The inverse, for the CSV importer: removes the one ' the guard adds and nothing else.
inline QString withoutSpreadsheetFormulaGuard(const QString &value)
{
    if (value.startsWith(QLatin1Char('\'')) && startsLikeSpreadsheetFormula(value))
        return value.mid(1);
    return value;
}

// One CSV cell, quoted where needed, for a file someone opens in a
// spreadsheet: a cell that starts like a formula is written as text, so it
// never runs what a host printed or a user typed.
inline QString spreadsheetSafeCsvField(QString value)
{
    value = spreadsheetFormulaGuarded(value);
    if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

} // namespace wb
