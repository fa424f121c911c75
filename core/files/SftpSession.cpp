#include "core/files/SftpSession.h"

#include "core/files/SftpEngine.h"

namespace wb {

SftpSession::SftpSession(SshEndpoint target, SshConnectOptions options, QObject *parent) : QObject(parent)
{
    options.subsystem = QStringLiteral("sftp");
    options.command.clear();
    m_connection = new SshConnection(std::move(target), std::move(options), this);
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
    m_connection->setChannelPeer(m_engine);
    connect(m_connection, &SshConnection::finished, this, [this](const SshOutcome &outcome) {
        m_ready = false;
        if (outcome.failed && !std::exchange(m_failedSaid, true))
            Q_EMIT failed(outcome.failure.message());
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

int SftpSession::listFolder(const QString &path)
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

} // namespace wb
