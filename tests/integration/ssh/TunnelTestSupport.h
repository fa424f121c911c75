#pragma once
// Servers at the far end of a tunnel for the tunnel tests and benchmark: each
// on a thread of its own, so a test that blocks on its client never stalls them.

#include <QHostAddress>
#include <QTest>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace wbtest {

// Echo: every byte comes back. Http: answers one request with `body` and closes.
// Sink: reads and drops everything, counting; Source: sends `sourceBytes` and closes;
// Refuse: on the first bytes, answers `body` and closes while the client may still be sending.
class TcpPeerServer : public QThread
{
public:
    enum class Mode { Echo, Http, Sink, Source, Refuse };
    explicit TcpPeerServer(Mode mode, QByteArray body = {}) : m_mode(mode), m_body(std::move(body)) {}
    ~TcpPeerServer() override
    {
        quit();
        wait();
    }
    quint16 startServing()
    {
        start();
        m_ready.acquire();
        return m_port;
    }
    quint16 port() const { return m_port; }
    qint64 sourceBytes = 0;
    QAtomicInteger<qint64> received = 0;

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                serve(socket);
        });
        m_ready.release();
        exec();
    }

private:
    void serve(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        switch (m_mode) {
        case Mode::Echo:
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->write(socket->readAll()); });
            // The client's end of input: send what is left, then end ours.
            QObject::connect(socket, &QTcpSocket::readChannelFinished, socket, [socket] { socket->disconnectFromHost(); });
            break;
        case Mode::Http:
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (!socket->readAll().contains("\r\n\r\n") && !socket->property("seen").toBool())
                    return;
                socket->setProperty("seen", true);
                socket->write("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(m_body.size())
                              + "\r\n\r\n" + m_body);
                socket->disconnectFromHost();
            });
            break;
        case Mode::Refuse:
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (socket->property("answered").toBool())
                    return;
                socket->setProperty("answered", true);
                socket->write(m_body);
                socket->disconnectFromHost(); // sends the answer, then closes: what it was sent is left unread
            });
            break;
        case Mode::Sink:
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { received += socket->readAll().size(); });
            break;
        case Mode::Source: {
            auto *left = new qint64(sourceBytes);
            const auto more = [socket, left] {
                const QByteArray chunk(256 * 1024, 'x');
                while (*left > 0 && socket->bytesToWrite() < 4 * chunk.size()) {
                    const qint64 n = std::min<qint64>(*left, chunk.size());
                    socket->write(chunk.constData(), n);
                    *left -= n;
                }
                if (*left == 0 && socket->bytesToWrite() == 0)
                    socket->disconnectFromHost();
            };
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
            QObject::connect(socket, &QObject::destroyed, [left] { delete left; });
            more();
            break;
        }
        }
    }

    Mode m_mode;
    QByteArray m_body;
    quint16 m_port = 0;
    QSemaphore m_ready;
};

// Sends `data` through a connection to `port` here and reads as much back
// (what came, with "<timed out>" after it, when not all of it did).
inline QByteArray echoThrough(quint16 port, const QByteArray &data)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000))
        return "<no connection>";
    socket.write(data);
    QByteArray back;
    const bool whole = QTest::qWaitFor([&] {
        back += socket.readAll();
        return back.size() >= data.size() || socket.state() != QAbstractSocket::ConnectedState;
    }, 30000);
    return whole ? back + socket.readAll() : back + "<timed out>";
}

} // namespace wbtest
