"""The PDF report's charts: pooled funds over time, and contributions per month.

Chart coordinates are display values (major units); the figures themselves stay integers.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

import reportlab
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PALETTE = (
    colors.HexColor("#2F5D50"), colors.HexColor("#D08C2E"), colors.HexColor("#3C6FA8"),
    colors.HexColor("#A8443C"), colors.HexColor("#7A5BA8"), colors.HexColor("#5C8A2E"),
)
WIDTH, HEIGHT = 480, 210


def _thin_labels(months: Sequence[str], most: int = 12) -> list[str]:
    """Every k-th month label, so that long ranges stay readable."""
    step = max(1, -(-len(months) // most))
    return [m if i % step == 0 or i == len(months) - 1 else "" for i, m in enumerate(months)]


def _axis_step(top: float) -> float:
    if top <= 0:
        return 1.0
    raw = top / 5
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for nice in (1, 2, 2.5, 5, 10):
        if raw <= nice * magnitude:
            return float(nice * magnitude)
    return float(10 * magnitude)


def _empty(title: str) -> Drawing:
    drawing = Drawing(WIDTH, 60)
    drawing.add(String(0, 40, title, fontName=_font(), fontSize=11))
    drawing.add(String(0, 20, "No entries in this range.", fontName=_font(), fontSize=9))
    return drawing


_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path(reportlab.__file__).parent / "fonts")
_FONT_FILES = (("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), ("Vera.ttf", "VeraBd.ttf"))


@functools.cache
def fonts() -> tuple[str, str]:
    """A regular and a bold font with wide Unicode coverage (DejaVu, else reportlab's Vera)."""
    for folder in _FONT_DIRS:
        for regular, bold in _FONT_FILES:
            if (folder / regular).exists() and (folder / bold).exists():
                pdfmetrics.registerFont(TTFont("Report", str(folder / regular)))
                pdfmetrics.registerFont(TTFont("Report-Bold", str(folder / bold)))
                pdfmetrics.registerFontFamily("Report", normal="Report", bold="Report-Bold",
                                   italic="Report", boldItalic="Report-Bold")
                return "Report", "Report-Bold"
    return "Helvetica", "Helvetica-Bold"


def _font() -> str:
    return fonts()[0]


def pooled_funds_chart(
    months: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], currency: str
) -> Drawing:
    """One line per series (e.g. all funds, then each fund) of month-end confirmed balances."""
    title = f"Pooled funds over time (confirmed, month end, {currency})"
    if not months:
        return _empty(title)
    drawing = Drawing(WIDTH, HEIGHT + 40)
    drawing.add(String(0, HEIGHT + 26, title, fontName=_font(), fontSize=11))
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 55, 40, WIDTH - 70, HEIGHT - 50
    chart.data = [list(values) for _, values in series]
    chart.categoryAxis.categoryNames = _thin_labels(months)
    chart.categoryAxis.tickDown = 0 if len(months) > 36 else 3
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.fontName = _font()
    chart.categoryAxis.labels.fontSize = 7
    top = max((max(v, default=0.0) for _, v in series), default=0.0)
    low = min((min(v, default=0.0) for _, v in series), default=0.0)
    step = _axis_step(max(top, -low, 1.0))
    chart.valueAxis.valueMin = min(0.0, step * (low // step))
    chart.valueAxis.valueMax = step * (top // step + 1)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = _font()
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "{:,.0f}".format
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    for i in range(len(series)):
        chart.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
        chart.lines[i].strokeWidth = 2.2 if i == 0 else 1.2
        if len(months) <= 12:  # a dot per month: a single month draws no line at all
            chart.lines[i].symbol = makeMarker("FilledCircle", size=5 if i == 0 else 3)
            chart.lines[i].symbol.fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = 60, HEIGHT + 12
        legend.columnMaximum = 1
        legend.deltax = 90
        legend.dx = legend.dy = 8
        legend.fontName = _font()
        legend.fontSize = 8
        legend.alignment = "right"
        legend.colorNamePairs = [
            (PALETTE[i % len(PALETTE)], name) for i, (name, _) in enumerate(series)
        ]
        legend.columnMaximum = 1
        legend.boxAnchor = "nw"
        drawing.add(legend)
    return drawing


def contributions_chart(months: Sequence[str], values: Sequence[float], currency: str) -> Drawing:
    """Bars of confirmed contributions received each month."""
    title = f"Contributions per month (confirmed, {currency})"
    if not months:
        return _empty(title)
    drawing = Drawing(WIDTH, HEIGHT + 30)
    drawing.add(String(0, HEIGHT + 16, title, fontName=_font(), fontSize=11))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 55, 40, WIDTH - 70, HEIGHT - 50
    chart.data = [list(values)]
    chart.bars[0].fillColor = PALETTE[1]
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.categoryAxis.categoryNames = _thin_labels(months)
    chart.categoryAxis.tickDown = 0 if len(months) > 36 else 3
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.fontName = _font()
    chart.categoryAxis.labels.fontSize = 7
    step = _axis_step(max(max(values, default=0.0), 1.0))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * (max(values, default=0.0) // step + 1)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = _font()
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "{:,.0f}".format
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    drawing.add(chart)
    return drawing
