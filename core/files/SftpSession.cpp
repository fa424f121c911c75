#include "core/files/SftpSession.h"

#include "core/files/SftpEngine.h"

#include <atomic>

namespace wb {

SftpSession::SftpSession(SshEndpoint target, SshConnectOptions options, QObject *parent) : QObject(parent)
{
    m_connection = new SshConnection(std::move(target), optionsFor(std::move(options)), this);
    attach();
}

SftpSession::SftpSession(SshConnection *connection, QObject *parent) : QObject(parent), m_connection(connection)
{
    m_connection->setParent(this);
    attach();
}

SshConnectOptions SftpSession::optionsFor(SshConnectOptions options)
{
    options.subsystem = QStringLiteral("sftp");
    options.command.clear();
    return options;
}

void SftpSession::attach()
{
    m_engine = new SftpEngine;
    connect(m_engine, &SftpEngine::ready, this, [this](const QString &error, bool noSftp) {
        m_lacksSftp = noSftp;
        if (error.isEmpty()) {
            m_ready = true;
            Q_EMIT ready();
        } else if (!std::exchange(m_failedSaid, true)) {
            Q_EMIT failed(error);
        }
    });
    connect(m_engine, &SftpEngine::transferItem, this, &SftpSession::transferItem);
    connect(m_engine, &SftpEngine::transferProgress, this, &SftpSession::transferProgress);
    connect(m_engine, &SftpEngine::transferFinished, this, &SftpSession::transferFinished);
    connect(m_engine, &SftpEngine::transferConflict, this, &SftpSession::transferConflict);
    connect(m_engine, &SftpEngine::folderListed, this, &SftpSession::folderListed);
    connect(m_engine, &SftpEngine::operationDone, this, &SftpSession::operationDone);
    connect(m_engine, &SftpEngine::pathResolved, this, &SftpSession::pathResolved);
    connect(m_engine, &SftpEngine::pathStatted, this, &SftpSession::pathStatted);
    m_connection->setChannelPeer(m_engine);
    connect(m_connection, &SshConnection::finished, this, [this](const SshOutcome &outcome) {
        m_ready = false;
        if (!std::exchange(m_failedSaid, true))
            Q_EMIT failed(outcome.failed ? outcome.failure.message() : tr("the SFTP session ended"));
    });
}

SftpSession::~SftpSession() = default;

void SftpSession::open()
{
    m_connection->open();
}

void SftpSession::close()
{
    m_connection->close();
}

// Unique in the process, not per session: a tab that reconnects gets a new
// session, and its old requests' rows must never meet the new ones' answers.
int SftpSession::nextId()
{
    static std::atomic<int> next{1};
    return next.fetch_add(1);
}

void SftpSession::toEngine(std::function<void(SftpEngine *)> work, std::function<void()> whenClosed)
{
    if (m_connection->state() == SshConnection::State::Closed) {
        if (whenClosed)
            QMetaObject::invokeMethod(this, std::move(whenClosed), Qt::QueuedConnection);
        return;
    }
    SftpEngine *engine = m_engine;
    QMetaObject::invokeMethod(engine, [engine, work = std::move(work)] { work(engine); }, Qt::QueuedConnection);
}

int SftpSession::transfer(const TransferRequest &request)
{
    const int id = nextId();
    toEngine([id, request](SftpEngine *engine) { engine->startTransfer(id, request); },
             [this, id, request] {
                 for (const QString &source : request.sources) {
                     TransferItem item;
                     item.source = source;
                     item.destination = request.destination;
                     item.result = TransferItem::Result::Failed;
                     item.error = tr("the connection is closed");
                     Q_EMIT transferItem(id, item);
                 }
                 Q_EMIT transferFinished(id, false);
             });
    return id;
}

void SftpSession::cancel(int id)
{
    toEngine([id](SftpEngine *engine) { engine->cancelTransfer(id); });
}

void SftpSession::answerConflict(int id, TransferConflict choice, bool forAll)
{
    toEngine([id, choice, forAll](SftpEngine *engine) { engine->answerConflict(id, choice, forAll); });
}

int SftpSession::listFolder(const QByteArray &path)
{
    const int id = nextId();
    toEngine([id, path](SftpEngine *engine) { engine->listFolder(id, path); },
             [this, id, path] { Q_EMIT folderListed(id, path, {}, tr("the connection is closed")); });
    return id;
}

int SftpSession::resolvePath(const QByteArray &path)
{
    const int id = nextId();
    toEngine([id, path](SftpEngine *engine) { engine->resolvePath(id, path); },
             [this, id] { Q_EMIT pathResolved(id, {}, tr("the connection is closed")); });
    return id;
}

int SftpSession::statPath(const QByteArray &path)
{
    const int id = nextId();
    toEngine([id, path](SftpEngine *engine) { engine->statPath(id, path); },
             [this, id, path] { Q_EMIT pathStatted(id, path, {}, tr("the connection is closed"), false); });
    return id;
}

int SftpSession::operate(int operation, const QByteArray &path, const QByteArray &target, quint32 mode)
{
    const int id = nextId();
    toEngine([id, operation, path, target, mode](SftpEngine *engine) {
        engine->operate(id, SftpEngine::Operation(operation), path, target, mode);
    }, [this, id] { Q_EMIT operationDone(id, tr("the connection is closed")); });
    return id;
}

int SftpSession::makeFolder(const QByteArray &path, quint32 mode)
{
    return operate(int(SftpEngine::Operation::MakeFolder), path, {}, mode);
}

int SftpSession::rename(const QByteArray &from, const QByteArray &to)
{
    return operate(int(SftpEngine::Operation::Rename), from, to, 0);
}

int SftpSession::remove(const QByteArray &path, bool tree)
{
    return operate(int(tree ? SftpEngine::Operation::RemoveTree : SftpEngine::Operation::Remove), path, {}, 0);
}

int SftpSession::changeMode(const QByteArray &path, quint32 mode)
{
    return operate(int(SftpEngine::Operation::ChangeMode), path, {}, mode);
}

} // namespace wb
