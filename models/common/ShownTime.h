#pragma once

#include <QDateTime>
#include <QString>

namespace wb {

// Dates and times as the UI language writes them (QLocale's default, which
// the app sets with its language): for what views show. Exports, tooltips
// that give the exact instant, and JSON keep ISO 8601.
namespace ShownTime {
// The short date ("06-12-2026" in Dutch, "12/6/26" in US English); empty when invalid.
QString date(const QDate &date);
// Local time in the short format, with seconds when asked ("06-12-2026 14:03:22").
QString dateTime(const QDateTime &at, bool seconds = false);
} // namespace ShownTime

} // namespace wb
