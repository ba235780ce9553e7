"""XLSX workbook: Summary, By district (in a group with districts, in its own word),
Entries, Balances by month, Goals, Meetings, Loans, Expenses and cash, and with names
Members and Share-out paid (without, the Summary gives their totals).

Amounts are real numbers (Decimal, from the integer minor units) with a number format
in the group's currency and its number of decimals; dates are real dates.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ledger.exports.files import write_atomically
from ledger.exports.model import Report
from ledger.savings.money import decimals

_HEAD_FONT = Font(bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="2F5D50")
_TITLE_FONT = Font(bold=True, size=14)
_PERCENT = "0.0%"
_DATE = "yyyy-mm-dd"


class _Cells:
    """Turns minor units into numbers and knows the currency's number format."""

    def __init__(self, currency: str) -> None:
        self.places = decimals(currency)
        digits = "0." + "0" * self.places if self.places else "0"
        self.money_format = f'#,##{digits} "{currency}";-#,##{digits} "{currency}"'

    def money(self, minor: int | None) -> Decimal | None:
        return None if minor is None else Decimal(minor).scaleb(-self.places)


def _table(
    ws: Worksheet, top: int, header: Sequence[str], rows: Iterable[Sequence[Any]],
    formats: dict[int, str],
) -> int:
    """Write a header and rows from row `top`; return the next free row."""
    for col, title in enumerate(header, start=1):
        cell = ws.cell(row=top, column=col, value=title)
        cell.font, cell.fill = _HEAD_FONT, _HEAD_FILL
        cell.alignment = Alignment(horizontal="center")
    row_no = top
    for row_no, row in enumerate(rows, start=top + 1):
        for col, value in enumerate(row, start=1):
            cell = ws.cell(row=row_no, column=col, value=value)
            if col in formats:
                cell.number_format = formats[col]
    return row_no + 1


def _widths(ws: Worksheet, widths: Sequence[int]) -> None:
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def _summary(ws: Worksheet, report: Report, c: _Cells) -> None:
    ws.title = "Summary"
    ws["A1"] = report.group
    ws["A1"].font = _TITLE_FONT
    ws["A2"] = f"Savings report, {report.range_label()}"
    facts: list[tuple[str, Any, str | None]] = [
        ("Currency", report.currency, None),
        ("Generated", report.generated.strftime("%Y-%m-%d %H:%M UTC"), None),
        ("Members named", "yes" if report.with_names else "no (aggregated)", None),
        ("State code", report.digest[:16], None),
        ("Confirmed balance, all funds", c.money(report.confirmed), c.money_format),
        ("Pending (awaiting elder sign-off)", c.money(report.pending), c.money_format),
    ]
    i = report.indicators
    facts += [
        ("Members at start", i.members_start, "0"),
        ("Members at end", i.members_end, "0"),
        ("Member retention", i.retention, _PERCENT),
        ("Members' savings", c.money(i.savings), c.money_format),
        ("Savings per member", c.money(i.savings_per_member), c.money_format),
        ("Saved during the range", c.money(i.savings_in_range), c.money_format),
        ("Loans outstanding", c.money(i.loans_outstanding), c.money_format),
        ("Loans active", i.loans_active, "0"),
        ("Loans disbursed in the range", c.money(i.loans_disbursed), c.money_format),
        ("Interest and fines earned", c.money(i.earnings), c.money_format),
        ("Return on assets", i.return_on_assets, _PERCENT),
        ("Meetings held", i.meetings, "0"),
        ("Attendance rate", i.attendance_rate, _PERCENT),
    ]
    y = report.cycle
    facts += [
        ("Fines owed (not paid)", c.money(y.fines_owed), c.money_format),
        ("Members owing fines", y.members_owing_fines, "0"),
        ("Loans owed (principal)", c.money(y.loans_owed), c.money_format),
        ("Interest due on loans", c.money(y.interest_due), c.money_format),
        ("Loans in arrears", y.loans_in_arrears, "0"),
        ("Arrears (principal and interest)", c.money(y.arrears), c.money_format),
        ("Group expenses", c.money(y.expenses), c.money_format),
        ("Cash shortages", c.money(y.shortages), c.money_format),
        ("Cash surpluses", c.money(y.surpluses), c.money_format),
        ("Share-out paid in cash", c.money(y.paid_cash), c.money_format),
        ("Loans settled by share-out", c.money(y.paid_loans), c.money_format),
    ]
    for row, (label, value, fmt) in enumerate(facts, start=4):
        ws.cell(row=row, column=1, value=label).font = Font(bold=True)
        cell = ws.cell(row=row, column=2, value="n/a" if value is None else value)
        if fmt and value is not None:
            cell.number_format = fmt
    top = 4 + len(facts) + 1
    ws.cell(row=top, column=1, value="Funds").font = Font(bold=True, size=12)
    money_cols = {k: c.money_format for k in range(2, 7)}
    _table(
        ws, top + 1, ("Fund", "Opening", "In", "Out", "Confirmed", "Pending"),
        ((f.name, c.money(f.opening), c.money(f.inflow), c.money(f.outflow),
          c.money(f.confirmed), c.money(f.pending)) for f in report.funds),
        money_cols,
    )
    _widths(ws, (36, 18, 18, 18, 18, 18))


