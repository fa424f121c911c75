#include "widgets/files/RemoteEditController.h"

#include "core/files/EditorCommand.h"
#include "core/files/RemoteEdit.h"
#include "core/files/RemoteFileAccess.h"
#include "core/files/SftpSession.h"
#include "models/files/RemoteFolderModel.h"

#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTime>
#include <QWidget>

namespace wb {

namespace {

QString shownFileName(const QByteArray &remotePath)
{
    return RemoteFolderModel::shownName(remotePath.mid(remotePath.lastIndexOf('/') + 1));
}

} // namespace

RemoteEditController::RemoteEditController(QWidget *dialogParent) : QObject(dialogParent), m_dialogParent(dialogParent) {}

RemoteEditController::~RemoteEditController() = default;

void RemoteEditController::setSession(SftpSession *session)
{
    delete m_sftpAccess;
    m_sftpAccess = session ? new SftpFileAccess(session, this) : nullptr;
    for (RemoteEdit *edit : std::as_const(m_edits))
        if (!m_rootEdits.contains(edit))
            edit->setAccess(m_sftpAccess);
}

void RemoteEditController::setRootRuns(SudoFileAccess::RunMaker makeRun, const QString &keychainKey, const QString &host,
                                       const QString &login)
{
    m_makeRootRun = std::move(makeRun);
    m_keychainKey = keychainKey;
    m_host = host;
    m_login = login;
}

SudoFileAccess *RemoteEditController::rootAccess()
{
    if (!m_rootAccess && m_makeRootRun) {
        m_rootAccess = new SudoFileAccess(m_makeRootRun, m_keychainKey, this);
        connect(m_rootAccess, &SudoFileAccess::sudoPasswordNeeded, this, &RemoteEditController::askSudoPassword);
    }
    return m_rootAccess;
}

void RemoteEditController::askSudoPassword(bool wrong)
{
    if (m_askingSudo)
        return; // one question for the edits that wait on it
    m_askingSudo = true;
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("filesSudoPassword"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit as Root"));
    dialog->setLabelText(wrong ? tr("sudo on %1 did not accept that password. %2’s password, for sudo:").arg(m_host, m_login)
                               : tr("Files are read and saved as root through sudo on %1, which asks for %2’s password:").arg(m_host, m_login));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::finished, this, [this, dialog](int result) {
        m_askingSudo = false;
        // Only the edits that failed for want of it; cancelled, they stay failed (Edit as Root again asks again).
        const QList<QPointer<RemoteEdit>> waiting = std::exchange(m_awaitingPassword, {});
        if (result != QDialog::Accepted || dialog->textValue().isEmpty())
            return;
        m_rootAccess->setSudoPassword(dialog->textValue());
        for (const QPointer<RemoteEdit> &edit : waiting)
            if (edit)
                edit->retry();
    });
    dialog->open();
}

int RemoteEditController::openCount() const
{
    return int(std::count_if(m_edits.cbegin(), m_edits.cend(), [](const RemoteEdit *edit) { return edit->isOpen(); }));
}

void RemoteEditController::edit(const QByteArray &remotePath, bool asRoot)
{
    for (RemoteEdit *edit : std::as_const(m_edits)) {
        if (edit->remotePath() != remotePath || m_rootEdits.contains(edit) != asRoot)
            continue;
        if (edit->isOpen() && QFileInfo::exists(edit->localPath()))
            return launchEditor(edit); // the copy that is open already, with its saves
        if (!edit->isOpen()) { // one that did not open (or is opening): tried again, never twice
            Q_EMIT status(tr("Fetching %1 to edit…").arg(shownFileName(remotePath)), false);
            return edit->retry();
        }
    }
    RemoteFileAccess *access = asRoot ? static_cast<RemoteFileAccess *>(rootAccess()) : m_sftpAccess.data();
    if (!access)
        return;
    if (!m_folder)
        m_folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/werkbank-edit-XXXXXX")); // 0700
    // A folder each: two files of one name from two folders do not meet.
    const QString folder = m_folder->filePath(QString::number(m_edits.size() + 1));
    if (!m_folder->isValid() || !QDir().mkpath(folder)) {
        Q_EMIT status(tr("No room for a copy to edit: %1").arg(m_folder->errorString()), true);
        return;
    }
    auto *edit = new RemoteEdit(access, remotePath, folder, this);
    m_edits << edit;
    if (asRoot)
        m_rootEdits << edit;
    const QString name = shownFileName(remotePath);
    connect(edit, &RemoteEdit::opened, this, [this, edit] { launchEditor(edit); });
    connect(edit, &RemoteEdit::saved, this, [this, edit, name] {
        Q_EMIT status(tr("Saved %1 to the host at %2.").arg(name, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), false);
        Q_EMIT saved(edit->remotePath());
    });
    connect(edit, &RemoteEdit::failed, this, [this, edit, name, asRoot](const QString &error) {
        if (asRoot && m_rootAccess && m_rootAccess->waitingForPassword() && !m_awaitingPassword.contains(edit))
            m_awaitingPassword.append(edit); // tried again once the password is given
        Q_EMIT status(tr("%1 was not copied: %2").arg(name, error), true);
    });
    connect(edit, &RemoteEdit::remoteChanged, this, [this, edit] { askAbout(edit); });
    Q_EMIT status(asRoot ? tr("Fetching %1 to edit as root…").arg(name) : tr("Fetching %1 to edit…").arg(name), false);
    edit->start();
}

void RemoteEditController::launchEditor(RemoteEdit *edit)
{
    const QString name = shownFileName(edit->remotePath());
    const std::optional<EditorCommand> command = EditorCommand::forFile(edit->localPath(), QProcessEnvironment::systemEnvironment());
    if (!command) {
        Q_EMIT status(tr("No editor to open %1: set VISUAL or EDITOR (the desktop's opener is used for text files only). The copy is %2.").arg(name, edit->localPath()), true);
        return;
    }
    // Its own process, not waited for: many editors hand the file to a window that is open already and exit.
    if (!QProcess::startDetached(command->program, command->arguments)) {
        Q_EMIT status(tr("%1 did not start.").arg(command->program), true);
        return;
    }
    // The editor's name, not the terminal's it runs in.
    const bool inTerminal = command->arguments.size() > 2 && command->arguments.first() == QLatin1String("-e");
    const QString editor = QFileInfo(inTerminal ? command->arguments.at(1) : command->program).fileName();
    Q_EMIT status(tr("Editing %1 in %2: each save goes to the host.").arg(name, editor), false);
}

void RemoteEditController::askAbout(RemoteEdit *edit)
{
    const QString name = shownFileName(edit->remotePath());
    auto *question = new QMessageBox(QMessageBox::Warning, tr("Changed on the Host"),
                                     tr("%1 changed on the host since you opened it. Upload your version over it?").arg(name),
                                     QMessageBox::NoButton, m_dialogParent);
    question->setObjectName(QStringLiteral("filesEditConflict"));
    question->setTextFormat(Qt::PlainText);
    question->setInformativeText(tr("Keep Theirs leaves the host's copy; your save stays in the editor, and the next save asks again."));
    question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *mine = question->addButton(tr("&Upload Mine"), QMessageBox::DestructiveRole);
    mine->setObjectName(QStringLiteral("filesEditUploadMine"));
    QPushButton *theirs = question->addButton(tr("&Keep Theirs"), QMessageBox::RejectRole);
    theirs->setObjectName(QStringLiteral("filesEditKeepTheirs"));
    question->setDefaultButton(theirs);
    const QPointer<RemoteEdit> guarded = edit;
    // Any way it closes (Escape too) but Upload Mine leaves the host's copy.
    connect(question, &QMessageBox::finished, this, [guarded, question, mine] {
        if (guarded)
            guarded->resolveConflict(question->clickedButton() == mine);
    });
    question->open();
}

} // namespace wb
