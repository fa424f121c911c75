#pragma once

#include "core/files/SftpClient.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace wb {

// One file copied over SFTP with many requests in flight, never written under
// its final name until it is whole: the data goes to NAME.wbpart beside it,
// which is then renamed over NAME. A copy that was cut off leaves that part
// behind, and a resumed copy goes on from its end. Permissions and times are
// kept. Single-threaded, on the thread its SftpClient runs on; local files
// are read and written with POSIX calls there (never the GUI thread).
class SftpFileTransfer
{
    Q_DECLARE_TR_FUNCTIONS(wb::SftpFileTransfer)
public:
    enum class Direction { Download, Upload };
    struct Spec
    {
        Direction direction = Direction::Download;
        QByteArray remotePath;
        QString localPath;
        bool resume = false;    // go on from NAME.wbpart when it is there
        int maxRequests = 64;   // reads or writes in flight
        int mode = -1;          // the copy's mode (0777 bits) instead of the source's; -1: the source's
    };
    // Bytes moved so far (counting what a resume found done) and the total.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    using Done = std::function<void(bool ok, const QString &error)>;

    SftpFileTransfer(SftpClient &client, Spec spec, Progress progress, Done done);
    ~SftpFileTransfer();
    SftpFileTransfer(const SftpFileTransfer &) = delete;
    SftpFileTransfer &operator=(const SftpFileTransfer &) = delete;

    void start();
    // Stops after what is in flight came back; the part file stays for a resume.
    void cancel();
    bool isFinished() const { return m_finished; }

    static QString partSuffix() { return QStringLiteral(".wbpart"); }

private:
    void startDownload();
    void startUpload();
    void pumpReads();
    void pumpWrites();
    void onReadReply(quint64 offset, quint32 length, const SftpStatus &status, QByteArrayView data);
    void finishDownload();
    void finishUpload();
    void fail(const QString &error);
    bool stopped();
    void closeRemote(std::function<void()> then);
    void finish(bool ok, const QString &error);
    QString localError(const QString &what) const;

    SftpClient &m_client;
    Spec m_spec;
    Progress m_progress;
    Done m_done;
    // Set to false when this object goes away; callbacks still queued in the
    // client check it before they touch anything.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    QByteArray m_remotePart;
    QByteArray m_handle;
    int m_fd = -1;
    SftpAttributes m_source;     // the file being copied: size, mode, times
    quint64 m_nextOffset = 0;    // the next request's offset
    quint64 m_doneBytes = 0;
    quint64 m_total = 0;
    quint32 m_chunk = 32768;
    int m_inFlight = 0;
    bool m_eof = false;          // download: the server said end of file
    bool m_cancelled = false;
    bool m_failed = false;
    bool m_finished = false;
    QString m_error;
};

} // namespace wb
