#pragma once

#include <QDialog>

class QLineEdit;

namespace wb {

class ClipboardGuard;

// Shows a new password once, after the host took it, with a Copy button that
// goes through the ClipboardGuard. Closing it empties the field: there is
// no second look.
class PasswordRevealDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordRevealDialog(const QString &account, const QString &host, const QString &password, ClipboardGuard *clipboard,
                         QWidget *parent = nullptr);

    void done(int result) override;

private:
    QLineEdit *m_password;
    ClipboardGuard *m_clipboard;
};

} // namespace wb
