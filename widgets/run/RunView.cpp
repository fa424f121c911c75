#include "core/ssh/RunReport.h"
#include "widgets/run/RunView.h"

#include "core/text/LineDiff.h"
#include "core/text/NameRanges.h"
#include "models/run/RunGroupsModel.h"
#include "models/run/RunResultsModel.h"
#include "widgets/run/RunHostKeysDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QJsonObject>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>

#include <QApplication>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace wb {

RunView::RunView(CommandRunner *runner, QWidget *parent)
    : WorkTab(parent), m_runner(runner), m_runningIcon(QStringLiteral(":/icons/state-connecting.svg")),
      m_failedIcon(QStringLiteral(":/icons/error.svg")), m_doneIcon(QStringLiteral(":/icons/state-connected.svg"))
{
    setObjectName(QStringLiteral("runView"));
    m_runner->setParent(this);
    m_spec = m_runner->spec();
    m_what = !m_spec.title.isEmpty() ? m_spec.title
             : m_spec.script.isEmpty() ? m_spec.command
                                       : tr("script (%Ln line(s))", nullptr, int(m_spec.script.count('\n')));
    m_model = new RunResultsModel(m_runner, this);
    m_groupsModel = new RunGroupsModel(m_runner, this);

    auto *heading = new QLabel(tr("<b>%1</b> on %Ln host(s)", nullptr, m_runner->size()).arg(m_what.toHtmlEscaped()), this);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, std::max(1, m_runner->size()));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    fixSummarySize();
    m_cancel = new QPushButton(tr("&Cancel All"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    connect(m_cancel, &QPushButton::clicked, m_runner, &CommandRunner::cancelAll);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("runTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(RunResultsModel::HostColumn, 220);
    m_table->setWordWrap(false);
    connect(m_table, &QWidget::customContextMenuRequested, this, &RunView::showContextMenu);

    // Grouped: hosts with the same result are one entry; its full output below.
    m_groupList = new QListView(this);
    m_groupList->setObjectName(QStringLiteral("runGroups"));
    m_groupList->setModel(m_groupsModel);
    m_groupOutput = new QPlainTextEdit(this);
    m_groupOutput->setObjectName(QStringLiteral("runGroupOutput"));
    m_groupOutput->setReadOnly(true);
    m_groupOutput->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // One group: its hosts and output. Two groups (Ctrl+click): how their outputs differ.
    m_groupList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_groupList->setToolTip(tr("Select two groups (Ctrl+click) to see how their outputs differ"));
    connect(m_groupList->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunView::showSelectedGroups);
    connect(m_groupsModel, &QAbstractItemModel::modelReset, this, [this] {
        if (m_groupsModel->rowCount() > 0)
            m_groupList->setCurrentIndex(m_groupsModel->index(0));
    });
    auto *grouped = new QSplitter(Qt::Vertical, this);
    grouped->addWidget(m_groupList);
    grouped->addWidget(m_groupOutput);
    grouped->setStretchFactor(1, 2);
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("runViews"));
    m_views->addTab(m_table, tr("H&osts"));
    m_views->addTab(grouped, tr("&Grouped"));
    m_groupsModel->setFollowed(false);  // the Hosts tab shows first
    connect(m_views, &QTabWidget::currentChanged, this,
            [this, grouped] { m_groupsModel->setFollowed(m_views->currentWidget() == grouped); });

    m_rerun = new QPushButton(tr("&Re-run Failed"), this);
    m_rerun->setObjectName(QStringLiteral("rerunFailed"));
    connect(m_rerun, &QPushButton::clicked, this, &RunView::rerunFailed);
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportRun"));
    connect(m_export, &QPushButton::clicked, this, &RunView::exportResults);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_summary);
    bar->addWidget(m_cancel);
    bar->addWidget(m_rerun);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(bar);
    layout->addWidget(m_views, 1);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &RunView::updateProgress);
    connect(m_runner, &CommandRunner::hostChanged, this, [this] {
        if (!m_progressTimer->isActive())
            m_progressTimer->start();
    });
    connect(m_runner, &CommandRunner::finished, this, [this] {
        m_progressTimer->stop();
        updateProgress();
    });
    connect(m_runner, &CommandRunner::hostKeysPending, this, &RunView::askHostKeys);
    updateProgress();
}

RunView::~RunView() = default;

void RunView::start()
{
    m_runner->start();
    updateProgress();
}

QString RunView::tabTitle() const
{
    const QString what = m_what.size() > 24 ? m_what.left(23) + QChar(0x2026) : m_what;
    return isRunning() ? tr("Run: %1").arg(what) : tr("Run: %1 (done)").arg(what);
}

QIcon RunView::tabIcon() const
{
    // The same objects each time: the tab bar sees nothing changed (and an SVG is read once).
    return isRunning() ? m_runningIcon : m_runner->counts().failed > 0 ? m_failedIcon : m_doneIcon;
}

