"""The parts the PDF pages share: styles, table grids, money in a currency.

The report (`pdf_report`) and the cycle pages (`pdf_cycle`) both build on these, so
neither imports the other's internals.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from babel.numbers import format_decimal
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from ledger.exports.pdf_charts import PALETTE, fonts
from ledger.savings.money import decimals

_GREEN = PALETTE[0]
_GREY = colors.HexColor("#666666")
_RULE = colors.HexColor("#CCCCCC")


class _Styles:
    def __init__(self) -> None:
        regular, bold = fonts()
        self.regular, self.bold = regular, bold
        self.title = ParagraphStyle("title", fontName=bold, fontSize=20, leading=24,
                                    textColor=_GREEN)
        self.subtitle = ParagraphStyle("subtitle", fontName=regular, fontSize=13, leading=17)
        self.meta = ParagraphStyle("meta", fontName=regular, fontSize=8.5, leading=11,
                                   textColor=_GREY)
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=13, leading=16, spaceBefore=10,
                                 spaceAfter=4, textColor=_GREEN)
        self.body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13)
        self.cell = ParagraphStyle("cell", fontName=regular, fontSize=8.5, leading=10.5)
        self.big = ParagraphStyle("big", fontName=bold, fontSize=14, leading=17)
        self.small = ParagraphStyle("small", fontName=regular, fontSize=8, leading=10,
                                    textColor=_GREY)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Fmt:
    def __init__(self, currency: str) -> None:
        self.currency = currency
        self.places = decimals(currency)

    def money(self, minor: int | None) -> str:
        """'KES 1,250.00': the code, a no-break space, digits with the currency's decimals."""
        if minor is None:
            return "n/a"
        pattern = "#,##0." + "0" * self.places if self.places else "#,##0"
        value = Decimal(minor).scaleb(-self.places)
        return f"{self.currency}\u00a0{format_decimal(value, format=pattern, locale='en')}"

    def major(self, minor: int) -> float:
        """For chart coordinates only."""
        return float(Decimal(minor).scaleb(-self.places))


def _grid(data: Sequence[Sequence[Any]], widths: Sequence[float], st: _Styles,
          numeric_from: int = 1) -> Table:
    table = Table(list(data), colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st.regular, 8.5),
        ("FONT", (0, 0), (-1, 0), st.bold, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), _GREEN),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F3F6F4")]),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, _RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 100:.1f}%"
