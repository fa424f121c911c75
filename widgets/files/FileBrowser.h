#pragma once

#include "core/files/SftpWire.h"
#include "widgets/common/WorkTab.h"

#include <QHash>
#include <QStringList>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;
class QTreeView;

namespace wb {

class RemoteFolderFilter;
class RemoteFolderModel;
class SftpSession;
class SshConnection;
struct HostKeyQuestion;
struct SecretRequest;
struct TransferItem;

// A host's files over SFTP in a tab (Session → Files): a path bar, the
// folder's entries (name, size, modified, permissions, owner; folders first),
// hidden files on request, a name filter, and downloads of the selection with
// their progress. The session asks for a host key or a password as a
// terminal does. Everything goes through the SftpSession: nothing here
// touches the network or waits.
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

    // Where a download goes: asks the user (a folder dialog) unless a test
    // or the caller sets another way to choose.
    void setFolderChooser(std::function<QString()> chooser) { m_chooseFolder = std::move(chooser); }
    QByteArray currentFolder() const { return m_folder; }

    void open(const QByteArray &folder);
    void goUp();
    void refresh();
    void downloadSelection();

private:
    void start();
    void onListed(int id, const QByteArray &path, const QList<SftpEntry> &entries, const QString &error);
    void activate(const QModelIndex &index);
    void onHostKeyQuestion(const HostKeyQuestion &question);
    void onSecretRequested(const SecretRequest &request);
    void showStatus(const QString &text, bool error = false);
    void connectSession();
    void setReady(bool ready);
    void reconnect();

    QString m_hostName;
    SftpSession *m_session = nullptr;
    RemoteFolderModel *m_model;
    RemoteFolderFilter *m_filter;
    QToolButton *m_up;
    QLineEdit *m_path;
    QToolButton *m_refresh;
    QToolButton *m_hidden;
    QLineEdit *m_nameFilter;
    QToolButton *m_download;
    QTreeView *m_view;
    QLabel *m_status;
    QProgressBar *m_progress;
    std::function<QString()> m_chooseFolder;
    QByteArray m_folder;
    QByteArray m_selectAfterListing; // going up: the folder we came from
    int m_listingId = 0;
    // Each download's own results, by the id its transfer got.
    struct Download
    {
        QString destination;
        int copied = 0;
        QStringList failures;
    };
    QHash<int, Download> m_downloads;
    ConnectionMaker m_makeConnection;
    QToolButton *m_reconnect;
    QByteArray m_pendingFolder;     // typed before the session was ready
    QByteArray m_linkTried;         // a link opened as a folder: a file if that fails
    int m_resolveId = 0;
    bool m_ready = false;
};

} // namespace wb
