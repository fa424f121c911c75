#pragma once

#include "ssh/CommandRunner.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace wb {

class RunResultsModel;

// A run of one command on many hosts, as a tab: progress with counts, a table
// of hosts (state, exit, duration, first line of output), cancel one or all,
// and the unknown host keys of the whole run asked about once.
class RunView : public QWidget
{
    Q_OBJECT
public:
    RunView(QList<RunTarget> targets, RunSpec spec, QWidget *parent = nullptr);
    ~RunView() override;

    CommandRunner *runner() const { return m_runner; }
    QTableView *table() const { return m_table; }
    QString title() const;
    bool isRunning() const { return !m_runner->isFinished(); }
    void start();

Q_SIGNALS:
    void appearanceChanged();

private:
    void updateProgress();
    void askHostKeys();
    void showContextMenu(const QPoint &pos);

    CommandRunner *m_runner;
    RunResultsModel *m_model;
    QString m_what;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTableView *m_table;
};

} // namespace wb
