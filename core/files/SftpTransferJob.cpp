#include "core/files/SftpTransferJob.h"

#include "core/text/SystemError.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wb {

namespace {

QByteArray local(const QString &path)
{
    return QFile::encodeName(path);
}

QString systemError()
{
    return systemErrorText(errno); // strerror is not safe on a worker thread
}

SftpAttributes attributesOf(const struct stat &info)
{
    SftpAttributes attributes;
    attributes.flags = SftpAttributes::Size | SftpAttributes::Permissions | SftpAttributes::AccessModTime;
    attributes.size = quint64(info.st_size);
    attributes.permissions = quint32(info.st_mode);
    attributes.atime = quint32(info.st_atim.tv_sec);
    attributes.mtime = quint32(info.st_mtim.tv_sec);
    return attributes;
}

constexpr qsizetype maxFolderEntries = 1000000;

bool isSafeName(const QByteArray &name)
{
    return !name.isEmpty() && name != "." && name != ".." && !name.contains('/') && !name.contains('\0');
}

QString printableName(const QByteArray &name)
{
    QString shown = QString::fromUtf8(name);
    for (QChar &c : shown) {
        if (c.unicode() < 0x20 || c == QLatin1Char('/'))
            c = QLatin1Char('?');
    }
    return shown;
}

// Modes as a copy gets them: no setuid, setgid or sticky bit from the other side.
quint32 keptMode(quint32 mode)
{
    return mode & 0777;
}

} // namespace

QString SftpTransferJob::destinationName(QString source)
{
    while (source.size() > 1 && source.endsWith(QLatin1Char('/')))
        source.chop(1);
    return source.section(QLatin1Char('/'), -1);
}

#define WB_ALIVE auto alive = m_alive
#define WB_GONE if (!*alive) return

SftpTransferJob::SftpTransferJob(QObject *context, SftpClient &client, TransferRequest request, ItemDone itemDone,
                                 Progress progress, Finished finished)
    : m_context(context), m_client(client), m_request(std::move(request)), m_itemDone(std::move(itemDone)), m_progress(std::move(progress)),
      m_finished(std::move(finished))
{
}

SftpTransferJob::~SftpTransferJob()
{
    *m_alive = false;
}

QString SftpTransferJob::joined(const QString &folder, const QString &name) const
{
    return folder.endsWith(QLatin1Char('/')) ? folder + name : folder + QLatin1Char('/') + name;
}

void SftpTransferJob::start()
{
    m_asking = m_request.conflict == TransferConflict::Ask && m_ask;
    resolveDestination();
}

void SftpTransferJob::cancel()
{
    m_cancelled = true;
    if (m_file)
        m_file->cancel();
    if (m_asked) { // waiting for an answer that is not needed now
        const std::unique_ptr<AskedConflict> asked = std::move(m_asked);
        report(asked->step, TransferItem::Result::Failed, tr("cancelled"));
        next();
    }
}

void SftpTransferJob::destinationStat(const QString &path, std::function<void(bool, const SftpAttributes &)> then)
{
    if (isDownload()) {
        struct stat info {};
        if (::lstat(local(path).constData(), &info) != 0)
            return then(false, {});
        return then(true, attributesOf(info));
    }
    WB_ALIVE;
    m_client.lstat(path.toUtf8(), [alive, then = std::move(then)](const SftpStatus &status, const SftpAttributes &attributes) {
        WB_GONE;
        then(status.ok(), attributes);
    });
}

