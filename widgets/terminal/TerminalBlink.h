#pragma once

#include <QObject>
#include <QTimer>

namespace wb {

// The phase of blinking text and a blinking cursor: on and off at the
// desktop's cursor flash rate (half of QApplication::cursorFlashTime(), 500 ms
// by default; none where the desktop turned blinking off). It runs only while
// something blinks, so an idle terminal paints nothing; stopped, both are on.
class TerminalBlink : public QObject
{
    Q_OBJECT
public:
    explicit TerminalBlink(QObject *parent = nullptr);

    // Whether the blinking parts are shown at this moment.
    bool isOn() const { return m_on; }
    bool isRunning() const { return m_timer.isActive(); }
    int intervalMs() const { return m_timer.interval(); }
    // Starts or stops; stopping shows the blinking parts again.
    void setRunning(bool running);
    // Shown now, and for a whole phase (a key was typed: the cursor stays put while typing).
    void restartPhase();

Q_SIGNALS:
    // The phase changed: repaint what blinks.
    void toggled();

private:
    void toggle();
    void showAgain();

    QTimer m_timer;
    bool m_on = true;
};

} // namespace wb
