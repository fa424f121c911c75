#include "RunView.h"

#include "RunHostKeysDialog.h"
#include "RunResultsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace wb {

RunView::RunView(QList<RunTarget> targets, RunSpec spec, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("runView"));
    m_what = spec.script.isEmpty() ? spec.command : tr("script (%Ln line(s))", nullptr, int(spec.script.count('\n')));
    m_runner = new CommandRunner(std::move(targets), std::move(spec), this);
    m_model = new RunResultsModel(m_runner, this);

    auto *heading = new QLabel(tr("<b>%1</b> on %Ln host(s)", nullptr, m_runner->size()).arg(m_what.toHtmlEscaped()), this);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, std::max(1, m_runner->size()));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_cancel = new QPushButton(tr("Cancel &All"), this);
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

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_summary);
    bar->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_runner, &CommandRunner::hostChanged, this, &RunView::updateProgress);
    connect(m_runner, &CommandRunner::finished, this, &RunView::updateProgress);
    connect(m_runner, &CommandRunner::hostKeysPending, this, &RunView::askHostKeys);
    updateProgress();
}

RunView::~RunView() = default;

void RunView::start()
{
    m_runner->start();
    updateProgress();
}

QString RunView::title() const
{
    const QString what = m_what.size() > 24 ? m_what.left(23) + QChar(0x2026) : m_what;
    return isRunning() ? tr("Run: %1").arg(what) : tr("Run: %1 (done)").arg(what);
}

void RunView::updateProgress()
{
    const CommandRunner::Counts counts = m_runner->counts();
    m_progress->setValue(counts.ok + counts.failed);
    m_summary->setText(tr("%1 ok · %2 failed · %3 running · %4 pending")
                           .arg(counts.ok).arg(counts.failed).arg(counts.running).arg(counts.pending));
    m_cancel->setEnabled(isRunning());
    emit appearanceChanged();
}

void RunView::askHostKeys()
{
    if (m_runner->pendingHostKeys().isEmpty() || findChild<RunHostKeysDialog *>())
        return;
    auto *dialog = new RunHostKeysDialog(m_runner->pendingHostKeys(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        QList<int> accepted;
        const QList<int> &hosts = m_runner->pendingHostKeyHosts();
        for (int question : dialog->acceptedQuestions()) {
            if (question < hosts.size())
                accepted << hosts.at(question);
        }
        m_runner->answerHostKeys(accepted, dialog->save());
    });
    dialog->open();
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
