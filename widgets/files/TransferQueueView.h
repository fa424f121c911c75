#pragma once

#include "core/files/SftpTransferJob.h"

#include <QPointer>
#include <QWidget>

class QDialog;
class QPushButton;
class QTreeView;

namespace wb {

class SftpSession;
class TransferQueueModel;

// The file tab's transfer queue: each transfer with its progress bar, speed,
// time left and result; Cancel (Delete) for the selected ones, Clear
// Finished. A transfer that meets a file that is there asks the user
// (TransferConflictDialog), once per transfer when the answer is "for all".
class TransferQueueView : public QWidget
{
    Q_OBJECT
public:
    explicit TransferQueueView(QWidget *parent = nullptr);

    // The session the transfers go to (a new one on reconnect).
    void setSession(SftpSession *session);
    // Queues the request (its conflict is Ask) and returns its id.
    int start(TransferRequest request, const QString &what);
    void cancelSelected();
    void cancelAll();
    // The session is gone: what was waiting or running failed.
    void abandonAll(const QString &why);
    int activeCount() const;
    TransferQueueModel *model() const { return m_model; }

Q_SIGNALS:
    void finished(int id, bool ok, bool upload, const QString &summary);
    void activeCountChanged(int active);

private:
    void ask(int id, const TransferConflictQuestion &question);
    void closeQuestion(int id);

    TransferQueueModel *m_model;
    QTreeView *m_view;
    QPushButton *m_cancel;
    QPushButton *m_clear;
    QPointer<SftpSession> m_session;
    QHash<int, bool> m_uploads;
    QHash<int, QPointer<QDialog>> m_questions; // open conflict questions, closed when their transfer ends
};

} // namespace wb
