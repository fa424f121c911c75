#include "widgets/tickets/TicketPanel.h"

#include "core/audit/AuditLog.h"
#include "core/tickets/ActiveTicket.h"
#include "core/tickets/TicketPager.h"
#include "models/tickets/TicketFilterProxy.h"
#include "models/tickets/TicketTableModel.h"
#include "widgets/common/EmptyState.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace wb {

namespace {

TicketQuery::View queryView(TicketPanel::View view)
{
    switch (view) {
    case TicketPanel::View::Mine: return TicketQuery::View::Mine;
    case TicketPanel::View::Unassigned: return TicketQuery::View::Unassigned;
    case TicketPanel::View::Overdue: return TicketQuery::View::Overdue;
    case TicketPanel::View::AllOpen: return TicketQuery::View::AllOpen;
    case TicketPanel::View::ResolvedThisWeek: return TicketQuery::View::ResolvedThisWeek;
    case TicketPanel::View::All: return TicketQuery::View::All;
    }
    return TicketQuery::View::AllOpen;
}

bool isNewTicketKey(const QKeyEvent *key)
{
    return key->key() == Qt::Key_N && key->modifiers() == Qt::ControlModifier;
}

} // namespace

TicketPanel::TicketPanel(TicketPager *pager, ActiveTicket *activeTicket, QWidget *parent)
    : QWidget(parent), m_me(AuditLog::currentOperator()), m_activeTicket(activeTicket)
{
    setObjectName(QStringLiteral("ticketPanel"));
    m_model = new TicketTableModel(this);
    m_model->setObjectName(QStringLiteral("ticketModel"));
    m_proxy = new TicketFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_views = new QComboBox(this);
    m_views->setObjectName(QStringLiteral("ticketViews"));
    m_views->addItem(tr("My open tickets"), int(View::Mine));
    m_views->addItem(tr("Unassigned"), int(View::Unassigned));
    m_views->addItem(tr("Overdue"), int(View::Overdue));
    m_views->addItem(tr("All open"), int(View::AllOpen));
    m_views->addItem(tr("Resolved this week"), int(View::ResolvedThisWeek));
    m_views->addItem(tr("All tickets"), int(View::All));
    m_views->setCurrentIndex(int(View::AllOpen));
    m_views->setToolTip(tr("Which tickets to list"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("ticketSearch"));
    m_search->setPlaceholderText(tr("Search tickets"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Words in the title, description, work log or solution; end a word with * for a prefix"));
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // typing a word is one search, not one per letter
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &TicketPanel::applyQuery);
    connect(m_views, &QComboBox::currentIndexChanged, this, &TicketPanel::applyQuery);

    m_newTicket = new QAction(QIcon(QStringLiteral(":/icons/ticket.svg")), tr("&New Ticket…"), this);
    m_newTicket->setObjectName(QStringLiteral("newTicket"));
    m_newTicket->setToolTip(tr("Register a new ticket (Ctrl+N in this pane)"));
    connect(m_newTicket, &QAction::triggered, this, &TicketPanel::newTicketRequested);
    auto *newButton = new QToolButton(this);
    newButton->setDefaultAction(m_newTicket);
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    newButton->setText(tr("New"));

    auto toggle = [this](const QString &text, const QString &tip, const char *name) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setCheckable(true);
        button->setObjectName(QLatin1String(name));
        return button;
    };
    m_highOnly = toggle(tr("High"), tr("Only high and very high priority, among the tickets loaded"), "ticketsHighOnly");
    m_overdueOnly = toggle(tr("Overdue"), tr("Only tickets past their due date, among the tickets loaded"), "ticketsOverdueOnly");
    connect(m_highOnly, &QToolButton::toggled, this, [this](bool on) {
        m_proxy->setHighPriorityOnly(on);
        fillFilteredView();
        updateState();
    });
    connect(m_overdueOnly, &QToolButton::toggled, this, [this](bool on) {
        m_proxy->setOverdueOnly(on);
        fillFilteredView();
        updateState();
    });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("ticketTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(TicketTableModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    QFont bold = m_table->font();
    bold.setBold(true); // urgent rows are bold: their priority must still fit
    const QFontMetrics boldMetrics(bold);
    m_table->setColumnWidth(TicketTableModel::IdColumn, metrics.horizontalAdvance(QStringLiteral("#00000")) + 10);
    m_table->setColumnWidth(TicketTableModel::PriorityColumn, boldMetrics.horizontalAdvance(TicketTableModel::priorityName(5)) + 36);
    m_table->setColumnWidth(TicketTableModel::DueColumn, metrics.horizontalAdvance(QStringLiteral("00/00/00 00:00 AM")) + 12);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    // A narrow dock: number, priority and title (overdue ones red, with the due date in
    // the title's tooltip); the rest on request (header menu).
    for (int column : {int(TicketTableModel::DueColumn), int(TicketTableModel::StatusColumn), int(TicketTableModel::RequesterColumn),
                       int(TicketTableModel::AssigneeColumn), int(TicketTableModel::HostsColumn)})
        m_table->setColumnHidden(column, true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        // The orders the store keeps an index for, whichever columns are shown.
        const QList<std::pair<QString, int>> orders = {{tr("Sort by &Priority"), int(TicketTableModel::PriorityColumn)},
                                                       {tr("Sort by &Due Date"), int(TicketTableModel::DueColumn)},
                                                       {tr("Sort by &Newest"), int(TicketTableModel::IdColumn)}};
        for (const auto &[text, column] : orders) {
            QAction *sort = menu.addAction(text);
            connect(sort, &QAction::triggered, this, [this, column = column] { sortBy(column); });
        }
        menu.addSeparator();
        for (int column = 0; column < TicketTableModel::ColumnCount; ++column) {
            if (column == TicketTableModel::TitleColumn)
                continue;
            QAction *show = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            show->setCheckable(true);
            show->setChecked(!m_table->isColumnHidden(column));
            connect(show, &QAction::toggled, this, [this, column](bool on) { m_table->setColumnHidden(column, !on); });
        }
        menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &TicketPanel::sortBy);
    m_table->horizontalHeader()->setSortIndicator(TicketTableModel::PriorityColumn, Qt::DescendingOrder);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &TicketPanel::showContextMenu);
    connect(m_table, &QAbstractItemView::activated, this, &TicketPanel::openCurrent);

    m_open = new QAction(tr("&Open"), this);
    connect(m_open, &QAction::triggered, this, &TicketPanel::openCurrent);
    m_makeActive = new QAction(tr("Log My &Work to This Ticket"), this);
    m_makeActive->setObjectName(QStringLiteral("makeTicketActive"));
    connect(m_makeActive, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            Q_EMIT activeTicketRequested(current.data(TicketTableModel::TicketIdRole).toLongLong());
    });

    m_empty = new EmptyState(QStringLiteral(":/icons/ticket.svg"), tr("No tickets here"),
                             tr("Nothing in this view. Register a ticket with <b>New</b> (Ctrl+N in this pane), "
                                "or pick another view."),
                             this);
    m_empty->setObjectName(QStringLiteral("ticketsEmptyState"));
    m_empty->addAction(m_newTicket);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("ticketCount"));
    m_activeBar = new QWidget(this);
    m_activeBar->setObjectName(QStringLiteral("activeTicketBar"));
    m_activeLabel = new QLabel(m_activeBar);
    m_activeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long title is cut, not the bar widened
    auto *stop = new QToolButton(m_activeBar);
    stop->setText(tr("Stop"));
    stop->setToolTip(tr("Stop logging work to this ticket"));
    connect(stop, &QToolButton::clicked, this, [this] { Q_EMIT activeTicketRequested(0); });
    auto *activeLayout = new QHBoxLayout(m_activeBar);
    activeLayout->setContentsMargins(4, 2, 4, 2);
    activeLayout->addWidget(m_activeLabel, 1);
    activeLayout->addWidget(stop);
    m_activeBar->setStyleSheet(QStringLiteral("#activeTicketBar { background: palette(highlight); }"
                                              "#activeTicketBar QLabel { color: palette(highlighted-text); }"));
    m_activeBar->hide();
    connect(m_activeTicket, &ActiveTicket::changed, this, &TicketPanel::showActiveTicket);
    showActiveTicket(m_activeTicket->id(), m_activeTicket->title());

    auto *top = new QHBoxLayout;
    top->addWidget(m_views, 1);
    top->addWidget(newButton);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_highOnly);
    filters->addWidget(m_overdueOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_activeBar);

    for (QWidget *child : {static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_search), static_cast<QWidget *>(m_views)})
        child->installEventFilter(this);
    connect(m_model, &TicketTableModel::pageLoaded, this, &TicketPanel::updateState);
    connect(m_model, &TicketTableModel::pageLoaded, this, &TicketPanel::fillFilteredView);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TicketPanel::updateState);
    connect(m_model, &TicketTableModel::loadFailed, this, [this](const QString &error) {
        m_count->setText(tr("The tickets could not be read: %1").arg(error));
    });
    restoreState(); // before the pager is set: the restored view is the first one read
    updateState();

    m_pager = pager;
    connect(m_pager, &TicketPager::countReady, this, [this](int serial, int count, const QString &) {
        if (serial == m_countSerial)
            m_count->setText(tr("%Ln ticket(s)", nullptr, count));
    });
    connect(m_pager, &TicketPager::openTicketsReady, this, [this](int, const QHash<qint64, int> &perHost) {
        Q_EMIT openTicketsPerHostChanged(perHost);
    });
    m_model->setQuery(currentQuery()); // without a pager yet: nothing is read
    m_model->setPager(m_pager);        // the first page, asked for first
    m_countSerial = m_pager->requestCount(m_model->query());
    m_count->setText(tr("Counting…"));
    m_pager->requestOpenTicketsPerHost();
}

