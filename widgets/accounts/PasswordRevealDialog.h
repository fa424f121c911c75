#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace wb {

class ClipboardGuard;

// Shows a new password once, after the host took it (or may have: the
// connection ended after it was sent), with a Copy button that goes through
// the ClipboardGuard. Closing it empties the field: there is no second look.
class PasswordRevealDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordRevealDialog(const QString &account, const QString &host, const QString &password, ClipboardGuard *clipboard,
                         QWidget *parent = nullptr);

    // The host may or may not have taken it: the heading says so.
    void setOutcomeUnknown();
    void done(int result) override;

private:
    QLabel *m_heading;
    QLineEdit *m_password;
    ClipboardGuard *m_clipboard;
    QString m_account;
    QString m_host;
};

} // namespace wb
