#pragma once
// Keystroke echo as the user sees it: from the key sent to a terminal view to
// the first paint of that view that shows the echoed character.
#include "core/terminal/TerminalScreen.h"
#include "widgets/terminal/TerminalView.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QObject>
#include <QTest>

#include <algorithm>
#include <optional>

namespace wbbench {

class EchoMeter : public QObject
{
public:
    explicit EchoMeter(wb::TerminalView *view) : m_view(view) { view->viewport()->installEventFilter(this); }

    // Types `c` where the cursor is; the echo counts once a paint shows it there.
    void type(char c)
    {
        const wb::TextPos at = m_view->screen()->cursor();
        m_pending = Pending{at.line, at.col, QChar::fromLatin1(c)};
        m_clock.start();
        QTest::keyClick(m_view, c);
    }
    bool waiting() const { return m_pending.has_value(); }
    // Kills the typed line (Ctrl+U), so a long test never wraps.
    void clearLine() { QTest::keyClick(m_view, Qt::Key_U, Qt::ControlModifier); }

    QList<double> latencies() const { return m_latencies; }
    static double percentile(QList<double> values, int p)
    {
        if (values.isEmpty())
            return 0;
        std::sort(values.begin(), values.end());
        return values.at(std::min<qsizetype>(values.size() - 1, values.size() * p / 100));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The paint that is about to draw the screen as it is now.
        if (event->type() == QEvent::Paint && m_pending && watched == m_view->viewport()) {
            const wb::TerminalScreen *screen = m_view->screen();
            const QString line = screen->lineText(screen->scrollbackSize() + m_pending->row);
            if (line.size() > m_pending->col && line.at(m_pending->col) == m_pending->ch) {
                m_latencies << m_clock.nsecsElapsed() / 1e6;
                m_pending.reset();
            }
        }
        return false;
    }

private:
    struct Pending {
        int row;
        int col;
        QChar ch;
    };
    wb::TerminalView *m_view;
    std::optional<Pending> m_pending;
    QElapsedTimer m_clock;
    QList<double> m_latencies;
};

} // namespace wbbench
