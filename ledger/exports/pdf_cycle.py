"""The PDF report's cycle pages: loans owed with their terms, interest due and arrears;
fines owed; expenses and cash differences; and the share-out as it was paid."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, TableStyle
from reportlab.platypus.flowables import Flowable

from ledger.exports.model import CycleFigures, Report
from ledger.exports.pdf_parts import _esc, _Fmt, _grid, _Styles
from ledger.savings.loans import percent

MAX_LOAN_ROWS = 60
"""Loans listed one by one at most; beyond, the totals say it all."""

CASH_WORDS = {"expense": "Group expense", "shortage": "Cash shortage", "surplus": "Cash surplus"}
METHODS = {"flat": "on amount lent", "declining": "on amount owed"}


def cycle_pages(report: Report, st: _Styles, f: _Fmt) -> list[Flowable]:
    c = report.cycle
    return [
        *_summary(c, st, f), *_loans(report, st, f), *_cash(report, st, f),
        *_payouts(report, st, f),
    ]


def _summary(c: CycleFigures, st: _Styles, f: _Fmt) -> list[Flowable]:
    rows = [
        ("Fines owed", f.money(c.fines_owed),
         f"charged and not yet paid, by {c.members_owing_fines} member(s), at the end"),
        ("Loans owed", f.money(c.loans_owed), f"principal still owed on {len(c.loans)} loan(s)"),
        ("Interest due", f.money(c.interest_due), "interest charged on those loans, not paid"),
        ("Loans in arrears", f.money(c.arrears),
         f"{c.loans_in_arrears} loan(s) with installments past due and unpaid"),
        ("Group expenses", f.money(c.expenses), "confirmed in the range"),
        ("Cash shortages", f.money(c.shortages), "box counted below the books, in the range"),
        ("Cash surpluses", f.money(c.surpluses), "box counted above the books, in the range"),
        ("Share-out paid in cash", f.money(c.paid_cash),
         "handed to members in the range (recorded payouts, not a projection)"),
        ("Loans settled by share-out", f.money(c.paid_loans),
         "loan principal deducted from members' payouts"),
    ]
    data: list[list[Any]] = [["Cycle figure", "Amount", "What it is"]]
    data += [[a, b, Paragraph(_esc(text), st.cell)] for a, b, text in rows]
    table = _grid(data, [42 * mm, 36 * mm, 96 * mm], st)
    table.setStyle(TableStyle([("ALIGN", (2, 0), (2, -1), "LEFT")]))
    return [KeepTogether([Paragraph("The savings cycle", st.h2), table])]


def _loans(report: Report, st: _Styles, f: _Fmt) -> list[Flowable]:
    loans = report.cycle.loans
    out: list[Flowable] = [Paragraph("Loans owed", st.h2)]
    if not loans:
        return [*out, Paragraph("No loan is owed at the end of the range.", st.body)]
    if len(loans) > MAX_LOAN_ROWS:
        return [*out, Paragraph(_esc(
            f"{len(loans)} loans are owed; the spreadsheet export lists each one."), st.body)]
    who = "Member" if report.with_names else "Loan"
    data: list[list[Any]] = [[who, "Taken", "Lent", "Term, interest", "Due", "Owed",
                              "Interest\ndue", "Arrears", "Late since"]]
    for n, x in enumerate(loans, start=1):
        terms = f"{x.term} months" if x.term else "no term"
        if x.rate_bp:
            terms += f", {percent(x.rate_bp)} a month {METHODS.get(x.method or '', '')}".rstrip()
        data.append([Paragraph(_esc(x.member or f"#{n}"), st.cell), x.day.isoformat(),
                     f.money(x.principal), Paragraph(_esc(terms), st.cell),
                     x.due.isoformat() if x.due else "–", f.money(x.outstanding),
                     f.money(x.interest_due), f.money(x.arrears) if x.arrears else "–",
                     x.late_since.isoformat() if x.late_since else ""])
    c = report.cycle
    data.append(["All loans", "", f.money(sum(x.principal for x in loans)), "", "",
                 f.money(c.loans_owed), f.money(c.interest_due), f.money(c.arrears), ""])
    widths = [22 * mm, 17 * mm, 20 * mm, 27 * mm, 17 * mm, 19 * mm, 17 * mm, 18 * mm, 17 * mm]
    table = _grid(data, widths, st, numeric_from=2)
    table.setStyle(TableStyle([("FONT", (0, -1), (-1, -1), st.bold, 7.5),
                               ("FONTSIZE", (0, 0), (-1, -1), 7.5),
                               ("LEADING", (0, 0), (-1, 0), 9),
                               ("ALIGN", (3, 0), (4, -1), "LEFT"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 3),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return [*out, table]


def _cash(report: Report, st: _Styles, f: _Fmt) -> list[Flowable]:
    lines = report.cycle.cash
    out: list[Flowable] = [Paragraph("Expenses and cash counts", st.h2)]
    if not lines:
        return [*out, Paragraph(
            "No group expense, shortage or surplus is recorded in the range.", st.body)]
    data: list[list[Any]] = [["Date", "What", "Fund", "Amount", "Status"]]
    for x in lines:
        what = CASH_WORDS.get(x.type, x.type)
        if x.reversal:
            what = f"Reversal of a {what.lower()}"
        if x.note:
            what += f": {x.note}"
        data.append([x.day.isoformat(), Paragraph(_esc(what), st.cell), x.fund,
                     f.money(x.effect), x.status])
    widths = [22 * mm, 70 * mm, 28 * mm, 30 * mm, 22 * mm]
    table = _grid(data, widths, st, numeric_from=3)
    table.setStyle(TableStyle([("ALIGN", (4, 0), (4, -1), "LEFT")]))
    return [*out, table]


def _payouts(report: Report, st: _Styles, f: _Fmt) -> list[Flowable]:
    c = report.cycle
    if not c.payouts:
        return []
    paid = sum(1 for p in c.payouts if p.status == "confirmed" and p.cash + p.loan_settled > 0)
    text = (f"Share-out payouts recorded in the range: {f.money(c.paid_cash)} in cash and "
            f"{f.money(c.paid_loans)} of loans settled, to {paid} member(s). These are the "
            f"amounts paid, confirmed by the elders, not a projection.")
    out: list[Flowable] = [Paragraph("Share-out paid", st.h2), Paragraph(_esc(text), st.body)]
    if not report.with_names:
        return out
    data: list[list[Any]] = [["Member", "Date", "Cash paid", "Loan settled", "Status"]]
    for p in c.payouts:
        data.append([Paragraph(_esc(p.member or ""), st.cell), p.day.isoformat(),
                     f.money(p.cash), f.money(p.loan_settled), p.status])
    widths = [50 * mm, 24 * mm, 32 * mm, 32 * mm, 24 * mm]
    return [*out, Spacer(1, 4), _grid(data, widths, st, numeric_from=2)]
