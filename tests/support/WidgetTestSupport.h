#pragma once
// Helpers shared by the widget tests.

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace wbtest {

// When WERKBANK_SCREENSHOT_DIR is set, the tests also save pictures of the
// windows and dialogs they drive, for a look by eye.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("WERKBANK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Runs `step` on the next modal dialog of type T once it is showing; dialogs
// run their own event loop inside exec(), so the test acts from a timer.
template<typename T>
void whenModal(std::function<void(T *)> step)
{
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [step, poll] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()); dialog && dialog->isVisible()) {
            step(dialog);
            return;
        }
        QTimer::singleShot(10, *poll);
    };
    QTimer::singleShot(0, *poll);
}

} // namespace wbtest
