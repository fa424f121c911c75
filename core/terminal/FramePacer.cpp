#include "core/terminal/FramePacer.h"

#include <algorithm>

namespace wb {

FramePacer::FramePacer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FramePacer::frameNow);
    m_quiet.setSingleShot(true);
    connect(&m_quiet, &QTimer::timeout, this, [this] {
        if (m_timer.isActive()) // the output stopped before the frame was due
            frameNow();
    });
}

void FramePacer::frameNow()
{
    m_timer.stop();
    m_quiet.stop();
    m_sinceFrame.start();
    Q_EMIT frameDue();
}

void FramePacer::changed()
{
    // The usual gap between changes (a moving average, a long pause counted as the
    // longest delay): output that comes in bursts 20 ms apart over a slow link is not
    // quiet after 16 ms, only after three such gaps.
    if (m_sinceChange.isValid())
        m_gapMs = m_gapMs * 0.5 + 0.5 * double(std::min<qint64>(m_sinceChange.elapsed(), kMaxFloodDelayMs));
    m_sinceChange.start();
    if (!m_timer.isActive()) {
        const qint64 since = m_sinceFrame.isValid() ? m_sinceFrame.elapsed() : m_delayMs;
        m_timer.start(int(std::max<qint64>(0, m_delayMs - since))); // at once after a quiet spell, else what is left of the delay
    }
    const int quietMs = std::max(kQuietMs, int(3 * m_gapMs));
    if (m_timer.remainingTime() > quietMs)
        m_quiet.start(quietMs);
}

void FramePacer::inputSent()
{
    m_delayMs = kMinDelayMs;
    m_flooding = false;
    if (m_timer.isActive() && m_timer.remainingTime() > kMinDelayMs)
        m_timer.start(kMinDelayMs);
}

void FramePacer::paintFinished()
{
    if (!m_paintClock.isValid())
        return;
    const qint64 paintNs = m_paintClock.nsecsElapsed();
    m_delayMs = m_flooding ? int(std::clamp<qint64>(paintNs * 30 / 1000000, kMinDelayMs, kMaxFloodDelayMs))
                           : int(std::clamp<qint64>(paintNs * 10 / 1000000, kMinDelayMs, kMaxDelayMs));
}

} // namespace wb
