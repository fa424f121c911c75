#pragma once

#include <QIcon>
#include <QWidget>

#include <functional>

namespace wb {

// One tab of the session area (a terminal, a run, a host's accounts, a
// ticket): what its tab shows, whether it is still working, and how it
// closes. The area asks only this, never a tab's parts.
class WorkTab : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString tabTitle() const = 0;
    virtual QIcon tabIcon() const = 0;
    virtual QString tabToolTip() const { return tabTitle(); }
    // Something happened there the user has not seen (the bell): the tab's text turns red.
    virtual bool wantsAttention() const { return false; }
    // Still working (a live session, a run going): quitting counts it.
    virtual bool isWorking() const { return false; }

    enum class Closing { Now, Keep, WhenSaved };
    // Asked before the tab closes; questions to the user are asked here.
    // WhenSaved: it is saving, and says closeReady() once it may go.
    virtual Closing confirmClose() { return Closing::Now; }
    // Work that quitting must ask about (an edited ticket), and saving it.
    virtual bool hasUnsavedWork() const { return false; }
    virtual void saveWork(std::function<void(bool saved)> done) { done(true); }

Q_SIGNALS:
    // Title, icon, tooltip or state changed: the tab bar follows.
    void appearanceChanged();
    void closeReady();
};

} // namespace wb
