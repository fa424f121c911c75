#pragma once

#include "core/tickets/AsyncTicketStore.h"
#include "core/tickets/PriorityMatrix.h"
#include "core/tickets/SlaPolicy.h"

#include <QDialog>
#include <QHash>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QSpinBox;
class QTimeEdit;
class QTreeWidget;

namespace wb {

class AsyncTicketStore;

// The workspace's ticket rules: the priority matrix (urgency × impact), the
// SLA's resolution time per priority with optional business hours, and the
// category tree. Matrix and SLA are saved on OK, after a check; categories
// change at once (as inventory groups do), each with a clear refusal. Read
// and written off the GUI thread; the dialog is usable once the rules are in.
class TicketSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `tickets` must outlive the dialog.
    explicit TicketSettingsDialog(AsyncTicketStore *tickets, QWidget *parent = nullptr);

    PriorityMatrix matrix() const;
    SlaPolicy sla() const;
    QTreeWidget *categories() const { return m_categories; }

    void accept() override;
    // Adds a category below the selected one (or at the top); a refusal is shown in the dialog.
    void addCategory(const QString &name, bool below);

private:
    // The matrix cell for urgency u and impact i (1…5); the hours of a priority.
    QComboBox *cell(int urgency, int impact) const { return m_cells[size_t(urgency - 1)][size_t(impact - 1)]; }
    QSpinBox *hours(int priority) const { return m_hours[size_t(priority - 1)]; }
    QWidget *buildMatrixPage();
    QWidget *buildSlaPage();
    QWidget *buildCategoryPage();
    void showRules(const TicketRules &rules, const QString &error);
    // Stores the rules if the stored ones are still those shown when opened;
    // otherwise both side by side (ConflictDialog), and what is chosen is stored.
    void storeRules(const PriorityMatrix &matrix, const SlaPolicy &sla);
    void resolveRulesSavedElsewhere(const TicketRules &mine, const TicketRules &theirs);
    // Renames only while the stored name is the one the list showed.
    void renameCategoryTo(CategoryId id, const QString &name);
    void showMatrix(const PriorityMatrix &matrix);
    void loadCategories();
    void showCategories(const QList<TicketCategory> &categories);
    // Shows the error of a category change, or reads the categories again.
    void afterCategoryChange(const QString &error);
    void renameCategory();
    void deleteCategory();
    void showError(const QString &message);

    AsyncTicketStore *m_tickets;
    QTabWidget *m_tabs;
    QPushButton *m_ok;
    std::array<std::array<QComboBox *, 5>, 5> m_cells{};
    std::array<QSpinBox *, 5> m_hours{};
    QCheckBox *m_business;
    QTimeEdit *m_dayStart;
    QTimeEdit *m_dayEnd;
    std::array<QCheckBox *, 7> m_days{};
    QTreeWidget *m_categories;
    QLabel *m_error;
    TicketRules m_opened; // the stored rules the ones shown are based on
    QHash<CategoryId, QString> m_storedNames; // each category's name as stored when the list was read
};

} // namespace wb
