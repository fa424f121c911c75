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

// What a transfer does when the destination file is there already. Rename
// keeps both: the copy gets a free name ("report (1).pdf"). Ask puts the
// question to whoever started the transfer (TransferConflictQuestion) and
// waits for the answer.
enum class TransferConflict { Refuse, Overwrite, Skip, Resume, Rename, Ask };

// A file (or link) about to be copied over one that is there: what the user
// is shown to decide. Sizes in bytes, times in seconds since the epoch (0 when
// unknown).
struct TransferConflictQuestion
{
    QString source;
    QString destination;
    qint64 sourceSize = 0;
    qint64 destinationSize = 0;
    qint64 sourceModified = 0;
    qint64 destinationModified = 0;
    bool isLink = false;
    // The copy there is shorter than the source: it can be continued.
    bool canResume = false;
};

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
    // The files' mode (0777 bits) instead of their sources' (an edited file keeps the host's); -1: the sources'.
    int mode = -1;
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
    // Bytes of the current file, of the whole job so far, and of every file
    // the job knows of so far (a tree's files are known as its folders are read).
    using Progress = std::function<void(const QString &file, qint64 fileDone, qint64 fileTotal, qint64 jobDone, qint64 jobKnown)>;
    using ConflictAsk = std::function<void(const TransferConflictQuestion &)>;
    using Finished = std::function<void(bool ok)>;

    // context: an object on the client's thread, to queue the next step on.
    SftpTransferJob(QObject *context, SftpClient &client, TransferRequest request, ItemDone itemDone, Progress progress,
                    Finished finished);
    ~SftpTransferJob();

    // Who answers when the request's conflict is Ask (answerConflict).
    void setConflictAsk(ConflictAsk ask) { m_ask = std::move(ask); }
    void start();
    void cancel();
    // The answer to the question asked last; with forAll, every later
    // conflict of this job gets it too. Ask or Refuse refuses this one.
    void answerConflict(TransferConflict choice, bool forAll);
    bool isAsking() const { return bool(m_asked); }
    // The session is gone: everything not done fails with why, and the job
    // ends now (a queued next step might never run).
    void abort(const QString &why);
    int failedCount() const { return m_failed; }
    // What a source is copied as inside a destination folder: its last part ("" for "/").
    static QString destinationName(QString source);

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
    void placeLink(const Step &step, const QByteArray &target, bool replace);
    // What to do with a destination that is there (asks when told to).
    void decideConflict(const Step &step, const SftpAttributes &there, std::function<void(TransferConflict)> then);
    // A name beside `path` that is free ("name (1).ext", "name (2).ext", …), or empty.
    void freeName(const QString &path, int attempt, std::function<void(const QString &)> then);
    // The step with its destination moved to a free name (or failed: none is free).
    void withFreeName(const Step &step, std::function<void(const Step &)> then);
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
    qint64 m_jobKnown = 0;     // bytes of the files found so far
    ConflictAsk m_ask;
    bool m_asking = false;     // the request said Ask: answers "for all" came from a person
    struct AskedConflict
    {
        Step step;
        std::function<void(TransferConflict)> then;
    };
    std::unique_ptr<AskedConflict> m_asked;
};

} // namespace wb

Q_DECLARE_METATYPE(wb::TransferItem)
Q_DECLARE_METATYPE(wb::TransferConflictQuestion)
