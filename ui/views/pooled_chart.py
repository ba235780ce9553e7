"""The chart of pooled funds over time (Qt Charts): confirmed money of all funds together
at the end of each month."""

from __future__ import annotations

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from ledger.money import decimals


def month_label(month: str) -> str:
    """'2026-03' as a short month name in the reader's language, e.g. 'Mar 26'."""
    year, number = month.split("-")
    return (
        f"{QLocale().standaloneMonthName(int(number), QLocale.FormatType.ShortFormat)} {year[2:]}"
    )


class PooledChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        self.points: list[tuple[str, int]] = []

    def show_series(self, points: list[tuple[str, int]], currency: str) -> None:
        self.points = points
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundVisible(False)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        scale = 10 ** decimals(currency)
        line = QLineSeries(chart)
        for x, (_month, total) in enumerate(points):
            # Display only: a chart axis needs floats; the money itself stays integer.
            line.append(x, total / scale)
        area = QAreaSeries(line)
        area.setColor(palette.color(QPalette.ColorRole.Highlight))
        area.setBorderColor(palette.color(QPalette.ColorRole.Highlight))
        area.setOpacity(0.6)
        chart.addSeries(area)
        months = QBarCategoryAxis()
        months.append([month_label(month) for month, _ in points] or [""])
        months.setLabelsColor(text)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.75)
        months.setLabelsFont(small)
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        values.setMin(0)
        values.setMax(max([t / scale for _, t in points] or [1]) * 1.1 or 1)
        values.setLabelsColor(text)
        values.setTitleText(currency)
        values.setTitleBrush(text)
        values.applyNiceNumbers()
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        area.attachAxis(values)
        line_axis = QValueAxis()
        line_axis.setRange(0, max(len(points) - 1, 1))
        line_axis.setVisible(False)
        chart.addAxis(line_axis, Qt.AlignmentFlag.AlignBottom)
        area.attachAxis(line_axis)
        chart.addSeries(line)  # owned by the chart, so Python never frees it under the area
        line.hide()
        line.attachAxis(line_axis)
        line.attachAxis(values)
        self.setChart(chart)
        self._chart = chart
        described = ", ".join(f"{m}: {t // scale} {currency}" for m, t in points[-6:])
        self.setAccessibleDescription(described)
