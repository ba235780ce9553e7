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


def district_pages(report: Report, st: _Styles, f: _Fmt) -> list[Flowable]:
    """Contributions and indicators by district, each with the total (the group's)."""
    if not report.districts or report.district_total is None:
        return []
    word = report.district_word
    head = word[:1].upper() + word[1:]
    lines = [*report.districts, report.district_total]
    money_lines = [
        *report.districts,
        *([report.district_other] if report.district_other else []),
        report.district_total,
    ]

    def name(d: DistrictLine) -> Paragraph:
        text = "Total" if d.total else "Not from members" if d.other else (d.name or f"(no {word})")
        return Paragraph(_esc(text), st.cell)

    goal = report.districts[0].goals[0].title if report.districts[0].goals else None
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
    for d in money_lines:
        part = []
        if goal:
            share = d.goals[0]
            ratio = _pct(None) if share.permille is None else _permille(share.permille)
            part = [f"{f.money(share.amount)} ({ratio})"]
        figures = (
            ["", "", "", ""]
            if d.other
            else [d.members, f.money(d.contributed), f.money(d.contributed_in_range),
                  f.money(d.savings)]
        )  # fmt: skip
        money.append([name(d), *figures, *part])
    widths = [34 * mm, 15 * mm, 28 * mm, 28 * mm, 27 * mm] + ([42 * mm] if goal else [])
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
        note += (
            f" Share of goal: the part of “{_esc(goal)}”’s fund that the members paid in,"
            " with money that came from no member (transfers, interest, spending) on a"
            " line of its own, so the shares add up to the whole fund."
        )
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
