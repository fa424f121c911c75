#include "widgets/terminal/TerminalRenderer.h"

#include "core/terminal/TerminalScreen.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegion>

#include <cmath>

namespace wb {

namespace {

bool drawsInRuns(const Cell &c)
{
    // Characters of the main font share its advance; anything wider, combined
    // or likely from a fallback font is placed on its own cell instead.
    return c.width == 1 && !(c.attrs & CellAttr::Combining) && c.ch < 0x2e80;
}

} // namespace

TerminalRenderer::TerminalRenderer()
{
    setColorScheme(TerminalColorScheme::byId(QStringLiteral("dark")));
    static constexpr int levels[6] = {0, 95, 135, 175, 215, 255};
    for (int i = 0; i < 216; ++i)
        m_palette[16 + i] = qRgb(levels[i / 36], levels[(i / 6) % 6], levels[i % 6]);
    for (int i = 0; i < 24; ++i)
        m_palette[232 + i] = qRgb(8 + 10 * i, 8 + 10 * i, 8 + 10 * i);
}

void TerminalRenderer::setColorScheme(const TerminalColorScheme &scheme)
{
    for (int i = 0; i < 16; ++i)
        m_palette[i] = scheme.base16[i];
    m_foreground = QColor::fromRgb(scheme.foreground);
    m_background = QColor::fromRgb(scheme.background);
}

void TerminalRenderer::setFont(const QFont &font)
{
    QFont base = font;
    base.setKerning(false);
    base.setStyleHint(QFont::TypeWriter);
    for (int i = 0; i < 16; ++i) {
        QFont f = base;
        f.setBold(i & 1);
        f.setItalic(i & 2);
        f.setUnderline(i & 4);
        f.setStrikeOut(i & 8);
        m_fonts[i] = f;
    }
    // The advance that laying out a run really uses (hinting rounds it), so
    // a run of 200 characters ends where the grid says.
    const QFontMetricsF fm(base);
    m_cellWidth = fm.horizontalAdvance(QString(100, QLatin1Char('M'))) / 100.0;
    m_ascent = int(std::ceil(fm.ascent()));
    // Some fonts draw '_' below their descent; the next row's background would
    // paint over it ("bash_completion" showing as "bash completion").
    const qreal underscoreBottom = fm.boundingRect(QLatin1Char('_')).bottom();
    m_cellHeight = std::max(int(std::ceil(fm.height())), m_ascent + int(std::ceil(underscoreBottom)) + 1);
}

QColor TerminalRenderer::color(TerminalColor c, bool foreground, bool bold) const
{
    switch (c.kind) {
    case TerminalColor::Default: return foreground ? m_foreground : m_background;
    case TerminalColor::Indexed: {
        int index = c.index();
        if (foreground && bold && index < 8)
            index += 8; // xterm's bold-is-bright for the eight base colours
        return QColor::fromRgb(m_palette[index]);
    }
    case TerminalColor::Rgb: return QColor(c.r, c.g, c.b);
    }
    return m_foreground;
}

TerminalRenderer::Style TerminalRenderer::styleOf(const Cell &cell, bool inverted, bool matched, bool reverseVideo) const
{
    const bool bold = cell.attrs & CellAttr::Bold;
    QRgb fg = color(cell.fg, true, bold).rgb();
    QRgb bg = color(cell.bg, false).rgb();
    if (bool(cell.attrs & CellAttr::Reverse) != reverseVideo)
        std::swap(fg, bg);
    if (inverted)
        std::swap(fg, bg);
    if (matched) {
        fg = qRgb(0, 0, 0);
        bg = qRgb(0xfc, 0xe9, 0x4f);
    }
    const std::uint8_t font = (bold ? 1 : 0) | ((cell.attrs & CellAttr::Italic) ? 2 : 0)
                              | ((cell.attrs & (CellAttr::Underline | CellAttr::DoubleUnderline)) ? 4 : 0)
                              | ((cell.attrs & CellAttr::Strike) ? 8 : 0);
    return {fg, bg, font};
}

void TerminalRenderer::paintLine(QPainter &p, int y, const TerminalLine &line, int cols, const LineDecorations &deco,
                                 bool reverseVideo) const
{
    const QRgb defaultBg = (reverseVideo ? m_foreground : m_background).rgb();
    const qreal cw = m_cellWidth;
    const int ch = m_cellHeight;
    p.fillRect(QRectF(0, y, cols * cw, ch), QColor::fromRgb(defaultBg));

    cols = std::min(cols, int(line.cells.size()));
    int last = line.fill == Cell{} ? std::min(line.used, cols) : cols;
    last = std::max({last, std::min(deco.selectionTo, cols), std::min(deco.matchTo, cols),
                     std::min(deco.cursorCol + 1, cols)});

    const Cell *cells = line.cells.data();
    QString run;
    int runStart = 0;
    bool runInk = false;
    Style runStyle{};
    const QFont *currentFont = nullptr;

    auto useFont = [&](std::uint8_t index) {
        if (currentFont != &m_fonts[index]) {
            currentFont = &m_fonts[index];
            p.setFont(*currentFont);
        }
    };
    auto drawBackground = [&](int from, int count, QRgb bg) {
        if (bg != defaultBg)
            p.fillRect(QRectF(from * cw, y, count * cw, ch), QColor::fromRgb(bg));
    };
    auto flush = [&] {
        if (run.isEmpty())
            return;
        drawBackground(runStart, int(run.size()), runStyle.bg);
        if (runInk) {
            useFont(runStyle.fontIndex);
            p.setPen(QColor::fromRgb(runStyle.fg));
            p.drawText(QPointF(runStart * cw, y + m_ascent), run);
        }
        run.clear();
        runInk = false;
    };

    const Cell *styleCell = nullptr;
    Style style{};
    bool styleInverted = false, styleMatched = false;
    for (int c = 0; c < last; ++c) {
        const Cell &cell = cells[c];
        if (cell.width == 0)
            continue; // drawn with its left half
        // A focused block cursor is its cell inverted; a bar or underline is drawn over it below.
        const bool cursorHere = c == deco.cursorCol && deco.cursorFocused && m_cursorShape == TerminalCursorShape::Block;
        const bool inverted = (c >= deco.selectionFrom && c < deco.selectionTo) != cursorHere;
        const bool matched = c >= deco.matchFrom && c < deco.matchTo;
        if (!styleCell || !cell.sameStyle(*styleCell) || inverted != styleInverted || matched != styleMatched) {
            style = styleOf(cell, inverted, matched, reverseVideo);
            styleCell = &cell;
            styleInverted = inverted;
            styleMatched = matched;
        }
        if (drawsInRuns(cell)) {
            if (!run.isEmpty() && !(style == runStyle))
                flush();
            if (run.isEmpty()) {
                runStart = c;
                runStyle = style;
            }
            const char32_t ch32 = cell.ch ? cell.ch : U' ';
            if (ch32 < 0x10000)
                run.append(QChar(char16_t(ch32)));
            else
                run.append(QString::fromUcs4(&ch32, 1));
            runInk = runInk || (ch32 != U' ');
            continue;
        }
        flush();
        const int width = cell.width == 2 ? 2 : 1;
        drawBackground(c, width, style.bg);
        if (cell.ch) {
            QString text = QString::fromUcs4(&cell.ch, 1);
            if (cell.attrs & CellAttr::Combining) {
                const std::u32string marks = line.combiningAt(c);
                text += QString::fromUcs4(marks.data(), qsizetype(marks.size()));
            }
            useFont(style.fontIndex);
            p.setPen(QColor::fromRgb(style.fg));
            // At the baseline like a run: the rectangle-and-alignment overload
            // lays text out in full and costs several times more.
            p.drawText(QPointF(c * cw, y + m_ascent), text);
        }
    }
    flush();

    if (deco.cursorCol >= 0 && deco.cursorCol < cols && !deco.cursorFocused) {
        p.setPen(m_foreground);
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(deco.cursorCol * cw + 0.5, y + 0.5, cw - 1, ch - 1));
    } else if (deco.cursorCol >= 0 && deco.cursorCol < cols && m_cursorShape != TerminalCursorShape::Block) {
        const qreal thickness = std::max(2.0, ch / 8.0);
        const QRectF mark = m_cursorShape == TerminalCursorShape::Bar
                                ? QRectF(deco.cursorCol * cw, y, thickness, ch)
                                : QRectF(deco.cursorCol * cw, y + ch - thickness, cw, thickness);
        p.fillRect(mark, m_foreground);
    }
}

