#pragma once
// What the terminal view tests share: a window holding a view, and a paint counter.

#include "core/terminal/TerminalScreen.h"
#include "widgets/terminal/TerminalView.h"

#include <QEvent>
#include <QUrl>
#include <QLineEdit>
#include <QVBoxLayout>

namespace wbtest {

using wb::TerminalScreen;
using wb::TerminalView;

// A window with the terminal and a line edit after it, as in a real layout
// where Tab could wander off.
struct Harness
{
    QWidget window;
    TerminalScreen screen{24, 80};
    TerminalView *view;
    QLineEdit *other;
    QByteArray sent;

    Harness()
    {
        auto *layout = new QVBoxLayout(&window);
        view = new TerminalView(&screen, &window);
        // Steady: a blink would paint now and then, and the tests count paints. Blink tests turn it on.
        wb::TerminalSettings steady = view->settings();
        steady.blink = false;
        view->applySettings(steady);
        other = new QLineEdit(&window);
        layout->addWidget(view);
        layout->addWidget(other);
        QObject::connect(&screen, &TerminalScreen::outputReady, [this](const QByteArray &b) { sent += b; });
        window.resize(800, 500);
        window.show();
        window.activateWindow();
        view->setFocus();
    }

    QPoint cellCenter(int row, int col) const
    {
        const QSizeF cell = view->cellSize();
        return QPoint(int((col + 0.5) * cell.width()), int((row + 0.5) * cell.height()));
    }
    QPoint cellLeftEdge(int row, int col) const
    {
        const QSizeF cell = view->cellSize();
        return QPoint(int(col * cell.width()) + 1, int((row + 0.5) * cell.height()));
    }
};

// Counts the paint events of a widget (a view's viewport).
struct PaintCounter : QObject
{
    int paints = 0;
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// Stands for the desktop's browser (QDesktopServices::setUrlHandler).
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

} // namespace wbtest
