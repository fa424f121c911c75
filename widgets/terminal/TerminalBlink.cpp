#include "widgets/terminal/TerminalBlink.h"

#include <QApplication>

#include <algorithm>

namespace wb {

TerminalBlink::TerminalBlink(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &TerminalBlink::toggle);
}

void TerminalBlink::setRunning(bool running)
{
    const int flash = QApplication::cursorFlashTime();
    running = running && flash > 0; // 0: the desktop asks for no blinking at all
    if (running == m_timer.isActive())
        return;
    if (running) {
        m_timer.start(std::max(flash / 2, 100)); // a desktop's 1 ms would be a busy loop
        return;
    }
    m_timer.stop();
    showAgain();
}

void TerminalBlink::restartPhase()
{
    if (!m_timer.isActive())
        return;
    m_timer.start();
    showAgain();
}

void TerminalBlink::showAgain()
{
    if (!m_on) {
        m_on = true;
        Q_EMIT toggled();
    }
}

void TerminalBlink::toggle()
{
    m_on = !m_on;
    Q_EMIT toggled();
}

} // namespace wb
