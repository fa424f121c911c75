#include "widgets/terminal/BoxDrawing.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

namespace wb::box {

namespace {

// The arms of U+2500-U+257F, two bits each (0 none, 1 light, 2 heavy, 3
// double): left in bits 0-1, right 2-3, up 4-5, down 6-7. Worked out from the
// characters' Unicode names ("DOWN LIGHT AND RIGHT HEAVY"); the dashed lines
// (U+2504-U+250B, U+254C-U+254F) and arcs (U+256D-U+2570) keep the arms of
// their solid shape, the diagonals (U+2571-U+2573) have none.
constexpr std::array<std::uint8_t, 128> kArms = {
    0x05, 0x0a, 0x50, 0xa0, 0x05, 0x0a, 0x50, 0xa0, 0x05, 0x0a, 0x50, 0xa0, 0x44, 0x48, 0x84, 0x88, // U+2500
    0x41, 0x42, 0x81, 0x82, 0x14, 0x18, 0x24, 0x28, 0x11, 0x12, 0x21, 0x22, 0x54, 0x58, 0x64, 0x94, // U+2510
    0xa4, 0x68, 0x98, 0xa8, 0x51, 0x52, 0x61, 0x91, 0xa1, 0x62, 0x92, 0xa2, 0x45, 0x46, 0x49, 0x4a, // U+2520
    0x85, 0x86, 0x89, 0x8a, 0x15, 0x16, 0x19, 0x1a, 0x25, 0x26, 0x29, 0x2a, 0x55, 0x56, 0x59, 0x5a, // U+2530
    0x65, 0x95, 0xa5, 0x66, 0x69, 0x96, 0x99, 0x6a, 0x9a, 0xa6, 0xa9, 0xaa, 0x05, 0x0a, 0x50, 0xa0, // U+2540
    0x0f, 0xf0, 0x4c, 0xc4, 0xcc, 0x43, 0xc1, 0xc3, 0x1c, 0x34, 0x3c, 0x13, 0x31, 0x33, 0x5c, 0xf4, // U+2550
    0xfc, 0x53, 0xf1, 0xf3, 0x4f, 0xc5, 0xcf, 0x1f, 0x35, 0x3f, 0x5f, 0xf5, 0xff, 0x44, 0x41, 0x11, // U+2560
    0x14, 0x00, 0x00, 0x00, 0x01, 0x10, 0x04, 0x40, 0x02, 0x20, 0x08, 0x80, 0x09, 0x90, 0x06, 0x60, // U+2570
};

enum Arm { Left, Right, Up, Down };
enum Weight { None, Light, Heavy, Double };

struct Span
{
    int start;
    int end; // exclusive
};

// Where an arm's strokes lie across the cell: one for a light or heavy arm,
// two (a light line each, a light line apart) for a double one.
struct Strokes
{
    std::array<Span, 2> spans{};
    int count = 0;
};

class Grid
{
public:
    Grid(std::uint8_t arms, const QRect &cell, int thickness)
        : m_cell(cell)
        , m_light(std::max(1, thickness))
        , m_heavy(2 * m_light)
    {
        for (int a = 0; a < 4; ++a)
            m_weight[a] = Weight((arms >> (2 * a)) & 3);
    }

    void draw(QPainter &p, const QColor &color, int dashes) const
    {
        for (int a = 0; a < 4; ++a) {
            const Strokes across = strokes(Arm(a));
            for (int i = 0; i < across.count; ++i) {
                const Span along = extent(Arm(a), i, across.count);
                const Span width = across.spans[std::size_t(i)];
                const bool horizontal = a == Left || a == Right;
                if (dashes > 1) {
                    drawDashed(p, color, horizontal, along, width, dashes);
                    continue;
                }
                p.fillRect(horizontal ? QRect(along.start, width.start, along.end - along.start, width.end - width.start)
                                      : QRect(width.start, along.start, width.end - width.start, along.end - along.start),
                           color);
            }
        }
    }

private:
    // Across a horizontal arm: y; across a vertical one: x.
    Strokes strokes(Arm a) const
    {
        const bool horizontal = a == Left || a == Right;
        const int start = horizontal ? m_cell.top() : m_cell.left();
        const int length = horizontal ? m_cell.height() : m_cell.width();
        const int light = start + (length - m_light) / 2;
        Strokes s;
        switch (m_weight[a]) {
        case None: break;
        case Light: s.spans[0] = {light, light + m_light}, s.count = 1; break;
        case Heavy: {
            const int heavy = start + (length - m_heavy) / 2;
            s.spans[0] = {heavy, heavy + m_heavy}, s.count = 1;
            break;
        }
        case Double:
            s.spans[0] = {light - m_light, light};
            s.spans[1] = {light + m_light, light + 2 * m_light};
            s.count = 2;
            break;
        }
        return s;
    }

