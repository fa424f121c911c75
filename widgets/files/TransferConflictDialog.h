#pragma once

#include "core/files/SftpTransferJob.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace wb {

// "NAME is there already": both files' size and time side by side, and what
// to do: Overwrite, Skip, Keep Both (the copy gets a free name), Resume (when
// the one there is shorter), or Cancel the transfer. "For all" gives the
// answer to the transfer's other conflicts too. Opened with open(); the
// answer comes with answered().
class TransferConflictDialog : public QDialog
{
    Q_OBJECT
public:
    TransferConflictDialog(const TransferConflictQuestion &question, bool upload, QWidget *parent = nullptr);

Q_SIGNALS:
    // cancelTransfer: the user ended the whole transfer instead.
    void answered(wb::TransferConflict choice, bool forAll, bool cancelTransfer);

private:
    void answer(TransferConflict choice);

    QCheckBox *m_forAll;
    bool m_answered = false;
};

} // namespace wb
