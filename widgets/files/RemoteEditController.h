#pragma once

#include "core/files/SudoFileAccess.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QTemporaryDir;
class QWidget;

namespace wb {

class RemoteEdit;
class RemoteFileAccess;
class SftpSession;

// The file tab's "Edit" and "Edit as Root": each remote file opened in the
// local editor (EditorCommand) from a private copy (RemoteEdit), saves sent
// back (over SFTP, or through sudo), the question when the host's copy
// changed meanwhile, and sudo's password when it asks. The copies live in a
// folder of the tab's own, removed when the tab closes.
class RemoteEditController : public QObject
{
    Q_OBJECT
public:
    // dialogParent: where the question about a changed file shows.
    explicit RemoteEditController(QWidget *dialogParent);
    ~RemoteEditController() override;

    void setSession(SftpSession *session);
    // How files are read and written as root (null: Edit as Root is not offered).
    // `host` and `login` name them in sudo's password question.
    void setRootRuns(SudoFileAccess::RunMaker makeRun, const QString &keychainKey, const QString &host, const QString &login);
    bool canEditAsRoot() const { return bool(m_makeRootRun); }
    // Opens the file at `remotePath` (again, if it is open already), as the login or as root.
    void edit(const QByteArray &remotePath, bool asRoot = false);
    int openCount() const;

Q_SIGNALS:
    void status(const QString &text, bool error);
    // A save reached the host: the folder it is in may want reading again.
    void saved(const QByteArray &remotePath);

private:
    void launchEditor(RemoteEdit *edit);
    void askAbout(RemoteEdit *edit);
    SudoFileAccess *rootAccess();
    void askSudoPassword(bool wrong);

    QWidget *m_dialogParent;
    QPointer<RemoteFileAccess> m_sftpAccess; // over the tab's SFTP session
    SudoFileAccess::RunMaker m_makeRootRun;
    QString m_keychainKey;
    QString m_host;
    QString m_login;
    SudoFileAccess *m_rootAccess = nullptr;
    bool m_askingSudo = false;
    std::unique_ptr<QTemporaryDir> m_folder;
    QList<RemoteEdit *> m_edits;
    QList<RemoteEdit *> m_rootEdits; // those of m_edits made as root
    QList<QPointer<RemoteEdit>> m_awaitingPassword; // root edits that failed for want of sudo's password
};

} // namespace wb
