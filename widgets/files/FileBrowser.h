#pragma once

#include "core/files/SftpWire.h"
#include "core/files/SudoFileAccess.h"
#include "widgets/common/WorkTab.h"

#include <QStringList>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QMimeData;
class QSplitter;
class QTemporaryDir;
class QToolButton;
class QTreeView;
class QUrl;

namespace wb {

class RemoteEditController;
class RemoteFolderFilter;
class RemoteFolderModel;
class SftpSession;
class SshConnection;
class TransferQueueView;
struct HostKeyQuestion;
struct SecretRequest;

// A host's files over SFTP in a tab (Session → Files): a path bar, the
// folder's entries (name, size, modified, permissions, owner; folders first),
// hidden files on request, a name filter; upload, download (buttons, keys,
// the context menu, drag and drop both ways), new folder, rename, delete
// (asked first), permissions; below, the transfer queue. The session asks for
// a host key or a password as a terminal does. Everything goes through the
// SftpSession: nothing here touches the network or waits (a drop onto the
// desktop waits for its download, with the window's events still running).
class FileBrowser : public WorkTab
{
    Q_OBJECT
public:
    // makeConnection: an SSH connection (not opened) for SftpSession::optionsFor's
    // options, owned by the QObject it is given (the composition root's factory,
    // with the pool and work logging sessions use).
    using ConnectionMaker = std::function<SshConnection *(QObject *owner)>;
    FileBrowser(const QString &hostName, const ConnectionMaker &makeConnection, QWidget *parent = nullptr);
    ~FileBrowser() override;

    QString tabTitle() const override;
    QIcon tabIcon() const override;
    QString tabToolTip() const override;
    bool isWorking() const override;
    Closing confirmClose() override;

    // Where a download goes, and what to upload: the file dialogs unless a
    // test or the caller sets another way to choose.
    void setFolderChooser(std::function<QString()> chooser) { m_chooseFolder = std::move(chooser); }
    void setUploadChooser(std::function<QStringList(bool folder)> chooser) { m_chooseUploads = std::move(chooser); }
    QByteArray currentFolder() const { return m_folder; }
    // The drag a selection makes (what a drop onto the desktop receives).
    QMimeData *dragData(const QList<QByteArray> &paths);

    void open(const QByteArray &folder);
    // The folder holding `path` with `path` selected (a path Ctrl+clicked in a terminal);
    // "~/x" and "x" are in the login's home. Once connected, if it is not yet.
    void showPath(const QByteArray &path);
    void goUp();
    void refresh();
    void downloadSelection();
    void uploadFiles();
    void uploadFolder();
    void upload(const QStringList &localPaths, const QByteArray &folder);
    void newFolder();
    void renameSelected();
    void deleteSelected();
    void changePermissions();
    // The selected file in the local editor; saves go back to the host.
    void editSelected();
    // The same as root, through sudo (once setRootRuns() says how).
    void editSelectedAsRoot();
    // How files are read and saved as root: runs on the host (the composition
    // root's, with the pool and the work log), sudo's password from the keychain entry.
    void setRootRuns(SudoFileAccess::RunMaker makeRun, const QString &keychainKey, const QString &login);

private:
    void buildActions();
    QMenu *contextMenu();
    void start();
    void onListed(int id, const QByteArray &path, const QList<SftpEntry> &entries, const QString &error);
    void activate(const QModelIndex &index);
    void onHostKeyQuestion(const HostKeyQuestion &question);
    void onSecretRequested(const SecretRequest &request);
    void showStatus(const QString &text, bool error = false);
    void connectSession();
    void setReady(bool ready);
    void reconnect();
    void updateActions();
    void showQueue();
    // Queues the download of remote paths into a local folder; its id.
    int startDownload(const QList<QByteArray> &paths, const QString &destination);
    // The selected rows' paths (bytes) and entries, in the view's order.
    QList<QByteArray> selectedPaths() const;
    QList<SftpEntry> selectedEntries() const;
    // Runs an SFTP change; when it is done the folder is read again, with `select` selected.
    void change(int id, const QString &done, const QByteArray &select = {});
    QList<QUrl> fetchForDrag(const QList<QByteArray> &paths);

    QString m_hostName;
    SftpSession *m_session = nullptr;
    RemoteFolderModel *m_model;
    RemoteFolderFilter *m_filter;
    QToolButton *m_up;
    QLineEdit *m_path;
    QToolButton *m_refresh;
    QToolButton *m_hidden;
    QLineEdit *m_nameFilter;
    QToolButton *m_upload;
    QToolButton *m_download;
    QToolButton *m_newFolder;
    QToolButton *m_reconnect;
    QTreeView *m_view;
    QSplitter *m_splitter;
    TransferQueueView *m_transfers;
    QLabel *m_status;
    QAction *m_openAction = nullptr;
    QAction *m_downloadAction = nullptr;
    QAction *m_uploadFilesAction = nullptr;
    QAction *m_uploadFolderAction = nullptr;
    QAction *m_newFolderAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_permissionsAction = nullptr;
    QAction *m_copyPathAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_editAsRootAction = nullptr;
    RemoteEditController *m_editing;
    std::function<QString()> m_chooseFolder;
    std::function<QStringList(bool folder)> m_chooseUploads;
    QByteArray m_folder;
    QByteArray m_selectAfterListing; // going up: the folder we came from; after a change: what it made
    QString m_statusAfterListing;    // after a change: what was done, instead of the count
    int m_listingId = 0;
    ConnectionMaker m_makeConnection;
    QByteArray m_pendingFolder;     // typed before the session was ready
    QByteArray m_linkTried;         // a link opened as a folder: a file if that fails
    int m_resolveId = 0;
    QByteArray m_selectAfterResolve; // showPath: the name to select in the folder being resolved
    bool m_ready = false;
    // Changes asked for (new folder, rename, delete, permissions): what to say and select when done.
    struct Change
    {
        QString done;
        QByteArray select;
    };
    QHash<int, Change> m_changes;
    std::unique_ptr<QTemporaryDir> m_dragFolder; // downloads for drops onto the desktop
    int m_drags = 0;
    bool m_fetchingDrop = false; // the tab stays while a drop waits for its files
};

} // namespace wb
