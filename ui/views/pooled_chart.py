"""The chart of pooled funds over time (Qt Charts): confirmed money of all funds together
at the end of each month."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ledger.savings.money import decimals

TARGET_STEPS = 4
"""About this many gridline intervals up the money axis."""


LABELLED_MONTHS = 6
"""At most this many month labels fit under the chart at the window's usual width."""


def month_label(month: str) -> str:
    """'2026-03' as a short month name and the full year in the reader's language, e.g.
    'Mar 2026' ('Sep 26' read as the 26th of September)."""
    year, number = month.split("-")
    return f"{QLocale().standaloneMonthName(int(number), QLocale.FormatType.ShortFormat)} {year}"


@dataclass(frozen=True, slots=True)
class MoneyAxis:
    """A money axis in minor units: `low` to `high` in `ticks - 1` equal round steps."""

    low: int
    high: int
    step: int
    digits: int
    """Decimals the labels need so that no two ticks read alike (0.25 needs 2, 500 none)."""

    @property
    def ticks(self) -> int:
        return (self.high - self.low) // self.step + 1


def money_axis(totals: list[int], currency_digits: int) -> MoneyAxis:
    """Round bounds and steps for `totals` (minor units), zero always on the axis.

    Steps are 1, 2 or 5 times a power of ten and never smaller than one minor unit, so
    labels never repeat; all-zero (or no) totals get an axis from 0 to one major unit.
    """
    scale = 10**currency_digits
    low, high = min([0, *totals]), max([0, *totals])
    if low == high:  # nothing confirmed yet: a plain 0 to 1 rather than a squashed scale
        return MoneyAxis(0, scale, scale, 0)
    span = high - low
    raw = max(1, -(-span // TARGET_STEPS))  # ceiling division: integers, no float rounding
    magnitude = 10 ** (len(str(raw)) - 1)
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    low = (low // step) * step
    high = max(-(-high // step) * step, low + step)
    digits = currency_digits
    while digits > 0 and step % 10 ** (currency_digits - digits + 1) == 0:
        digits -= 1
    return MoneyAxis(low, high, step, digits)


class PooledChart(QChartView):
    """Pooled confirmed money by month; a plain sentence instead while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        self.points: list[tuple[str, int]] = []
        self.axis: MoneyAxis | None = None
        self.empty_note = QLabel(self.viewport())
        self.empty_note.setObjectName("chartEmpty")
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setWordWrap(True)
        note_layout = QVBoxLayout(self.viewport())
        note_layout.addWidget(self.empty_note)
        self.empty_note.hide()
        self._currency = ""
        self._retranslate()

    def is_empty(self) -> bool:
        """True while no month holds any entry: the chart shows a sentence, not axes."""
        return not self.points

    def show_series(self, points: list[tuple[str, int]], currency: str) -> None:
        self.points = points
        self._currency = currency
        if not points:
            self._show_nothing()
            return
        self.empty_note.hide()
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundVisible(False)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        digits = decimals(currency)
        scale = 10**digits
        line = QLineSeries(chart)
        # Display only: a chart axis needs floats; the money itself stays integer. Point i
        # sits in the middle of month i's band on the category axis below.
        values_at = [total / scale for _month, total in points]
        if len(points) == 1:
            line.append(-0.5, values_at[0])  # one month: a level across its band, not a sliver
            line.append(0.5, values_at[0])
        else:
            for x, value in enumerate(values_at):
                line.append(x, value)
        area = QAreaSeries(line)
        area.setColor(palette.color(QPalette.ColorRole.Highlight))
        area.setBorderColor(palette.color(QPalette.ColorRole.Highlight))
        area.setOpacity(0.6)
        chart.addSeries(area)
        months = QBarCategoryAxis()
        months.append([month_label(month) for month, _ in points])
        months.setLabelsColor(text)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.75)
        months.setLabelsFont(small)
        self.axis = axis = money_axis([total for _, total in points], digits)
        values = QValueAxis()
        values.setLabelFormat(f"%.{axis.digits}f")
        values.setRange(axis.low / scale, axis.high / scale)
        values.setTickCount(axis.ticks)
        values.setMinorTickCount(0)
        values.setLabelsColor(text)
        values.setTitleText(currency)
        values.setTitleBrush(text)
        line_axis = QValueAxis()
        if len(points) <= LABELLED_MONTHS:
            chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
            line_axis.setVisible(False)
        else:
            # Every month labelled would cut each label to 'M…': label every few months,
            # each under its own point.
            line_axis = self._sparse_months([month for month, _ in points], text, small)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        area.attachAxis(values)
        line_axis.setRange(-0.5, len(points) - 0.5)  # the category axis's bands, exactly
        chart.addAxis(line_axis, Qt.AlignmentFlag.AlignBottom)
        area.attachAxis(line_axis)
        chart.addSeries(line)  # owned by the chart, so Python never frees it under the area
        line.hide()
        line.attachAxis(line_axis)
        line.attachAxis(values)
        self.setChart(chart)
        self._chart = chart
        described = ", ".join(f"{month_label(m)}: {t // scale} {currency}" for m, t in points[-6:])
        self.setAccessibleDescription(described)

    @staticmethod
    def _sparse_months(months: list[str], color: QColor, font: QFont) -> QCategoryAxis:
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        step = -(-len(months) // LABELLED_MONTHS)  # ceiling division
        for index in range(0, len(months), step):
            axis.append(month_label(months[index]), index)
        axis.setLabelsColor(color)
        axis.setLabelsFont(font)
        axis.setGridLineVisible(False)
        return axis

    def _show_nothing(self) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setBackgroundVisible(False)
        self.setChart(chart)
        self._chart = chart
        self.axis = None
        self.empty_note.show()
        self.setAccessibleDescription(self.empty_note.text())

    def _retranslate(self) -> None:
        self.empty_note.setText(
            self.tr("No money recorded yet.")
            + "\n"
            + self.tr("The chart fills in as elders sign entries off.")
        )
        if self.is_empty():
            self.setAccessibleDescription(self.empty_note.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
