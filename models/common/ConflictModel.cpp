#include "models/common/ConflictModel.h"

#include <QColor>
#include <QFont>

namespace wb {

namespace {
// A cell is one line; the tooltip has all of it.
QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QStringLiteral(" \u23ce "));
    return line;
}
} // namespace

ConflictModel::ConflictModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConflictModel::setFields(const QList<ConflictField> &fields)
{
    beginResetModel();
    m_rows.clear();
    m_theyChanged = false;
    for (const ConflictField &field : fields) {
        m_theyChanged = m_theyChanged || field.theirs != field.base;
        if (field.mine == field.theirs)
            continue;
        const bool mineChanged = field.mine != field.base;
        const bool theirsChanged = field.theirs != field.base;
        const Change change = mineChanged && theirsChanged ? Change::Both : mineChanged ? Change::Mine : Change::Theirs;
        m_rows.append({field, change, change == Change::Theirs ? Side::Theirs : Side::Mine});
    }
    endResetModel();
}

ConflictModel::Change ConflictModel::change(int row) const
{
    return m_rows.at(row).change;
}

ConflictModel::Side ConflictModel::choice(int row) const
{
    return m_rows.at(row).choice;
}

void ConflictModel::choose(int row, Side side)
{
    if (m_rows.at(row).choice == side)
        return;
    m_rows[row].choice = side;
    Q_EMIT dataChanged(index(row, MineColumn), index(row, TheirsColumn), {Qt::CheckStateRole});
}

int ConflictModel::bothChangedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.change == Change::Both; }));
}

bool ConflictModel::theyChangedAField() const
{
    return m_theyChanged;
}

QList<int> ConflictModel::keysChosen(Side side) const
{
    QList<int> keys;
    for (const Row &row : m_rows)
        if (row.choice == side)
            keys.append(row.field.key);
    return keys;
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const bool sideColumn = column == MineColumn || column == TheirsColumn;
    const Side side = column == MineColumn ? Side::Mine : Side::Theirs;
    const QString &text = column == MineColumn ? row.field.mine : row.field.theirs;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case FieldColumn: return row.field.label;
        case MineColumn:
        case TheirsColumn: return text.isEmpty() ? tr("(empty)") : oneLine(text);
        case ChangeColumn:
            switch (row.change) {
            case Change::Mine: return tr("You changed it");
            case Change::Theirs: return tr("Changed elsewhere");
            case Change::Both: return tr("Changed on both sides");
            }
        }
        return {};
    case Qt::ToolTipRole:
        if (sideColumn)
            return tr("%1\n\nWhen you opened it: %2").arg(text, row.field.base.isEmpty() ? tr("(empty)") : row.field.base);
        return {};
    case Qt::CheckStateRole:
        if (sideColumn)
            return row.choice == side ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::FontRole:
        // What changed since it was read stands out.
        if ((column == MineColumn && row.change != Change::Theirs) || (column == TheirsColumn && row.change != Change::Mine)
            || (column == ChangeColumn && row.change == Change::Both)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        // The rows a person has to decide stand out from those a merge settles by itself.
        if (row.change == Change::Both)
            return QColor(255, 243, 205);
        return {};
    case Qt::ForegroundRole:
        if (row.change == Change::Both)  // readable on that background in a dark theme too
            return QColor(40, 30, 0);
        return {};
    default:
        return {};
    }
}

bool ConflictModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (index.column() != MineColumn && index.column() != TheirsColumn))
        return false;
    // The two sides work as a pair of radio buttons: ticking one unticks the other.
    const bool ticked = value.value<Qt::CheckState>() == Qt::Checked;
    const bool mineColumn = index.column() == MineColumn;
    choose(index.row(), ticked == mineColumn ? Side::Mine : Side::Theirs);
    return true;
}

Qt::ItemFlags ConflictModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == MineColumn || index.column() == TheirsColumn))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn: return tr("Field");
    case MineColumn: return tr("Yours");
    case TheirsColumn: return tr("Saved elsewhere");
    case ChangeColumn: return tr("What changed");
    }
    return {};
}

} // namespace wb