void SftpTransferJob::resolveDestination()
{
    const auto go = [this](bool isFolder) {
        m_destinationIsFolder = isFolder;
        if (m_request.sources.size() > 1 && !isFolder) {
            for (const QString &source : m_request.sources)
                report({Step::Kind::Source, source, m_request.destination, {}}, TransferItem::Result::Failed,
                       tr("the destination must be an existing folder when there are several sources"));
            m_done = true;
            if (m_finished)
                m_finished(false);
            return;
        }
        for (const QString &source : m_request.sources) {
            const QString name = destinationName(source);
            // "a/..", "/" or "x/.": no name to give the copy, and joined to the folder it would leave it.
            if (isFolder && (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..") || name == QLatin1String("/"))) {
                report({Step::Kind::Source, source, m_request.destination, {}}, TransferItem::Result::Failed,
                       tr("has no name of its own to copy it under"));
                continue;
            }
            const QString destination = isFolder ? joined(m_request.destination, name) : m_request.destination;
            m_steps.push_back({Step::Kind::Source, source, destination, {}});
        }
        next();
    };
    if (isDownload()) {
        struct stat info {};
        go(::stat(local(m_request.destination).constData(), &info) == 0 && S_ISDIR(info.st_mode));
        return;
    }
    WB_ALIVE;
    m_client.stat(m_request.destination.toUtf8(), [this, alive, go](const SftpStatus &status, const SftpAttributes &attributes) {
        WB_GONE;
        go(status.ok() && attributes.isDirectory());
    });
}

// Every step ends by calling next(). A step answered at once (a local check,
// a lost session) would recurse through the whole tree and overflow the
// stack: inside a step, next() only asks the loop below to go on.
void SftpTransferJob::next()
{
    if (m_inStep) {
        m_again = true;
        return;
    }
    m_inStep = true;
    do {
        m_again = false;
        step();
    } while (m_again && !m_done);
    m_inStep = false;
}

void SftpTransferJob::abort(const QString &why)
{
    if (m_done)
        return;
    if (m_file)
        m_file->cancel();
    m_file.reset();
    if (const std::unique_ptr<AskedConflict> asked = std::move(m_asked))
        report(asked->step, TransferItem::Result::Failed, why);
    while (!m_steps.empty()) {
        const Step step = m_steps.front();
        m_steps.pop_front();
        if (step.kind != Step::Kind::FolderDone)
            report(step, TransferItem::Result::Failed, why);
    }
    m_done = true;
    if (m_finished)
        m_finished(false);
}

void SftpTransferJob::step()
{
    if (m_done)
        return;
    // Cancelled, or the session is gone: the rest fails here, in a loop (a
    // lost client answers at once, and a deep tree must not recurse through it).
    if (m_cancelled || m_client.hasFailed()) {
        const QString why = m_cancelled ? tr("cancelled") : tr("the connection was lost");
        while (!m_steps.empty()) {
            const Step step = m_steps.front();
            m_steps.pop_front();
            if (step.kind != Step::Kind::FolderDone)
                report(step, TransferItem::Result::Failed, why);
        }
    }
    if (m_steps.empty()) {
        m_done = true;
        if (m_finished)
            m_finished(m_failed == 0);
        return;
    }
    const Step step = m_steps.front();
    m_steps.pop_front();
    switch (step.kind) {
    case Step::Kind::Source: return statSource(step);
    case Step::Kind::File: return copyFile(step);
    case Step::Kind::Folder: return makeFolder(step);
    case Step::Kind::FolderDone: return finishFolder(step);
    case Step::Kind::Link: return copyLink(step);
    }
}

void SftpTransferJob::report(const Step &step, TransferItem::Result result, const QString &error, qint64 bytes)
{
    TransferItem item;
    item.source = step.source;
    item.destination = step.destination;
    item.kind = step.kind == Step::Kind::Folder || step.kind == Step::Kind::FolderDone ? TransferItem::Kind::Folder
                : step.kind == Step::Kind::Link ? TransferItem::Kind::Link
                                                : TransferItem::Kind::File;
    item.result = result;
    item.error = error;
    item.bytes = bytes;
    if (result == TransferItem::Result::Failed)
        ++m_failed;
    if (step.kind == Step::Kind::File && result != TransferItem::Result::Copied && step.attributes.isRegular())
        m_jobKnown -= qint64(step.attributes.size); // not coming: the bar is over what is
    if (m_itemDone)
        m_itemDone(item);
}

void SftpTransferJob::statSource(const Step &step)
{
    const auto classify = [this, step](const SftpAttributes &attributes) {
        Step resolved = step;
        resolved.attributes = attributes;
        if (attributes.isDirectory()) {
            if (!m_request.recursive) {
                resolved.kind = Step::Kind::Folder;
                report(resolved, TransferItem::Result::Failed, tr("is a folder (copy folders with -r)"));
                return next();
            }
            resolved.kind = Step::Kind::Folder;
        } else if (attributes.isRegular()) {
            resolved.kind = Step::Kind::File;
            m_jobKnown += qint64(attributes.size);
        } else {
            report(resolved, TransferItem::Result::Failed, tr("not a regular file"));
            return next();
        }
        m_steps.push_front(resolved);
        next();
    };
    if (!isDownload()) {
        struct stat info {};
        if (::stat(local(step.source).constData(), &info) != 0) {
            report(step, TransferItem::Result::Failed, systemError());
            return next();
        }
        return classify(attributesOf(info));
    }
    WB_ALIVE;
    m_client.stat(step.source.toUtf8(), [this, alive, step, classify](const SftpStatus &status, const SftpAttributes &attributes) {
        WB_GONE;
        if (!status.ok()) {
            report(step, TransferItem::Result::Failed, status.text());
            return next();
        }
        classify(attributes);
    });
}

void SftpTransferJob::copyFile(const Step &step)
{
    WB_ALIVE;
    destinationStat(step.destination, [this, alive, step](bool exists, const SftpAttributes &there) {
        WB_GONE;
        if (!exists)
            return startFile(step, m_request.conflict == TransferConflict::Resume);
        if (there.isDirectory()) {
            report(step, TransferItem::Result::Failed, tr("a folder of that name is in the way"));
            return next();
        }
        decideConflict(step, there, [this, alive, step, there](TransferConflict choice) {
            WB_GONE;
            switch (choice) {
            case TransferConflict::Refuse:
            case TransferConflict::Ask:
                report(step, TransferItem::Result::Failed, tr("exists already (overwrite, skip, resume or rename it)"));
                return next();
            case TransferConflict::Skip:
                report(step, TransferItem::Result::Skipped, tr("exists already"));
                return next();
            case TransferConflict::Overwrite:
                return startFile(step, false);
            case TransferConflict::Resume:
                if (there.size == step.attributes.size) {
                    report(step, TransferItem::Result::Skipped, tr("complete already"));
                    return next();
                }
                return startFile(step, true);
            case TransferConflict::Rename:
                return withFreeName(step, [this](const Step &renamed) { startFile(renamed, false); });
            }
        });
    });
}

void SftpTransferJob::startFile(const Step &step, bool resume)
{
    if (m_cancelled) { // came while a check before it was under way
        report(step, TransferItem::Result::Failed, tr("cancelled"));
        return next();
    }
    SftpFileTransfer::Spec spec;
    spec.direction = m_request.direction;
    spec.resume = resume;
    spec.mode = m_request.mode;
    if (isDownload()) {
        spec.remotePath = step.source.toUtf8();
        spec.localPath = step.destination;
    } else {
        spec.localPath = step.source;
        spec.remotePath = step.destination.toUtf8();
    }
    WB_ALIVE;
    m_file = std::make_unique<SftpFileTransfer>(
        m_client, spec,
        [this, alive, step](qint64 done, qint64 total) {
            WB_GONE;
            if (m_progress)
                m_progress(step.source, done, total, m_jobDone + done, m_jobKnown);
        },
        [this, alive, step](bool ok, const QString &error) {
            WB_GONE;
            const qint64 bytes = qint64(step.attributes.size);
            if (ok)
                m_jobDone += bytes;
            report(step, ok ? TransferItem::Result::Copied : TransferItem::Result::Failed, error, ok ? bytes : 0);
            // Not freed inside its own callback: on the next step.
            QMetaObject::invokeMethod(m_context, [this, alive] { // on this thread's loop
                WB_GONE;
                m_file.reset();
                next();
            }, Qt::QueuedConnection);
        });
    m_file->start();
}

void SftpTransferJob::makeFolder(const Step &step)
{
    const auto list = [this, step] {
        if (!isDownload())
            return listLocalFolder(step);
        WB_ALIVE;
        m_client.opendir(step.source.toUtf8(), [this, alive, step](const SftpStatus &status, const QByteArray &handle) {
            WB_GONE;
            if (!status.ok()) {
                report(step, TransferItem::Result::Failed, status.text());
                return next();
            }
            listRemoteFolder(step, handle, std::make_shared<QList<Step>>());
        });
    };
    if (isDownload()) {
        struct stat info {};
        // A folder there already is used, a link to one is not (lstat): nothing is written through a link.
        if (::mkdir(local(step.destination).constData(), 0700) != 0
            && !(errno == EEXIST && ::lstat(local(step.destination).constData(), &info) == 0 && S_ISDIR(info.st_mode))) {
            report(step, TransferItem::Result::Failed, systemError());
            return next();
        }
        return list();
    }
    WB_ALIVE;
    m_client.mkdir(step.destination.toUtf8(), SftpAttributes::withPermissions(0700), [this, alive, step, list](const SftpStatus &status) {
        WB_GONE;
        if (status.ok())
            return list();
        m_client.lstat(step.destination.toUtf8(), [this, alive, step, list, status](const SftpStatus &there, const SftpAttributes &attributes) {
            WB_GONE;
            if (there.ok() && attributes.isDirectory())
                return list(); // there already: the files go into it
            report(step, TransferItem::Result::Failed, status.text());
            next();
        });
    });
}

// Reads a remote folder batch by batch, then queues its entries (in name
// order) before the step that finishes the folder.
void SftpTransferJob::listRemoteFolder(const Step &step, const QByteArray &handle, std::shared_ptr<QList<Step>> children)
{
    WB_ALIVE;
    m_client.readdir(handle, [this, alive, step, handle, children](const SftpStatus &status, const QList<SftpEntry> &entries) {
        if (!*alive)
            return;
        if (status.ok()) {
            for (const SftpEntry &entry : entries) {
                if (entry.name == "." || entry.name == "..")
                    continue;
                // A name is one path component: a server that sends "../x" or "a/b" is not followed out of the folder.
                if (!isSafeName(entry.name)) {
                    report({Step::Kind::File, joined(step.source, printableName(entry.name)), step.destination, {}},
                           TransferItem::Result::Failed, tr("the server sent a name that is not a file name"));
                    continue;
                }
                if (children->size() >= maxFolderEntries) {
                    m_client.close(handle, [](const SftpStatus &) {});
                    report(step, TransferItem::Result::Failed, tr("more than %1 entries in one folder").arg(maxFolderEntries));
                    return next();
                }
                const QString name = QString::fromUtf8(entry.name);
                Step child{Step::Kind::File, joined(step.source, name), joined(step.destination, name), entry.attributes};
                if (entry.attributes.isDirectory())
                    child.kind = Step::Kind::Folder;
                else if (entry.attributes.isSymlink())
                    child.kind = Step::Kind::Link;
                else if (!entry.attributes.isRegular())
                    continue; // devices, sockets and pipes are not copied
                children->append(child);
            }
            return listRemoteFolder(step, handle, children);
        }
        m_client.close(handle, [](const SftpStatus &) {});
        const std::shared_ptr<QList<Step>> &owned = children;
        if (!status.isEof()) {
            report(step, TransferItem::Result::Failed, status.text());
            return next();
        }
        std::sort(owned->begin(), owned->end(), [](const Step &a, const Step &b) { return a.source < b.source; });
        // A name listed twice (a link, then a folder of that name) is taken once: never into what the first made.
        const auto twice = std::unique(owned->begin(), owned->end(), [](const Step &a, const Step &b) { return a.source == b.source; });
        for (auto it = twice; it != owned->end(); ++it)
            report(*it, TransferItem::Result::Failed, tr("the server listed this name twice"));
        owned->erase(twice, owned->end());
        Step done = step;
        done.kind = Step::Kind::FolderDone;
        m_steps.push_front(done);
        for (auto it = owned->crbegin(); it != owned->crend(); ++it) {
            if (it->kind == Step::Kind::File)
                m_jobKnown += qint64(it->attributes.size);
            m_steps.push_front(*it);
        }
        next();
    });
}

void SftpTransferJob::listLocalFolder(const Step &step)
{
    DIR *folder = ::opendir(local(step.source).constData());
    if (!folder) {
        report(step, TransferItem::Result::Failed, systemError());
        return next();
    }
    QList<Step> children;
    while (const dirent *entry = ::readdir(folder)) {
        const QByteArray raw(entry->d_name);
        if (raw == "." || raw == "..")
            continue;
        const QString name = QFile::decodeName(raw);
        Step child{Step::Kind::File, joined(step.source, name), joined(step.destination, name), {}};
        struct stat info {};
        if (::lstat(local(child.source).constData(), &info) != 0)
            continue;
        child.attributes = attributesOf(info);
        if (S_ISDIR(info.st_mode))
            child.kind = Step::Kind::Folder;
        else if (S_ISLNK(info.st_mode))
            child.kind = Step::Kind::Link;
        else if (!S_ISREG(info.st_mode))
            continue;
        children.append(child);
    }
    ::closedir(folder);
    std::sort(children.begin(), children.end(), [](const Step &a, const Step &b) { return a.source < b.source; });
    Step done = step;
    done.kind = Step::Kind::FolderDone;
    m_steps.push_front(done);
    for (auto it = children.crbegin(); it != children.crend(); ++it) {
        if (it->kind == Step::Kind::File)
            m_jobKnown += qint64(it->attributes.size);
        m_steps.push_front(*it);
    }
    next();
}

void SftpTransferJob::finishFolder(const Step &step)
{
    const quint32 mode = keptMode(step.attributes.permissions);
    if (isDownload()) {
        const int fd = ::open(local(step.destination).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        const struct timespec times[2] = {{time_t(step.attributes.atime), 0}, {time_t(step.attributes.mtime), 0}};
        if (fd < 0 || (step.attributes.has(SftpAttributes::Permissions) && ::fchmod(fd, mode) != 0)
            || (step.attributes.has(SftpAttributes::AccessModTime) && ::futimens(fd, times) != 0))
            report(step, TransferItem::Result::Failed, systemError());
        else
            report(step, TransferItem::Result::Copied, {});
        if (fd >= 0)
            ::close(fd);
        return next();
    }
    SftpAttributes kept = step.attributes;
    kept.flags = SftpAttributes::Permissions | SftpAttributes::AccessModTime;
    kept.permissions = mode;
    WB_ALIVE;
    m_client.setstat(step.destination.toUtf8(), kept, [this, alive, step](const SftpStatus &status) {
        WB_GONE;
        report(step, status.ok() ? TransferItem::Result::Copied : TransferItem::Result::Failed,
               status.ok() ? QString() : status.text());
        next();
    });
}

#undef WB_ALIVE
#undef WB_GONE

} // namespace wb
