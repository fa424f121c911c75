// TerminalScreen: reading text back out (selection copy, find bar).
#include "core/terminal/TerminalScreen.h"

#include "core/terminal/TerminalReflow.h"

#include <QRegularExpression>

#include <algorithm>
#include <climits>

namespace wb {

namespace {

// Where one UTF-16 unit of a line's text came from: the cells of its character.
struct TextUnit
{
    int line = 0;
    int col = 0;
    int end = 0; // the column after the character
    TextPos pos() const { return {line, col}; }
};

// The text of columns [from, to) of `line`, which is line `index`; with
// `units`, where each UTF-16 unit came from. A wrapped row ends at its last
// character: the blank a wide character left at the edge is not text.
QString cellsText(const TerminalLine &line, int from, int to, int index = 0, std::vector<TextUnit> *units = nullptr)
{
    QString out;
    to = std::min(to, int(line.cells.size()));
    from = std::max(from, 0);
    // Past `used` only blanks remain, which copying would trim anyway.
    int end = std::min(to, line.fill == Cell{} ? line.used : to);
    if (line.wrapped)
        end = std::min(end, reflow::contentLength(line));
    for (int c = from; c < end; ++c) {
        const Cell &cell = line.cells[c];
        if (cell.width == 0)
            continue;
        const qsizetype before = out.size();
        if (cell.ch == 0)
            out.append(QLatin1Char(' '));
        else
            out.append(QString::fromUcs4(&cell.ch, 1));
        if (cell.attrs & CellAttr::Combining) {
            const std::u32string marks = line.combiningAt(c);
            out.append(QString::fromUcs4(marks.data(), qsizetype(marks.size())));
        }
        if (units)
            units->insert(units->end(), out.size() - before, TextUnit{index, c, c + std::max<int>(cell.width, 1)});
    }
    return out;
}

QString trimmedRight(QString s)
{
    qsizetype n = s.size();
    while (n > 0 && s.at(n - 1) == QLatin1Char(' '))
        --n;
    s.truncate(n);
    return s;
}

} // namespace

void TerminalScreen::line(int index, TerminalLine &out) const
{
    const int history = scrollbackSize();
    if (index < history)
        m_history.unpack(index, out, cols());
    else
        out = m_buffer->line(std::clamp(index - history, 0, rows() - 1));
}

bool TerminalScreen::isWrapped(int index) const
{
    const int history = scrollbackSize();
    if (index < 0 || index >= lineCount())
        return false;
    return index < history ? m_history.isWrapped(index) : m_buffer->line(index - history).wrapped;
}

std::pair<int, int> TerminalScreen::logicalLine(int index) const
{
    int first = std::clamp(index, 0, lineCount() - 1);
    int last = first;
    while (first > 0 && isWrapped(first - 1))
        --first;
    while (last + 1 < lineCount() && isWrapped(last))
        ++last;
    return {first, last};
}

QString TerminalScreen::lineText(int index) const
{
    TerminalLine l;
    line(index, l);
    return trimmedRight(cellsText(l, 0, INT_MAX));
}

QString TerminalScreen::text(TextPos from, TextPos to) const
{
    if (to < from)
        std::swap(from, to);
    from.line = std::max(from.line, 0);
    to.line = std::min(to.line, lineCount() - 1);
    QString out;
    TerminalLine l;
    for (int i = from.line; i <= to.line; ++i) {
        line(i, l);
        const int start = i == from.line ? from.col : 0;
        const int end = i == to.line ? to.col : INT_MAX;
        const QString piece = cellsText(l, start, end);
        // A soft wrap is not a line break: a long command comes back as typed.
        if (l.wrapped && i < to.line) {
            out += piece;
            continue;
        }
        out += trimmedRight(piece);
        if (i < to.line)
            out += QLatin1Char('\n');
    }
    return out;
}

std::optional<TerminalScreen::Link> TerminalScreen::hyperlinkAt(const std::vector<TerminalLine> &lines, int first,
                                                                 TextPos at) const
{
    const auto &cells = lines[std::size_t(at.line - first)].cells;
    if (at.col < 0 || at.col >= int(cells.size()) || cells[std::size_t(at.col)].link == 0)
        return std::nullopt;
    const std::uint16_t id = cells[std::size_t(at.col)].link;
    // The cells of that link around `at`, over the rows of the wrapped line.
    auto linked = [&](TextPos p) {
        const auto &row = lines[std::size_t(p.line - first)].cells;
        return p.col >= 0 && p.col < int(row.size()) && row[std::size_t(p.col)].link == id;
    };
    const int lastLine = first + int(lines.size()) - 1;
    TextPos start = at;
    for (TextPos p = at;;) {
        if (--p.col < 0 && p.line > first)
            p = {p.line - 1, int(lines[std::size_t(p.line - 1 - first)].cells.size()) - 1};
        if (p.col < 0 || !linked(p))
            break;
        start = p;
    }
    TextPos end = at;
    for (TextPos p = at;;) {
        if (++p.col >= int(lines[std::size_t(p.line - first)].cells.size()) && p.line < lastLine)
            p = {p.line + 1, 0};
        if (!linked(p))
            break;
        end = p;
    }
    return Link{{start, {end.line, end.col + 1}}, hyperlink(id), Link::Kind::Hyperlink};
}

std::optional<TerminalScreen::Link> TerminalScreen::linkAt(TextPos at, bool paths) const
{
    if (at.line < 0 || at.line >= lineCount())
        return std::nullopt;
    const auto [first, last] = logicalLine(at.line);
    if (last - first > 64)
        return std::nullopt; // a minified file's one line: no address is that long, and hovering stays cheap
    std::vector<TerminalLine> lines(std::size_t(last - first + 1));
    for (int i = first; i <= last; ++i)
        line(i, lines[std::size_t(i - first)]);
    if (auto link = hyperlinkAt(lines, first, at))
        return link;
    QString text;
    std::vector<TextUnit> units;
    for (int i = first; i <= last; ++i)
        text += cellsText(lines[std::size_t(i - first)], 0, INT_MAX, i, &units);
    // Up to a blank, a quote or an angle bracket, as terminals and mail readers cut them.
    static const QRegularExpression address(QStringLiteral(R"((?:https?|ftp)://[^\s<>"'`]+|mailto:[^\s<>"'`]+)"));
    // A path starts a word (not the "/" inside "a/b" or an address) with "/" or "~/" and runs up
    // to a blank or a character shells quote; a colon ends it too, as in grep's "/etc/hosts:3:".
    static const QRegularExpression path(QStringLiteral(R"((?<![^\s'"=(\[{<>])~?/[^\s<>"'`|;&()\[\]{}*?$:]+)"));
    static const QString sentenceEnd = QStringLiteral(".,;:!?'\"");
    auto find = [&](const QRegularExpression &pattern, Link::Kind kind) -> std::optional<Link> {
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype start = m.capturedStart();
            qsizetype end = m.capturedEnd();
            for (bool trimmed = true; trimmed && end > start;) {
                const QChar c = text.at(end - 1);
                const QStringView taken(text.constData() + start, end - start);
                // A closing bracket ends the sentence unless the address opened one (Wikipedia's "Foo_(bar)").
                trimmed = sentenceEnd.contains(c) || (c == QLatin1Char(')') && taken.count(QLatin1Char('(')) < taken.count(QLatin1Char(')')));
                if (trimmed)
                    --end;
            }
            const QStringView taken(text.constData() + start, end - start);
            // Not "https://" alone, nor a path of only slashes.
            const bool bare = kind == Link::Kind::Address ? taken.size() < 8 : std::all_of(taken.begin(), taken.end(), [](QChar c) {
                return c == QLatin1Char('/') || c == QLatin1Char('~');
            });
            if (bare)
                continue;
            const TextUnit &a = units[std::size_t(start)];
            const TextUnit &z = units[std::size_t(end - 1)];
            const TextMatch range{a.pos(), {z.line, z.end}};
            if (range.start <= at && (at.line < range.end.line || (at.line == range.end.line && at.col < range.end.col)))
                return Link{range, taken.toString(), kind};
        }
        return std::nullopt;
    };
    if (auto link = find(address, Link::Kind::Address))
        return link;
    if (paths)
        return find(path, Link::Kind::Path);
    return std::nullopt;
}

