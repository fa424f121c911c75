#include "widgets/files/FileBrowser.h"

#include "core/files/SftpSession.h"
#include "models/files/RemoteFolderModel.h"
#include "widgets/files/RemoteEditController.h"
#include "widgets/files/TransferQueueView.h"
#include "widgets/session/HostKeyDialog.h"
#include "widgets/session/SecretDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QSplitter>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace wb {

namespace {

QByteArray parentOf(const QByteArray &folder)
{
    const qsizetype slash = folder.lastIndexOf('/');
    return slash <= 0 ? QByteArray("/") : folder.left(slash);
}

QToolButton *toolButton(const QString &objectName, const QIcon &icon, const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(icon);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setToolButtonStyle(icon.isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(!icon.isNull()); // a text-only button keeps its frame, so it reads as one
    return button;
}

} // namespace

FileBrowser::FileBrowser(const QString &hostName, const ConnectionMaker &makeConnection, QWidget *parent)
    : WorkTab(parent), m_hostName(hostName), m_model(new RemoteFolderModel(this)), m_filter(new RemoteFolderFilter(this)),
      m_makeConnection(makeConnection)
{
    setObjectName(QStringLiteral("fileBrowser"));
    m_filter->setSourceModel(m_model);

    m_up = toolButton(QStringLiteral("filesUp"), {}, tr("Up"), tr("The folder above (Alt+Up)"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filesPath"));
    m_path->setPlaceholderText(tr("Folder on the host"));
    m_path->setToolTip(tr("Type a folder and press Enter (Ctrl+L)"));
    m_path->setMinimumWidth(220);
    m_refresh = toolButton(QStringLiteral("filesRefresh"), QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"), tr("Read the folder again (F5)"), this);
    m_hidden = toolButton(QStringLiteral("filesHidden"), {}, tr("Hidden"), tr("Show files whose names start with a dot (Ctrl+H)"), this);
    m_hidden->setCheckable(true);
    m_nameFilter = new QLineEdit(this);
    m_nameFilter->setObjectName(QStringLiteral("filesFilter"));
    m_nameFilter->setPlaceholderText(tr("Filter names"));
    m_nameFilter->setClearButtonEnabled(true);
    m_nameFilter->setMinimumWidth(110);
    m_nameFilter->setMaximumWidth(200);
    // Their text, icon and tooltip come from their actions (buildActions).
    m_upload = toolButton(QStringLiteral("filesUpload"), QIcon(QStringLiteral(":/icons/upload.svg")), {}, {}, this);
    m_download = toolButton(QStringLiteral("filesDownload"), QIcon(QStringLiteral(":/icons/download.svg")), {}, {}, this);
    m_newFolder = toolButton(QStringLiteral("filesNewFolder"), QIcon(QStringLiteral(":/icons/folder-new.svg")), {}, {}, this);
    m_reconnect = toolButton(QStringLiteral("filesReconnect"), {}, tr("Reconnect"), tr("Connect to the host again"), this);
    m_reconnect->hide();

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_up);
    bar->addWidget(m_path, 1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_hidden);
    bar->addWidget(m_nameFilter);
    bar->addWidget(m_upload);
    bar->addWidget(m_download);
    bar->addWidget(m_newFolder);
    bar->addWidget(m_reconnect);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("filesList"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setDropIndicatorShown(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->sortByColumn(RemoteFolderModel::NameColumn, Qt::AscendingOrder);
    m_view->header()->setSectionResizeMode(RemoteFolderModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnWidth(RemoteFolderModel::SizeColumn, 90);
    m_view->setColumnWidth(RemoteFolderModel::ModifiedColumn, 140);
    m_view->setColumnWidth(RemoteFolderModel::PermissionsColumn, 100);
    m_view->setColumnWidth(RemoteFolderModel::OwnerColumn, 120);

    m_transfers = new TransferQueueView(this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("filesSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_transfers);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_transfers->hide(); // shown with the first transfer

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("filesStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setTextFormat(Qt::PlainText); // names come from the server: never markup

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);

    m_editing = new RemoteEditController(this);
    connect(m_editing, &RemoteEditController::status, this, &FileBrowser::showStatus);
    connect(m_editing, &RemoteEditController::saved, this, [this](const QByteArray &path) {
        if (path.left(path.lastIndexOf('/')) == m_folder) {
            m_statusAfterListing = m_status->text(); // "Saved …" stays
            refresh(); // its new size and time show
        }
    });
    buildActions();
    connect(m_up, &QToolButton::clicked, this, &FileBrowser::goUp);
    connect(m_refresh, &QToolButton::clicked, this, &FileBrowser::refresh);
    connect(m_transfers, &TransferQueueView::activeCountChanged, this, [this] { Q_EMIT appearanceChanged(); });
    connect(m_transfers, &TransferQueueView::finished, this, [this](int, bool ok, bool upload, const QString &summary) {
        showStatus(summary, !ok);
        if (upload && ok) {
            m_statusAfterListing = summary;
            refresh(); // the new files show
        }
    });
    connect(m_model, &RemoteFolderModel::uploadDropped, this, &FileBrowser::upload);
    m_model->setDragMaker([this](const QList<QByteArray> &paths) { return dragData(paths); });
    connect(m_reconnect, &QToolButton::clicked, this, &FileBrowser::reconnect);
    connect(m_hidden, &QToolButton::toggled, m_filter, &RemoteFolderFilter::setShowHidden);
    connect(m_nameFilter, &QLineEdit::textChanged, m_filter, &RemoteFolderFilter::setNameFilter);
    connect(m_path, &QLineEdit::returnPressed, this, [this] {
        const QString typed = m_path->text().trimmed();
        if (typed.isEmpty())
            return;
        if (typed == RemoteFolderModel::shownName(m_folder)) // unchanged: the folder's own bytes, whatever they show as
            return refresh();
        QByteArray path = typed.toUtf8();
        if (!path.startsWith('/') && !m_folder.isEmpty())
            path = RemoteFolderModel::joined(m_folder, path);
        if (!m_ready) {
            m_pendingFolder = path; // opened once connected, instead of the home folder
            m_selectAfterResolve.clear();
            return;
        }
        // The server makes it absolute and clean ("/etc/", "a/.."), so Up goes where it should.
        m_selectAfterResolve.clear(); // a path typed after a terminal's: the typed one wins
        m_resolveId = m_session->resolvePath(path);
    });
    connect(m_view, &QTreeView::activated, this, &FileBrowser::activate);

    connectSession();
}


FileBrowser::~FileBrowser() = default;

// A session of its own (at start, and again on Reconnect), its signals, and its prompts.
void FileBrowser::connectSession()
{
    delete m_session;
    m_session = new SftpSession(m_makeConnection(this), this);
    m_transfers->setSession(m_session);
    m_editing->setSession(m_session);
    connect(m_session, &SftpSession::folderListed, this, &FileBrowser::onListed);
    connect(m_session, &SftpSession::operationDone, this, [this](int id, const QString &error) {
        const auto it = m_changes.find(id);
        if (it == m_changes.end())
            return;
        const Change done = *it;
        m_changes.erase(it);
        if (!error.isEmpty())
            return showStatus(error, true);
        m_selectAfterListing = done.select;
        m_statusAfterListing = done.done;
        refresh();
    });
    connect(m_session, &SftpSession::failed, this, [this](const QString &error) {
        setReady(false);
        m_transfers->abandonAll(error); // their ends will not come: the session is gone
        m_changes.clear();
        if (m_session->lacksSftp())
            showStatus(tr("%1 has no SFTP, so its files cannot be listed here; werkbank-cli get and put copy single files with it by SCP.")
                           .arg(m_hostName),
                       true);
        else
            showStatus(tr("Disconnected: %1").arg(error), true);
        m_reconnect->show();
        Q_EMIT appearanceChanged();
    });
    connect(m_session, &SftpSession::pathResolved, this, [this](int id, const QByteArray &path, const QString &error) {
        if (id != m_resolveId)
            return;
        const QByteArray select = std::exchange(m_selectAfterResolve, {});
        if (!error.isEmpty()) {
            m_path->setText(RemoteFolderModel::shownName(m_folder));
            return showStatus(error, true);
        }
        m_selectAfterListing = select;
        open(path);
    });
    connect(m_session, &SftpSession::ready, this, [this] {
        setReady(true);
        m_reconnect->hide();
        Q_EMIT appearanceChanged();
        // The folder typed meanwhile, the one shown before a reconnect, or the login's home.
        const QByteArray first = !m_pendingFolder.isEmpty() ? std::exchange(m_pendingFolder, {})
                                 : !m_folder.isEmpty()       ? m_folder
                                                             : QByteArray(".");
        m_resolveId = m_session->resolvePath(first);
    });
    start();
}

void FileBrowser::reconnect()
{
    m_reconnect->hide();
    connectSession();
}

void FileBrowser::setReady(bool ready)
{
    m_ready = ready;
    for (QWidget *control : {static_cast<QWidget *>(m_up), static_cast<QWidget *>(m_refresh)})
        control->setEnabled(ready);
    updateActions();
}

QString FileBrowser::tabTitle() const
{
    return tr("Files: %1").arg(m_hostName);
}

QIcon FileBrowser::tabIcon() const
{
    return QIcon(QStringLiteral(":/icons/group.svg"));
}

QString FileBrowser::tabToolTip() const
{
    return m_folder.isEmpty() ? tabTitle() : tr("%1 on %2").arg(RemoteFolderModel::shownName(m_folder), m_hostName);
}

bool FileBrowser::isWorking() const
{
    return m_transfers->activeCount() > 0;
}

WorkTab::Closing FileBrowser::confirmClose()
{
    if (m_fetchingDrop) {
        showStatus(tr("A drop is waiting for its files: cancel it in the transfer list first."), true);
        return Closing::Keep;
    }
    const int active = m_transfers->activeCount();
    if (active == 0 && m_editing->openCount() > 0) {
        const auto answer = QMessageBox::question(this, tr("Close Files"),
                                                  tr("%n file(s) of %1 are open in an editor; saves made after the tab closes do not reach the host. Close?",
                                                     nullptr, m_editing->openCount())
                                                      .arg(m_hostName),
                                                  QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        return answer == QMessageBox::Close ? Closing::Now : Closing::Keep;
    }
    if (active == 0)
        return Closing::Now;
    const auto answer = QMessageBox::question(this, tr("Close Files"),
                                              tr("%n transfer(s) to or from %1 are not done. Cancel them and close?", nullptr, active)
                                                  .arg(m_hostName),
                                              QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Close)
        return Closing::Keep;
    m_transfers->cancelAll();
    return Closing::Now;
}

void FileBrowser::start()
{
    SshConnection *connection = m_session->connection();
    connect(connection, &SshConnection::hostKeyQuestion, this, &FileBrowser::onHostKeyQuestion);
    connect(connection, &SshConnection::secretRequested, this, &FileBrowser::onSecretRequested);
    showStatus(tr("Connecting to %1…").arg(m_hostName));
    m_session->open();
}

void FileBrowser::open(const QByteArray &folder)
{
    if (!m_ready)
        return;
    m_listingId = m_session->listFolder(folder);
    showStatus(tr("Reading %1…").arg(RemoteFolderModel::shownName(folder)));
}

void FileBrowser::showPath(const QByteArray &path)
{
    QByteArray folder = path.startsWith("~/") ? path.mid(2) : path; // SFTP resolves relative paths from the home folder
    while (folder.size() > 1 && folder.endsWith('/'))
        folder.chop(1);
    const qsizetype slash = folder.lastIndexOf('/');
    m_selectAfterResolve = folder.mid(slash + 1); // once the folder is resolved, not by a listing already on its way
    folder = slash > 0 ? folder.left(slash) : slash == 0 ? QByteArray("/") : QByteArray(".");
    if (!m_ready) {
        m_pendingFolder = folder;
        return;
    }
    m_resolveId = m_session->resolvePath(folder);
}

void FileBrowser::goUp()
{
    if (m_folder.isEmpty() || m_folder == "/")
        return;
    m_selectAfterListing = m_folder.mid(m_folder.lastIndexOf('/') + 1);
    open(parentOf(m_folder));
}

void FileBrowser::refresh()
{
    if (!m_folder.isEmpty())
        open(m_folder);
}

void FileBrowser::onListed(int id, const QByteArray &path, const QList<SftpEntry> &entries, const QString &error)
{
    if (id != m_listingId)
        return; // an older request: the user went on meanwhile
    if (!error.isEmpty()) {
        m_selectAfterListing.clear();
        if (path == std::exchange(m_linkTried, {})) {
            downloadSelection(); // a link to a file: Enter on it downloads, as on a file
            return;
        }
        m_path->setText(RemoteFolderModel::shownName(m_folder));
        showStatus(tr("%1: %2").arg(RemoteFolderModel::shownName(path), error), true);
        return;
    }
    m_linkTried.clear();
    m_folder = path;
    m_model->setListing(path, entries);
    m_path->setText(RemoteFolderModel::shownName(path));
    int hidden = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        hidden += m_model->entry(row).name.startsWith('.') ? 1 : 0;
    const int shown = m_filter->showsHidden() ? m_model->rowCount() : m_model->rowCount() - hidden;
    if (!m_statusAfterListing.isEmpty())
        showStatus(std::exchange(m_statusAfterListing, {}));
    else
        showStatus(hidden > 0 && !m_filter->showsHidden()
                   ? tr("%n item(s)", nullptr, shown) + QLatin1Char(' ') + tr("(%n hidden: Ctrl+H)", nullptr, hidden)
                   : tr("%n item(s)", nullptr, shown));
    QModelIndex current = m_filter->index(0, 0);
    if (!m_selectAfterListing.isEmpty()) {
        const int row = m_model->rowOfName(m_selectAfterListing);
        if (row >= 0)
            current = m_filter->mapFromSource(m_model->index(row, 0));
        m_selectAfterListing.clear();
    }
    if (current.isValid())
        m_view->setCurrentIndex(current);
    updateActions();
    Q_EMIT appearanceChanged();
}

void FileBrowser::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex source = m_filter->mapToSource(index);
    const QByteArray path = source.data(RemoteFolderModel::PathRole).toByteArray();
    if (source.data(RemoteFolderModel::IsLinkRole).toBool())
        m_linkTried = path; // a folder if it lists, else a file
    if (source.data(RemoteFolderModel::IsFolderRole).toBool() || source.data(RemoteFolderModel::IsLinkRole).toBool()) {
        open(path);
        return;
    }
    downloadSelection();
}

void FileBrowser::onHostKeyQuestion(const HostKeyQuestion &question)
{
    HostKeyDialog::answerFor(m_session->connection(), question, this);
}

void FileBrowser::onSecretRequested(const SecretRequest &request)
{
    SecretDialog::answerFor(m_session->connection(), request, this);
}

void FileBrowser::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

} // namespace wb
