// The file tab's actions: transfers (buttons, keys, menu, drag and drop) and
// changes to the remote side (new folder, rename, delete, permissions).
#include "widgets/files/FileBrowser.h"

#include "core/files/SftpSession.h"
#include "models/files/RemoteFolderModel.h"
#include "widgets/common/LocalShortcuts.h"
#include "widgets/files/PermissionsDialog.h"
#include "widgets/files/RemoteEditController.h"
#include "widgets/files/RemoteDragData.h"
#include "widgets/files/TransferQueueView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>

namespace wb {

namespace {

QByteArray baseName(const QByteArray &path)
{
    return path.mid(path.lastIndexOf('/') + 1);
}

// Why a typed name cannot be a file's name here, or nothing.
QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return FileBrowser::tr("A name is needed.");
    if (name.contains(QLatin1Char('/')) || name.contains(QChar(0)))
        return FileBrowser::tr("A name cannot contain “/”.");
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return FileBrowser::tr("“.” and “..” are not names for a file.");
    return {};
}

} // namespace

void FileBrowser::buildActions()
{
    const auto make = [this](const QString &objectName, const QString &text, const QKeySequence &keys, const QString &icon,
                             std::function<void()> slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        action->setShortcut(keys);
        if (!icon.isEmpty())
            action->setIcon(QIcon(icon));
        connect(action, &QAction::triggered, this, std::move(slot));
        return action;
    };
    m_openAction = make(QStringLiteral("filesOpen"), tr("&Open"), {}, {}, [this] { activate(m_view->currentIndex()); });
    m_downloadAction = make(QStringLiteral("filesDownloadAction"), tr("&Download…"), QKeySequence(Qt::CTRL | Qt::Key_D),
                            QStringLiteral(":/icons/download.svg"), [this] { downloadSelection(); });
    m_uploadFilesAction = make(QStringLiteral("filesUploadFiles"), tr("&Upload Files…"), QKeySequence(Qt::CTRL | Qt::Key_U),
                               QStringLiteral(":/icons/upload.svg"), [this] { uploadFiles(); });
    m_uploadFolderAction = make(QStringLiteral("filesUploadFolder"), tr("Upload Fo&lder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                                {}, [this] { uploadFolder(); });
    m_newFolderAction = make(QStringLiteral("filesNewFolderAction"), tr("&New Folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                             QStringLiteral(":/icons/folder-new.svg"), [this] { newFolder(); });
    m_editAction = make(QStringLiteral("filesEdit"), tr("&Edit"), QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral(":/icons/edit.svg"),
                        [this] { editSelected(); });
    m_editAction->setToolTip(tr("Open the file in your editor ($VISUAL, $EDITOR or the desktop's); each save goes back to the host"));
    m_editAsRootAction = make(QStringLiteral("filesEditAsRoot"), tr("Edit &as Root"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E), {},
                              [this] { editSelectedAsRoot(); });
    m_editAsRootAction->setToolTip(tr("Open a file only root may write in your editor: read and saved through sudo, "
                                      "with the login's password (asked once, or from the keychain)"));
    m_renameAction = make(QStringLiteral("filesRename"), tr("&Rename…"), QKeySequence(Qt::Key_F2), {}, [this] { renameSelected(); });
    m_permissionsAction = make(QStringLiteral("filesPermissions"), tr("&Permissions…"), {}, {}, [this] { changePermissions(); });
    m_deleteAction = make(QStringLiteral("filesDelete"), tr("Dele&te…"), QKeySequence::Delete, QStringLiteral(":/icons/delete.svg"),
                          [this] { deleteSelected(); });
    m_copyPathAction = make(QStringLiteral("filesCopyPath"), tr("&Copy Path"), {}, {}, [this] {
        QStringList paths;
        for (const QByteArray &path : selectedPaths())
            paths << QString::fromUtf8(path);
        QGuiApplication::clipboard()->setText(paths.join(QLatin1Char('\n')));
    });

    // Keys the window has too (Ctrl+Shift+N, F2, Delete, Ctrl+E) belong to the
    // list alone (LocalShortcuts): on a button or in the menu they are only shown.
    for (QAction *action : {m_newFolderAction, m_renameAction, m_deleteAction, m_editAction, m_editAsRootAction, m_openAction,
                            m_permissionsAction, m_copyPathAction})
        action->setShortcutContext(Qt::WidgetShortcut);
    // Anywhere in the tab: keys no window shortcut has.
    for (QAction *action : {m_downloadAction, m_uploadFilesAction, m_uploadFolderAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    const auto key = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    key(QKeySequence(Qt::ALT | Qt::Key_Up), &FileBrowser::goUp);
    key(QKeySequence(Qt::Key_F5), &FileBrowser::refresh);
    key(QKeySequence(Qt::CTRL | Qt::Key_H), [this] { m_hidden->toggle(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { m_path->setFocus(); m_path->selectAll(); });
    // In the list: F2, Delete and Ctrl+Shift+N are the file's, not the inventory's (LocalShortcuts).
    new LocalShortcuts(m_view, {m_renameAction, m_deleteAction, m_newFolderAction, m_editAction, m_editAsRootAction});

    // The buttons say it shorter than the menu (iconText), the tooltips with the key.
    m_downloadAction->setIconText(tr("Download"));
    m_downloadAction->setToolTip(tr("Copy the selected files and folders to this computer (Ctrl+D)"));
    m_newFolderAction->setIconText(tr("New Folder"));
    m_newFolderAction->setToolTip(tr("Make a folder here (Ctrl+Shift+N)"));
    m_uploadFilesAction->setIconText(tr("Upload"));
    m_uploadFilesAction->setToolTip(tr("Copy files from this computer into this folder (Ctrl+U); the arrow: a whole folder"));
    m_download->setDefaultAction(m_downloadAction);
    m_newFolder->setDefaultAction(m_newFolderAction);
    m_upload->setDefaultAction(m_uploadFilesAction);
    auto *uploadMenu = new QMenu(m_upload);
    uploadMenu->addAction(m_uploadFilesAction);
    uploadMenu->addAction(m_uploadFolderAction);
    m_upload->setMenu(uploadMenu);
    m_upload->setPopupMode(QToolButton::MenuButtonPopup);

    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        updateActions();
        contextMenu()->popup(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FileBrowser::updateActions);
    updateActions();
}

QMenu *FileBrowser::contextMenu()
{
    auto *menu = findChild<QMenu *>(QStringLiteral("filesMenu"), Qt::FindDirectChildrenOnly);
    if (menu)
        return menu;
    menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("filesMenu"));
    menu->addAction(m_openAction);
    menu->addAction(m_editAction);
    menu->addAction(m_editAsRootAction);
    menu->addAction(m_downloadAction);
    menu->addSeparator();
    menu->addAction(m_uploadFilesAction);
    menu->addAction(m_uploadFolderAction);
    menu->addAction(m_newFolderAction);
    menu->addSeparator();
    menu->addAction(m_renameAction);
    menu->addAction(m_permissionsAction);
    menu->addAction(m_deleteAction);
    menu->addSeparator();
    menu->addAction(m_copyPathAction);
    return menu;
}

void FileBrowser::updateActions()
{
    if (!m_openAction)
        return;
    const int selected = m_view->selectionModel() ? int(m_view->selectionModel()->selectedRows().size()) : 0;
    const QList<SftpEntry> entries = selected > 0 ? selectedEntries() : QList<SftpEntry>();
    const bool inFolder = m_ready && !m_folder.isEmpty();
    m_openAction->setEnabled(m_ready && selected == 1);
    m_downloadAction->setEnabled(m_ready && selected > 0);
    m_uploadFilesAction->setEnabled(inFolder);
    m_uploadFolderAction->setEnabled(inFolder);
    m_newFolderAction->setEnabled(inFolder);
    m_renameAction->setEnabled(m_ready && selected == 1);
    m_editAction->setEnabled(m_ready && selected == 1 && !entries.first().attributes.isDirectory());
    m_editAsRootAction->setEnabled(m_editAction->isEnabled() && m_editing->canEditAsRoot());
    m_editAsRootAction->setVisible(m_editing->canEditAsRoot());
    // Not on a link: SFTP's setstat follows it, and would change what it points to.
    m_permissionsAction->setEnabled(m_ready && selected > 0
                                    && std::none_of(entries.cbegin(), entries.cend(), [](const SftpEntry &entry) { return entry.attributes.isSymlink(); }));
    m_deleteAction->setEnabled(m_ready && selected > 0);
    m_copyPathAction->setEnabled(selected > 0);
}

QList<QByteArray> FileBrowser::selectedPaths() const
{
    QList<QByteArray> paths;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        paths << m_filter->mapToSource(index).data(RemoteFolderModel::PathRole).toByteArray();
    return paths;
}

QList<SftpEntry> FileBrowser::selectedEntries() const
{
    QList<SftpEntry> entries;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        entries << m_model->entry(m_filter->mapToSource(index).row());
    return entries;
}

void FileBrowser::showQueue()
{
    if (m_transfers->isVisible())
        return;
    m_transfers->show();
    const int height = m_splitter->height();
    m_splitter->setSizes({height * 2 / 3, height / 3});
}

void FileBrowser::downloadSelection()
{
    const QList<QByteArray> paths = selectedPaths();
    if (!m_ready)
        return; // the controls are off, and the status says why
    if (paths.isEmpty()) {
        showStatus(tr("Select the files or folders to download."));
        return;
    }
    const QString destination = m_chooseFolder ? m_chooseFolder()
                                               : QFileDialog::getExistingDirectory(this, tr("Download to"),
                                                                                   QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (destination.isEmpty())
        return;
    startDownload(paths, destination);
    showStatus(tr("Downloading %n item(s) to %1…", nullptr, int(paths.size())).arg(destination));
}

int FileBrowser::startDownload(const QList<QByteArray> &paths, const QString &destination)
{
    TransferRequest request;
    request.direction = SftpFileTransfer::Direction::Download;
    for (const QByteArray &path : paths)
        request.sources << QString::fromUtf8(path);
    request.destination = destination;
    request.recursive = true;
    const int id = m_transfers->start(request, paths.size() == 1 ? RemoteFolderModel::shownName(baseName(paths.first()))
                                                                 : tr("%n item(s)", nullptr, int(paths.size())));
    showQueue();
    return id;
}

void FileBrowser::uploadFiles()
{
    if (!m_ready || m_folder.isEmpty())
        return;
    const QStringList files = m_chooseUploads ? m_chooseUploads(false) : QFileDialog::getOpenFileNames(this, tr("Upload Files"), QDir::homePath());
    upload(files, m_folder);
}

void FileBrowser::uploadFolder()
{
    if (!m_ready || m_folder.isEmpty())
        return;
    const QString folder = m_chooseUploads ? m_chooseUploads(true).value(0) : QFileDialog::getExistingDirectory(this, tr("Upload Folder"), QDir::homePath());
    if (!folder.isEmpty())
        upload({folder}, m_folder);
}

void FileBrowser::upload(const QStringList &localPaths, const QByteArray &folder)
{
    if (localPaths.isEmpty() || !m_ready)
        return;
    TransferRequest request;
    request.direction = SftpFileTransfer::Direction::Upload;
    for (const QString &path : localPaths)
        request.sources << QFileInfo(path).absoluteFilePath();
    request.destination = QString::fromUtf8(folder);
    request.recursive = true;
    m_transfers->start(request, localPaths.size() == 1 ? QFileInfo(localPaths.first()).fileName()
                                                       : tr("%n item(s)", nullptr, int(localPaths.size())));
    showQueue();
    showStatus(tr("Uploading %n item(s) to %1…", nullptr, int(localPaths.size())).arg(RemoteFolderModel::shownName(folder)));
}

void FileBrowser::change(int id, const QString &done, const QByteArray &select)
{
    m_changes.insert(id, Change{done, select});
}

void FileBrowser::newFolder()
{
    if (!m_ready || m_folder.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("filesNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Folder"));
    dialog->setLabelText(tr("A new folder in %1:").arg(RemoteFolderModel::shownName(m_folder)));
    dialog->setTextValue(tr("New folder"));
    dialog->setOkButtonText(tr("&Make"));
    const QByteArray folder = m_folder;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, folder](const QString &typed) {
        const QString name = typed.trimmed();
        if (const QString problem = nameProblem(name); !problem.isEmpty())
            return showStatus(problem, true);
        const QByteArray path = RemoteFolderModel::joined(folder, name.toUtf8());
        change(m_session->makeFolder(path), tr("Made the folder %1.").arg(name), name.toUtf8());
    });
    dialog->open();
}

void FileBrowser::renameSelected()
{
    const QList<SftpEntry> entries = selectedEntries();
    if (!m_ready || entries.size() != 1)
        return;
    const SftpEntry entry = entries.first();
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("filesNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename"));
    dialog->setLabelText(tr("New name for %1:").arg(RemoteFolderModel::shownName(entry.name)));
    dialog->setTextValue(QString::fromUtf8(entry.name));
    dialog->setOkButtonText(tr("&Rename"));
    const QByteArray folder = m_folder;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, folder, entry](const QString &name) {
        if (const QString problem = nameProblem(name); !problem.isEmpty())
            return showStatus(problem, true);
        if (name.toUtf8() == entry.name)
            return;
        change(m_session->rename(RemoteFolderModel::joined(folder, entry.name), RemoteFolderModel::joined(folder, name.toUtf8())),
               tr("Renamed %1 to %2.").arg(RemoteFolderModel::shownName(entry.name), RemoteFolderModel::shownName(name.toUtf8())),
               name.toUtf8());
    });
    dialog->open();
    // The name without its extension selected, as file managers do.
    if (auto *line = dialog->findChild<QLineEdit *>()) {
        const qsizetype dot = entry.name.lastIndexOf('.');
        line->setSelection(0, dot > 0 && !entry.attributes.isDirectory() ? int(QString::fromUtf8(entry.name.left(dot)).size())
                                                                         : int(line->text().size()));
    }
}

void FileBrowser::deleteSelected()
{
    const QList<SftpEntry> entries = selectedEntries();
    if (!m_ready || entries.isEmpty())
        return;
    const bool anyFolder = std::any_of(entries.cbegin(), entries.cend(), [](const SftpEntry &entry) { return entry.attributes.isDirectory(); });
    const QString what = entries.size() == 1 ? RemoteFolderModel::shownName(entries.first().name) : tr("%n item(s)", nullptr, int(entries.size()));
    auto *question = new QMessageBox(QMessageBox::Warning, tr("Delete"),
                                     anyFolder ? tr("Delete %1 from %2, folders with everything in them?").arg(what, m_hostName)
                                               : tr("Delete %1 from %2?").arg(what, m_hostName),
                                     QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("filesDeleteQuestion"));
    question->setTextFormat(Qt::PlainText);
    question->setInformativeText(tr("This cannot be undone."));
    question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = question->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("filesDeleteConfirm"));
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel);
    const QByteArray folder = m_folder;
    connect(remove, &QPushButton::clicked, this, [this, folder, entries] {
        for (const SftpEntry &entry : entries) {
            change(m_session->remove(RemoteFolderModel::joined(folder, entry.name), entry.attributes.isDirectory()),
                   tr("Deleted %1.").arg(RemoteFolderModel::shownName(entry.name)));
        }
    });
    question->open();
}

void FileBrowser::changePermissions()
{
    const QList<SftpEntry> entries = selectedEntries();
    if (!m_ready || entries.isEmpty() || !m_permissionsAction->isEnabled())
        return;
    const QString what = entries.size() == 1 ? RemoteFolderModel::shownName(entries.first().name) : tr("%n item(s)", nullptr, int(entries.size()));
    auto *dialog = new PermissionsDialog(tr("Permissions of %1").arg(what), entries.first().attributes.permissions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QByteArray folder = m_folder;
    connect(dialog, &QDialog::accepted, this, [this, dialog, folder, entries] {
        for (const SftpEntry &entry : entries) {
            const quint32 mode = dialog->changed(entry.attributes.permissions); // each keeps the bits nobody touched
            if (mode == (entry.attributes.permissions & 07777))
                continue;
            change(m_session->changeMode(RemoteFolderModel::joined(folder, entry.name), mode),
                   tr("%1 is now %2.").arg(RemoteFolderModel::shownName(entry.name), RemoteFolderModel::modeText(mode).mid(1)), entry.name);
        }
    });
    dialog->open();
}

void FileBrowser::editSelected()
{
    const QList<SftpEntry> entries = selectedEntries();
    if (!m_ready || entries.size() != 1 || entries.first().attributes.isDirectory())
        return;
    m_editing->edit(RemoteFolderModel::joined(m_folder, entries.first().name));
}

void FileBrowser::editSelectedAsRoot()
{
    const QList<SftpEntry> entries = selectedEntries();
    if (!m_ready || entries.size() != 1 || entries.first().attributes.isDirectory() || !m_editing->canEditAsRoot())
        return;
    m_editing->edit(RemoteFolderModel::joined(m_folder, entries.first().name), true);
}

void FileBrowser::setRootRuns(SudoFileAccess::RunMaker makeRun, const QString &keychainKey, const QString &login)
{
    m_editing->setRootRuns(std::move(makeRun), keychainKey, m_hostName, login);
    updateActions();
}

QMimeData *FileBrowser::dragData(const QList<QByteArray> &paths)
{
    const QPointer<FileBrowser> self(this);
    return new RemoteDragData([self, paths]() -> QList<QUrl> { return self ? self->fetchForDrag(paths) : QList<QUrl>(); });
}

// The drop asked for the files: they are downloaded into a folder of this
// tab's (removed when the tab closes) while the window goes on, and handed
// over as local files.
QList<QUrl> FileBrowser::fetchForDrag(const QList<QByteArray> &paths)
{
    if (!m_ready || paths.isEmpty())
        return {};
    if (!m_dragFolder)
        m_dragFolder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/werkbank-drag-XXXXXX"));
    const QString folder = m_dragFolder->filePath(QString::number(++m_drags));
    if (!m_dragFolder->isValid() || !QDir().mkpath(folder)) {
        showStatus(tr("No room for the dragged files: %1").arg(m_dragFolder->errorString()), true);
        return {};
    }
    const int id = startDownload(paths, folder);
    showStatus(tr("Fetching %n item(s) for the drop…", nullptr, int(paths.size())));
    QEventLoop loop;
    bool ok = false;
    connect(m_transfers, &TransferQueueView::finished, &loop, [&](int finishedId, bool success) {
        if (finishedId == id) {
            ok = success;
            loop.quit();
        }
    });
    m_fetchingDrop = true;
    loop.exec();
    m_fetchingDrop = false;
    if (!ok)
        return {};
    QList<QUrl> urls;
    for (const QByteArray &path : paths)
        urls << QUrl::fromLocalFile(folder + QLatin1Char('/') + SftpTransferJob::destinationName(QString::fromUtf8(path))); // as the job named it
    return urls;
}

} // namespace wb