    // Along the arm: from its edge of the cell to where it meets the others.
    // A stroke reaching a perpendicular stroke covers it, so corners close.
    Span extent(Arm a, int stroke, int strokeCount) const
    {
        const bool horizontal = a == Left || a == Right;
        const bool towardEnd = a == Right || a == Down;
        const int start = horizontal ? m_cell.left() : m_cell.top();
        const int end = start + (horizontal ? m_cell.width() : m_cell.height());
        const Arm low = horizontal ? Up : Left;
        const Arm high = horizontal ? Down : Right;
        const Arm opposite = horizontal ? (a == Left ? Right : Left) : (a == Up ? Down : Up);

        // Nearest: the perpendicular stroke closest to this arm's edge; farthest: the other side's.
        auto meet = [&](std::initializer_list<Arm> arms, bool nearest) -> std::optional<int> {
            std::optional<Span> chosen;
            for (Arm perpendicular : arms) {
                const Strokes s = strokes(perpendicular);
                for (int i = 0; i < s.count; ++i) {
                    const Span span = s.spans[std::size_t(i)];
                    const bool better = !chosen || ((span.start > chosen->start) == (towardEnd == nearest));
                    if (better)
                        chosen = span;
                }
            }
            if (!chosen)
                return std::nullopt;
            return towardEnd ? chosen->start : chosen->end;
        };

        std::optional<int> inner;
        if (strokeCount == 2) {
            // The stroke on the side of an arm stops at it; with no arm on its side it
            // runs on to the far stroke of the other side's arm (the outside of a corner).
            const Arm side = stroke == 0 ? low : high;
            const Arm otherSide = stroke == 0 ? high : low;
            if (m_weight[side] != None)
                inner = meet({side}, true);
            else if (m_weight[otherSide] != None)
                inner = meet({otherSide}, false);
        } else if (m_weight[low] != None || m_weight[high] != None) {
            // Into a double line that goes on both ways (╤): stop at its near stroke.
            const bool intoDoubleLine = m_weight[low] == Double && m_weight[high] == Double && m_weight[opposite] == None;
            inner = meet({low, high}, intoDoubleLine);
        }
        const int middle = start + (end - start) / 2;
        const int at = inner.value_or(middle);
        return towardEnd ? Span{at, end} : Span{start, at};
    }

    void drawDashed(QPainter &p, const QColor &color, bool horizontal, Span along, Span width, int dashes) const
    {
        // The arms meet at the middle; the dashes are laid over the whole cell once, from the left arm.
        const int start = horizontal ? m_cell.left() : m_cell.top();
        const int length = horizontal ? m_cell.width() : m_cell.height();
        if (along.start != start)
            return;
        for (int i = 0; i < dashes; ++i) {
            const int from = start + i * length / dashes;
            const int to = from + std::max(1, length / (2 * dashes));
            p.fillRect(horizontal ? QRect(from, width.start, to - from, width.end - width.start)
                                  : QRect(width.start, from, width.end - width.start, to - from),
                       color);
        }
    }

    QRect m_cell;
    int m_light;
    int m_heavy;
    std::array<Weight, 4> m_weight{};
};

int dashesOf(char32_t ch)
{
    if (ch >= 0x2504 && ch <= 0x2507)
        return 3;
    if (ch >= 0x2508 && ch <= 0x250b)
        return 4;
    if (ch >= 0x254c && ch <= 0x254f)
        return 2;
    return 1;
}

// ╭╮╯╰: a quarter circle between the two arms' middles.
void drawArc(QPainter &p, char32_t ch, const QRect &cell, const QColor &color, int thickness)
{
    const qreal t = std::max(1, thickness);
    const qreal cx = cell.left() + (cell.width() - int(t)) / 2 + t / 2;
    const qreal cy = cell.top() + (cell.height() - int(t)) / 2 + t / 2;
    const qreal r = std::min(cell.width(), cell.height()) / 2.0;
    const bool right = ch == 0x256d || ch == 0x2570;
    const bool down = ch == 0x256d || ch == 0x256e;
    const qreal ex = right ? cell.left() + cell.width() : cell.left();
    const qreal ey = down ? cell.top() + cell.height() : cell.top();
    const qreal sx = right ? 1 : -1;
    const qreal sy = down ? 1 : -1;
    QPainterPath path(QPointF(cx, ey));
    path.lineTo(cx, cy + sy * r);
    path.quadTo(QPointF(cx, cy), QPointF(cx + sx * r, cy));
    path.lineTo(ex, cy);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, t, Qt::SolidLine, Qt::FlatCap));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.restore();
}

