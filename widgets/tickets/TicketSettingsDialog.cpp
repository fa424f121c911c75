#include "widgets/tickets/TicketSettingsDialog.h"

#include "widgets/common/ConflictDialog.h"

#include "core/tickets/AsyncTicketStore.h"
#include "core/tickets/TicketCategoryNames.h"
#include "models/tickets/TicketTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace wb {

TicketSettingsDialog::TicketSettingsDialog(AsyncTicketStore *tickets, QWidget *parent) : QDialog(parent), m_tickets(tickets)
{
    setObjectName(QStringLiteral("ticketSettings"));
    setWindowTitle(tr("Ticket Settings"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildMatrixPage(), tr("&Priority"));
    m_tabs->addTab(buildSlaPage(), tr("&Due dates"));
    m_tabs->addTab(buildCategoryPage(), tr("&Categories"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("saveTicketSettings"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TicketSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Nothing to change until the rules are read.
    m_tabs->setEnabled(false);
    m_ok->setEnabled(false);
    m_tickets->rules(this, [this](const TicketRules &rules, const QString &error) { showRules(rules, error); });
}

void TicketSettingsDialog::showRules(const TicketRules &rules, const QString &error)
{
    m_opened = rules;
    m_tabs->setEnabled(true);
    m_ok->setEnabled(true);
    showError(error);
    showMatrix(rules.matrix);
    const SlaPolicy &sla = rules.sla;
    for (int p = minLevel; p <= maxLevel; ++p)
        m_hours[size_t(p - 1)]->setValue(sla.hoursFor(p));
    m_business->setChecked(sla.businessHoursOnly);
    m_dayStart->setTime(sla.dayStart);
    m_dayEnd->setTime(sla.dayEnd);
    for (int d = 0; d < 7; ++d)
        m_days[size_t(d)]->setChecked(sla.workingDays[size_t(d)]);
    showCategories(rules.categories);
}

QWidget *TicketSettingsDialog::buildMatrixPage()
{
    auto *page = new QWidget(this);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Urgency</b> ↓ &nbsp; <b>Impact</b> →"), page), 0, 0);
    for (int level = minLevel; level <= maxLevel; ++level) {
        grid->addWidget(new QLabel(TicketTableModel::priorityName(level), page), 0, level, Qt::AlignCenter);
        grid->addWidget(new QLabel(TicketTableModel::priorityName(level), page), level, 0);
    }
    for (int u = minLevel; u <= maxLevel; ++u) {
        for (int i = minLevel; i <= maxLevel; ++i) {
            auto *box = new QComboBox(page);
            for (int p = minLevel; p <= maxLevel; ++p)
                box->addItem(QString::number(p), p);
            box->setToolTip(tr("Priority for urgency %1 and impact %2").arg(TicketTableModel::priorityName(u), TicketTableModel::priorityName(i)));
            box->setObjectName(QStringLiteral("priorityCell%1%2").arg(u).arg(i)); // urgency, impact
            m_cells[size_t(u - 1)][size_t(i - 1)] = box;
            grid->addWidget(box, u, i);
        }
    }
    auto *reset = new QPushButton(tr("&GLPI's Defaults"), page);
    connect(reset, &QPushButton::clicked, this, [this] { showMatrix(PriorityMatrix()); });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("A ticket's priority follows from its urgency and impact, unless it is set by hand. "
                                    "Changes apply to tickets saved from now on."),
                                 page));
    layout->addLayout(grid);
    layout->addWidget(reset, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

QWidget *TicketSettingsDialog::buildSlaPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout;
    for (int p = maxLevel; p >= minLevel; --p) {
        auto *spin = new QSpinBox(page);
        spin->setRange(1, 24 * 366);
        spin->setSuffix(tr(" h"));
        spin->setObjectName(QStringLiteral("slaHours%1").arg(p));
        m_hours[size_t(p - 1)] = spin;
        form->addRow(tr("%1 priority:").arg(TicketTableModel::priorityName(p)), spin);
    }
    m_business = new QCheckBox(tr("Count &business hours only"), page);
    m_dayStart = new QTimeEdit(page);
    m_dayEnd = new QTimeEdit(page);
    m_dayStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_dayEnd->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_dayStart);
    hours->addWidget(new QLabel(tr("to"), page));
    hours->addWidget(m_dayEnd);
    hours->addStretch(1);
    auto *days = new QHBoxLayout;
    for (int d = 0; d < 7; ++d) {
        m_days[size_t(d)] = new QCheckBox(QLocale().dayName(d + 1, QLocale::ShortFormat), page);
        days->addWidget(m_days[size_t(d)]);
    }
    days->addStretch(1);
    auto *businessForm = new QFormLayout;
    businessForm->addRow(tr("Working hours:"), hours);
    businessForm->addRow(tr("Working days:"), days);
    auto *business = new QWidget(page);
    business->setLayout(businessForm);
    connect(m_business, &QCheckBox::toggled, business, &QWidget::setEnabled);
    business->setEnabled(false);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("How long a ticket may take to resolve, by priority. The due date is set when a ticket "
                                    "is opened and when its priority changes."),
                                 page));
    layout->addLayout(form);
    layout->addWidget(m_business);
    layout->addWidget(business);
    layout->addStretch(1);
    return page;
}

