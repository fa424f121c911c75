#pragma once

#include <QDialog>
#include <QList>

class QTableWidget;

namespace wb {

class ClipboardGuard;

// The new passwords of a bulk reset, shown once: login and password per
// account (marked where the directory may or may not have taken it), each
// row copyable, and Copy All as "login<TAB>password" lines, all through the
// ClipboardGuard. Closing empties the table: there is no second look.
class PasswordListDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry {
        QString login;
        QString password;
        bool outcomeUnknown = false;
    };
    PasswordListDialog(const QString &place, const QList<Entry> &entries, ClipboardGuard *clipboard, QWidget *parent = nullptr);
    void done(int result) override;

private:
    QTableWidget *m_table;
    ClipboardGuard *m_clipboard;
};

} // namespace wb
