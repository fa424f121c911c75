#include "core/files/SftpSession.h"

#include "core/files/SftpEngine.h"

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
    connect(m_engine, &SftpEngine::ready, this, [this](const QString &error) {
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
    connect(m_engine, &SftpEngine::folderListed, this, &SftpSession::folderListed);
    connect(m_engine, &SftpEngine::operationDone, this, &SftpSession::operationDone);
    connect(m_engine, &SftpEngine::pathResolved, this, &SftpSession::pathResolved);
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

int SftpSession::transfer(const TransferRequest &request)
{
    const int id = m_nextId++;
    if (m_connection->state() == SshConnection::State::Closed) {
        QMetaObject::invokeMethod(this, [this, id, request] {
            for (const QString &source : request.sources) {
                TransferItem item;
                item.source = source;
                item.destination = request.destination;
                item.result = TransferItem::Result::Failed;
                item.error = tr("the connection is closed");
                Q_EMIT transferItem(id, item);
            }
            Q_EMIT transferFinished(id, false);
        }, Qt::QueuedConnection);
        return id;
    }
    SftpEngine *engine = m_engine;
    QMetaObject::invokeMethod(engine, [engine, id, request] { engine->startTransfer(id, request); }, Qt::QueuedConnection);
    return id;
}

void SftpSession::cancel(int id)
{
    if (m_connection->state() == SshConnection::State::Closed)
        return;
    SftpEngine *engine = m_engine;
    QMetaObject::invokeMethod(engine, [engine, id] { engine->cancelTransfer(id); }, Qt::QueuedConnection);
}

int SftpSession::listFolder(const QByteArray &path)
{
    const int id = m_nextId++;
    if (m_connection->state() == SshConnection::State::Closed) {
        QMetaObject::invokeMethod(this, [this, id, path] { Q_EMIT folderListed(id, path, {}, tr("the connection is closed")); },
                                  Qt::QueuedConnection);
        return id;
    }
    SftpEngine *engine = m_engine;
    QMetaObject::invokeMethod(engine, [engine, id, path] { engine->listFolder(id, path); }, Qt::QueuedConnection);
    return id;
}

int SftpSession::resolvePath(const QByteArray &path)
{
    const int id = m_nextId++;
    if (m_connection->state() == SshConnection::State::Closed) {
        QMetaObject::invokeMethod(this, [this, id] { Q_EMIT pathResolved(id, {}, tr("the connection is closed")); }, Qt::QueuedConnection);
        return id;
    }
    SftpEngine *engine = m_engine;
    QMetaObject::invokeMethod(engine, [engine, id, path] { engine->resolvePath(id, path); }, Qt::QueuedConnection);
    return id;
}

int SftpSession::operate(int operation, const QByteArray &path, const QByteArray &target, quint32 mode)
{
    const int id = m_nextId++;
    if (m_connection->state() == SshConnection::State::Closed) {
        QMetaObject::invokeMethod(this, [this, id] { Q_EMIT operationDone(id, tr("the connection is closed")); }, Qt::QueuedConnection);
        return id;
    }
    SftpEngine *engine = m_engine;
    QMetaObject::invokeMethod(engine, [engine, id, operation, path, target, mode] {
        engine->operate(id, SftpEngine::Operation(operation), path, target, mode);
    }, Qt::QueuedConnection);
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
