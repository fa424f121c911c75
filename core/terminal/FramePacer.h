#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace wb {

// When to paint a terminal that is being fed: one frame per batch of output.
// The first change after a quiet spell (the echo of a key, a prompt) is due
// at once; after that the rest of the batch rides along for a delay that
// grows with how long the last paint took (ten times that, 16 to 50 ms: at
// most 60 frames a second, and painting about a tenth of the time, where a big
// window's frames cost most), so a slow paint spaces frames out instead of taking the
// whole event loop. In a flood (a screenful or more scrolled by between two frames:
// `cat` of a big file, text nobody reads as it passes) frames come at thirty times
// the paint, 16 to 250 ms, so painting takes about 3 % of the time and the output
// goes on at close to the parser's pace; a full-screen program (vim, htop) is no flood.
// When the output stops (nothing for three of its usual gaps, at least 16 ms) while a
// frame waits out a longer delay, the frame goes out then: the end of a flood is shown
// at once, not up to 250 ms later.
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
    // Whether the frame about to be painted ends a flood (see above).
    void setFlooding(bool flooding) { m_flooding = flooding; }
    // A key or a paste went to the program: its echo is due soon, even in a flood (Ctrl+C in `yes`).
    void inputSent();

    int delayMs() const { return m_delayMs; }

Q_SIGNALS:
    void frameDue();

private:
    void frameNow();

    QTimer m_timer;
    QTimer m_quiet; // restarted by each change while the frame waits
    static constexpr int kQuietMs = 16;
    QElapsedTimer m_sinceChange;
    double m_gapMs = 0; // between changes, a moving average
    QElapsedTimer m_paintClock;
    QElapsedTimer m_sinceFrame; // since the last frame was due; invalid before the first
    static constexpr int kMinDelayMs = 16;
    static constexpr int kMaxDelayMs = 50;
    static constexpr int kMaxFloodDelayMs = 250;
    int m_delayMs = kMinDelayMs;
    bool m_flooding = false;
};

} // namespace wb
