#include "widgets/fleet/LogView.h"

#include "core/fleet/LogStream.h"
#include "models/fleet/LogModel.h"
#include "widgets/common/ErrorBar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>

namespace wb {

namespace {
QStringList hostNames(const LogStream *stream)
{
    QStringList names;
    for (const SshTarget &target : stream->targets())
        names << target.endpoint.name;
    return names;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}
} // namespace

LogView::LogView(LogStream *stream, QWidget *parent) : WorkTab(parent), m_stream(stream)
{
    setObjectName(QStringLiteral("logView"));
    m_stream->setParent(this);
    m_model = new LogModel(this);
    m_model->setObjectName(QStringLiteral("logModel"));

    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("logPriority"));
    m_priority->addItem(tr("All"), -1);
    for (int p = 0; p <= 7; ++p)
        m_priority->addItem(p == 0 ? LogPriority::displayName(0) : tr("%1 and more important").arg(LogPriority::displayName(p)), p);
    m_priority->setToolTip(tr("Lines without a priority (a file's) always pass"));
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(QStringLiteral("logUnit"));
    m_unit->setPlaceholderText(tr("any unit"));
    m_unit->setClearButtonEnabled(true);
    m_unit->setMinimumWidth(110);
    m_unit->setMaximumWidth(180);
    m_pattern = new QLineEdit(this);
    m_pattern->setObjectName(QStringLiteral("logPattern"));
    m_pattern->setPlaceholderText(tr("regular expression"));
    m_pattern->setClearButtonEnabled(true);
    m_pattern->setMinimumWidth(160);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("logFind"));
    m_find->setPlaceholderText(tr("Find (Ctrl+F, F3)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMinimumWidth(140);
    m_find->setMaximumWidth(200);
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("logPause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Hold new lines back (they are kept) and keep the view still"));
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("logExport"));
    exportButton->setToolTip(tr("Save the lines shown as text, as werkbank-cli logs prints them"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(buddyLabel(tr("P&riority:"), m_priority));
    bar->addWidget(m_priority);
    bar->addWidget(buddyLabel(tr("&Unit:"), m_unit));
    bar->addWidget(m_unit);
    bar->addWidget(buddyLabel(tr("&Matching:"), m_pattern));
    bar->addWidget(m_pattern, 1);
    bar->addSpacing(12);
    bar->addWidget(m_find);
    bar->addWidget(m_pause);
    bar->addWidget(exportButton);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("logLines"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // a ring of 100,000 rows scrolls without measuring each
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(LogModel::TimeColumn, 100);
    m_view->header()->resizeSection(LogModel::HostColumn, 90);
    m_view->header()->resizeSection(LogModel::PriorityColumn, 80);
    m_view->header()->resizeSection(LogModel::UnitColumn, 150);

    auto *copy = new QAction(tr("&Copy"), m_view);
    copy->setObjectName(QStringLiteral("logCopy"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &LogView::copySelection);
    auto *selectAll = new QAction(tr("Select &All"), m_view);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(selectAll, &QAction::triggered, m_view, &QTreeView::selectAll);
    auto *exportAction = new QAction(tr("E&xport…"), m_view);
    connect(exportAction, &QAction::triggered, this, &LogView::exportLines);
    m_view->addActions({copy, selectAll, exportAction});

    auto *findNext = new QAction(this);
    findNext->setShortcut(QKeySequence::FindNext);
    findNext->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findNext, &QAction::triggered, this, [this] { find(+1); });
    auto *findPrevious = new QAction(this);
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    findPrevious->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findPrevious, &QAction::triggered, this, [this] { find(-1); });
    addActions({findNext, findPrevious});
    connect(m_find, &QLineEdit::returnPressed, this, [this] { find(QApplication::keyboardModifiers() & Qt::ShiftModifier ? -1 : +1); });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_problems = new ErrorBar(QStringLiteral("logProblems"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_problems);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_priority, &QComboBox::currentIndexChanged, this, &LogView::applyFilter);
    connect(m_unit, &QLineEdit::textChanged, this, &LogView::applyFilter);
    connect(m_pattern, &QLineEdit::textChanged, this, &LogView::applyFilter);
    connect(m_pause, &QPushButton::toggled, this, &LogView::setPaused);
    connect(exportButton, &QPushButton::clicked, this, &LogView::exportLines);

    connect(m_stream, &LogStream::linesArrived, this, &LogView::onLines);
    const auto problem = [this](const QString &host, const QString &text) {
        m_problemLines << QStringLiteral("%1: %2").arg(LogText::visible(host), text);
        m_problems->showError(m_problemLines.join(QLatin1Char('\n')));
    };
    connect(m_stream, &LogStream::hostNotice, this, problem);
    connect(m_stream, &LogStream::hostFailed, this, problem);
    connect(m_stream, &LogStream::finished, this, [this] {
        m_ended = true;
        updateStatus();
        Q_EMIT appearanceChanged();
    });
    m_stream->start();
    updateStatus();
}

LogView::~LogView() = default;

QString LogView::tabTitle() const
{
    QStringList names = hostNames(m_stream);
    if (names.size() > 3)
        names = names.mid(0, 2) << tr("%n more", nullptr, int(names.size()) - 2);
    return tr("Logs: %1").arg(names.join(QStringLiteral(", ")));
}

QString LogView::tabToolTip() const
{
    const QString source = m_stream->query().readsJournal() ? tr("the journal") : m_stream->query().file;
    return tr("%1 of %2").arg(source, hostNames(m_stream).join(QStringLiteral(", ")));
}

QIcon LogView::tabIcon() const
{
    return QIcon(QStringLiteral(":/icons/info.svg"));
}

bool LogView::event(QEvent *event)
{
    // The inventory's Ctrl+F is window-wide; in here it means this find field.
    // Taking the shortcut override turns the key into a key press that reaches us.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Find)) {
            if (event->type() == QEvent::KeyPress) {
                m_find->setFocus(Qt::ShortcutFocusReason);
                m_find->selectAll();
            }
            event->accept();
            return true;
        }
    }
    return WorkTab::event(event);
}

