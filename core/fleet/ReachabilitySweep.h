#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QObject>
#include <QString>
#include <QTimer>

#include <vector>

class QTcpSocket;

namespace wb {
class JumpProbe;
class SshPool;
}

namespace wb {

// One machine a sweep looks at, and how.
struct ProbeTarget
{
    enum class Method {
        SshBanner,      // up when the server's "SSH-2.0-" identification arrives
        TcpConnect,     // up when TCP connects (RDP, HTTPS, a custom port)
        NotChecked,     // the host says not to check it
        BehindJumpHost, // unreachable from here without logging in to its jump host
    };

    QString name;       // what the user calls it
    qint64 hostId = 0;  // the inventory host, 0 for an ad-hoc target
    QString address;
    quint16 port = 22;
    Method method = Method::SshBanner;
    // BehindJumpHost: the pooled connection to the last jump host (SshPool::keyFor),
    // and what the check is from there (SshBanner or TcpConnect).
    QString jumpPoolKey;
    Method throughJump = Method::SshBanner;
};

// What the bytes a server sent so far say (RFC 4253 4.2): its SSH banner,
// something that is not SSH, or nothing yet.
struct BannerVerdict
{
    enum class Kind { Wait, Ssh, NotSsh };
    Kind kind = Kind::Wait;
    QString text; // the banner, or why it is not SSH
    static BannerVerdict of(const QByteArray &received);
};

struct ProbeResult
{
    enum class State { Pending, Up, Down, Unknown };

    State state = State::Pending;
    qint64 latencyMs = -1;   // connect (TCP) or banner (SSH) time; -1 when not up
    QString error;           // why it is down or unknown, in words
    QString banner;          // the SSH server's identification line
    QDateTime checkedAt;     // UTC
};

// Checks many machines at once with non-blocking sockets (Qt Network): at
// most `concurrency` connections in flight, each given `timeoutMs` from the
// start of its connect to its answer. Lives on the thread that starts it and
// never blocks it.
class ReachabilitySweep : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int concurrency = 256;
        int timeoutMs = 5000;
    };

    ReachabilitySweep(QList<ProbeTarget> targets, Options options, QObject *parent = nullptr);
    ~ReachabilitySweep() override;

    // Hosts behind a jump host are checked through a kept connection to it
    // when the pool holds one (JumpProbe); the pool must outlive the sweep.
    void setPool(SshPool *pool) { m_pool = pool; }
    void start();
    // Stops at once: probes in flight and not started stay Pending.
    void cancel();

    int size() const { return int(m_targets.size()); }
    const ProbeTarget &target(int index) const { return m_targets.at(index); }
    const ProbeResult &result(int index) const { return m_results.at(index); }
    int doneCount() const { return m_done; }
    bool isFinished() const { return m_finished; }
    struct Counts { int up = 0; int down = 0; int unknown = 0; };
    Counts counts() const;

Q_SIGNALS:
    void probed(int index);
    void finished();

private:
    struct Probe
    {
        int index = -1;
        QTcpSocket *socket = nullptr;
        QElapsedTimer started;
        QByteArray received;
        bool connected = false;
    };

    void startMore();
    void launch(int index);
    void onConnected(Probe *probe);
    void onReadyRead(Probe *probe);
    void onError(Probe *probe);
    void checkDeadlines();
    void conclude(Probe *probe, ProbeResult::State state, const QString &error, const QString &banner = {});
    void settle(int index, ProbeResult result);
    void finishIfDone();

    QList<ProbeTarget> m_targets;
    QList<ProbeResult> m_results;
    Options m_options;
    std::vector<Probe> m_slots;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_filling = false;
    QTimer m_deadlines;
    void startJumpProbe(int index);
    SshPool *m_pool = nullptr;
    std::vector<JumpProbe *> m_jumpProbes;
    // A kept connection carries one probe at a time: the others through it wait here.
    QHash<QString, QList<int>> m_jumpWaiting;
    QSet<QString> m_jumpBusy;
    int m_jumpsActive = 0;
};

// The sentences a sweep's results are told in.
class ReachabilityWords
{
    Q_DECLARE_TR_FUNCTIONS(wb::ReachabilityWords)
public:
    static QString behindJumpHost();
    static QString notChecked();
    static QString noAnswer(int seconds);
    static QString noBanner(int seconds);
    static QString notSsh(const QByteArray &firstLine);
    static QString closedBeforeBanner();
};

} // namespace wb
