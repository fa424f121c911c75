#pragma once

#include <QString>

namespace wb {

// One CSV cell, quoted where needed, for a file someone opens in a
// spreadsheet: a cell that starts like a formula (=, +, -, @, tab, CR) is
// written as text, so it never runs what a host printed or a user typed.
inline QString spreadsheetSafeCsvField(QString value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

} // namespace wb
