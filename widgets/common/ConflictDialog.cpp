#include "widgets/common/ConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace wb {

ConflictDialog::ConflictDialog(const QString &what, const QList<ConflictField> &fields, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Saved Elsewhere"));
    m_model.setFields(fields);
    if (!isNeeded())
        m_resolution = Resolution::KeepMine;

    auto *heading = new QLabel(tr("%1 was saved elsewhere while you were editing it.").arg(what), this);
    heading->setObjectName(QStringLiteral("conflictHeading"));
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    const int both = m_model.bothChangedCount();
    auto *explanation = new QLabel(
        (both > 0 ? tr("%n field(s) changed on both sides.", nullptr, both) + QLatin1Char(' ') : QString())
            + tr("Tick the side to keep for each field and choose Merge, or keep all of yours or all of theirs."),
        this);
    explanation->setObjectName(QStringLiteral("conflictExplanation"));
    explanation->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setModel(&m_model);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ConflictModel::FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ConflictModel::MineColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ConflictModel::TheirsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ConflictModel::ChangeColumn, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(this);
    auto *merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("merge"));
    merge->setToolTip(tr("Save the ticked side of each field"));
    auto *keepMine = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::ActionRole);
    keepMine->setObjectName(QStringLiteral("keepMine"));
    keepMine->setToolTip(tr("Save all of yours over what was saved elsewhere"));
    auto *takeTheirs = buttons->addButton(tr("&Take Theirs"), QDialogButtonBox::ActionRole);
    takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    takeTheirs->setToolTip(tr("Drop your changes and keep what was saved elsewhere"));
    auto *keepEditing = buttons->addButton(tr("&Back to Editing"), QDialogButtonBox::RejectRole);
    keepEditing->setObjectName(QStringLiteral("keepEditing"));
    keepEditing->setToolTip(tr("Save nothing yet; what you typed stays"));
    merge->setDefault(true);
    connect(merge, &QPushButton::clicked, this, [this] { finish(Resolution::Merge); });
    connect(keepMine, &QPushButton::clicked, this, [this] { finish(Resolution::KeepMine); });
    connect(takeTheirs, &QPushButton::clicked, this, [this] { finish(Resolution::TakeTheirs); });
    connect(keepEditing, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(840, 200 + 30 * qMin(int(m_model.rowCount()), 10));
}

void ConflictDialog::finish(Resolution resolution)
{
    m_resolution = resolution;
    accept();
}

QList<int> ConflictDialog::keysFromMine() const
{
    switch (m_resolution) {
    case Resolution::KeepMine: {
        QList<int> all = m_model.keysChosen(ConflictModel::Side::Mine);
        all += m_model.keysChosen(ConflictModel::Side::Theirs);
        return all;
    }
    case Resolution::Merge:
        return m_model.keysChosen(ConflictModel::Side::Mine);
    case Resolution::KeepEditing:
    case Resolution::TakeTheirs:
        return {};
    }
    return {};
}

} // namespace wb
