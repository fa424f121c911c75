#pragma once

#include <QDialog>

namespace wb {

// Asks before a paste that would run something: the text has line breaks (each
// one an Enter) or control characters, and the program did not turn on
// bracketed paste, so a shell would run every line as it arrives. Shows the
// lines first, control characters made visible (they are left out).
class PasteConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PasteConfirmDialog(const QString &text, QWidget *parent = nullptr);

    // Asks; true to paste.
    static bool confirm(const QString &text, QWidget *parent);
};

} // namespace wb
