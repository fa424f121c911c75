#pragma once

#include "core/fleet/CapacityForecast.h"

#include <QWidget>

namespace wb {

// One filesystem's use over the forecast's window, drawn with QPainter: the
// snapshots, the least-squares line carried forward (dashed) to the day it
// reaches the space left, and that space as a line across the top.
class CapacityChart : public QWidget
{
    Q_OBJECT
public:
    explicit CapacityChart(QWidget *parent = nullptr);

    void setForecast(const CapacityForecast &forecast, const QDateTime &now);
    void clear();
    const CapacityForecast &forecast() const { return m_forecast; }
    // The line above the chart: the filesystem, its use and when it fills.
    QString summaryText() const;

    QSize sizeHint() const override { return {640, 300}; }
    QSize minimumSizeHint() const override { return {360, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CapacityForecast m_forecast;
    QDateTime m_now;
    bool m_empty = true;
};

} // namespace wb
