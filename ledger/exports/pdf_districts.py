"""The PDF report's district sections: what each district's members paid in and saved,
their share of the main goal, and the indicators by district, each with the total (the
group's), in the group's own word for its districts."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, TableStyle
from reportlab.platypus.flowables import Flowable

from ledger.exports.model import DistrictLine, Report
from ledger.exports.pdf_parts import _GREEN, _esc, _Fmt, _grid, _pct, _Styles
from ledger.savings.districts import shares_of


def district_pages(report: Report, st: _Styles, f: _Fmt) -> list[Flowable]:
    """Contributions and indicators by district, each with the total (the group's)."""
    if not report.districts or report.district_total is None:
        return []
    word = report.district_word
    head = word[:1].upper() + word[1:]
    lines = [*report.districts, report.district_total]

    def name(d: DistrictLine) -> Paragraph:
        text = "Total" if d.total else (d.name or f"(no {word})")
        return Paragraph(_esc(text), st.cell)

    goal = report.districts[0].goals[0][0] if report.districts[0].goals else None
    money: list[list[Any]] = [
        [
            head,
            "Members",
            "Paid in",
            "In the range",
            "Savings",
            *(["Share of goal"] if goal else []),
        ]
    ]
    raised = report.district_total.goals[0][1] if goal else 0
    paid = [d.goals[0][1] if goal else 0 for d in report.districts]
    # rounded so that the districts' shares add up to 100.0%
    ratios = [f" ({_permille(p)})" for p in shares_of(paid, raised)] if raised > 0 else []
    for number, d in enumerate(lines):
        share = d.goals[0][1] if goal else 0
        ratio = "" if d.total else (ratios[number] if ratios else f" ({_pct(None)})")
        part = [f"{f.money(share)}{ratio}"] if goal else []
        money.append(
            [
                name(d),
                d.members,
                f.money(d.contributed),
                f.money(d.contributed_in_range),
                f.money(d.savings),
                *part,
            ]
        )
    widths = [28 * mm, 18 * mm, 29 * mm, 29 * mm, 31 * mm] + ([39 * mm] if goal else [])
    first = _grid(money, widths, st)
    indicators: list[list[Any]] = [
        [head, "Members", "Savings per member", "Loans outstanding", "Meetings", "Attendance"]
    ]
    for d in lines:
        indicators.append(
            [
                name(d),
                d.members,
                f.money(d.savings_per_member),
                f.money(d.loans_outstanding),
                d.meetings,
                _pct(d.attendance),
            ]
        )
    second = _grid(indicators, [30 * mm, 20 * mm, 36 * mm, 36 * mm, 24 * mm, 26 * mm], st)
    for table in (first, second):
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, -1), (-1, -1), st.bold, 8.5),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, _GREEN),
                ]
            )
        )
    note = (
        f"Each member's money and attendance count for the {_esc(word)} they belong to; "
        f"the total is the group's."
    )
    if goal:
        note += f" Share of goal: what the members paid toward “{_esc(goal)}”."
    return [
        KeepTogether([Paragraph(_esc(f"By {word}"), st.h2), first]),
        Spacer(1, 4),
        KeepTogether([Paragraph(_esc(f"Indicators by {word}"), st.h2), second]),
        Paragraph(note, st.small),
    ]


def _permille(value: int) -> str:
    """'12.5%' from 125 thousandths (integers only)."""
    whole, tenths = divmod(abs(value), 10)
    return f"{'-' if value < 0 else ''}{whole}.{tenths}%"