TicketPanel::~TicketPanel()
{
    saveState();
    m_model->setPager(nullptr);
}

void TicketPanel::setHostNames(std::function<QString(qint64)> names)
{
    m_model->setHostNames(std::move(names));
}

void TicketPanel::setMe(const QString &me)
{
    m_me = me;
    applyQuery();
}

void TicketPanel::setView(View view)
{
    m_views->setCurrentIndex(m_views->findData(int(view)));
}

TicketPanel::View TicketPanel::view() const
{
    return View(m_views->currentData().toInt());
}

void TicketPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchDelay->stop();
    applyQuery();
}

void TicketPanel::reload()
{
    applyQuery();
    // Only a saved ticket changes these; a new view or search does not.
    if (m_pager)
        m_pager->requestOpenTicketsPerHost();
}

void TicketPanel::applyQuery()
{
    if (!m_pager)
        return;
    const TicketQuery query = currentQuery();
    m_model->setQuery(query);
    m_countSerial = m_pager->requestCount(query);
    m_count->setText(tr("Counting…"));
}

TicketQuery TicketPanel::currentQuery() const
{
    TicketQuery query = m_model->query();
    query.view = queryView(view());
    query.me = m_me;
    const QString text = m_search->text().trimmed();
    if (text != query.text) // a search lists newest first, which the index answers at once
        query.order = text.isEmpty() ? TicketQuery::Order::PriorityThenDue : TicketQuery::Order::Newest;
    query.text = text;
    return query;
}

