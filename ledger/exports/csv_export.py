"""CSV: the entries, the balances by month, and the loans owed (each with its term,
interest due and arrears), as three files a spreadsheet opens.

UTF-8 with a byte-order mark (so Excel reads accents right); amounts as plain decimal
text in the group's currency (e.g. 12.50), dates as YYYY-MM-DD.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ledger.exports.files import write_atomically
from ledger.exports.model import Report
from ledger.savings.loans import percent
from ledger.savings.money import to_text

ENTRY_COLUMNS = (
    "date", "entry", "type", "fund", "amount", "effect", "currency", "status", "signoffs",
    "meeting", "reverses",
)
NAMED_ENTRY_COLUMNS = (*ENTRY_COLUMNS, "member", "note")
BALANCE_COLUMNS = (
    "month", "fund", "member", "opening", "in", "out", "closing", "contributions",
    "pending", "currency",
)
LOAN_COLUMNS = (
    "taken", "loan", "member", "lent", "term_months", "interest_per_month", "interest_method",
    "due", "owed", "interest_due", "arrears", "late_since", "currency",
)
ALL_MEMBERS = "all members"


def entries_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(NAMED_ENTRY_COLUMNS if report.with_names else ENTRY_COLUMNS)
    cur = report.currency
    for e in report.entries:
        row = [
            e.day.isoformat(), e.entry, e.type, e.fund, to_text(e.amount, cur),
            to_text(e.effect, cur), cur, e.status, e.signoffs, e.meeting or "", e.reverses or "",
        ]
        if report.with_names:
            row += [e.member or "", e.note or ""]
        writer.writerow(row)
    return out.getvalue()


def balances_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(BALANCE_COLUMNS)
    cur = report.currency
    for m in report.months:
        writer.writerow([
            m.month, m.fund, m.member or ALL_MEMBERS,
            *(to_text(v, cur) for v in (m.opening, m.inflow, m.outflow, m.closing,
                                        m.contributions, m.pending)),
            cur,
        ])
    return out.getvalue()


def loans_csv(report: Report) -> str:
    """One row per loan owed at the range's end; 'member' is empty without names, and
    the interest per month is a percentage in plain digits (e.g. 2.5)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(LOAN_COLUMNS)
    cur = report.currency
    for n, x in enumerate(report.cycle.loans, start=1):
        rate = "" if x.rate_bp is None else percent(x.rate_bp).removesuffix(" %")
        writer.writerow([
            x.day.isoformat(), n, x.member or "", to_text(x.principal, cur), x.term or "",
            rate, x.method or "", x.due.isoformat() if x.due else "",
            *(to_text(v, cur) for v in (x.outstanding, x.interest_due, x.arrears)),
            x.late_since.isoformat() if x.late_since else "", cur,
        ])
    return out.getvalue()


def beside(entries_path: Path, name: str) -> Path:
    """A file beside the entries file: 'x.csv' -> 'x-NAME.csv'."""
    return entries_path.with_name(f"{entries_path.stem}-{name}{entries_path.suffix or '.csv'}")


def balances_path(entries_path: Path) -> Path:
    """Where the balances go beside the entries file: 'x.csv' -> 'x-balances.csv'."""
    return beside(entries_path, "balances")


def write_csv(report: Report, path: Path) -> list[Path]:
    """Write the entries to `path`, the balances and the loans beside it; return the paths."""
    files = [path, balances_path(path), beside(path, "loans")]
    for target, text in zip(files, (entries_csv(report), balances_csv(report),
                                    loans_csv(report)), strict=True):
        write_atomically(target, text.encode("utf-8-sig"))
    return files