std::optional<TextMatch> TerminalScreen::search(const QString &needle, TextPos from, bool backward,
                                                Qt::CaseSensitivity cs) const
{
    const int count = lineCount();
    if (needle.isEmpty() || count == 0)
        return std::nullopt;
    if (backward && from.col < 0) {
        --from.line; // before the first line is the end of the last: wrap around
        if (from.line < 0)
            from.line = count - 1;
        from.col = INT_MAX;
    }
    from.line = std::clamp(from.line, 0, count - 1);

    // Line by wrapped line, so a match may run on over a soft wrap; after the
    // last one, around once to the first for the part not yet searched.
    const int firstLine = logicalLine(from.line).first;
    bool around = false;
    QString text;
    std::vector<TextUnit> units;
    TerminalLine l;
    for (int start = firstLine;;) {
        const int last = logicalLine(start).second;
        text.clear();
        units.clear();
        for (int i = start; i <= last; ++i) {
            line(i, l);
            text += cellsText(l, 0, INT_MAX, i, &units);
        }
        const bool initial = start == firstLine && !around;
        const bool final = start == firstLine && around;
        qsizetype at = -1;
        if (!backward) {
            qsizetype begin = 0;
            if (initial)
                while (begin < text.size() && units[begin].pos() < from)
                    ++begin;
            at = text.indexOf(needle, begin, cs);
            if (final && at >= 0 && !(units[at].pos() < from))
                at = -1;
        } else {
            qsizetype begin = text.size() - 1;
            if (initial)
                while (begin >= 0 && units[begin].pos() > from)
                    --begin;
            at = begin < 0 ? -1 : text.lastIndexOf(needle, begin, cs);
            if (final && at >= 0 && units[at].pos() <= from)
                at = -1;
        }
        if (at >= 0) {
            const TextUnit &a = units[at];
            const TextUnit &z = units[at + needle.size() - 1];
            return TextMatch{a.pos(), {z.line, z.end}};
        }
        if (final)
            return std::nullopt;
        if (!backward)
            start = last + 1 < count ? last + 1 : 0;
        else
            start = logicalLine(start > 0 ? start - 1 : count - 1).first;
        around = around || start == firstLine;
    }
}

} // namespace wb
