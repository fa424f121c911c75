#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace wb {

// A file's mode as ls shows it, as nine boxes (read, write, run for owner,
// group and others) and as the octal number chmod takes; either edits the
// other. Special bits (setuid, setgid, sticky) are kept as they were.
class PermissionsDialog : public QDialog
{
    Q_OBJECT
public:
    // `what`: the name(s) it is for; `mode`: the current mode (with its type bits).
    PermissionsDialog(const QString &what, quint32 mode, QWidget *parent = nullptr);
    // The new mode's permission bits (07777).
    quint32 mode() const { return m_mode; }
    void setOctal(const QString &text);

private:
    void showMode();

    quint32 m_mode;
    QCheckBox *m_boxes[9];
    QLineEdit *m_octal;
    bool m_updating = false;
};

} // namespace wb
