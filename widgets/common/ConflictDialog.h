#pragma once

#include "models/common/ConflictModel.h"

#include <QDialog>

class QTableView;

namespace wb {

// Shown when a save was refused because the row was saved elsewhere while it
// was being edited: yours and theirs side by side, field by field, with what
// changed on which side. The person decides; nothing is overwritten unasked.
// Keep Mine saves all of yours over it, Take Theirs drops yours, Merge saves
// the side ticked for each field; Back to Editing (Escape) saves nothing.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Resolution { KeepEditing, KeepMine, TakeTheirs, Merge };

    // `what` names the row for the heading ("“web01”", "ticket #12").
    ConflictDialog(const QString &what, const QList<ConflictField> &fields, QWidget *parent = nullptr);

    // False when the other side changed none of the fields (only the row
    // version moved, by a work-log line say): saving yours then loses nothing,
    // so no one need be asked, and the resolution is Keep Mine from the start.
    bool isNeeded() const { return m_model.theyChangedAField(); }
    Resolution resolution() const { return m_resolution; }
    // Shows the dialog when it is needed and says what was chosen.
    Resolution ask()
    {
        if (isNeeded())
            exec();
        return m_resolution;
    }
    // For Keep Mine, every field that differs; for Merge, the ticked ones;
    // otherwise none. The rest come from what is stored now.
    QList<int> keysFromMine() const;

private:
    void finish(Resolution resolution);

    ConflictModel m_model;
    QTableView *m_table;
    Resolution m_resolution = Resolution::KeepEditing;
};

} // namespace wb
