#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QTemporaryDir;
class QWidget;

namespace wb {

class RemoteEdit;
class SftpSession;

// The file tab's "Edit": each remote file opened in the local editor
// (EditorCommand) from a private copy (RemoteEdit), saves sent back, and the
// question when the host's copy changed meanwhile. The copies live in a
// folder of the tab's own, removed when the tab closes.
class RemoteEditController : public QObject
{
    Q_OBJECT
public:
    // dialogParent: where the question about a changed file shows.
    explicit RemoteEditController(QWidget *dialogParent);
    ~RemoteEditController() override;

    void setSession(SftpSession *session);
    // Opens the file at `remotePath` (again, if it is open already).
    void edit(const QByteArray &remotePath);
    int openCount() const;

Q_SIGNALS:
    void status(const QString &text, bool error);
    // A save reached the host: the folder it is in may want reading again.
    void saved(const QByteArray &remotePath);

private:
    void launchEditor(RemoteEdit *edit);
    void askAbout(RemoteEdit *edit);

    QWidget *m_dialogParent;
    QPointer<SftpSession> m_session;
    std::unique_ptr<QTemporaryDir> m_folder;
    QList<RemoteEdit *> m_edits;
};

} // namespace wb
