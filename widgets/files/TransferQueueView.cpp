#include "widgets/files/TransferQueueView.h"

#include "core/files/SftpSession.h"
#include "models/files/TransferQueueModel.h"
#include "widgets/files/TransferConflictDialog.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace wb {

namespace {

// The progress column as a bar with the "12 MB of 40 MB" text on it.
class ProgressBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int value = index.data(TransferQueueModel::ProgressRole).toInt();
        if (value < 0)
            return QStyledItemDelegate::paint(painter, option, index);
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = value;
        bar.text = index.data().toString();
        bar.textVisible = !bar.text.isEmpty();
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        const QWidget *widget = option.widget;
        (widget ? widget->style() : QApplication::style())->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

// One clock for every progress report of the tab: the model is given times, it reads none.
qint64 sinceStart()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.elapsed();
}

} // namespace

TransferQueueView::TransferQueueView(QWidget *parent) : QWidget(parent), m_model(new TransferQueueModel(this))
{
    setObjectName(QStringLiteral("filesTransfers"));
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("filesQueue"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setItemDelegateForColumn(TransferQueueModel::ProgressColumn, new ProgressBarDelegate(m_view));
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(TransferQueueModel::NameColumn, 220);
    m_view->setColumnWidth(TransferQueueModel::ProgressColumn, 200);
    m_view->setColumnWidth(TransferQueueModel::SpeedColumn, 90);
    m_view->setColumnWidth(TransferQueueModel::TimeLeftColumn, 80);

    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("filesCancelTransfer"));
    m_cancel->setToolTip(tr("Stop the selected transfers (Delete); what is copied stays, a file cut off stays as NAME.wbpart"));
    m_clear = new QPushButton(tr("Clear Finished"), this);
    m_clear->setObjectName(QStringLiteral("filesClearFinished"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    auto *cancelKey = new QAction(this);
    cancelKey->setShortcut(QKeySequence::Delete);
    cancelKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(cancelKey);
    connect(cancelKey, &QAction::triggered, this, &TransferQueueView::cancelSelected);
    connect(m_cancel, &QPushButton::clicked, this, &TransferQueueView::cancelSelected);
    connect(m_clear, &QPushButton::clicked, m_model, &TransferQueueModel::removeFinished);
    connect(m_model, &TransferQueueModel::activeCountChanged, this, &TransferQueueView::activeCountChanged);
    const auto updateButtons = [this] {
        bool anyActive = false;
        for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
            anyActive = anyActive || m_model->isActive(m_model->idAt(index.row()));
        m_cancel->setEnabled(anyActive);
        m_clear->setEnabled(m_model->rowCount() > m_model->activeCount());
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateButtons);
    updateButtons();
}

void TransferQueueView::setSession(SftpSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    connect(session, &SftpSession::transferProgress, this, [this](int id, const QString &file, qint64, qint64, qint64 done, qint64 known) {
        m_model->setProgress(id, file, done, known, sinceStart());
    });
    connect(session, &SftpSession::transferItem, this, [this](int id, const TransferItem &item) { m_model->addItem(id, item); });
    connect(session, &SftpSession::transferConflict, this, &TransferQueueView::ask);
    connect(session, &SftpSession::transferFinished, this, [this](int id, bool ok) {
        if (!m_model->isActive(id))
            return;
        closeQuestion(id); // cancelled or cut off meanwhile: nothing left to answer
        m_model->finish(id, ok);
        Q_EMIT finished(id, m_model->state(id) == TransferQueueModel::State::Done, m_uploads.take(id), m_model->summary(id));
    });
}

int TransferQueueView::start(TransferRequest request, const QString &what)
{
    request.conflict = TransferConflict::Ask;
    const int id = m_session->transfer(request);
    const bool upload = request.direction == SftpFileTransfer::Direction::Upload;
    m_uploads.insert(id, upload);
    m_model->add(id, upload, what, request.destination);
    m_view->scrollTo(m_model->index(m_model->rowCount() - 1, 0));
    return id;
}

void TransferQueueView::closeQuestion(int id)
{
    if (const QPointer<QDialog> question = m_questions.take(id)) {
        disconnect(question, nullptr, this, nullptr); // its close is no answer (a cancel would say "Cancelled")
        question->reject();
    }
}

void TransferQueueView::ask(int id, const TransferConflictQuestion &question)
{
    if (!m_model->isActive(id)) { // nobody to ask: the transfer must not wait for ever
        if (m_session)
            m_session->cancel(id);
        return;
    }
    m_model->setAsking(id, true);
    auto *dialog = new TransferConflictDialog(question, m_uploads.value(id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<SftpSession> session = m_session;
    connect(dialog, &TransferConflictDialog::answered, this, [this, id, session](TransferConflict choice, bool forAll, bool cancel) {
        m_questions.remove(id);
        m_model->setAsking(id, false);
        if (!session)
            return;
        if (cancel) {
            m_model->setCancelling(id);
            session->cancel(id);
        } else {
            session->answerConflict(id, choice, forAll);
        }
    });
    m_questions.insert(id, dialog);
    dialog->open();
}

void TransferQueueView::cancelSelected()
{
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const int id = m_model->idAt(index.row());
        if (!m_model->isActive(id) || !m_session)
            continue;
        m_model->setCancelling(id);
        m_session->cancel(id);
    }
}

void TransferQueueView::cancelAll()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const int id = m_model->idAt(row);
        if (m_model->isActive(id) && m_session) {
            m_model->setCancelling(id);
            m_session->cancel(id);
        }
    }
}

void TransferQueueView::abandonAll(const QString &why)
{
    QList<int> active;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isActive(m_model->idAt(row)))
            active << m_model->idAt(row);
    }
    m_model->abandonAll(why);
    for (const int id : active) {
        closeQuestion(id);
        Q_EMIT finished(id, false, m_uploads.take(id), m_model->summary(id));
    }
}

int TransferQueueView::activeCount() const
{
    return m_model->activeCount();
}

} // namespace wb