QWidget *TicketSettingsDialog::buildCategoryPage()
{
    auto *page = new QWidget(this);
    m_categories = new QTreeWidget(page);
    m_categories->setObjectName(QStringLiteral("categoryTree"));
    m_categories->setHeaderHidden(true);
    auto button = [page](const QString &text) { return new QPushButton(text, page); };
    QPushButton *add = button(tr("&Add…"));
    QPushButton *addBelow = button(tr("Add &Below…"));
    QPushButton *rename = button(tr("&Rename…"));
    rename->setObjectName(QStringLiteral("renameCategory"));
    QPushButton *remove = button(tr("De&lete"));
    auto ask = [this](bool below) {
        const QString name = QInputDialog::getText(this, below ? tr("Add Subcategory") : tr("Add Category"), tr("Name:"));
        if (!name.trimmed().isEmpty())
            addCategory(name, below);
    };
    connect(add, &QPushButton::clicked, this, [ask] { ask(false); });
    connect(addBelow, &QPushButton::clicked, this, [ask] { ask(true); });
    connect(rename, &QPushButton::clicked, this, &TicketSettingsDialog::renameCategory);
    connect(remove, &QPushButton::clicked, this, &TicketSettingsDialog::deleteCategory);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {add, addBelow, rename, remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_categories, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Categories change at once. Deleting one deletes its subcategories; its tickets keep no category."), page));
    layout->addLayout(row);
    return page;
}

void TicketSettingsDialog::showMatrix(const PriorityMatrix &matrix)
{
    for (int u = minLevel; u <= maxLevel; ++u) {
        for (int i = minLevel; i <= maxLevel; ++i) {
            QComboBox *box = cell(u, i);
            box->setCurrentIndex(box->findData(matrix.priority(u, i)));
        }
    }
}

PriorityMatrix TicketSettingsDialog::matrix() const
{
    PriorityMatrix matrix;
    for (int u = minLevel; u <= maxLevel; ++u) {
        for (int i = minLevel; i <= maxLevel; ++i)
            matrix.set(u, i, cell(u, i)->currentData().toInt());
    }
    return matrix;
}

SlaPolicy TicketSettingsDialog::sla() const
{
    SlaPolicy policy;
    for (int p = minLevel; p <= maxLevel; ++p)
        policy.setHours(p, hours(p)->value());
    policy.businessHoursOnly = m_business->isChecked();
    policy.dayStart = m_dayStart->time();
    policy.dayEnd = m_dayEnd->time();
    for (int d = 0; d < 7; ++d)
        policy.workingDays[size_t(d)] = m_days[size_t(d)]->isChecked();
    return policy;
}

void TicketSettingsDialog::accept()
{
    if (!m_ok->isEnabled())
        return; // not read yet, or saving already
    storeRules(matrix(), sla());
}

void TicketSettingsDialog::storeRules(const PriorityMatrix &matrix, const SlaPolicy &sla)
{
    m_ok->setEnabled(false);
    const TicketRules mine{matrix, sla, {}};
    m_tickets->saveRulesIfUnchanged(this, m_opened, matrix, sla,
                                    [this, mine](const QString &error, const std::optional<TicketRules> &savedElsewhere) {
        m_ok->setEnabled(true);
        if (error.isEmpty()) {
            QDialog::accept();
            return;
        }
        showError(error); // the dialog stays open with what was chosen
        if (savedElsewhere)
            resolveRulesSavedElsewhere(mine, *savedElsewhere);
    });
}

namespace {
QString matrixText(const PriorityMatrix &matrix)
{
    QStringList rows;
    for (int urgency = minLevel; urgency <= maxLevel; ++urgency) {
        QStringList cells;
        for (int impact = minLevel; impact <= maxLevel; ++impact)
            cells << QString::number(matrix.priority(urgency, impact));
        rows << TicketSettingsDialog::tr("urgency %1: %2").arg(urgency).arg(cells.join(QLatin1Char(' ')));
    }
    return rows.join(QLatin1Char('\n'));
}

QString slaText(const SlaPolicy &sla)
{
    QStringList hours;
    for (int priority = minLevel; priority <= maxLevel; ++priority)
        hours << TicketSettingsDialog::tr("P%1 %2 h").arg(priority).arg(sla.hoursFor(priority));
    if (!sla.businessHoursOnly)
        return TicketSettingsDialog::tr("%1; on the clock").arg(hours.join(QStringLiteral(", ")));
    QStringList days;
    for (int day = 0; day < 7; ++day)
        if (sla.workingDays[size_t(day)])
            days << QLocale().dayName(day + 1, QLocale::ShortFormat);
    return TicketSettingsDialog::tr("%1; business hours %2–%3, %4")
        .arg(hours.join(QStringLiteral(", ")), QLocale().toString(sla.dayStart, QLocale::ShortFormat),
             QLocale().toString(sla.dayEnd, QLocale::ShortFormat), days.join(QLatin1Char(' ')));
}
} // namespace

void TicketSettingsDialog::resolveRulesSavedElsewhere(const TicketRules &mine, const TicketRules &theirs)
{
    enum Field { Matrix, ServiceLevels };
    ConflictDialog conflict(tr("The ticket policy"),
                            {{Matrix, tr("Priority matrix"), matrixText(m_opened.matrix), matrixText(mine.matrix), matrixText(theirs.matrix)},
                             {ServiceLevels, tr("Service levels"), slaText(m_opened.sla), slaText(mine.sla), slaText(theirs.sla)}},
                            this);
    switch (conflict.ask()) {
    case ConflictDialog::Resolution::KeepEditing:
        return;
    case ConflictDialog::Resolution::TakeTheirs:
        reject(); // the stored rules stay; nothing of these was saved
        return;
    case ConflictDialog::Resolution::KeepMine:
    case ConflictDialog::Resolution::Merge: {
        const QList<int> fromMine = conflict.keysFromMine();
        m_opened.matrix = theirs.matrix; // based on what is stored now
        m_opened.sla = theirs.sla;
        storeRules(fromMine.contains(Matrix) ? mine.matrix : theirs.matrix, fromMine.contains(ServiceLevels) ? mine.sla : theirs.sla);
        return;
    }
    }
}

void TicketSettingsDialog::loadCategories()
{
    m_tickets->categories(this, [this](const QList<TicketCategory> &categories, const QString &error) {
        if (!error.isEmpty())
            showError(error);
        showCategories(categories);
    });
}

void TicketSettingsDialog::showCategories(const QList<TicketCategory> &categories)
{
    m_categories->clear();
    m_storedNames.clear();
    for (const TicketCategory &category : categories)
        m_storedNames.insert(category.id, category.name);
    QList<TicketCategory> sorted = categories;
    TicketCategoryNames::sortAsShown(&sorted); // siblings in the order the user reads them
    QHash<CategoryId, QList<TicketCategory>> byParent;
    for (const TicketCategory &category : std::as_const(sorted))
        byParent[category.parentId] << category;
    // From the top down, so every child lands under its parent in its own order;
    // the depth bound keeps a (corrupt) cycle from looping.
    const std::function<void(CategoryId, QTreeWidgetItem *, int)> addChildren = [&](CategoryId parent, QTreeWidgetItem *under,
                                                                                   int depth) {
        if (depth > 32)
            return;
        for (const TicketCategory &category : byParent.value(parent)) {
            const QString name = TicketCategoryNames::shown(category);
            auto *item = under ? new QTreeWidgetItem(under, {name}) : new QTreeWidgetItem(m_categories, {name});
            item->setData(0, Qt::UserRole, category.id);
            addChildren(category.id, item, depth + 1);
        }
    };
    addChildren(0, nullptr, 0);
    m_categories->expandAll();
}

void TicketSettingsDialog::addCategory(const QString &name, bool below)
{
    TicketCategory category;
    category.name = name;
    if (below && m_categories->currentItem())
        category.parentId = m_categories->currentItem()->data(0, Qt::UserRole).toLongLong();
    m_tickets->addCategory(this, category, [this](const QString &error) { afterCategoryChange(error); });
}

void TicketSettingsDialog::afterCategoryChange(const QString &error)
{
    showError(error);
    if (error.isEmpty())
        loadCategories();
}

void TicketSettingsDialog::renameCategory()
{
    QTreeWidgetItem *item = m_categories->currentItem();
    if (!item)
        return;
    const QString name = QInputDialog::getText(this, tr("Rename Category"), tr("Name:"), QLineEdit::Normal, item->text(0));
    if (name.isEmpty() || name == item->text(0))
        return;
    renameCategoryTo(item->data(0, Qt::UserRole).toLongLong(), name);
}

void TicketSettingsDialog::renameCategoryTo(CategoryId id, const QString &name)
{
    const QString shownName = m_storedNames.value(id);
    m_tickets->renameCategory(this, id, name, [this, id, name, shownName](const QString &error) {
        afterCategoryChange(error);
        if (error.isEmpty())
            return;
        // Renamed elsewhere meanwhile: both names side by side, once the list is read again.
        m_tickets->categories(this, [this, id, name, shownName](const QList<TicketCategory> &categories, const QString &readError) {
            if (!readError.isEmpty())
                return;
            showCategories(categories);
            const auto stored = std::find_if(categories.cbegin(), categories.cend(), [id](const TicketCategory &c) { return c.id == id; });
            if (stored == categories.cend() || stored->name == shownName)
                return; // refused for another reason, already shown
            ConflictDialog conflict(tr("The category “%1”").arg(shownName), {{0, tr("Name"), shownName, name, stored->name}}, this);
            const auto resolution = conflict.ask();
            if (resolution == ConflictDialog::Resolution::KeepMine
                || (resolution == ConflictDialog::Resolution::Merge && !conflict.keysFromMine().isEmpty()))
                renameCategoryTo(id, name); // based on the name stored now
            else if (resolution != ConflictDialog::Resolution::KeepEditing)
                showError({});
        });
    }, shownName);
}

void TicketSettingsDialog::deleteCategory()
{
    QTreeWidgetItem *item = m_categories->currentItem();
    if (!item)
        return;
    if (QMessageBox::question(this, tr("Delete Category"),
                              tr("Delete “%1” and its subcategories? Tickets in them keep no category.").arg(item->text(0)),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_tickets->removeCategory(this, item->data(0, Qt::UserRole).toLongLong(),
                              [this](const QString &error) { afterCategoryChange(error); });
}

void TicketSettingsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace wb