def _entries(ws: Worksheet, report: Report, c: _Cells) -> None:
    header = ["Date", "Entry", "Type", "Fund", "Amount", "Effect", "Status", "Sign-offs",
              "Meeting", "Reverses"]
    if report.with_names:
        header += ["Member", "Note"]
    rows = []
    for e in report.entries:
        row: list[Any] = [e.day, e.entry[:12], e.type, e.fund, c.money(e.amount),
                          c.money(e.effect), e.status, e.signoffs, e.meeting or "",
                          (e.reverses or "")[:12]]
        if report.with_names:
            row += [e.member or "", e.note or ""]
        rows.append(row)
    _table(ws, 1, header, rows, {1: _DATE, 5: c.money_format, 6: c.money_format})
    ws.freeze_panes = "A2"
    _widths(ws, (12, 14, 20, 16, 16, 16, 11, 10, 14, 14, 24, 40))


def _months(ws: Worksheet, report: Report, c: _Cells) -> None:
    header = ("Month", "Fund", "Member", "Opening", "In", "Out", "Closing", "Contributions",
              "Pending")
    rows = (
        (m.month, m.fund, m.member or "all members", *(c.money(v) for v in (
            m.opening, m.inflow, m.outflow, m.closing, m.contributions, m.pending)))
        for m in report.months
    )
    _table(ws, 1, header, rows, {k: c.money_format for k in range(4, 10)})
    ws.freeze_panes = "A2"
    _widths(ws, (10, 16, 20, 16, 16, 16, 16, 16, 16))


def _goals(ws: Worksheet, report: Report, c: _Cells) -> None:
    header = ("Goal", "For", "Status", "Target", "Target date", "Progress", "Share reached",
              "Fund")
    rows = (
        (g.title, g.scope, g.status, c.money(g.target), g.target_date, c.money(g.progress),
         (g.progress / g.target) if g.target else None, g.fund or "")
        for g in report.goals
    )
    _table(ws, 1, header, rows,
           {4: c.money_format, 5: _DATE, 6: c.money_format, 7: _PERCENT})
    _widths(ws, (32, 18, 12, 16, 12, 16, 14, 16))


def _meetings(ws: Worksheet, report: Report) -> None:
    header = ("Date", "Place", "Present", "Expected", "Attendance", "Entries", "Minutes approved")
    rows = (
        (m.day, m.place, m.present, m.expected, m.attendance, m.entries,
         "yes" if m.minutes_approved else "no")
        for m in report.meetings
    )
    _table(ws, 1, header, rows, {1: _DATE, 5: _PERCENT})
    _widths(ws, (12, 24, 10, 10, 12, 10, 18))


def district_title(report: Report) -> str:
    """'By district', 'By chapter': the group's own word."""
    return f"By {report.district_word}"


def _districts(ws: Worksheet, report: Report, c: _Cells) -> None:
    """One row per district, the goal funds' money from no member (when there is some)
    and the total (the group's): members, money paid in, savings, loans, each group goal's
    part and share of its fund (the core's `goal_share`), meetings and attendance."""
    word = report.district_word
    goals = [part.title for part in report.districts[0].goals] if report.districts else []
    shares = [(f"Share of {title}", f"Share of {title} (%)") for title in goals]
    header = [word[:1].upper() + word[1:], "Members", "Contributed", "Contributed in range",
              "Pending", "Savings", "Savings per member", "Loans outstanding",
              *(name for pair in shares for name in pair), "Meetings", "Attendance"]
    lines = [*report.districts, *([report.district_other] if report.district_other else []),
             *([report.district_total] if report.district_total else [])]
    rows: list[list[Any]] = []
    for d in lines:
        name = "Total" if d.total else "Not from members" if d.other else (d.name or f"(no {word})")
        parts = [v for p in d.goals for v in (c.money(p.amount), _ratio(p.permille))]
        if d.other:
            rows.append([name, *([None] * 7), *parts, None, None])
            continue
        rows.append([name, d.members, c.money(d.contributed), c.money(d.contributed_in_range),
                     c.money(d.pending), c.money(d.savings), c.money(d.savings_per_member),
                     c.money(d.loans_outstanding), *parts, d.meetings, d.attendance])
    formats = {k: c.money_format for k in range(3, 9)}
    for number in range(len(goals)):
        formats[9 + 2 * number] = c.money_format
        formats[10 + 2 * number] = _PERCENT
    formats[10 + 2 * len(goals)] = _PERCENT
    end = _table(ws, 1, header, rows, formats)
    for col in range(1, len(header) + 1):
        ws.cell(row=end - 1, column=col).font = Font(bold=True)
    ws.freeze_panes = "B2"
    _widths(ws, (24, 10, 18, 18, 16, 18, 18, 18, *(22 for _ in range(2 * len(goals))), 10, 12))


