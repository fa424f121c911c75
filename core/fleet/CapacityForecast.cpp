#include "core/fleet/CapacityForecast.h"

#include <algorithm>
#include <cmath>

namespace wb {

namespace {
constexpr double secondsPerDay = 86400.0;
} // namespace

qint64 CapacityForecast::secondsToFull(const QDateTime &now) const
{
    if (!fills())
        return -1;
    return std::max<qint64>(0, now.secsTo(fullAt));
}

double CapacityForecast::projectedBytes(const QDateTime &at) const
{
    return lineOriginBytes + bytesPerDay * double(lineOrigin.secsTo(at)) / secondsPerDay;
}

CapacityForecast CapacityForecast::of(HostId host, const QString &mount, QList<Sample> samples, const QDateTime &now)
{
    CapacityForecast forecast;
    forecast.host = host;
    forecast.mount = mount;
    const QDateTime windowStart = now.addDays(-windowDays);
    samples.removeIf([&](const Sample &s) { return !s.taken.isValid() || s.taken < windowStart || s.capacityBytes <= 0; });
    std::stable_sort(samples.begin(), samples.end(), [](const Sample &a, const Sample &b) { return a.taken < b.taken; });
    forecast.samples = samples;
    if (samples.isEmpty())
        return forecast;
    const Sample &newest = samples.constLast();
    forecast.usedBytes = newest.usedBytes;
    forecast.capacityBytes = newest.capacityBytes;
    forecast.usedPercent = int(std::ceil(100.0 * double(newest.usedBytes) / double(newest.capacityBytes)));
    if (newest.usedBytes >= newest.capacityBytes) {
        forecast.trend = Trend::Full;
        forecast.fullAt = newest.taken;
        forecast.lineOrigin = newest.taken;
        forecast.lineOriginBytes = double(newest.usedBytes);
        return forecast;
    }
    if (samples.size() < minimumSamples || samples.constFirst().taken.secsTo(newest.taken) < minimumSpanSeconds)
        return forecast;

    // x in days since the first sample; the line through the means has the least squared error.
    const QDateTime origin = samples.constFirst().taken;
    double meanX = 0, meanY = 0;
    for (const Sample &s : samples) {
        meanX += double(origin.secsTo(s.taken)) / secondsPerDay;
        meanY += double(s.usedBytes);
    }
    meanX /= double(samples.size());
    meanY /= double(samples.size());
    double sxy = 0, sxx = 0;
    for (const Sample &s : samples) {
        const double dx = double(origin.secsTo(s.taken)) / secondsPerDay - meanX;
        sxy += dx * (double(s.usedBytes) - meanY);
        sxx += dx * dx;
    }
    forecast.bytesPerDay = sxx > 0 ? sxy / sxx : 0;
    forecast.lineOrigin = origin.addSecs(qint64(std::llround(meanX * secondsPerDay)));
    forecast.lineOriginBytes = meanY;
    forecast.trend = Trend::NotFilling;
    if (forecast.bytesPerDay <= 0)
        return forecast;
    const double daysFromOrigin = (double(newest.capacityBytes) - meanY) / forecast.bytesPerDay;
    if (daysFromOrigin > double(horizonDays + windowDays)) // before converting: such a line runs past what a date holds
        return forecast;
    const QDateTime crossing = forecast.lineOrigin.addSecs(qint64(std::llround(daysFromOrigin * secondsPerDay)));
    // A line that crossed already (the disk was cleaned up since) says: any day now.
    const QDateTime fullAt = std::max(crossing, newest.taken);
    if (!crossing.isValid() || newest.taken.daysTo(fullAt) > horizonDays)
        return forecast;
    forecast.trend = Trend::Filling;
    forecast.fullAt = fullAt;
    return forecast;
}

QList<CapacityForecast> CapacityForecast::ofHistory(HostId host, const QList<HostFacts> &history, const QDateTime &now)
{
    QList<CapacityForecast> forecasts;
    if (history.isEmpty())
        return forecasts;
    const HostFacts &newest = history.constLast();
    for (const HostFacts::Filesystem &fs : newest.filesystems) {
        QList<Sample> samples;
        for (const HostFacts &snapshot : history) {
            for (const HostFacts::Filesystem &then : snapshot.filesystems) {
                if (then.mount == fs.mount) {
                    samples.append({snapshot.taken, then.usedBytes, then.usedBytes + then.availableBytes});
                    break;
                }
            }
        }
        CapacityForecast forecast = of(host, fs.mount, samples, now);
        forecast.sizeBytes = fs.sizeBytes;
        forecasts.append(forecast);
    }
    return forecasts;
}

bool CapacityForecast::soonerFull(const CapacityForecast &a, const CapacityForecast &b)
{
    const auto rank = [](Trend t) { return t == Trend::Full ? 0 : t == Trend::Filling ? 1 : t == Trend::NotFilling ? 2 : 3; };
    if (rank(a.trend) != rank(b.trend))
        return rank(a.trend) < rank(b.trend);
    if (a.fills() && a.fullAt != b.fullAt)
        return a.fullAt < b.fullAt;
    if (a.usedPercent != b.usedPercent)
        return a.usedPercent > b.usedPercent;
    return std::tie(a.host, a.mount) < std::tie(b.host, b.mount);
}

QList<CapacityForecast> CapacityForecast::ofFleet(const QHash<HostId, QList<HostFacts>> &histories, const QDateTime &now)
{
    QList<CapacityForecast> all;
    for (auto it = histories.cbegin(); it != histories.cend(); ++it)
        all += ofHistory(it.key(), it.value(), now);
    std::sort(all.begin(), all.end(), soonerFull);
    return all;
}

} // namespace wb