void LogView::onLines(const QList<LogLine> &lines)
{
    if (m_paused) {
        // Held back, as many as the ring could show: the oldest of them go first.
        m_held += lines;
        const qsizetype over = m_held.size() - m_model->capacity();
        if (over > 0)
            m_held.remove(0, over);
        updateStatus();
        return;
    }
    showLines(lines);
}

void LogView::showLines(const QList<LogLine> &lines)
{
    // Following the end unless the user scrolled up to read.
    QScrollBar *scroll = m_view->verticalScrollBar();
    const bool atEnd = scroll->value() >= scroll->maximum();
    m_model->append(lines);
    if (atEnd)
        m_view->scrollToBottom();
    updateStatus();
}

void LogView::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    const QSignalBlocker blocker(m_pause);
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    if (!paused && !m_held.isEmpty())
        showLines(std::exchange(m_held, {}));
    updateStatus();
}

void LogView::applyFilter()
{
    LogModel::Filter filter;
    filter.priority = m_priority->currentData().toInt();
    filter.unit = m_unit->text().trimmed();
    filter.pattern = QRegularExpression(m_pattern->text(), QRegularExpression::CaseInsensitiveOption);
    const bool valid = filter.pattern.isValid();
    m_pattern->setStyleSheet(valid ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
    m_pattern->setToolTip(valid ? tr("Only lines whose message matches (a regular expression, any case)")
                                : tr("Not a regular expression: %1").arg(filter.pattern.errorString()));
    if (!valid)
        filter.pattern = m_model->filter().pattern; // keep what was shown while the expression is half typed
    m_model->setFilter(filter);
    m_view->scrollToBottom();
    updateStatus();
}

void LogView::find(int direction)
{
    const QModelIndex current = m_view->currentIndex();
    const int from = current.isValid() ? current.row() : (direction > 0 ? -1 : 0);
    const int row = m_model->find(m_find->text(), from, direction);
    if (row < 0) {
        m_find->setStyleSheet(m_find->text().isEmpty() ? QString() : QStringLiteral("QLineEdit { background: #ffebee; }"));
        return;
    }
    m_find->setStyleSheet(QString());
    const QModelIndex index = m_model->index(row, LogModel::MessageColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void LogView::copySelection()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList text;
    for (const QModelIndex &index : std::as_const(rows))
        text << m_model->lineText(index.row());
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void LogView::exportLines()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Log Lines"), tabTitle().section(QLatin1Char(':'), 0, 0) + QStringLiteral(".log"),
                                                      tr("Log files (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const int count = m_model->rowCount(); // what is written: the rows now, not when the disk is done
    exportTo(path, [this, path, count](const QString &error) {
        m_status->setText(error.isEmpty() ? tr("Exported %n line(s) to %1.", nullptr, count).arg(path)
                                          : tr("The lines could not be exported: %1").arg(error));
    });
}

void LogView::exportTo(const QString &path, std::function<void(const QString &error)> done)
{
    // The text is made here (the model lives on this thread); the disk is written on another.
    QStringList lines;
    lines.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        lines << m_model->lineText(row);
    QPointer<LogView> self(this);
    QThread *writer = QThread::create([self, path, lines = std::move(lines), done = std::move(done)] {
        QString error;
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            for (const QString &line : lines)
                file.write(line.toUtf8() + '\n');
            if (!file.commit())
                error = file.errorString();
        } else {
            error = file.errorString();
        }
        QMetaObject::invokeMethod(qApp, [self, path, error, done] {
            if (!self)
                return;
            done(error);
            Q_EMIT self->exported(path, error);
        });
    });
    connect(writer, &QThread::finished, writer, &QObject::deleteLater);
    writer->start();
}

QString LogView::statusText() const
{
    return m_status->text();
}

void LogView::updateStatus()
{
    const QLocale locale;
    QString text = tr("%1 of %2 lines shown (the newest %3 are kept)")
                       .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->lineCount()), locale.toString(m_model->capacity()));
    if (m_paused)
        text += QStringLiteral(" · ") + tr("paused: %n new line(s) held back", nullptr, int(m_held.size()));
    else if (m_ended)
        text += QStringLiteral(" · ") + tr("ended");
    else if (m_stream->query().follow)
        text += QStringLiteral(" · ") + tr("following");
    m_status->setText(text);
}

} // namespace wb
