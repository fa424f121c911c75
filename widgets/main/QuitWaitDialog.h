#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace wb {

class PendingWork;

// Shown while the window would close but account actions or keychain writes
// are still under way: "Waiting for 2 actions…", counting down as they end.
// Not modal, so the rest of the window keeps answering (a sudo question of an
// action included). Accepted once nothing is pending; "Quit Anyway" ends it
// with QuitAnyway; Esc (rejected) means not quitting after all.
class QuitWaitDialog : public QDialog
{
    Q_OBJECT
public:
    enum { QuitAnyway = 2 };

    QuitWaitDialog(PendingWork *pending, QWidget *parent = nullptr);

private:
    void update(int count);

    QLabel *m_text;
    QPushButton *m_quitAnyway;
};

} // namespace wb
