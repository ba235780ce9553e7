"""A member's passbook as a printable one-page slip (HTML laid out by QTextDocument)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from ledger.savings.balances import Balance
from ledger.savings.passbook import Passbook
from ui.core_text import core_text
from ui.formatting import money_text
from ui.models.goals import goal_status_name
from ui.models.ledger import entry_type_name

SLIP_LINES = 22
"""At most the latest this many lines: they fit one A4 page with the figures above them
(fewer are shown when long names or goals need the room)."""
SLIP_POINT_SIZE = 10.0
"""The slip's text size on paper, whatever the window's font scale."""


def line_status_name(status: str) -> str:
    names = {
        "confirmed": QCoreApplication.translate("PassbookSlip", "confirmed"),
        "pending": QCoreApplication.translate("PassbookSlip", "pending"),
    }
    return names.get(status, status)


def balance_text(balance: Balance, currency: str) -> str:
    text = money_text(balance.confirmed, currency)
    if balance.pending:
        text += " " + QCoreApplication.translate("PassbookSlip", "(+%1 pending)").replace(
            "%1", money_text(balance.pending, currency, with_code=False)
        )
    return text


def figures(book: Passbook) -> list[tuple[str, str]]:
    """The member's standing as (caption, value) pairs, for the page and the slip."""
    return [*_standing(book), shareout_figure(book)]


def loan_figures(book: Passbook) -> list[tuple[str, str]]:
    """Each loan owed (its due date, interest due, arrears) and the fines owed, as
    (caption, value) pairs."""
    c = book.currency
    rows = []
    for loan in book.loans:
        caption = (
            QCoreApplication.translate("PassbookSlip", "Loan of %1 on %2, due %3")
            .replace("%1", money_text(loan.principal, c))
            .replace("%2", loan.date)
            .replace("%3", loan.due_date or "—")
        )
        value = (
            QCoreApplication.translate("PassbookSlip", "%1 owed, interest due %2")
            .replace("%1", money_text(loan.outstanding, c))
            .replace("%2", money_text(loan.interest_due, c))
        )
        if loan.arrears:
            value += QCoreApplication.translate("PassbookSlip", "; in arrears %1 since %2")
            value = value.replace("%1", money_text(loan.arrears, c))
            value = value.replace("%2", loan.late_since or "—")
        rows.append((caption, value))
        if loan.schedule:
            plan = "; ".join(
                f"{due} {money_text(principal + interest, c, with_code=False)}"
                for due, principal, interest in loan.schedule
            )
            rows.append((QCoreApplication.translate("PassbookSlip", "Installments"), plan))
    if book.fines_owed:
        caption = QCoreApplication.translate("PassbookSlip", "Fines owed")
        rows.append((caption, money_text(book.fines_owed, c)))
    return rows


def _standing(book: Passbook) -> list[tuple[str, str]]:
    c = book.currency
    shares = str(book.shares.confirmed) + (
        f" (+{book.shares.pending})" if book.shares.pending else ""
    )
    return [
        (QCoreApplication.translate("PassbookSlip", "Savings"), balance_text(book.savings, c)),
        (QCoreApplication.translate("PassbookSlip", "Shares"), shares),
        (QCoreApplication.translate("PassbookSlip", "Loan owed"), balance_text(book.loan, c)),
        (
            QCoreApplication.translate("PassbookSlip", "Interest paid"),
            balance_text(book.interest, c),
        ),
        (QCoreApplication.translate("PassbookSlip", "Fines paid"), balance_text(book.fines, c)),
    ]


def shareout_figure(book: Passbook) -> tuple[str, str]:
    """What the member was paid at the share-out, or until then the projection."""
    c = book.currency
    if not book.shareout_paid:
        return (
            QCoreApplication.translate("PassbookSlip", "Share-out (projected)"),
            money_text(book.projected_payout, c),
        )
    paid = money_text(book.shareout_cash, c)
    if book.shareout_loan:
        paid = (
            QCoreApplication.translate("PassbookSlip", "%1 in cash, %2 of loan settled")
            .replace("%1", paid)
            .replace("%2", money_text(book.shareout_loan, c))
        )
    return QCoreApplication.translate("PassbookSlip", "Share-out paid"), paid


