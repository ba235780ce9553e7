"""The PDF report for funders: summary, charts, goals, meetings and indicators for a range."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from ledger.exports.model import MonthLine, Report
from ledger.exports.pdf_charts import contributions_chart, pooled_funds_chart
from ledger.exports.pdf_districts import district_pages
from ledger.exports.pdf_parts import _GREEN, _GREY, _RULE, _esc, _Fmt, _grid, _pct, _Styles

MAX_MEETING_ROWS = 24
def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _bar(share: float | None, width: float = 60, height: float = 7) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=colors.HexColor("#E4E9E6"), strokeColor=None))
    filled = max(0.0, min(1.0, share or 0.0))
    if filled:
        drawing.add(Rect(0, 0, width * filled, height, fillColor=_GREEN, strokeColor=None))
    return drawing


def _header(report: Report, st: _Styles) -> list[Flowable]:
    names = "members named (with consent)" if report.with_names else "members aggregated, no names"
    meta = (
        f"Currency {report.currency} · generated {report.generated:%Y-%m-%d %H:%M} UTC · "
        f"{names} · state code {report.digest[:16]}"
    )
    witnessed = [Paragraph(_esc(f"Witnessed: {report.witnessed}"), st.meta)] if (
        report.witnessed
    ) else []
    return [
        Paragraph(_esc(report.group), st.title),
        Paragraph(f"Savings report · {_esc(report.range_label())}", st.subtitle),
        Spacer(1, 2),
        Paragraph(_esc(meta), st.meta),
        *witnessed,
        Spacer(1, 8),
    ]


def _glance(report: Report, st: _Styles, f: _Fmt) -> list[Flowable]:
    i = report.indicators
    cells = [
        ("Confirmed balance, all funds", f.money(report.confirmed)),
        ("Pending elder sign-off", f.money(report.pending)),
        ("Members at end", f"{i.members_end}"),
        ("Members' savings", f.money(i.savings)),
        ("Loans outstanding", f.money(i.loans_outstanding)),
        ("Meeting attendance", _pct(i.attendance_rate)),
    ]
    boxes = [[Paragraph(_esc(value), st.big), Paragraph(_esc(label), st.small)]
             for label, value in cells]
    rows = [boxes[0:3], boxes[3:6]]
    table = Table(
        [[_stack(b) for b in row] for row in rows], colWidths=[58 * mm] * 3, hAlign="LEFT"
    )
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.5, _RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, _RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [table]


def _stack(parts: list[Paragraph]) -> Table:
    inner = Table([[p] for p in parts], hAlign="LEFT")
    inner.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return inner


def _funds(report: Report, st: _Styles, f: _Fmt) -> list[Flowable]:
    data: list[list[Any]] = [["Fund", "Opening", "In", "Out", "Confirmed", "Pending"]]
    for fund in report.funds:
        data.append([fund.name, f.money(fund.opening), f.money(fund.inflow),
                     f.money(fund.outflow), f.money(fund.confirmed), f.money(fund.pending)])
    data.append(["All funds", f.money(sum(x.opening for x in report.funds)),
                 f.money(sum(x.inflow for x in report.funds)),
                 f.money(sum(x.outflow for x in report.funds)),
                 f.money(report.confirmed), f.money(report.pending)])
    table = _grid(data, [24 * mm] + [30 * mm] * 5, st)
    table.setStyle(TableStyle([("FONT", (0, 1), (-1, -2), st.regular, 8),
                               ("FONT", (0, -1), (-1, -1), st.bold, 8),
                               ("LINEABOVE", (0, -1), (-1, -1), 0.8, _GREEN)]))
    return [Paragraph("Funds", st.h2), table]


def _aggregate_months(
    months: Sequence[MonthLine],
) -> tuple[list[str], dict[str, dict[str, MonthLine]]]:
    """Month labels and, per fund, the all-members line of each month."""
    by_fund: dict[str, dict[str, MonthLine]] = {}
    labels: set[str] = set()
    for m in months:
        if m.member is None:
            by_fund.setdefault(m.fund, {})[m.month] = m
            labels.add(m.month)
    return sorted(labels), by_fund


def _charts(report: Report, f: _Fmt) -> list[Flowable]:
    labels, by_fund = _aggregate_months(report.months)
    total = [f.major(sum(lines[m].closing for lines in by_fund.values() if m in lines))
             for m in labels]
    series: list[tuple[str, list[float]]] = [("All funds", total)]
    if 1 < len(by_fund) <= 5:
        for fund, lines in sorted(by_fund.items()):
            series.append((fund, [f.major(lines[m].closing) if m in lines else 0.0
                                  for m in labels]))
    contributions = [f.major(sum(lines[m].contributions for lines in by_fund.values()
                                 if m in lines)) for m in labels]
    return [
        Spacer(1, 8),
        KeepTogether([pooled_funds_chart(labels, series, report.currency)]),
        Spacer(1, 6),
        KeepTogether([contributions_chart(labels, contributions, report.currency)]),
    ]


def _confirmed_vs_pending(report: Report, st: _Styles, f: _Fmt) -> list[Flowable]:
    pending_entries = sum(1 for e in report.entries if e.status != "confirmed")
    total = len(report.entries)
    text = (
        f"Of the {_count(total, 'entry', 'entries')} dated in this range, "
        f"{total - pending_entries} {'is' if total - pending_entries == 1 else 'are'} confirmed "
        f"by the group's quorum of elders and {pending_entries} "
        f"{'awaits' if pending_entries == 1 else 'await'} sign-off. Confirmed "
        f"balances count only confirmed entries; pending entries add "
        f"{_esc(f.money(report.pending))} once signed."
    )
    return [KeepTogether([Paragraph("Confirmed and pending", st.h2), Paragraph(text, st.body)])]


def _goals(report: Report, st: _Styles, f: _Fmt) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Goals and progress", st.h2)]
    if not report.goals:
        return [*out, Paragraph("The group has no goals in this range.", st.body)]
    data: list[list[Any]] = [["Goal", "For", "Status", "Target", "Progress", "", ""]]
    for g in report.goals:
        share = (g.progress / g.target) if g.target else None
        data.append([Paragraph(_esc(g.title), st.cell), Paragraph(_esc(g.scope), st.cell),
                     g.status, f.money(g.target), f.money(g.progress), _bar(share),
                     _pct(share)])
    widths = [40 * mm, 22 * mm, 18 * mm, 29 * mm, 29 * mm, 21 * mm, 15 * mm]
    table = _grid(data, widths, st, numeric_from=3)
    table.setStyle(TableStyle([("LEFTPADDING", (5, 0), (5, -1), 8)]))
    return [KeepTogether([*out, table])]


def _meetings(report: Report, st: _Styles) -> list[Flowable]:
    i = report.indicators
    out: list[Flowable] = [
        Paragraph("Meetings and attendance", st.h2),
        Paragraph(
            f"{i.meetings} {'meeting' if i.meetings == 1 else 'meetings'} held in this range; "
            f"average attendance "
            f"{_pct(i.attendance_rate)}.", st.body),
        Spacer(1, 4),
    ]
    if not report.meetings:
        return out
    if len(report.meetings) <= MAX_MEETING_ROWS:
        data: list[list[Any]] = [["Date", "Place", "Present", "Attendance", "Entries",
                                  "Minutes"]]
        for m in report.meetings:
            data.append([m.day.isoformat(), Paragraph(_esc(m.place), st.cell),
                         f"{m.present} of {m.expected}", _pct(m.attendance), m.entries,
                         "approved" if m.minutes_approved else "not approved"])
        widths = [24 * mm, 52 * mm, 22 * mm, 24 * mm, 20 * mm, 28 * mm]
        return [*out, _grid(data, widths, st, numeric_from=2)]
    years: dict[int, list[Any]] = {}
    for m in report.meetings:
        years.setdefault(m.day.year, []).append(m)
    data = [["Year", "Meetings", "Present", "Expected", "Attendance", "Minutes approved"]]
    for year, ms in sorted(years.items()):
        present, expected = sum(m.present for m in ms), sum(m.expected for m in ms)
        data.append([str(year), len(ms), present, expected,
                     _pct(present / expected if expected else None),
                     f"{sum(1 for m in ms if m.minutes_approved)} of {len(ms)}"])
    widths = [20 * mm, 22 * mm, 22 * mm, 22 * mm, 26 * mm, 36 * mm]
    return [*out, _grid(data, widths, st)]


def _indicators(report: Report, st: _Styles, f: _Fmt) -> list[Flowable]:
    i = report.indicators
    rows = [
        ("Members (start → end)", f"{i.members_start} → {i.members_end}",
         f"{i.joined} joined, {i.left} left in the range"),
        ("Member retention", _pct(i.retention), "members at the start still members at the end"),
        ("Members' savings", f.money(i.savings),
         "confirmed net savings in savings funds at the end of the range"),
        ("Savings per member", f.money(i.savings_per_member), "savings over members at the end"),
        ("Saved in the range", f.money(i.savings_in_range), "contributions less withdrawals"),
        ("Loans outstanding", f.money(i.loans_outstanding),
         f"{i.loans_active} loans not yet repaid at the end of the range"),
        ("Loans disbursed", f.money(i.loans_disbursed), "confirmed loans paid out in the range"),
        ("Earnings", f.money(i.earnings), "loan interest and fines received in the range"),
        ("Return on assets", _pct(i.return_on_assets),
         "earnings over the average of total assets at start and end (not annualised)"),
        ("Attendance rate", _pct(i.attendance_rate), "present or represented over expected"),
    ]
    data: list[list[Any]] = [["Indicator", "Value", "How it is computed"]]
    data += [[a, b, Paragraph(_esc(c), st.cell)] for a, b, c in rows]
    table = _grid(data, [42 * mm, 36 * mm, 96 * mm], st)
    table.setStyle(TableStyle([("ALIGN", (2, 0), (2, -1), "LEFT")]))
    return [KeepTogether([Paragraph("Savings-group indicators", st.h2), table])]


def _members(report: Report, st: _Styles, f: _Fmt) -> list[Flowable]:
    data: list[list[Any]] = [
        ["Member", "Savings", "Loans owed", "Fines paid", "Fines owed", "Pending",
         "Share-out paid"]
    ]
    for m in report.members:
        data.append([Paragraph(_esc(m.member), st.cell), f.money(m.savings),
                     f.money(m.loans_outstanding), f.money(m.fines), f.money(m.fines_owed),
                     f.money(m.pending), f.money(m.paid_out)])  # fmt: skip
    widths = [30 * mm, 24 * mm, 24 * mm, 22 * mm, 22 * mm, 20 * mm, 32 * mm]
    return [Paragraph("Members (named with consent)", st.h2), _grid(data, widths, st)]


def pdf_bytes(report: Report) -> bytes:
    from ledger.exports.pdf_cycle import cycle_pages  # it builds on this module's parts

    st = _Styles()
    f = _Fmt(report.currency)
    out = io.BytesIO()
    footer = f"{report.group} · {report.range_label()} · amounts in {report.currency}"

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(st.regular, 7.5)
        canvas.setFillColor(_GREY)
        canvas.drawString(18 * mm, 10 * mm, footer)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
        bottomMargin=18 * mm, title=f"{report.group}: savings report {report.range_label()}",
        author="Lattice", subject="Savings group report for funders",
    )
    story: list[Flowable] = [
        *_header(report, st), *_glance(report, st, f), *_funds(report, st, f),
        *_charts(report, f), *cycle_pages(report, st, f),
        *_confirmed_vs_pending(report, st, f), *_goals(report, st, f),
        *_meetings(report, st), *_indicators(report, st, f), *district_pages(report, st, f),
    ]
    if report.with_names and report.members:
        story += _members(report, st, f)
    story += [Spacer(1, 10), Paragraph(
        "Figures come from the group's signed ledger: an entry counts as confirmed once the "
        "group's quorum of elders signed it off. A signed bundle of the same records can be "
        "checked offline with <b>lattice verify</b>.", st.small)]
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()


def write_pdf(report: Report, path: Path) -> list[Path]:
    from ledger.exports.files import write_atomically

    write_atomically(path, pdf_bytes(report))
    return [path]