void TicketPanel::updateState()
{
    const bool nothing = m_proxy->rowCount() == 0 && !m_model->isLoading() && m_model->isComplete();
    m_pages->setCurrentWidget(nothing ? static_cast<QWidget *>(m_empty) : m_table);
    if (nothing && !m_search->text().trimmed().isEmpty())
        m_empty->setText(tr("No ticket in this view has all of the words “%1”.").arg(m_search->text().trimmed().toHtmlEscaped()));
    else if (nothing)
        m_empty->setText(tr("Nothing in this view. Register a ticket with <b>New</b> (Ctrl+N in this pane), "
                            "or pick another view."));
}

void TicketPanel::sortBy(int column)
{
    m_proxy->sort(column); // the store's order for the whole view; only some columns are orders
    const TicketQuery::Order order = m_model->query().order;
    const int shown = order == TicketQuery::Order::Due ? int(TicketTableModel::DueColumn)
                      : order == TicketQuery::Order::Newest ? int(TicketTableModel::IdColumn)
                                                            : int(TicketTableModel::PriorityColumn);
    m_table->horizontalHeader()->setSortIndicator(shown, order == TicketQuery::Order::Due ? Qt::AscendingOrder : Qt::DescendingOrder);
}

void TicketPanel::fillFilteredView()
{
    // A page the toggles filter out whole adds no row, so the view would not
    // scroll on to ask for the next: ask here until a screenful shows.
    const bool filtered = m_proxy->highPriorityOnly() || m_proxy->overdueOnly();
    if (filtered && m_proxy->rowCount() < 60 && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void TicketPanel::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        Q_EMIT openTicketRequested(current.data(TicketTableModel::TicketIdRole).toLongLong());
}

void TicketPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    QMenu menu(this);
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        menu.addAction(m_open);
        m_makeActive->setEnabled(index.data(TicketTableModel::StatusRole).toInt() < int(TicketStatus::Resolved));
        menu.addAction(m_makeActive);
        menu.addSeparator();
    }
    menu.addAction(m_newTicket);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void TicketPanel::showActiveTicket(TicketId id, const QString &title)
{
    m_activeBar->setVisible(id != 0);
    m_activeLabel->setText(tr("Logging work to <b>#%1</b> %2").arg(id).arg(title.toHtmlEscaped()));
    m_activeLabel->setToolTip(title);
}