def slip_html(
    book: Passbook, max_lines: int = SLIP_LINES, *, district: tuple[str, str] | None = None
) -> str:
    """The slip; `district` is (the group's word for it, capitalized; the member's
    district), shown first among the figures."""
    title = (
        QCoreApplication.translate("PassbookSlip", "%1 — passbook of %2")
        .replace("%1", book.group)
        .replace("%2", book.name)
    )
    rows = "".join(f"<tr><td>{escape(k)}</td><td align=right nowrap><b>{escape(v)}</b></td></tr>"
                   for k, v in [*([district] if district else []), *figures(book),
                                *loan_figures(book)])  # fmt: skip
    lines = book.lines[-max_lines:] if max_lines > 0 else []
    omitted = len(book.lines) - len(lines)
    # nowrap: a cell is never broken inside a word or an amount ('contributi/on').
    body = "".join(
        f"<tr><td nowrap>{escape(x.date)}</td><td nowrap>{escape(entry_type_name(x.type))}</td>"
        f"<td>{escape(core_text(x.fund))}</td>"
        f"<td align=right nowrap>{escape(money_text(x.amount, book.currency))}</td>"
        f"<td nowrap>{escape(line_status_name(x.status))}</td></tr>"
        for x in lines
    )
    note = ""
    if omitted:
        note = "<p><i>" + escape(
            QCoreApplication.translate("PassbookSlip", "%n earlier line(s) not shown.", "", omitted)
        ) + "</i></p>"  # fmt: skip
    goals = "".join(
        f"<li>{escape(g.title)} ({escape(goal_status_name(g.status))})</li>" for g in book.goals
    )
    code = (
        QCoreApplication.translate("PassbookSlip", "State code: %1 (%2 changes)")
        .replace("%1", book.code)
        .replace("%2", str(book.changes))
    )
    explain = QCoreApplication.translate(
        "PassbookSlip",
        "Any computer of the group shows the same code when it holds the same signed records.",
    )
    goals_heading = QCoreApplication.translate("PassbookSlip", "Goals")
    entries_heading = QCoreApplication.translate("PassbookSlip", "Entries")
    goals_html = f"<h3>{escape(goals_heading)}</h3><ul>{goals}</ul>" if goals else ""
    return (
        f"<h2>{escape(title)}</h2><table cellpadding=3>{rows}</table>"
        f"<h3>{escape(entries_heading)}</h3>{note}"
        f"<table cellpadding=2 width=100%>{body}</table>{goals_html}"
        f"<p><b><tt>{escape(code)}</tt></b><br>{escape(explain)}</p>"
    )


def write_slip_pdf(
    book: Passbook, path: Path, *, district: tuple[str, str] | None = None
) -> None:
    """The slip as a one-page A4 PDF."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    print_slip(book, printer, district=district)


def slip_document(
    book: Passbook, page: QSizeF, *, district: tuple[str, str] | None = None
) -> QTextDocument:
    """The slip laid out on one page of size `page` (points): print-sized text whatever
    the window's font scale, and the oldest lines left out until it fits one page."""
    font = QFont(QApplication.font())
    font.setPointSizeF(SLIP_POINT_SIZE)
    lines = SLIP_LINES
    while True:
        document = QTextDocument()
        document.setDefaultFont(font)
        document.setHtml(slip_html(book, lines, district=district))
        document.setPageSize(page)
        if document.pageCount() <= 1 or lines <= 0:
            return document
        lines -= 2


def print_slip(
    book: Passbook, printer: QPrinter, *, district: tuple[str, str] | None = None
) -> None:
    page = QSizeF(printer.pageRect(QPrinter.Unit.Point).size())
    slip_document(book, page, district=district).print_(printer)
