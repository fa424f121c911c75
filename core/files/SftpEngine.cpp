#include "core/files/SftpEngine.h"

#include <QCoreApplication>
#include <QTimer>

namespace wb {

namespace {
constexpr int progressIntervalMs = 100; // at most ten progress signals a second cross threads
} // namespace

SftpEngine::SftpEngine()
{
    qRegisterMetaType<wb::TransferItem>();
    qRegisterMetaType<wb::TransferConflictQuestion>();
    qRegisterMetaType<wb::SftpAttributes>();
    qRegisterMetaType<wb::SftpEntry>();
    qRegisterMetaType<QList<wb::SftpEntry>>();
}

SftpEngine::~SftpEngine()
{
    m_running.reset();
    m_client.reset();
}

void SftpEngine::channelOpened(SshChannelPort *port)
{
    m_port = port;
    m_client = std::make_unique<SftpClient>([this](const QByteArray &data) {
        if (m_port)
            m_port->write(data);
    });
    m_client->start([this](const SftpStatus &status) {
        m_ready = status.ok();
        Q_EMIT ready(status.ok() ? QString() : status.text());
        if (m_ready)
            startNext();
    });
}

void SftpEngine::channelData(const QByteArray &data, bool isStderr)
{
    if (!isStderr && m_client)
        m_client->feed(data);
}

void SftpEngine::channelClosed(const SshOutcome &outcome)
{
    m_port = nullptr;
    m_closedReason = outcome.failed         ? outcome.failure.message()
                     : outcome.closedByUser ? tr("the SFTP session was closed")
                                            : tr("the server ended the SFTP session (the connection closed or was lost)");
    if (m_client) {
        m_client->fail(m_closedReason);
    } else {
        // Logged in, but no "sftp" subsystem (a router, a switch); not a timeout or a refused session.
        Q_EMIT ready(m_closedReason, outcome.subsystemRefused);
    }
    // The running job ends here and now: its next step, queued on this
    // thread, may never run once the thread is told to end.
    if (m_running && !m_finishedJob)
        m_running->abort(m_closedReason);
    // What was queued and never started ends too.
    for (auto it = m_queued.begin(); it != m_queued.end(); it = m_queued.erase(it)) {
        for (const QString &source : it->second.sources) {
            TransferItem item;
            item.source = source;
            item.destination = it->second.destination;
            item.result = TransferItem::Result::Failed;
            item.error = m_closedReason;
            Q_EMIT transferItem(it->first, item);
        }
        Q_EMIT transferFinished(it->first, false);
    }
}

void SftpEngine::startTransfer(int id, const TransferRequest &request)
{
    m_queued.emplace(id, request);
    if (m_ready && (!m_running || m_finishedJob))
        startNext();
    else if (!m_client && !m_closedReason.isEmpty())
        channelClosed(SshOutcome::failedWith({SshStep::Session, m_closedReason, {}}));
}

void SftpEngine::cancelTransfer(int id)
{
    if (id == m_runningId && m_running) {
        m_running->cancel();
        return;
    }
    const auto it = m_queued.find(id);
    if (it == m_queued.end())
        return;
    for (const QString &source : it->second.sources) {
        TransferItem item;
        item.source = source;
        item.destination = it->second.destination;
        item.result = TransferItem::Result::Failed;
        item.error = tr("cancelled");
        Q_EMIT transferItem(id, item);
    }
    m_queued.erase(it);
    Q_EMIT transferFinished(id, false);
}

void SftpEngine::startNext()
{
    if (m_finishedJob) {
        m_running.reset();
        m_finishedJob = false;
    }
    if (m_running || m_queued.empty() || !m_client)
        return;
    const auto first = m_queued.begin();
    const int id = first->first;
    TransferRequest request = std::move(first->second);
    m_queued.erase(first);
    m_runningId = id;
    m_sinceProgress.start();
    m_running = std::make_unique<SftpTransferJob>(
        this, *m_client, std::move(request), [this, id](const TransferItem &item) { Q_EMIT transferItem(id, item); },
        [this, id](const QString &file, qint64 fileDone, qint64 fileTotal, qint64 jobDone, qint64 jobKnown) {
            if (fileDone != fileTotal && m_sinceProgress.elapsed() < progressIntervalMs)
                return;
            m_sinceProgress.restart();
            Q_EMIT transferProgress(id, file, fileDone, fileTotal, jobDone, jobKnown);
        },
        [this, id](bool ok) {
            Q_EMIT transferFinished(id, ok);
            // The job is not freed inside its own callback: the next start frees it.
            m_runningId = 0;
            m_finishedJob = true;
            QTimer::singleShot(0, this, [this] { startNext(); });
        });
    m_running->setConflictAsk([this, id](const TransferConflictQuestion &question) { Q_EMIT transferConflict(id, question); });
    m_running->start();
}

void SftpEngine::answerConflict(int id, TransferConflict choice, bool forAll)
{
    if (m_running && id == m_runningId)
        m_running->answerConflict(choice, forAll);
}

void SftpEngine::listFolder(int id, const QByteArray &path)
{
    if (!m_client || !m_ready) {
        Q_EMIT folderListed(id, path, {}, m_closedReason.isEmpty() ? tr("not connected") : m_closedReason);
        return;
    }
    readFolder(path, [this, id, path](const QList<SftpEntry> &entries, const QString &error) {
        Q_EMIT folderListed(id, path, entries, error);
    });
}

void SftpEngine::resolvePath(int id, const QByteArray &path)
{
    if (!m_client || !m_ready) {
        Q_EMIT pathResolved(id, {}, m_closedReason.isEmpty() ? tr("not connected") : m_closedReason);
        return;
    }
    m_client->realpath(path, [this, id](const SftpStatus &status, const QByteArray &resolved) {
        Q_EMIT pathResolved(id, resolved, status.ok() ? QString() : status.text());
    });
}

void SftpEngine::statPath(int id, const QByteArray &path)
{
    if (!m_client || !m_ready) {
        Q_EMIT pathStatted(id, path, {}, m_closedReason.isEmpty() ? tr("not connected") : m_closedReason, false);
        return;
    }
    m_client->stat(path, [this, id, path](const SftpStatus &status, const SftpAttributes &attributes) {
        Q_EMIT pathStatted(id, path, attributes, status.ok() ? QString() : status.text(), status.code == Sftp::NoSuchFile);
    });
}

// A whole folder, batch after batch, then closed.
void SftpEngine::readFolder(const QByteArray &path, std::function<void(const QList<SftpEntry> &, const QString &)> then)
{
    auto entries = std::make_shared<QList<SftpEntry>>();
    m_client->opendir(path, [this, entries, then = std::move(then)](const SftpStatus &status, const QByteArray &handle) {
        if (!status.ok())
            return then({}, status.text());
        auto readMore = std::make_shared<std::function<void()>>();
        // The function holds itself only weakly: nothing leaks when the client goes with a read pending.
        *readMore = [this, entries, handle, then, weak = std::weak_ptr<std::function<void()>>(readMore)] {
            m_client->readdir(handle, [this, entries, handle, then, more = weak.lock()](const SftpStatus &status, const QList<SftpEntry> &batch) {
                if (status.ok() && entries->size() < 1000000) {
                    *entries += batch;
                    (*more)();
                    return;
                }
                m_client->close(handle, [](const SftpStatus &) {});
                const QString error = status.ok()       ? tr("more than a million entries in one folder")
                                      : status.isEof() ? QString()
                                                       : status.text();
                then(error.isEmpty() ? *entries : QList<SftpEntry>{}, error);
            });
        };
        (*readMore)();
    });
}

void SftpEngine::operate(int id, Operation operation, const QByteArray &path, const QByteArray &target, quint32 mode)
{
    if (!m_client || !m_ready) {
        Q_EMIT operationDone(id, m_closedReason.isEmpty() ? tr("not connected") : m_closedReason);
        return;
    }
    const auto done = [this, id](const SftpStatus &status) { Q_EMIT operationDone(id, status.ok() ? QString() : status.text()); };
    switch (operation) {
    case Operation::MakeFolder: return m_client->mkdir(path, SftpAttributes::withPermissions(mode), done);
    case Operation::Rename: return m_client->rename(path, target, done);
    case Operation::Remove: return m_client->remove(path, done);
    case Operation::ChangeMode: return m_client->setstat(path, SftpAttributes::withPermissions(mode), done);
    case Operation::RemoveTree:
        return removeTree(path, [this, id](const QString &error) { Q_EMIT operationDone(id, error); });
    }
}

// Everything in a folder, then the folder; links are removed, never followed.
// The first failure stops it, with the path that failed.
void SftpEngine::removeTree(const QByteArray &path, std::function<void(const QString &)> then)
{
    readFolder(path, [this, path, then = std::move(then)](const QList<SftpEntry> &entries, const QString &error) {
        if (!error.isEmpty())
            return then(QStringLiteral("%1: %2").arg(QString::fromUtf8(path), error));
        auto rest = std::make_shared<QList<SftpEntry>>();
        for (const SftpEntry &entry : entries) {
            if (entry.name != "." && entry.name != ".." && !entry.name.contains('/'))
                rest->append(entry);
        }
        auto step = std::make_shared<std::function<void()>>();
        *step = [this, path, rest, then, weak = std::weak_ptr<std::function<void()>>(step)] {
            const auto again = weak.lock();
            if (rest->isEmpty()) {
                m_client->rmdir(path, [path, then](const SftpStatus &status) {
                    then(status.ok() ? QString() : QStringLiteral("%1: %2").arg(QString::fromUtf8(path), status.text()));
                });
                return;
            }
            const SftpEntry entry = rest->takeFirst();
            const QByteArray child = path.endsWith('/') ? path + entry.name : path + '/' + entry.name;
            const auto next = [again, then, child](const QString &failed) {
                if (!failed.isEmpty())
                    return then(failed);
                (*again)();
            };
            if (entry.attributes.isDirectory())
                return removeTree(child, next);
            m_client->remove(child, [next, child](const SftpStatus &status) {
                next(status.ok() ? QString() : QStringLiteral("%1: %2").arg(QString::fromUtf8(child), status.text()));
            });
        };
        (*step)();
    });
}

} // namespace wb