void TerminalRenderer::paintScreen(QPainter &p, const QRegion &region, const TerminalScreen &screen, int topLine,
                                   const std::function<LineDecorations(int line)> &decorationsFor,
                                   TerminalLine &scratch) const
{
    const int ch = m_cellHeight;
    const int rows = screen.rows();
    const int cols = screen.cols();
    const int history = screen.scrollbackSize();
    const QRect area = region.boundingRect();
    const int first = std::max(0, area.top() / ch);
    const int last = std::min(rows - 1, area.bottom() / ch);
    for (int row = first; row <= last; ++row) {
        if (!region.intersects(QRect(area.left(), row * ch, area.width(), ch)))
            continue; // between two dirty rows
        const int line = topLine + row;
        const TerminalLine *l;
        if (line >= history) {
            l = &screen.screenLine(line - history);
        } else {
            screen.line(line, scratch);
            l = &scratch;
        }
        paintLine(p, row * ch, *l, cols, decorationsFor(line), screen.reverseVideo());
    }
    // The strips the grid does not cover.
    const int gridRight = int(cols * m_cellWidth);
    p.fillRect(QRect(gridRight, area.top(), area.right() - gridRight + 1, area.height()), m_background);
    p.fillRect(QRect(area.left(), rows * ch, area.width(), area.bottom() - rows * ch + 1), m_background);
}

} // namespace wb
