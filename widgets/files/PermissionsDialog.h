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
    // `mode` with what the user changed here (bits turned on and off), the
    // rest as it was: several entries each keep what nobody touched.
    quint32 changed(quint32 mode) const { return ((mode & 07777) & ~(m_initial & ~m_mode)) | (m_mode & ~m_initial); }
    void setOctal(const QString &text);

private:
    void showMode();

    quint32 m_initial;
    quint32 m_mode;
    QCheckBox *m_boxes[9];
    QLineEdit *m_octal;
    bool m_updating = false;
};

} // namespace wb
