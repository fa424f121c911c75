#include "widgets/terminal/TerminalRenderer.h"

#include "core/terminal/TerminalScreen.h"
#include "widgets/terminal/BoxDrawing.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegion>
#include <QTextLayout>

#include <cmath>

namespace wb {

namespace {

// Characters below this are looked up in a table per font; the rest (CJK,
// emoji: mostly from fallback fonts) in a map.
constexpr char32_t kRunLimit = 0x2e80;

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
    for (int i = 0; i < 4; ++i) {
        QFont f = base;
        f.setBold(i & 1);
        f.setItalic(i & 2);
        m_fonts[i] = f;
        m_rawFonts[i] = QRawFont::fromFont(f);
        m_glyphs[i].assign(kRunLimit, 0);
        m_fallbackGlyphs[i].clear();
    }
    m_fallbackFonts.clear();
    // The advance that laying out a run really uses (hinting rounds it), so
    // a cell is as wide as the font's own characters.
    const QFontMetricsF fm(base);
    m_cellWidth = fm.horizontalAdvance(QString(100, QLatin1Char('M'))) / 100.0;
    m_ascent = int(std::ceil(fm.ascent()));
    // Some fonts draw '_' below their descent; the next row's background would
    // paint over it ("bash_completion" showing as "bash completion").
    const qreal underscoreBottom = fm.boundingRect(QLatin1Char('_')).bottom();
    m_cellHeight = std::max(int(std::ceil(fm.height())), m_ascent + int(std::ceil(underscoreBottom)) + 1);
    m_lineThickness = std::max(1.0, std::round(fm.lineWidth()));
    m_underlinePos = std::min(std::max(1.0, std::round(fm.underlinePos())), qreal(m_cellHeight - m_ascent) - m_lineThickness);
    m_strikePos = std::round(fm.strikeOutPos());
}

quint32 TerminalRenderer::glyphFor(int fontIndex, char32_t ch) const
{
    quint32 &slot = m_glyphs[fontIndex][ch];
    if (slot == 0) {
        const QChar c{char16_t(ch)}; // below kRunLimit: one UTF-16 unit
        quint32 index = 0;
        int count = 1;
        if (!m_rawFonts[fontIndex].glyphIndexesForChars(&c, 1, &index, &count))
            index = 0;
        slot = index + 1; // glyph 0 is the font's "missing" box: per cell, with a fallback font
    }
    return slot - 1;
}

TerminalRenderer::Glyph TerminalRenderer::glyphOf(int fontIndex, const Cell &cell) const
{
    if (cell.attrs & CellAttr::Combining)
        return {};
    if (cell.ch < kRunLimit) {
        if (const quint32 index = glyphFor(fontIndex, cell.ch))
            return {fontIndex, index};
    }
    return fallbackGlyph(fontIndex, cell.ch);
}

TerminalRenderer::Glyph TerminalRenderer::fallbackGlyph(int fontIndex, char32_t ch) const
{
    if (m_fallbackGlyphs[fontIndex].size() > 65536)
        m_fallbackGlyphs[fontIndex].clear(); // output that cycles through Unicode: the cache starts again
    auto [it, added] = m_fallbackGlyphs[fontIndex].try_emplace(ch);
    if (!added)
        return it->second;
    // Once per character: the font Qt's text layout falls back to, so that the
    // glyph is drawn from it at its cell like any other.
    QTextLayout layout(QString::fromUcs4(&ch, 1), m_fonts[fontIndex]);
    layout.setCacheEnabled(false);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    if (runs.size() != 1 || runs[0].glyphIndexes().size() != 1)
        return it->second; // not one glyph: drawn as text
    if (runs[0].glyphIndexes()[0] == 0) {
        it->second = {fontIndex, 0}; // no font has it: the main font's box, as text drawing shows too
        return it->second;
    }
    const QRawFont raw = runs[0].rawFont();
    std::size_t font = 0;
    while (font < m_fallbackFonts.size() && !(m_fallbackFonts[font] == raw))
        ++font;
    if (font == m_fallbackFonts.size())
        m_fallbackFonts.push_back(raw);
    const quint32 index = runs[0].glyphIndexes()[0];
    it->second = {int(font) + 4, index, float(raw.advancesForGlyphIndexes(QList<quint32>{index}).value(0).x())};
    return it->second;
}

void TerminalRenderer::drawLines(QPainter &p, qreal x, int y, qreal width, const Style &style) const
{
    if (!style.lines)
        return;
    const QColor color = QColor::fromRgb(style.fg);
    const int baseline = y + m_ascent;
    if (style.lines & CellAttr::DoubleUnderline) {
        // Both lines inside the cell: the next row's background would paint over a line below it.
        const qreal top = std::min(baseline + m_underlinePos, y + m_cellHeight - 3 * m_lineThickness);
        p.fillRect(QRectF(x, top, width, m_lineThickness), color);
        p.fillRect(QRectF(x, top + 2 * m_lineThickness, width, m_lineThickness), color);
    } else if (style.lines & CellAttr::Underline) {
        p.fillRect(QRectF(x, baseline + m_underlinePos, width, m_lineThickness), color);
    }
    if (style.lines & CellAttr::Strike)
        p.fillRect(QRectF(x, baseline - m_strikePos, width, m_lineThickness), color);
}

void TerminalRenderer::drawOverlay(QPainter &p, int y, const OverlayCell &cell) const
{
    const qreal cw = m_cellWidth;
    if (cell.glyph.font < 0) {
        const int left = int(std::lround(cell.col * cw));
        box::draw(p, cell.ch, QRect(left, y, int(std::lround((cell.col + cell.width) * cw)) - left, m_cellHeight),
                  QColor::fromRgb(cell.fg), int(m_lineThickness));
        return;
    }
    // Scaled about the baseline to the width libvterm gave it, so it covers no neighbour.
    const qreal scale = cell.width * cw / cell.glyph.advance;
    const quint32 index = cell.glyph.index;
    const QPointF origin(0, 0);
    QGlyphRun run;
    run.setRawFont(rawFont(cell.glyph.font));
    run.setRawData(&index, &origin, 1);
    p.save();
    p.translate(cell.col * cw, y + m_ascent);
    p.scale(scale, scale);
    p.setPen(QColor::fromRgb(cell.fg));
    p.drawGlyphRun(QPointF(0, 0), run);
    p.restore();
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

TerminalRenderer::Style TerminalRenderer::styleOf(const Cell &cell, bool inverted, bool matched, bool reverseVideo,
                                                  bool blinkHidden) const
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
    const std::uint8_t font = (bold ? 1 : 0) | ((cell.attrs & CellAttr::Italic) ? 2 : 0);
    std::uint8_t lines = cell.attrs & (CellAttr::Underline | CellAttr::DoubleUnderline | CellAttr::Strike);
    if (blinkHidden && (cell.attrs & CellAttr::Blink)) {
        fg = bg; // as xterm: the text and its lines go, the background stays
        lines = 0;
    }
    return {fg, bg, font, lines};
}

bool TerminalRenderer::paintLine(QPainter &p, int y, const TerminalLine &line, int cols, const LineDecorations &deco,
                                 bool reverseVideo) const
{
    bool blinking = false;
    const QRgb defaultBg = (reverseVideo ? m_foreground : m_background).rgb();
    const qreal cw = m_cellWidth;
    const int ch = m_cellHeight;
    p.fillRect(QRectF(0, y, cols * cw, ch), QColor::fromRgb(defaultBg));

    cols = std::min(cols, int(line.cells.size()));
    int last = line.fill == Cell{} ? std::min(line.used, cols) : cols;
    last = std::max({last, std::min(deco.selectionTo, cols), std::min(deco.matchTo, cols),
                     std::min(deco.cursorCol + 1, cols)});

    const Cell *cells = line.cells.data();
    int runStart = 0;
    int runLength = 0;
    int runFont = -1;
    Style runStyle{};
    const QFont *currentFont = nullptr;

    auto drawBackground = [&](int from, int count, QRgb bg) {
        if (bg != defaultBg)
            p.fillRect(QRectF(from * cw, y, count * cw, ch), QColor::fromRgb(bg));
    };
    auto flush = [&] {
        if (runLength == 0)
            return;
        drawBackground(runStart, runLength, runStyle.bg);
        if (!m_runGlyphs.empty()) {
            p.setPen(QColor::fromRgb(runStyle.fg));
            m_glyphRun.setRawFont(rawFont(runFont));
            // Borrowed, not copied: drawn before the vectors change.
            m_glyphRun.setRawData(m_runGlyphs.data(), m_runPositions.data(), int(m_runGlyphs.size()));
            p.drawGlyphRun(QPointF(0, y + m_ascent), m_glyphRun);
            m_runGlyphs.clear();
            m_runPositions.clear();
        }
        drawLines(p, runStart * cw, y, runLength * cw, runStyle);
        runLength = 0;
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
            style = styleOf(cell, inverted, matched, reverseVideo, deco.blinkHidden);
            styleCell = &cell;
            styleInverted = inverted;
            styleMatched = matched;
        }
        const int width = cell.width == 2 ? 2 : 1;
        bool blank = (cell.ch == 0 || cell.ch == U' ') && !(cell.attrs & CellAttr::Combining);
        // (A blinking underline under spaces blinks too.)
        blinking |= (cell.attrs & CellAttr::Blink)
                    && (!blank || (cell.attrs & (CellAttr::Underline | CellAttr::DoubleUnderline | CellAttr::Strike)));
        if (!blank && box::drawsItself(cell.ch) && !(cell.attrs & CellAttr::Combining)) {
            m_overlayCells.push_back({c, width, cell.ch, style.fg, {}});
            blank = true; // its background goes with the run; the lines are drawn over it below
        }
        Glyph glyph = blank ? Glyph{} : glyphOf(style.fontIndex, cell);
        if (glyph.font >= 4 && glyph.advance > width * cw + 0.5f) {
            m_overlayCells.push_back({c, width, cell.ch, style.fg, glyph});
            blank = true;
            glyph = {};
        }
        if (blank || glyph.font >= 0) {
            if (runLength > 0 && (!(style == runStyle) || (!blank && runFont >= 0 && glyph.font != runFont)))
                flush();
            if (runLength == 0) {
                runStart = c;
                runStyle = style;
                runFont = -1;
            }
            runLength += width;
            if (!blank) {
                runFont = glyph.font;
                m_runGlyphs.push_back(glyph.index);
                m_runPositions.emplace_back(c * cw, 0);
            }
            continue;
        }
        flush();
        drawBackground(c, width, style.bg);
        QString text = QString::fromUcs4(&cell.ch, 1);
        if (cell.attrs & CellAttr::Combining) {
            const std::u32string marks = line.combiningAt(c);
            text += QString::fromUcs4(marks.data(), qsizetype(marks.size()));
        }
        if (currentFont != &m_fonts[style.fontIndex]) {
            currentFont = &m_fonts[style.fontIndex];
            p.setFont(*currentFont);
        }
        p.setPen(QColor::fromRgb(style.fg));
        // At the baseline like a run: the rectangle-and-alignment overload
        // lays text out in full and costs several times more.
        p.drawText(QPointF(c * cw, y + m_ascent), text);
        drawLines(p, c * cw, y, width * cw, style);
    }
    flush();
    for (const OverlayCell &cell : m_overlayCells)
        drawOverlay(p, y, cell);
    m_overlayCells.clear();
    if (deco.linkFrom < deco.linkTo) {
        const int from = std::max(deco.linkFrom, 0);
        const int to = std::min(deco.linkTo, cols);
        p.fillRect(QRectF(from * cw, y + m_ascent + m_underlinePos, (to - from) * cw, m_lineThickness),
                   reverseVideo ? m_background : m_foreground);
    }

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
    return blinking;
}

void TerminalRenderer::paintScreen(QPainter &p, const QRegion &region, const TerminalScreen &screen, int topLine,
                                   const std::function<LineDecorations(int line)> &decorationsFor,
                                   TerminalLine &scratch, std::vector<std::uint8_t> &blinkingRows) const
{
    blinkingRows.resize(std::size_t(screen.rows()));
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
        blinkingRows[std::size_t(row)] = paintLine(p, row * ch, *l, cols, decorationsFor(line), screen.reverseVideo());
    }
    // The strips the grid does not cover.
    const int gridRight = int(cols * m_cellWidth);
    p.fillRect(QRect(gridRight, area.top(), area.right() - gridRight + 1, area.height()), m_background);
    p.fillRect(QRect(area.left(), rows * ch, area.width(), area.bottom() - rows * ch + 1), m_background);
}

} // namespace wb
