#pragma once
// Helpers shared by the widget tests.

#include <QApplication>
#include <QScreen>
#include <QDialog>
#include <QMenu>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace wbtest {

// A part of a widget found as a user's tools find it, by its objectName; the
// test stops, naming it, when there is none.
template <typename Part>
Part *partOf(const QObject *widget, const char *name)
{
    Part *part = widget->findChild<Part *>(QString::fromLatin1(name));
    if (!part)
        qFatal("%s has no %s named \"%s\"", qPrintable(widget->objectName()), Part::staticMetaObject.className(), name);
    return part;
}

// When WERKBANK_SCREENSHOT_DIR is set, the tests also save pictures of the
// windows and dialogs they drive, for a look by eye.
// Terminals in `widget` show their blinking cursor and text (a screenshot is the same every run).
inline void showBlinkingParts(QWidget *widget)
{
    for (QObject *child : widget->findChildren<QObject *>())
        if (child->metaObject()->indexOfSlot("showBlinkingParts()") >= 0)
            QMetaObject::invokeMethod(child, "showBlinkingParts");
    QCoreApplication::processEvents();
}

inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("WERKBANK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    showBlinkingParts(widget);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// What the screen shows where `window` is, with a dialog open over it (which
// grab() leaves out). Needs a real display (xvfb-run, WERKBANK_TEST_PLATFORM=xcb).
inline void saveScreenScreenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("WERKBANK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    showBlinkingParts(window);
    const QRect frame = window->frameGeometry();
    window->screen()->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        .save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Runs `step` on the next modal dialog of type T once it is showing; dialogs
// run their own event loop inside exec(), so the test acts from a timer.
template<typename T>
void whenModal(std::function<void(T *)> step)
{
    // The pending timer holds the only strong reference: once the step ran,
    // nothing is left behind (a self-capturing closure would never be freed).
    auto poll = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weak = poll;
    *poll = [step, weak] {
        const auto self = weak.lock();
        if (!self)
            return;
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()); dialog && dialog->isVisible()) {
            step(dialog);
            return;
        }
        QTimer::singleShot(10, [self] { (*self)(); });
    };
    QTimer::singleShot(0, [poll] { (*poll)(); });
}

// Runs `step` on the first modal dialog of type T that shows while the watch
// lives, if one does; for dialogs that may not come (whenModal keeps looking
// after the test function, holding what its step refers to).
template<typename T>
class ModalWatch
{
public:
    explicit ModalWatch(std::function<void(T *)> step) : m_step(std::move(step))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible() || m_seen)
                return;
            m_seen = true;
            m_step(dialog);
        });
        m_timer.start(10);
    }
    bool seen() const { return m_seen; }

private:
    std::function<void(T *)> m_step;
    QTimer m_timer;
    bool m_seen = false;
};

// A menu's entries as they read, without the & of their shortcuts.
inline QStringList actionTexts(const QMenu *menu)
{
    QStringList texts;
    for (QAction *action : menu->actions())
        if (!action->isSeparator())
            texts << action->text().remove(QLatin1Char('&'));
    return texts;
}

// Runs `step` on the popup menu that is about to open, once it shows.
inline void whenPopup(std::function<void(QMenu *)> step)
{
    auto poll = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weak = poll; // pending timers hold the strong references
    *poll = [step, weak] {
        const auto self = weak.lock();
        if (!self)
            return;
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            step(menu);
            return;
        }
        QTimer::singleShot(10, [self] { (*self)(); });
    };
    QTimer::singleShot(0, [poll] { (*poll)(); });
}

// Picks path[0] in the popup menu that is about to open, then path[1] in its
// submenu and so on, and presses Enter on the last, as a keyboard user
// would. Menus run their own event loop, so this acts from a timer; after
// ten seconds it closes the menus so a missing entry fails instead of hanging.
inline void choosePopupPath(const QStringList &path, QStringList *lastMenuOffered = nullptr)
{
    auto poll = std::make_shared<std::function<void(int, int)>>();
    std::weak_ptr<std::function<void(int, int)>> weak = poll; // pending timers hold the strong references
    *poll = [=](int depth, int tries) {
        const auto self = weak.lock();
        if (!self)
            return;
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QAction *match = nullptr;
        for (QAction *action : menu ? menu->actions() : QList<QAction *>())
            if (action->text().remove(QLatin1Char('&')) == path.at(depth))
                match = action;
        if (!match) {
            if (tries > 1000) {
                while (QWidget *popup = QApplication::activePopupWidget())
                    popup->close();
                return;
            }
            QTimer::singleShot(10, [self, depth, tries] { (*self)(depth, tries + 1); });
            return;
        }
        menu->setActiveAction(match);
        if (depth + 1 < path.size()) {
            QTimer::singleShot(10, [self, depth] { (*self)(depth + 1, 0); });
            return;
        }
        if (lastMenuOffered)
            *lastMenuOffered = actionTexts(menu);
        QTest::keyClick(menu, Qt::Key_Return);
    };
    QTimer::singleShot(0, [poll] { (*poll)(0, 0); });
}

// A dialog step that always ends with the dialog closed, so a failed check
// inside it fails the test instead of leaving a modal loop running.
template<typename T>
void inDialog(std::function<void(T *)> step)
{
    whenModal<T>([step](T *dialog) {
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->done(QDialog::Rejected);
        });
        QApplication::setActiveWindow(dialog);
        step(dialog);
    });
}

} // namespace wbtest
