#pragma once

#include "core/files/SftpFileTransfer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaType>
#include <QStringList>

#include <deque>
#include <functional>
#include <memory>

namespace wb {

// What a transfer does when the destination file is there already.
enum class TransferConflict { Refuse, Overwrite, Skip, Resume };

struct TransferRequest
{
    SftpFileTransfer::Direction direction = SftpFileTransfer::Direction::Download;
    // Remote paths (download) or local paths (upload), as given.
    QStringList sources;
    // A folder the sources go into when it exists (as cp and scp do), else the
    // new name of the one source.
    QString destination;
    bool recursive = false;
    TransferConflict conflict = TransferConflict::Refuse;
};

// One file, folder or link done (or not), for reports and --json.
struct TransferItem
{
    QString source;
    QString destination;
    enum class Kind { File, Folder, Link } kind = Kind::File;
    enum class Result { Copied, Skipped, Failed } result = Result::Copied;
    qint64 bytes = 0;
    QString error;
};

// Copies files and folder trees over one SFTP session, a file at a time with
// many requests in flight inside it: folders are read as they are reached,
// symbolic links inside a tree are copied as links, folders get their mode
// and times once their contents are in. On the SftpClient's thread.
class SftpTransferJob
{
    Q_DECLARE_TR_FUNCTIONS(wb::SftpTransferJob)
public:
    using ItemDone = std::function<void(const TransferItem &)>;
    // Bytes of the current file and of the whole job so far.
    using Progress = std::function<void(const QString &file, qint64 fileDone, qint64 fileTotal, qint64 jobDone)>;
    using Finished = std::function<void(bool ok)>;

    // context: an object on the client's thread, to queue the next step on.
    SftpTransferJob(QObject *context, SftpClient &client, TransferRequest request, ItemDone itemDone, Progress progress,
                    Finished finished);
    ~SftpTransferJob();

    void start();
    void cancel();
    // The session is gone: everything not done fails with why, and the job
    // ends now (a queued next step might never run).
    void abort(const QString &why);
    int failedCount() const { return m_failed; }

private:
    struct Step
    {
        enum class Kind { Source, File, Folder, FolderDone, Link } kind;
        QString source;
        QString destination;
        SftpAttributes attributes; // of the source
    };

    bool isDownload() const { return m_request.direction == SftpFileTransfer::Direction::Download; }
    void next();
    void step();
    void resolveDestination();
    void statSource(const Step &step);
    void copyFile(const Step &step);
    void startFile(const Step &step, bool resume);
    void makeFolder(const Step &step);
    void listRemoteFolder(const Step &step, const QByteArray &handle, std::shared_ptr<QList<Step>> children);
    void listLocalFolder(const Step &step);
    void finishFolder(const Step &step);
    void copyLink(const Step &step);
    void report(const Step &step, TransferItem::Result result, const QString &error, qint64 bytes = 0);
    QString joined(const QString &folder, const QString &name) const;
    // Local and remote calls for the destination side, answered with an SftpStatus.
    void destinationStat(const QString &path, std::function<void(bool exists, const SftpAttributes &)> then);

    QObject *m_context;
    SftpClient &m_client;
    TransferRequest m_request;
    ItemDone m_itemDone;
    Progress m_progress;
    Finished m_finished;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    std::deque<Step> m_steps;
    std::unique_ptr<SftpFileTransfer> m_file;
    bool m_destinationIsFolder = false;
    bool m_cancelled = false;
    bool m_done = false;
    bool m_inStep = false;
    bool m_again = false;
    int m_failed = 0;
    qint64 m_jobDone = 0;      // bytes of files finished
};

} // namespace wb

Q_DECLARE_METATYPE(wb::TransferItem)