bool TicketPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+N is Add Host elsewhere in the window; in this pane it is New Ticket.
    if (event->type() == QEvent::ShortcutOverride && isNewTicketKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    if (event->type() == QEvent::KeyPress && isNewTicketKey(static_cast<QKeyEvent *>(event))) {
        m_newTicket->trigger();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TicketPanel::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("tickets/view"), int(view()));
    // Plain numbers: a QList<int> would be stored under a type name that the
    // next start cannot read back before something registers that type.
    QStringList hidden;
    for (int column = 0; column < TicketTableModel::ColumnCount; ++column) {
        if (m_table->isColumnHidden(column))
            hidden << QString::number(column);
    }
    settings.setValue(QStringLiteral("tickets/hiddenColumns"), hidden);
}

void TicketPanel::restoreState()
{
    // What earlier versions stored: its type must be known before the first
    // read of the section, which converts every value in it at once.
    qRegisterMetaType<QList<int>>();
    QSettings settings;
    const QVariant stored = settings.value(QStringLiteral("tickets/view"));
    if (stored.isValid())
        setView(View(std::clamp(stored.toInt(), int(View::Mine), int(View::All))));
    if (settings.contains(QStringLiteral("tickets/hiddenColumns"))) {
        const QVariant value = settings.value(QStringLiteral("tickets/hiddenColumns"));
        QList<int> hidden;
        if (value.metaType() == QMetaType::fromType<QList<int>>()) {
            hidden = value.value<QList<int>>();
        } else {
            for (const QString &column : value.toStringList())
                hidden << column.toInt();
        }
        for (int column = 0; column < TicketTableModel::ColumnCount; ++column)
            m_table->setColumnHidden(column, column != TicketTableModel::TitleColumn && hidden.contains(column));
    }
}

} // namespace wb
