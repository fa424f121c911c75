#pragma once

#include "core/ssh/CommandRunner.h"
#include "widgets/common/WorkTab.h"

#include <QIcon>

class QLabel;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QTabWidget;

namespace wb {

class RunGroupsModel;
class RunResultsModel;

// A run of one command on many hosts, as a tab: progress with counts, a table
// of hosts (state, exit, duration, first line of output), cancel one or all,
// and the unknown host keys of the whole run asked about once.
class RunView : public WorkTab
{
    Q_OBJECT
public:
    // Shows `runner` (not yet started) and takes it.
    explicit RunView(CommandRunner *runner, QWidget *parent = nullptr);
    ~RunView() override;

    const RunSpec &spec() const { return m_spec; }
    CommandRunner *runner() const { return m_runner; }
    QString tabTitle() const override;
    QIcon tabIcon() const override;
    bool isWorking() const override { return isRunning(); }
    Closing confirmClose() override;
    bool isRunning() const { return !m_runner->isFinished(); }
    void start();
    // Writes every host's result to FILE (.json: an array of objects; else CSV). Off the GUI thread.
    void exportTo(const QString &file);

public Q_SLOTS:
    void rerunFailed();
    void exportResults();

Q_SIGNALS:
    // Re-run on failed hosts: the area opens a new tab for it.
    void rerunRequested(const QList<wb::SshTarget> &targets, const wb::RunSpec &spec);
    void exported(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateProgress();
    static QString summaryText(const QString &ok, const QString &failed, const QString &running, const QString &pending);
    void fixSummarySize();
    void askHostKeys();
    void showContextMenu(const QPoint &pos);
    void showSelectedGroups();

    CommandRunner *m_runner;
    RunSpec m_spec;
    RunResultsModel *m_model;
    RunGroupsModel *m_groupsModel;
    QTabWidget *m_views;
    QListView *m_groupList;
    QPlainTextEdit *m_groupOutput;
    QPushButton *m_rerun;
    QPushButton *m_export;
    QString m_what;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTableView *m_table;
    // Hosts report in by the hundred a second: the progress line, the tab and
    // its icon follow at most ten times a second.
    QTimer *m_progressTimer;
    QIcon m_runningIcon;
    QIcon m_failedIcon;
    QIcon m_doneIcon;
};

} // namespace wb
