#pragma once

#include <QAbstractTableModel>

namespace wb {

// One field of a row that was saved elsewhere while it was being edited, as
// the user reads it: what it held when the editor read it (`base`), what the
// editor has now (`mine`) and what is stored now (`theirs`). `key` names the
// field to whoever merges (a HostField bit, a ticket field…).
struct ConflictField
{
    int key = 0;
    QString label;
    QString base;
    QString mine;
    QString theirs;
};

// The side-by-side view of a stale save: one row per field where yours and
// theirs differ, what changed on which side, and which side a merge takes
// (ticked in the Yours or Theirs column; a field only one side changed
// starts with that side, one both changed starts with yours). Fields equal
// on both sides are not rows: any merge keeps them.
class ConflictModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, MineColumn, TheirsColumn, ChangeColumn, ColumnCount };
    enum class Side { Mine, Theirs };
    enum class Change { Mine, Theirs, Both };

    explicit ConflictModel(QObject *parent = nullptr);

    void setFields(const QList<ConflictField> &fields);

    Change change(int row) const;
    Side choice(int row) const;
    void choose(int row, Side side);
    // Fields changed on both sides: the ones a person has to look at.
    int bothChangedCount() const;
    // Whether the other side changed anything the editor shows: a row version
    // moved by something else (a work-log line) is no conflict.
    bool theyChangedAField() const;
    // The keys of the fields a merge takes from `side`.
    QList<int> keysChosen(Side side) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ConflictField field;
        Change change;
        Side choice;
    };
    QList<Row> m_rows;
    bool m_theyChanged = false;
};

} // namespace wb
