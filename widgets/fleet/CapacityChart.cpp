#include "widgets/fleet/CapacityChart.h"

#include "models/common/ShownTime.h"
#include "models/fleet/CapacityModel.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace wb {

namespace {
constexpr int projectedDaysShown = 90; // beyond this the dashed line runs off the right edge
const QColor useColour(0x15, 0x65, 0xc0);
const QColor fullColour(0xc6, 0x28, 0x28);
} // namespace

CapacityChart::CapacityChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("capacityChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void CapacityChart::setForecast(const CapacityForecast &forecast, const QDateTime &now)
{
    m_forecast = forecast;
    m_now = now;
    m_empty = forecast.samples.isEmpty();
    setAccessibleDescription(summaryText());
    update();
}

void CapacityChart::clear()
{
    m_forecast = {};
    m_empty = true;
    setAccessibleDescription({});
    update();
}

QString CapacityChart::summaryText() const
{
    if (m_empty)
        return tr("No snapshots of this filesystem in the last %n day(s).", nullptr, CapacityForecast::windowDays);
    const CapacityForecast &f = m_forecast;
    QString text = tr("%1: %2 used of %3 (%4 %)")
                       .arg(f.mount, CapacityModel::dataSize(f.usedBytes), CapacityModel::dataSize(f.capacityBytes))
                       .arg(f.usedPercent);
    const QString growth = CapacityModel::growthText(f);
    if (!growth.isEmpty())
        text += QStringLiteral(", ") + growth;
    return text + QStringLiteral("; ") + CapacityModel::forecastText(f, m_now);
}

void CapacityChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const int line = fm.height();
    p.setPen(palette().color(QPalette::Text));
    const QRect titleRect(8, 4, width() - 16, line + 4);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(summaryText(), Qt::ElideRight, titleRect.width()));
    if (m_empty)
        return;

    const CapacityForecast &f = m_forecast;
    // Time runs from the first snapshot to a little past the day it fills (or a week past now).
    const QDateTime start = f.samples.constFirst().taken;
    QDateTime end = std::max(m_now, f.samples.constLast().taken).addDays(7);
    if (f.fills())
        end = std::max(end, std::min(f.fullAt.addDays(3), m_now.addDays(projectedDaysShown)));
    double top = double(f.capacityBytes);
    for (const CapacityForecast::Sample &s : f.samples)
        top = std::max({top, double(s.usedBytes), double(s.capacityBytes)});
    top *= 1.08;

    const QString topLabel = CapacityModel::dataSize(qint64(top));
    const int left = fm.horizontalAdvance(topLabel) + 16;
    const QRectF plot(left, titleRect.bottom() + line, width() - left - 16, height() - titleRect.bottom() - 3 * line - 8);
    if (plot.width() < 40 || plot.height() < 40)
        return;
    const double span = std::max<qint64>(1, start.secsTo(end));
    const auto x = [&](const QDateTime &t) { return plot.left() + plot.width() * double(start.secsTo(t)) / span; };
    const auto y = [&](double bytes) { return plot.bottom() - plot.height() * std::clamp(bytes / top, 0.0, 1.0); };

    // Axes, a grid at quarters, the labels.
    const QColor grid = palette().color(QPalette::Mid);
    p.setPen(QPen(grid, 1, Qt::DotLine));
    for (int i = 1; i <= 4; ++i)
        p.drawLine(QPointF(plot.left(), y(top * i / 4)), QPointF(plot.right(), y(top * i / 4)));
    p.setPen(palette().color(QPalette::Text));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    for (int i = 0; i <= 4; i += 2) {
        const QRectF label(0, y(top * i / 4) - line / 2.0, left - 8, line);
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, CapacityModel::dataSize(qint64(top * i / 4)));
    }
    const auto dateLabel = [&](const QDateTime &t, const QString &text, Qt::Alignment align) {
        const double at = x(t);
        p.drawLine(QPointF(at, plot.bottom()), QPointF(at, plot.bottom() + 4));
        const double w = fm.horizontalAdvance(text) + 4;
        const double from = align == Qt::AlignLeft ? at : align == Qt::AlignRight ? at - w : at - w / 2;
        p.drawText(QRectF(std::clamp(from, 0.0, width() - w), plot.bottom() + 6, w, line), Qt::AlignCenter, text);
    };
    dateLabel(start, ShownTime::date(start.toLocalTime().date()), Qt::AlignLeft);
    dateLabel(m_now, tr("today"), Qt::AlignHCenter);
    if (x(end) - x(m_now) > 120)
        dateLabel(end, ShownTime::date(end.toLocalTime().date()), Qt::AlignRight);

    // The space left for users: the line the use must not reach.
    p.setPen(QPen(fullColour, 1.5, Qt::DashLine));
    p.drawLine(QPointF(plot.left(), y(double(f.capacityBytes))), QPointF(plot.right(), y(double(f.capacityBytes))));
    p.drawText(QRectF(plot.left() + 4, y(double(f.capacityBytes)) - line - 2, plot.width() - 8, line), Qt::AlignLeft | Qt::AlignVCenter,
               tr("full at %1").arg(CapacityModel::dataSize(f.capacityBytes)));

    // The least-squares line over the snapshots, then carried on dashed to the day it fills.
    if (f.trend == CapacityForecast::Trend::Filling || f.trend == CapacityForecast::Trend::NotFilling) {
        const QDateTime first = start;
        const QDateTime last = f.samples.constLast().taken;
        p.setPen(QPen(useColour.lighter(140), 1.5));
        p.drawLine(QPointF(x(first), y(f.projectedBytes(first))), QPointF(x(last), y(f.projectedBytes(last))));
        const QDateTime until = f.trend == CapacityForecast::Trend::Filling ? std::min(f.fullAt, end) : end;
        p.setPen(QPen(f.trend == CapacityForecast::Trend::Filling ? fullColour : useColour.lighter(140), 1.5, Qt::DashLine));
        p.drawLine(QPointF(x(last), y(f.projectedBytes(last))), QPointF(x(until), y(f.projectedBytes(until))));
    }
    if (f.fills() && f.fullAt <= end) {
        const QPointF at(x(f.fullAt), y(double(f.capacityBytes)));
        p.setPen(QPen(fullColour, 2));
        p.setBrush(fullColour);
        p.drawEllipse(at, 4, 4);
        const QString when = ShownTime::date(f.fullAt.toLocalTime().date());
        const double w = fm.horizontalAdvance(when) + 6;
        p.drawText(QRectF(std::min(at.x() - w / 2, plot.right() - w), at.y() + 6, w, line), Qt::AlignCenter, when);
    }

    // The snapshots.
    QPainterPath path;
    for (const CapacityForecast::Sample &s : f.samples) {
        const QPointF point(x(s.taken), y(double(s.usedBytes)));
        if (path.elementCount() == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(useColour, 2));
    p.drawPath(path);
    p.setBrush(useColour);
    for (const CapacityForecast::Sample &s : f.samples)
        p.drawEllipse(QPointF(x(s.taken), y(double(s.usedBytes))), 2.5, 2.5);
}

} // namespace wb