void drawDiagonal(QPainter &p, char32_t ch, const QRect &cell, const QColor &color, int thickness)
{
    const QRectF r(cell);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, std::max(1, thickness), Qt::SolidLine, Qt::FlatCap));
    if (ch != 0x2572)
        p.drawLine(r.topRight(), r.bottomLeft());
    if (ch != 0x2571)
        p.drawLine(r.topLeft(), r.bottomRight());
    p.restore();
}

// U+2580-U+259F: eighths, halves, quadrants and shades of the cell.
void drawBlock(QPainter &p, char32_t ch, const QRect &cell, const QColor &color)
{
    const int x = cell.left();
    const int y = cell.top();
    const int w = cell.width();
    const int h = cell.height();
    auto rows = [&](int fromEighth, int toEighth) {
        const int top = y + h * fromEighth / 8;
        p.fillRect(QRect(x, top, w, y + h * toEighth / 8 - top), color);
    };
    auto cols = [&](int fromEighth, int toEighth) {
        const int left = x + w * fromEighth / 8;
        p.fillRect(QRect(left, y, x + w * toEighth / 8 - left, h), color);
    };
    auto quadrants = [&](bool upperLeft, bool upperRight, bool lowerLeft, bool lowerRight) {
        const int midX = x + w / 2;
        const int midY = y + h / 2;
        if (upperLeft)
            p.fillRect(QRect(x, y, midX - x, midY - y), color);
        if (upperRight)
            p.fillRect(QRect(midX, y, x + w - midX, midY - y), color);
        if (lowerLeft)
            p.fillRect(QRect(x, midY, midX - x, y + h - midY), color);
        if (lowerRight)
            p.fillRect(QRect(midX, midY, x + w - midX, y + h - midY), color);
    };
    if (ch == 0x2580)
        rows(0, 4);
    else if (ch >= 0x2581 && ch <= 0x2588)
        rows(8 - int(ch - 0x2580), 8); // lower one eighth .. full block
    else if (ch >= 0x2589 && ch <= 0x258f)
        cols(0, 8 - int(ch - 0x2588)); // left seven eighths .. one eighth
    else if (ch == 0x2590)
        cols(4, 8);
    else if (ch >= 0x2591 && ch <= 0x2593) {
        QColor shade = color;
        shade.setAlphaF(0.25 * (ch - 0x2590));
        p.fillRect(cell, shade);
    } else if (ch == 0x2594)
        rows(0, 1);
    else if (ch == 0x2595)
        cols(7, 8);
    else {
        // U+2596-U+259F by their quadrants: upper left, upper right, lower left, lower right.
        static constexpr std::uint8_t kQuadrants[10] = {0b0010, 0b0001, 0b1000, 0b1011, 0b1001,
                                                        0b1110, 0b1101, 0b0100, 0b0110, 0b0111};
        const std::uint8_t q = kQuadrants[ch - 0x2596];
        quadrants(q & 8, q & 4, q & 2, q & 1);
    }
}

// U+E0B0-U+E0B3: Powerline's solid and thin arrows, the height of the cell.
void drawPowerline(QPainter &p, char32_t ch, const QRect &cell, const QColor &color, int thickness)
{
    const QRectF r(cell);
    const bool pointsRight = ch == 0xe0b0 || ch == 0xe0b1;
    const QPointF base1 = pointsRight ? r.topLeft() : r.topRight();
    const QPointF base2 = pointsRight ? r.bottomLeft() : r.bottomRight();
    const QPointF tip(pointsRight ? r.right() : r.left(), r.center().y());
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    if (ch == 0xe0b0 || ch == 0xe0b2) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        const QPointF points[3] = {base1, tip, base2};
        p.drawPolygon(points, 3);
    } else {
        p.setPen(QPen(color, std::max(1, thickness)));
        const QPointF points[3] = {base1, tip, base2};
        p.drawPolyline(points, 3);
    }
    p.restore();
}

} // namespace

void draw(QPainter &p, char32_t ch, const QRect &cell, const QColor &color, int thickness)
{
    if (ch >= 0x2580 && ch <= 0x259f)
        drawBlock(p, ch, cell, color);
    else if (ch >= 0xe0b0 && ch <= 0xe0b3)
        drawPowerline(p, ch, cell, color, thickness);
    else if (ch >= 0x256d && ch <= 0x2570)
        drawArc(p, ch, cell, color, thickness);
    else if (ch >= 0x2571 && ch <= 0x2573)
        drawDiagonal(p, ch, cell, color, thickness);
    else if (ch >= 0x2500 && ch < 0x2580)
        Grid(kArms[ch - 0x2500], cell, thickness).draw(p, color, dashesOf(ch));
}

} // namespace wb::box
