#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace wb {

// When to paint a terminal that is being fed: one frame per batch of output.
// The first change after a quiet spell (the echo of a key, a prompt) is due
// at once; during a flood the rest of the batch rides along for a delay that
// grows with how long the last paint took (ten times that, 16 to 50 ms: at
// most 60 frames a second, and painting about a tenth of the time, where a big
// window's frames cost most), so a slow paint spaces frames out instead of taking the
// whole event loop, and the output goes on at the parser's pace.
class FramePacer : public QObject
{
    Q_OBJECT
public:
    explicit FramePacer(QObject *parent = nullptr);

    // Something changed on screen.
    void changed();
    // The frame went out; a paint that follows is timed between these two.
    void paintStarted() { m_paintClock.start(); }
    void paintFinished();

    int delayMs() const { return m_delayMs; }

Q_SIGNALS:
    void frameDue();

private:
    QTimer m_timer;
    QElapsedTimer m_paintClock;
    QElapsedTimer m_sinceFrame; // since the last frame was due; invalid before the first
    static constexpr int kMinDelayMs = 16;
    static constexpr int kMaxDelayMs = 50;
    int m_delayMs = kMinDelayMs;
};

} // namespace wb
