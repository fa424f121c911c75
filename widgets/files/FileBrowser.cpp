#include "widgets/files/FileBrowser.h"

#include "core/files/SftpSession.h"
#include "models/files/RemoteFolderModel.h"
#include "models/fleet/CapacityModel.h"
#include "widgets/session/HostKeyDialog.h"
#include "widgets/session/SecretDialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QStandardPaths>
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
    m_download = toolButton(QStringLiteral("filesDownload"), {}, tr("Download…"), tr("Copy the selected files and folders to this computer (Ctrl+D)"), this);
    m_reconnect = toolButton(QStringLiteral("filesReconnect"), {}, tr("Reconnect"), tr("Connect to the host again"), this);
    m_reconnect->hide();

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_up);
    bar->addWidget(m_path, 1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_hidden);
    bar->addWidget(m_nameFilter);
    bar->addWidget(m_download);
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
    m_view->sortByColumn(RemoteFolderModel::NameColumn, Qt::AscendingOrder);
    m_view->header()->setSectionResizeMode(RemoteFolderModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnWidth(RemoteFolderModel::SizeColumn, 90);
    m_view->setColumnWidth(RemoteFolderModel::ModifiedColumn, 140);
    m_view->setColumnWidth(RemoteFolderModel::PermissionsColumn, 100);
    m_view->setColumnWidth(RemoteFolderModel::OwnerColumn, 120);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("filesStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setTextFormat(Qt::PlainText); // names come from the server: never markup
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("filesProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    auto *foot = new QHBoxLayout;
    foot->addWidget(m_status, 1);
    foot->addWidget(m_progress);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addLayout(foot);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), &FileBrowser::goUp);
    shortcut(QKeySequence(Qt::Key_F5), &FileBrowser::refresh);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_H), [this] { m_hidden->toggle(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { m_path->setFocus(); m_path->selectAll(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), &FileBrowser::downloadSelection);

    connect(m_up, &QToolButton::clicked, this, &FileBrowser::goUp);
    connect(m_refresh, &QToolButton::clicked, this, &FileBrowser::refresh);
    connect(m_download, &QToolButton::clicked, this, &FileBrowser::downloadSelection);
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
            return;
        }
        // The server makes it absolute and clean ("/etc/", "a/.."), so Up goes where it should.
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
    connect(m_session, &SftpSession::folderListed, this, &FileBrowser::onListed);
    connect(m_session, &SftpSession::failed, this, [this](const QString &error) {
        setReady(false);
        m_downloads.clear(); // their ends will not come: the session is gone
        m_progress->hide();
        showStatus(tr("Disconnected: %1").arg(error), true);
        m_reconnect->show();
        Q_EMIT appearanceChanged();
    });
    connect(m_session, &SftpSession::pathResolved, this, [this](int id, const QByteArray &path, const QString &error) {
        if (id != m_resolveId)
            return;
        if (!error.isEmpty()) {
            m_path->setText(RemoteFolderModel::shownName(m_folder));
            return showStatus(error, true);
        }
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
    connect(m_session, &SftpSession::transferProgress, this, [this](int, const QString &file, qint64 done, qint64 total, qint64) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        showStatus(tr("Downloading %1: %2 of %3")
                       .arg(RemoteFolderModel::shownName(QFileInfo(file).fileName().toUtf8()), CapacityModel::dataSize(done),
                            CapacityModel::dataSize(total)));
    });
    connect(m_session, &SftpSession::transferItem, this, [this](int id, const TransferItem &item) {
        const auto it = m_downloads.find(id);
        if (it == m_downloads.end())
            return;
        if (item.result == TransferItem::Result::Failed)
            it->failures << QStringLiteral("%1: %2").arg(RemoteFolderModel::shownName(item.source.toUtf8()), item.error);
        else if (item.result == TransferItem::Result::Copied && item.kind == TransferItem::Kind::File)
            ++it->copied;
    });
    connect(m_session, &SftpSession::transferFinished, this, [this](int id, bool) {
        const auto it = m_downloads.find(id);
        if (it == m_downloads.end())
            return;
        const Download done = *it;
        m_downloads.erase(it);
        if (m_downloads.isEmpty())
            m_progress->hide();
        if (done.failures.isEmpty())
            showStatus(tr("Downloaded %n file(s) to %1.", nullptr, done.copied).arg(done.destination));
        else
            showStatus(tr("%n file(s) not downloaded: %1", nullptr, int(done.failures.size())).arg(done.failures.join(QLatin1String("; "))), true);
        Q_EMIT appearanceChanged();
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
    for (QWidget *control : {static_cast<QWidget *>(m_up), static_cast<QWidget *>(m_refresh), static_cast<QWidget *>(m_download)})
        control->setEnabled(ready);
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
    return !m_downloads.isEmpty();
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

void FileBrowser::downloadSelection()
{
    QStringList sources;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        sources << QString::fromUtf8(m_filter->mapToSource(index).data(RemoteFolderModel::PathRole).toByteArray());
    if (!m_ready)
        return; // the controls are off, and the status says why
    if (sources.isEmpty()) {
        showStatus(tr("Select the files or folders to download."));
        return;
    }
    const QString destination = m_chooseFolder ? m_chooseFolder()
                                               : QFileDialog::getExistingDirectory(this, tr("Download to"),
                                                                                   QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (destination.isEmpty())
        return;
    TransferRequest request;
    request.direction = SftpFileTransfer::Direction::Download;
    request.sources = sources;
    request.destination = destination;
    request.recursive = true;
    request.conflict = TransferConflict::Refuse;
    m_progress->setValue(0);
    m_progress->show();
    m_downloads.insert(m_session->transfer(request), Download{destination, 0, {}});
    showStatus(tr("Downloading %n item(s) to %1…", nullptr, int(sources.size())).arg(destination));
    Q_EMIT appearanceChanged();
}

void FileBrowser::onHostKeyQuestion(const HostKeyQuestion &question)
{
    auto *dialog = new HostKeyDialog(question, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<SshConnection> connection = m_session->connection();
    connect(dialog, &QDialog::finished, this, [dialog, question, connection] {
        if (connection && question.match == KnownHosts::Match::Unknown)
            connection->answerHostKey(question, dialog->decision());
    });
    dialog->open();
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
