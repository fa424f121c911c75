#pragma once

#include "core/fleet/LogLine.h"
#include "widgets/common/WorkTab.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace wb {

class ErrorBar;
class LogModel;
class LogStream;

// A log tab: one or more hosts' journals (or a file) following, merged by
// time, in a ring of lines (LogModel). Filters (priority, unit, a regular
// expression) apply at once to the lines in the ring; Pause holds new lines
// back (up to the ring's size) until Resume; Find (Ctrl+F, F3) moves through
// the rows; Copy (Ctrl+C) and Export… write lines as werkbank-cli logs
// prints them. Lines are text only: no escape a host logs is interpreted.
class LogView : public WorkTab
{
    Q_OBJECT
public:
    // Takes `stream` and starts it.
    explicit LogView(LogStream *stream, QWidget *parent = nullptr);
    ~LogView() override;

    QString tabTitle() const override;
    QString tabToolTip() const override;
    QIcon tabIcon() const override;

    LogModel *model() const { return m_model; }
    LogStream *stream() const { return m_stream; }
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    int heldBack() const { return int(m_held.size()); }
    // The rows shown, as text, to `path` off the GUI thread; `done` gets an error or "".
    void exportTo(const QString &path, std::function<void(const QString &error)> done);
    QString statusText() const;

protected:
    bool event(QEvent *event) override;

Q_SIGNALS:
    void exported(const QString &path, const QString &error);

private:
    void onLines(const QList<LogLine> &lines);
    void showLines(const QList<LogLine> &lines);
    void applyFilter();
    void find(int direction);
    void copySelection();
    void exportLines();
    void updateStatus();

    LogStream *m_stream;
    LogModel *m_model;
    QTreeView *m_view;
    QComboBox *m_priority;
    QLineEdit *m_unit;
    QLineEdit *m_pattern;
    QLineEdit *m_find;
    QPushButton *m_pause;
    QLabel *m_status;
    ErrorBar *m_problems;
    QStringList m_problemLines;
    QList<LogLine> m_held;
    bool m_paused = false;
    bool m_ended = false;
};

} // namespace wb
