#pragma once

#include "core/files/SftpFileTransfer.h"
#include "core/ssh/SshChannelPeer.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <optional>

namespace wb {

// A line of the classic SCP protocol (rcp's) from the host: a file's header
// ("C0644 1234 name"), its times ("T1700000000 0 1700000000 0"), or an error
// (\1 or \2 and a message). Folders ("D", "E") are not taken: SCP is the
// fallback for single files.
struct ScpLine
{
    Q_DECLARE_TR_FUNCTIONS(wb::ScpLine)
public:
    enum class Kind { File, Times, Error };
    Kind kind = Kind::Error;
    quint32 mode = 0;
    qint64 size = 0;
    qint64 mtime = 0;
    qint64 atime = 0;
    QString text; // an error's message, or why the line was not understood

    // Without the '\n'. A line that is none of these is an Error saying so.
    static ScpLine parse(QByteArrayView line);
};

// One file over SCP on an exec channel: the host runs "scp -f" (we fetch)
// or "scp -t" (we send), commandFor() says which, with the path quoted for
// its shell. On the connection's worker thread, as SftpEngine is. A fetched
// file is written as NAME.wbpart (never through a link) and renamed when
// whole, with the host's mode (no setuid, setgid or sticky bit) and times; a
// sent one is written by the host's scp in place (the protocol has no
// rename), sent in chunks as the channel takes them.
class ScpPeer : public SshChannelPeer
{
    Q_OBJECT
public:
    struct Spec
    {
        SftpFileTransfer::Direction direction = SftpFileTransfer::Direction::Download;
        QByteArray remotePath;
        QString localPath; // the file itself (not a folder)
    };
    // "scp -p -f -- '/etc/motd'": the command for the host; empty with *error
    // when the path cannot go into the protocol (a line break in its name).
    static QByteArray commandFor(const Spec &spec, QString *error);

    explicit ScpPeer(Spec spec);
    ~ScpPeer() override;

    void channelOpened(SshChannelPort *port) override;
    void channelData(const QByteArray &data, bool isStderr) override;
    void channelWritable() override;
    void channelClosed(const SshOutcome &outcome) override;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // Once. bytes: the file's size when ok.
    void finished(bool ok, const QString &error, qint64 bytes);

private:
    bool isDownload() const { return m_spec.direction == SftpFileTransfer::Direction::Download; }
    void onLine(const ScpLine &line);
    void onAck(char status);
    void receive(QByteArrayView data);
    void completeDownload();
    void sendHeader();
    void fail(const QString &error);
    void succeed();
    void closeFile();
    void reportProgress();

    Spec m_spec;
    SshChannelPort *m_port = nullptr;
    enum class State { Start, Header, Data, DataEnd, AckTimes, AckHeader, Sending, AckData, Done } m_state = State::Start;
    QByteArray m_buffer;
    QByteArray m_stderr;
    int m_fd = -1;
    qint64 m_size = 0;
    qint64 m_done = 0;
    quint32 m_mode = 0644;
    qint64 m_mtime = 0;
    qint64 m_atime = 0;
    bool m_ended = false;
    bool m_madePart = false;
    QElapsedTimer m_sinceProgress;
};

} // namespace wb
