// Terminal throughput: libvterm's parser alone against our whole path (the
// TerminalScreen plus a TerminalView painting offscreen from its timer), on
// three kinds of output at three window sizes (the last a full-HD window at
// 8 pt), the longest the GUI event loop went without running, and how long
// each paint took. Each case runs in rounds (the parser, then the whole path)
// after a short run that is not counted (fonts loading): speeds and the ratio are
// the rounds' medians, the worst stall the worst of them all. Not run by ctest;
// see README "Benchmarks".
//
//   bench_terminal [--mb N] [--rounds N] [--corpus ls|utf8|seq] [--size 160x50|400x200|1080p] [--part parser|full|both]
#include "core/terminal/TerminalScreen.h"
#include "widgets/terminal/TerminalView.h"

#include <vterm.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

using namespace wb;

namespace {

constexpr qsizetype kChunk = 64 * 1024;

// Coloured `ls -lR`: directory headers, a total line, long listings with
// names in dircolors' SGR, CRLF as a pty sends it.
QByteArray lsCorpus(qsizetype size)
{
    QRandomGenerator rng(1);
    static const char *users[] = {"root", "www-data", "postgres", "jan", "nobody"};
    static const char *colors[] = {"01;34", "01;32", "01;36", "00", "01;31", "40;33;01"};
    static const char *names[] = {"bin", "lib", "share", "doc", "nginx.conf", "backup-2024.tar.gz", "README",
                                  "systemd", "x86_64-linux-gnu", "run.sh", "cache", "locale"};
    QByteArray out;
    out.reserve(size + 256);
    int dir = 0;
    while (out.size() < size) {
        out += "./usr/share/pkg" + QByteArray::number(dir++) + "/sub:\r\ntotal " + QByteArray::number(rng.bounded(9999)) + "\r\n";
        const int entries = 5 + int(rng.bounded(30));
        for (int i = 0; i < entries; ++i) {
            const bool isDir = rng.bounded(3) == 0;
            char line[256];
            const char *user = users[rng.bounded(5)];
            std::snprintf(line, sizeof line, "%s %2d %-8s %-8s %8u %s %2u %02u:%02u \x1b[%sm%s%u\x1b[0m\r\n",
                          isDir ? "drwxr-xr-x" : "-rw-r--r--", 1 + int(rng.bounded(20)), user, user,
                          rng.bounded(10000000), "Jan", 1 + rng.bounded(28), rng.bounded(24), rng.bounded(60),
                          colors[rng.bounded(6)], names[rng.bounded(12)], rng.bounded(1000));
            out += line;
        }
        out += "\r\n";
    }
    return out;
}

// Prose in several scripts: accented Latin, CJK (double width), Cyrillic,
// with 16-colour, 256-colour and true-colour runs.
QByteArray utf8Corpus(qsizetype size)
{
    QRandomGenerator rng(2);
    static const char *words[] = {"café", "naïve", "Ærøskøbing", "straße", "señor", "中文", "日本語の",
                                  "テキスト", "한국어", "Привет", "мир", "élève", "ångström", "the",
                                  "server", "überprüfen", "東京", "data", "ÇÃÕ", "façade"};
    QByteArray out;
    out.reserve(size + 256);
    while (out.size() < size) {
        const int count = 4 + int(rng.bounded(12));
        for (int i = 0; i < count; ++i) {
            switch (rng.bounded(6)) {
            case 0: out += "\x1b[3" + QByteArray::number(rng.bounded(8)) + "m"; break;
            case 1: out += "\x1b[38;5;" + QByteArray::number(rng.bounded(256)) + "m"; break;
            case 2:
                out += "\x1b[38;2;" + QByteArray::number(rng.bounded(256)) + ";" + QByteArray::number(rng.bounded(256))
                       + ";" + QByteArray::number(rng.bounded(256)) + "m";
                break;
            case 3: out += "\x1b[1m"; break;
            default: break;
            }
            out += words[rng.bounded(20)];
            out += rng.bounded(4) == 0 ? "\x1b[0m " : " ";
        }
        out += "\x1b[0m\r\n";
    }
    return out;
}

// `seq`: short lines, nothing but scrolling.
QByteArray seqCorpus(qsizetype size)
{
    QByteArray out;
    out.reserve(size + 32);
    for (qint64 n = 1; out.size() < size; ++n) {
        out += QByteArray::number(n);
        out += "\r\n";
    }
    return out;
}

int noopGlyph(VTermGlyphInfo *, VTermPos, void *) { return 1; }
int noopCursor(VTermPos, VTermPos, int, void *) { return 1; }
int noopScroll(VTermRect, int, int, void *) { return 1; }
int noopMove(VTermRect, VTermRect, void *) { return 1; }
int noopErase(VTermRect, int, void *) { return 1; }
int noopPen(void *) { return 1; }
int noopAttr(VTermAttr, VTermValue *, void *) { return 1; }
int noopProp(VTermProp, VTermValue *, void *) { return 1; }
int noopResize(int, int, VTermPos *, void *) { return 1; }
int noopLineInfo(int, const VTermLineInfo *, const VTermLineInfo *, void *) { return 1; }

const VTermStateCallbacks kNoop = {noopGlyph, noopCursor, noopScroll, noopMove, noopErase, noopPen,
                                   noopAttr,  noopProp,   noopPen,    noopResize, noopLineInfo};

double parserMbps(const QByteArray &data, int rows, int cols)
{
    VTerm *vt = vterm_new(rows, cols);
    vterm_set_utf8(vt, 1);
    VTermState *state = vterm_obtain_state(vt);
    vterm_state_set_callbacks(state, &kNoop, nullptr);
    vterm_state_reset(state, 1);
    QElapsedTimer clock;
    clock.start();
    for (qsizetype at = 0; at < data.size(); at += kChunk)
        vterm_input_write(vt, data.constData() + at, std::size_t(std::min(kChunk, data.size() - at)));
    const double seconds = clock.nsecsElapsed() / 1e9;
    vterm_free(vt);
    return data.size() / 1e6 / seconds;
}

struct FullResult
{
    double mbps;
    double worstStallMs;
    int frames;
    std::vector<double> paintMs; // each paint of the viewport
};

// The window a benchmark case paints: a grid, or a pixel size at a font size.
struct Size
{
    QByteArray name;
    int cols = 0;
    int rows = 0;
    QSize pixels;    // when set, the grid is what fits at pointSize
    qreal pointSize = 0;
};

FullResult fullPath(const QByteArray &data, const Size &size)
{
    TerminalScreen screen(std::max(size.rows, 1), std::max(size.cols, 1));
    TerminalView view(&screen);
    TerminalSettings steady = view.settings();
    steady.blink = false; // only frames of output are timed, not a cursor's blink
    view.applySettings(steady);
    if (size.pointSize > 0) {
        QFont font = view.terminalFont();
        font.setPointSizeF(size.pointSize);
        view.setTerminalFont(font);
    }
    view.resize(size.pixels.isValid() ? size.pixels : view.sizeForGrid(size.rows, size.cols));
    view.show();
    if (!QTest::qWaitForWindowExposed(&view) || (!size.pixels.isValid() && (screen.rows() != size.rows || screen.cols() != size.cols)))
        qFatal("view did not come up at %dx%d (got %dx%d)", size.cols, size.rows, screen.cols(), screen.rows());
    QCoreApplication::processEvents();

    // Paints timed from the paint event's arrival to the next event the viewport sees
    // after it returns: good to a fraction of a millisecond, which is what counts here.
    struct PaintTimer : QObject
    {
        FullResult *result;
        QElapsedTimer clock;
        bool painting = false;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint) {
                ++result->frames;
                clock.start();
                painting = true;
            }
            return false;
        }
    } timer;
    FullResult result{0, 0, 0, {}};
    timer.result = &result;
    view.viewport()->installEventFilter(&timer);
    QObject::connect(&view, &TerminalView::framePainted, [&] {
        if (std::exchange(timer.painting, false))
            result.paintMs.push_back(timer.clock.nsecsElapsed() / 1e6);
    });

    // A 1 ms timer stands for the rest of the GUI: the longest gap between its
    // ticks is the longest the window would not have answered.
    QElapsedTimer tick;
    qint64 worstGapNs = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        worstGapNs = std::max(worstGapNs, tick.nsecsElapsed());
        tick.restart();
    });
    heartbeat.start();
    tick.start();

    QElapsedTimer clock;
    clock.start();
    for (qsizetype at = 0; at < data.size(); at += kChunk) {
        screen.feed(data.constData() + at, std::size_t(std::min(kChunk, data.size() - at)));
        QCoreApplication::processEvents();
    }
    // The last frame belongs to the run.
    const int before = result.frames;
    while (result.frames == before)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double seconds = clock.nsecsElapsed() / 1e9;
    heartbeat.stop();
    result.mbps = data.size() / 1e6 / seconds;
    result.worstStallMs = worstGapNs / 1e6;
    return result;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p / 100.0 * double(values.size())))];
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t half = values.size() / 2;
    return values.size() % 2 ? values[half] : (values[half - 1] + values[half]) / 2;
}

