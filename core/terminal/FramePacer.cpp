#include "core/terminal/FramePacer.h"

#include <algorithm>

namespace wb {

FramePacer::FramePacer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_sinceFrame.start();
        Q_EMIT frameDue();
    });
}

void FramePacer::changed()
{
    if (m_timer.isActive())
        return;
    const bool quiet = !m_sinceFrame.isValid() || m_sinceFrame.elapsed() >= m_delayMs;
    m_timer.start(quiet ? 0 : m_delayMs);
}

void FramePacer::paintFinished()
{
    if (m_paintClock.isValid())
        m_delayMs = int(std::clamp<qint64>(m_paintClock.nsecsElapsed() * 6 / 1000000, kMinDelayMs, kMaxDelayMs));
}

} // namespace wb