def _ratio(permille: int | None) -> Decimal | None:
    """A share in thousandths as the fraction a percent cell shows (exact, no float)."""
    return None if permille is None else Decimal(permille).scaleb(-3)


def _members(ws: Worksheet, report: Report, c: _Cells) -> None:
    header = ("Member", "Savings", "Loans outstanding", "Fines paid", "Fines owed", "Pending",
              "Share-out paid")
    rows = (
        (m.member, c.money(m.savings), c.money(m.loans_outstanding), c.money(m.fines),
         c.money(m.fines_owed), c.money(m.pending), c.money(m.paid_out))
        for m in report.members
    )
    _table(ws, 1, header, rows, {k: c.money_format for k in range(2, 8)})
    _widths(ws, (28, 18, 18, 18, 18, 18, 18))


def _loans(ws: Worksheet, report: Report, c: _Cells) -> None:
    header = ("Member" if report.with_names else "Loan", "Taken", "Lent", "Term (months)",
              "Interest per month", "Interest method", "Due", "Owed", "Interest due",
              "Arrears", "Late since")
    rows = (
        (x.member or f"#{n}", x.day, c.money(x.principal), x.term or None,
         None if x.rate_bp is None else Decimal(x.rate_bp).scaleb(-4), x.method or "",
         x.due, c.money(x.outstanding), c.money(x.interest_due), c.money(x.arrears),
         x.late_since)
        for n, x in enumerate(report.cycle.loans, start=1)
    )
    _table(ws, 1, header, rows, {2: _DATE, 3: c.money_format, 5: "0.00%", 7: _DATE,
                                 8: c.money_format, 9: c.money_format, 10: c.money_format,
                                 11: _DATE})
    ws.freeze_panes = "A2"
    _widths(ws, (24, 12, 16, 14, 16, 16, 12, 16, 16, 16, 12))


def _cash(ws: Worksheet, report: Report, c: _Cells) -> None:
    header = ["Date", "What", "Reversal", "Fund", "Effect", "Status"]
    if report.with_names:
        header.append("Note")
    rows = []
    for x in report.cycle.cash:
        row: list[Any] = [x.day, x.type, "yes" if x.reversal else "", x.fund,
                          c.money(x.effect), x.status]
        if report.with_names:
            row.append(x.note or "")
        rows.append(row)
    _table(ws, 1, header, rows, {1: _DATE, 5: c.money_format})
    _widths(ws, (12, 12, 10, 16, 16, 11, 40))


def _payouts(ws: Worksheet, report: Report, c: _Cells) -> None:
    header = ("Member", "Date", "Cash paid", "Loan settled", "Status")
    rows = (
        (p.member or "", p.day, c.money(p.cash), c.money(p.loan_settled), p.status)
        for p in report.cycle.payouts
    )
    _table(ws, 1, header, rows, {2: _DATE, 3: c.money_format, 4: c.money_format})
    _widths(ws, (28, 12, 16, 16, 11))


def xlsx_bytes(report: Report) -> bytes:
    cells = _Cells(report.currency)
    book = Workbook()
    _summary(book.active, report, cells)
    if report.districts:
        _districts(book.create_sheet(district_title(report)[:31]), report, cells)
    _entries(book.create_sheet("Entries"), report, cells)
    _months(book.create_sheet("Balances by month"), report, cells)
    _goals(book.create_sheet("Goals"), report, cells)
    _meetings(book.create_sheet("Meetings"), report)
    _loans(book.create_sheet("Loans"), report, cells)
    _cash(book.create_sheet("Expenses and cash"), report, cells)
    if report.with_names:
        _payouts(book.create_sheet("Share-out paid"), report, cells)
    if report.with_names:
        _members(book.create_sheet("Members"), report, cells)
    book.properties.title = f"{report.group}: savings report {report.range_label()}"
    book.properties.creator = "Lattice"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_xlsx(report: Report, path: Path) -> list[Path]:
    write_atomically(path, xlsx_bytes(report))
    return [path]