// "61.2/58.9/63.0": each round's figure.
QByteArray joined(const std::vector<double> &values)
{
    QByteArray out;
    for (const double v : values)
        out += (out.isEmpty() ? "" : "/") + QByteArray::number(v, 'f', 1);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    double mb = 100;
    QByteArray only;
    QByteArray onlySize;
    QByteArray part = "both";
    int rounds = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--mb") && i + 1 < args.size())
            mb = args[++i].toDouble();
        else if (args[i] == QLatin1String("--corpus") && i + 1 < args.size())
            only = args[++i].toLatin1();
        else if (args[i] == QLatin1String("--size") && i + 1 < args.size())
            onlySize = args[++i].toLatin1();
        else if (args[i] == QLatin1String("--part") && i + 1 < args.size())
            part = args[++i].toLatin1();
        else if (args[i] == QLatin1String("--rounds") && i + 1 < args.size())
            rounds = std::max(1, args[++i].toInt());
    }
    const qsizetype size = qsizetype(mb * 1e6);

    struct Corpus
    {
        const char *name;
        QByteArray (*make)(qsizetype);
    };
    const Corpus corpora[] = {{"ls", lsCorpus}, {"utf8", utf8Corpus}, {"seq", seqCorpus}};
    // The last: a full-HD window at the smallest font people read a terminal in.
    const Size sizes[] = {{"160x50", 160, 50, {}, 0}, {"400x200", 400, 200, {}, 0}, {"1080p", 0, 0, QSize(1920, 1080), 8}};
    bool allMet = true;
    for (const Corpus &corpus : corpora) {
        if (!only.isEmpty() && only != corpus.name)
            continue;
        const QByteArray data = corpus.make(size);
        for (const Size &shape : sizes) {
            if (!onlySize.isEmpty() && onlySize != shape.name)
                continue;
            const QByteArray key = QByteArray("terminal_") + corpus.name + "_" + shape.name;
            // The parser at the grid the full path runs at.
            int rows = shape.rows, cols = shape.cols;
            if (shape.pixels.isValid()) {
                TerminalScreen probe(1, 1);
                TerminalView view(&probe);
                QFont font = view.terminalFont();
                font.setPointSizeF(shape.pointSize);
                view.setTerminalFont(font);
                view.resize(shape.pixels);
                view.show();
                if (!QTest::qWaitForWindowExposed(&view))
                    qFatal("the 1080p probe view did not come up");
                rows = probe.rows();
                cols = probe.cols();
                std::printf("# %s: %d columns x %d rows at %.0f pt\n", key.constData(), cols, rows, shape.pointSize);
            }
            // Rounds of the parser and the whole path one after the other, each round's
            // ratio from its own two runs: this machine's speed drifts by half within
            // minutes, and a ratio of runs far apart in time measures the drift.
            // A short run first, not counted: the process loads the fonts (the fallback
            // fonts for CJK and emoji too) on its first paint of them, once, as the
            // program does in its first tab that shows them.
            if (part != "parser")
                fullPath(data.left(2'000'000), shape);
            std::vector<double> parserRounds, fullRounds, ratios, stalls;
            std::vector<double> paintMs;
            int frames = 0;
            for (int round = 0; round < rounds; ++round) {
                if (part != "full")
                    parserRounds.push_back(parserMbps(data, rows, cols));
                if (part == "parser")
                    continue;
                const FullResult full = fullPath(data, shape);
                fullRounds.push_back(full.mbps);
                stalls.push_back(full.worstStallMs);
                paintMs.insert(paintMs.end(), full.paintMs.begin(), full.paintMs.end());
                frames += full.frames;
                if (!parserRounds.empty())
                    ratios.push_back(100.0 * full.mbps / parserRounds.back());
            }
            if (!parserRounds.empty())
                std::printf("BENCH %s_parser_mbps %.1f MB/s\n", key.constData(), median(parserRounds));
            if (part == "parser")
                continue;
            std::printf("BENCH %s_full_mbps %.1f MB/s\n", key.constData(), median(fullRounds));
            if (!ratios.empty()) {
                const double ratio = median(ratios);
                std::printf("BENCH %s_ratio_pct %.1f %%\n", key.constData(), ratio);
                allMet = allMet && ratio >= 60;
            }
            const double worstStall = percentile(stalls, 100);
            std::printf("BENCH %s_worst_stall_ms %.1f ms\n", key.constData(), worstStall);
            std::printf("# %s: %d rounds, ratio %s %%, worst stall %s ms; %d frames for %.0f MB each round; paint p50 %.1f ms, "
                        "p95 %.1f ms, max %.1f ms\n",
                        key.constData(), rounds, ratios.empty() ? "-" : joined(ratios).constData(), joined(stalls).constData(), frames / rounds,
                        data.size() / 1e6, percentile(paintMs, 50), percentile(paintMs, 95), percentile(paintMs, 100));
            std::fflush(stdout);
            allMet = allMet && worstStall <= 16;
        }
    }
    std::printf("# targets (full >= 60%% of parser, stall <= 16 ms): %s\n", allMet ? "met" : "NOT met");
    return allMet ? 0 : 1;
}
