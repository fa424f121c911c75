#include "core/fleet/ReachabilitySweep.h"

#include "core/fleet/JumpProbe.h"

#include <QTcpSocket>

#include <algorithm>

namespace wb {

namespace {
// RFC 4253 4.2: a server may send other lines before its identification; a
// peer that has said this much without one is no SSH server.
constexpr int maxPreBannerBytes = 8192;
} // namespace

QString ReachabilityWords::behindJumpHost() { return tr("unknown (behind a jump host)"); }
QString ReachabilityWords::notChecked() { return tr("not checked"); }
QString ReachabilityWords::noAnswer(int seconds) { return tr("no answer within %n s", nullptr, seconds); }
QString ReachabilityWords::noBanner(int seconds) { return tr("connected, but no SSH banner within %n s", nullptr, seconds); }
QString ReachabilityWords::closedBeforeBanner() { return tr("the server closed the connection before its SSH banner"); }

QString ReachabilityWords::notSsh(const QByteArray &firstLine)
{
    QString shown;
    for (const char c : firstLine.left(40))
        shown += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : QChar(u'?');
    return tr("the port answers, but not with SSH (“%1”)").arg(shown.trimmed());
}

ReachabilitySweep::ReachabilitySweep(QList<ProbeTarget> targets, Options options, QObject *parent)
    : QObject(parent), m_targets(std::move(targets)), m_options(options)
{
    m_options.concurrency = std::max(1, m_options.concurrency);
    m_options.timeoutMs = std::max(1, m_options.timeoutMs);
    m_results.resize(m_targets.size());
    m_deadlines.setInterval(std::clamp(m_options.timeoutMs / 10, 10, 50));
    connect(&m_deadlines, &QTimer::timeout, this, &ReachabilitySweep::checkDeadlines);
}

ReachabilitySweep::~ReachabilitySweep()
{
    cancel();
}

ReachabilitySweep::Counts ReachabilitySweep::counts() const
{
    Counts counts;
    for (const ProbeResult &r : m_results) {
        if (r.state == ProbeResult::State::Up)
            ++counts.up;
        else if (r.state == ProbeResult::State::Down)
            ++counts.down;
        else if (r.state == ProbeResult::State::Unknown)
            ++counts.unknown;
    }
    return counts;
}

void ReachabilitySweep::start()
{
    if (m_started)
        return;
    m_started = true;
    m_slots.resize(size_t(std::min<qsizetype>(m_options.concurrency, std::max<qsizetype>(1, m_targets.size()))));
    startMore();
    finishIfDone();
}

void ReachabilitySweep::cancel()
{
    m_deadlines.stop();
    for (JumpProbe *probe : std::exchange(m_jumpProbes, {}))
        delete probe;
    m_jumpWaiting.clear();
    m_jumpBusy.clear();
    m_jumpsActive = 0;
    for (Probe &probe : m_slots) {
        if (probe.socket) {
            probe.socket->disconnect(this);
            probe.socket->abort();
            probe.socket->deleteLater();
            probe.socket = nullptr;
        }
        probe.index = -1;
    }
    m_inFlight = 0;
    m_next = int(m_targets.size());
    m_finished = true;
}

void ReachabilitySweep::startMore()
{
    // Probes that end inside connectToHost (an address that cannot be used)
    // come back here; the outer call goes on filling the slots.
    if (m_filling || m_finished)
        return;
    m_filling = true;
    while (m_next < m_targets.size() && m_inFlight < int(m_slots.size())) {
        const int index = m_next++;
        const ProbeTarget &target = m_targets.at(index);
        ProbeResult result;
        result.checkedAt = QDateTime::currentDateTimeUtc();
        if (target.method == ProbeTarget::Method::BehindJumpHost) {
            // Not counted against the slots: it holds no socket of ours.
            if (m_jumpBusy.contains(target.jumpPoolKey))
                m_jumpWaiting[target.jumpPoolKey].append(index);
            else
                startJumpProbe(index);
        } else if (target.method == ProbeTarget::Method::NotChecked) {
            result.state = ProbeResult::State::Unknown;
            result.error = ReachabilityWords::notChecked();
            settle(index, result);
        } else {
            launch(index);
        }
    }
    m_filling = false;
    if (m_inFlight > 0 && !m_deadlines.isActive())
        m_deadlines.start();
}

void ReachabilitySweep::launch(int index)
{
    auto free = std::find_if(m_slots.begin(), m_slots.end(), [](const Probe &p) { return p.index < 0; });
    Q_ASSERT(free != m_slots.end());
    Probe *probe = &*free;
    probe->index = index;
    probe->received.clear();
    probe->connected = false;
    probe->socket = new QTcpSocket(this);
    ++m_inFlight;
    QTcpSocket *socket = probe->socket;
    // The slot outlives the socket; a signal from a socket the slot no longer holds is stale.
    connect(socket, &QTcpSocket::connected, this, [this, probe, socket] {
        if (probe->socket == socket)
            onConnected(probe);
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, probe, socket] {
        if (probe->socket == socket)
            onReadyRead(probe);
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, probe, socket] {
        if (probe->socket == socket)
            onError(probe);
    });
    probe->started.start();
    const ProbeTarget &target = m_targets.at(index);
    socket->connectToHost(target.address, target.port);
}

void ReachabilitySweep::onConnected(Probe *probe)
{
    probe->connected = true;
    if (m_targets.at(probe->index).method == ProbeTarget::Method::TcpConnect)
        conclude(probe, ProbeResult::State::Up, {});
}

BannerVerdict BannerVerdict::of(const QByteArray &received)
{
    qsizetype lineStart = 0;
    while (true) {
        const qsizetype end = received.indexOf('\n', lineStart);
        const QByteArray line = received.mid(lineStart, end < 0 ? -1 : end - lineStart).trimmed();
        if (line.startsWith("SSH-")) {
            // Complete or not, the version is in its first bytes.
            if (line.startsWith("SSH-2.0-") || line.startsWith("SSH-1.99-"))
                return {Kind::Ssh, QString::fromLatin1(line.left(255))};
            if (end >= 0 || line.size() > 8)
                return {Kind::NotSsh, ReachabilityWords::notSsh(line)};
            return {};
        }
        if (end < 0)
            break;
        lineStart = end + 1;
    }
    if (received.size() > maxPreBannerBytes)
        return {Kind::NotSsh, ReachabilityWords::notSsh(received.left(received.indexOf('\n')))};
    return {};
}

void ReachabilitySweep::onReadyRead(Probe *probe)
{
    probe->received += probe->socket->readAll();
    const BannerVerdict verdict = BannerVerdict::of(probe->received);
    if (verdict.kind == BannerVerdict::Kind::Ssh)
        conclude(probe, ProbeResult::State::Up, {}, verdict.text);
    else if (verdict.kind == BannerVerdict::Kind::NotSsh)
        conclude(probe, ProbeResult::State::Down, verdict.text);
}

void ReachabilitySweep::onError(Probe *probe)
{
    QTcpSocket *socket = probe->socket;
    if (socket->error() == QAbstractSocket::RemoteHostClosedError && probe->connected) {
        // Whatever arrived with the close is read first: it may be the banner.
        if (socket->bytesAvailable() > 0) {
            onReadyRead(probe);
            if (probe->index < 0)
                return;
        }
        const QByteArray said = probe->received.trimmed();
        conclude(probe, ProbeResult::State::Down,
                 said.isEmpty() ? ReachabilityWords::closedBeforeBanner() : ReachabilityWords::notSsh(said.left(said.indexOf('\n'))));
        return;
    }
    conclude(probe, ProbeResult::State::Down, socket->errorString());
}

void ReachabilitySweep::checkDeadlines()
{
    const int seconds = (m_options.timeoutMs + 999) / 1000;
    for (Probe &probe : m_slots) {
        if (probe.index < 0 || !probe.started.hasExpired(m_options.timeoutMs))
            continue;
        // Lines without an identification: what the port said tells more than "no banner".
        const QByteArray said = probe.received.trimmed();
        conclude(&probe, ProbeResult::State::Down,
                 !said.isEmpty()   ? ReachabilityWords::notSsh(said.left(said.indexOf('\n')))
                 : probe.connected ? ReachabilityWords::noBanner(seconds)
                                   : ReachabilityWords::noAnswer(seconds));
    }
    if (m_inFlight == 0)
        m_deadlines.stop();
}

void ReachabilitySweep::conclude(Probe *probe, ProbeResult::State state, const QString &error, const QString &banner)
{
    ProbeResult result;
    result.state = state;
    result.error = error;
    result.banner = banner;
    result.checkedAt = QDateTime::currentDateTimeUtc();
    if (state == ProbeResult::State::Up)
        result.latencyMs = probe->started.elapsed();
    const int index = probe->index;
    probe->index = -1;
    QTcpSocket *socket = std::exchange(probe->socket, nullptr);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    --m_inFlight;
    settle(index, result);
    startMore();
    finishIfDone();
}

void ReachabilitySweep::startJumpProbe(int index)
{
    const QString key = m_targets.at(index).jumpPoolKey;
    auto *probe = new JumpProbe(m_pool, m_targets.at(index), m_options.timeoutMs, this);
    m_jumpProbes.push_back(probe);
    ++m_jumpsActive;
    if (!key.isEmpty())
        m_jumpBusy.insert(key);
    connect(probe, &JumpProbe::done, this, [this, probe, index] { settle(index, probe->result()); });
    connect(probe, &JumpProbe::released, this, [this, probe, key] {
        --m_jumpsActive;
        m_jumpBusy.remove(key);
        std::erase(m_jumpProbes, probe);
        probe->deleteLater();
        // The next probe through the same connection, now that it is back.
        if (QList<int> &waiting = m_jumpWaiting[key]; !waiting.isEmpty())
            startJumpProbe(waiting.takeFirst());
        if (!m_filling) // one that answered at once is counted by start()
            finishIfDone();
    });
    probe->start();
}

void ReachabilitySweep::settle(int index, ProbeResult result)
{
    m_results[index] = std::move(result);
    ++m_done;
    Q_EMIT probed(index);
}

void ReachabilitySweep::finishIfDone()
{
    if (m_finished || m_done < m_targets.size() || m_jumpsActive > 0)
        return;
    m_finished = true;
    m_deadlines.stop();
    Q_EMIT finished();
}

} // namespace wb