WorkTab::Closing RunView::confirmClose()
{
    if (!isRunning())
        return Closing::Now;
    const auto answer = QMessageBox::question(this, tr("Close run"), tr("The run is still going. Cancel it and close?"),
                                              QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Close ? Closing::Now : Closing::Keep;
}

void RunView::updateProgress()
{
    const CommandRunner::Counts counts = m_runner->counts();
    m_progress->setValue(counts.ok + counts.failed);
    m_summary->setText(summaryText(QString::number(counts.ok), QString::number(counts.failed),
                                   QString::number(counts.running), QString::number(counts.pending)));
    m_cancel->setEnabled(isRunning());
    m_rerun->setEnabled(!isRunning() && counts.failed > 0);
    m_export->setEnabled(!isRunning());
    Q_EMIT appearanceChanged();
}

QString RunView::summaryText(const QString &ok, const QString &failed, const QString &running, const QString &pending)
{
    return tr("%1 ok · %2 failed · %3 running · %4 pending").arg(ok, failed, running, pending);
}

// The counts change many times a second. A label whose size follows its text
// has every layout above it run again, and the session tabs then repaint
// whole, each time (QTabWidget does on a layout request): most of what the
// GUI thread drew during a run (bench_gui_stall run). Sized once for the
// widest counts this run can reach, the label asks nothing of its parents.
void RunView::fixSummarySize()
{
    const QFontMetrics metrics(m_summary->font());
    QChar widest(u'0');
    for (char16_t digit = u'1'; digit <= u'9'; ++digit) {
        if (metrics.horizontalAdvance(QChar(digit)) > metrics.horizontalAdvance(widest))
            widest = QChar(digit);
    }
    const QString most(QString::number(m_runner->size()).size(), widest);
    m_summary->setText(summaryText(most, most, most, most));
    m_summary->setFixedSize(m_summary->sizeHint());
}

void RunView::changeEvent(QEvent *event)
{
    WorkTab::changeEvent(event);
    if (m_summary && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)) {
        fixSummarySize();
        updateProgress();
    }
}

void RunView::askHostKeys()
{
    if (m_runner->pendingHostKeys().isEmpty() || findChild<RunHostKeysDialog *>())
        return;
    auto *dialog = new RunHostKeysDialog(m_runner->pendingHostKeys(), m_runner->pendingHostKeyHosts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_runner, &CommandRunner::hostKeyWithdrawn, dialog, &RunHostKeysDialog::markDropped);
    connect(dialog, &QDialog::finished, this, [this, dialog] { m_runner->answerHostKeys(dialog->answers(), dialog->save()); });
    dialog->open();
}

void RunView::showSelectedGroups()
{
    QModelIndexList selected = m_groupList->selectionModel()->selectedIndexes();
    std::sort(selected.begin(), selected.end());
    auto describe = [](const QModelIndex &index) {
        const QStringList hosts = index.data(RunGroupsModel::HostsRole).toStringList();
        return tr("%Ln host(s): %1", nullptr, int(hosts.size())).arg(foldNames(hosts));
    };
    if (selected.size() == 2) {
        const QString a = selected.at(0).data(RunGroupsModel::OutputRole).toString();
        const QString b = selected.at(1).data(RunGroupsModel::OutputRole).toString();
        m_groupOutput->setPlainText(QStringLiteral("- %1\n+ %2\n\n").arg(describe(selected.at(0)), describe(selected.at(1)))
                                    + formatDiff(lineDiff(a.split(QLatin1Char('\n')), b.split(QLatin1Char('\n')))));
    } else if (selected.size() == 1) {
        m_groupOutput->setPlainText(describe(selected.first()) + QStringLiteral("\n\n")
                                    + selected.first().data(RunGroupsModel::OutputRole).toString());
    } else {
        m_groupOutput->clear();
    }
}

void RunView::rerunFailed()
{
    QList<SshTarget> failed;
    for (int i = 0; i < m_runner->size(); ++i) {
        if (!m_runner->result(i).succeeded())
            failed << m_runner->target(i);
    }
    if (!failed.isEmpty())
        Q_EMIT rerunRequested(failed, m_spec);
}

void RunView::exportResults()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export results"), QString(),
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    if (!file.isEmpty())
        exportTo(file);
}

void RunView::exportTo(const QString &file)
{
    // The CLI's keys and values (RunReport), never translated; written off the GUI thread.
    const QList<QJsonObject> hosts = RunReport::hostObjects(*m_runner);
    const bool json = file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    QPointer<RunView> self(this);
    QThreadPool::globalInstance()->start([hosts, file, json, self] {
        const QByteArray bytes = json ? RunReport::jsonArray(hosts) : RunReport::csv(hosts);
        QSaveFile out(file);
        const bool ok = out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit();
        const QString message = ok ? RunView::tr("Exported %Ln host(s) to %1.", nullptr, int(hosts.size())).arg(file)
                                   : RunView::tr("Could not write %1: %2").arg(file, out.errorString());
        QMetaObject::invokeMethod(qApp, [self, ok, message] {
            if (self)
                Q_EMIT self->exported(ok, message);
        });
    });
}

void RunView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    const int row = index.row();
    const HostRun::State state = m_runner->result(row).state;
    QAction *cancel = menu.addAction(tr("&Cancel This Host"), this, [this, row] { m_runner->cancel(row); });
    cancel->setEnabled(state == HostRun::State::Pending || state == HostRun::State::Connecting
                       || state == HostRun::State::Running);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace wb
