// TerminalScreen: reading text back out (selection copy, find bar).
#include "core/terminal/TerminalScreen.h"

#include <algorithm>
#include <climits>

namespace wb {

namespace {

// The text of columns [from, to) with, per UTF-16 unit, the column it came
// from; `cols` gets one more entry: the column after the last character.
QString cellsText(const TerminalLine &line, int from, int to, std::vector<int> *cols = nullptr)
{
    QString out;
    to = std::min(to, int(line.cells.size()));
    from = std::max(from, 0);
    // Past `used` only blanks remain, which copying would trim anyway.
    const int end = std::min(to, line.fill == Cell{} ? line.used : to);
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
        if (cols)
            cols->insert(cols->end(), out.size() - before, c);
    }
    if (cols)
        cols->push_back(std::max(end, from));
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
    QStringList lines;
    TerminalLine l;
    for (int i = from.line; i <= to.line; ++i) {
        line(i, l);
        const int start = i == from.line ? from.col : 0;
        const int end = i == to.line ? to.col : INT_MAX;
        lines.append(trimmedRight(cellsText(l, start, end)));
    }
    return lines.join(QLatin1Char('\n'));
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

    TerminalLine l;
    std::vector<int> cols;
    // One extra step comes back to the first line for the part not yet searched.
    for (int step = 0; step <= count; ++step) {
        int index = backward ? from.line - step : from.line + step;
        index = ((index % count) + count) % count;
        line(index, l);
        cols.clear();
        const QString text = cellsText(l, 0, INT_MAX, &cols);
        qsizetype at = -1;
        if (!backward) {
            qsizetype start = 0;
            if (step == 0)
                while (start < text.size() && cols[start] < from.col)
                    ++start;
            at = text.indexOf(needle, start, cs);
            if (step == count && at >= 0 && cols[at] >= from.col)
                at = -1;
        } else {
            qsizetype start = text.size() - 1;
            if (step == 0)
                while (start >= 0 && cols[start] > from.col)
                    --start;
            at = start < 0 ? -1 : text.lastIndexOf(needle, start, cs);
            if (step == count && at >= 0 && cols[at] <= from.col)
                at = -1;
        }
        if (at >= 0) {
            const qsizetype last = at + needle.size();
            return TextMatch{{index, cols[at]}, {index, cols[last]}};
        }
    }
    return std::nullopt;
}

} // namespace wb
