#pragma once

#include "core/fleet/HostFacts.h"
#include "core/inventory/InventoryTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace wb {

// When a filesystem fills: a least-squares line through its use over the
// last 30 days of snapshots, followed to the point where nothing is left for
// ordinary users (df's Avail at 0).
struct CapacityForecast
{
    static constexpr int windowDays = 30;
    // Fewer snapshots, or a shorter span, and the line says nothing yet.
    static constexpr int minimumSamples = 3;
    static constexpr qint64 minimumSpanSeconds = 24 * 3600;
    // Further out than this (or shrinking) counts as not filling: nothing to plan for.
    static constexpr qint64 horizonDays = 3650;

    enum class Trend { TooLittleHistory, NotFilling, Filling, Full };

    struct Sample
    {
        QDateTime taken;
        qint64 usedBytes = 0;
        qint64 capacityBytes = 0; // used + available
        bool operator==(const Sample &) const = default;
    };

    HostId host = 0;
    QString mount;
    Trend trend = Trend::TooLittleHistory;
    qint64 usedBytes = 0;     // the newest snapshot's
    qint64 sizeBytes = 0;
    qint64 capacityBytes = 0;
    int usedPercent = 0;
    double bytesPerDay = 0;   // the line's slope
    // The line: use at `lineOrigin`, changing by bytesPerDay.
    QDateTime lineOrigin;
    double lineOriginBytes = 0;
    // Filling: when the line reaches the capacity (never before the newest
    // snapshot); Full: the newest snapshot's time.
    QDateTime fullAt;
    QList<Sample> samples;    // oldest first, within the window

    bool fills() const { return trend == Trend::Filling || trend == Trend::Full; }
    // Seconds from `now` until full (0 when full or overdue); -1 when not filling.
    qint64 secondsToFull(const QDateTime &now) const;
    double projectedBytes(const QDateTime &at) const;

    // One filesystem's forecast from its samples (oldest first), as of `now`.
    static CapacityForecast of(HostId host, const QString &mount, QList<Sample> samples, const QDateTime &now);
    // Every filesystem of the host's newest snapshot, from its history (oldest first).
    static QList<CapacityForecast> ofHistory(HostId host, const QList<HostFacts> &history, const QDateTime &now);
    // The fleet's filesystems, soonest full first; then the not filling, fullest first; then the rest.
    static QList<CapacityForecast> ofFleet(const QHash<HostId, QList<HostFacts>> &histories, const QDateTime &now);
    static bool soonerFull(const CapacityForecast &a, const CapacityForecast &b);
};

} // namespace wb
