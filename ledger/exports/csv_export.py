"""CSV: the entries, and the balances by month, as two files a spreadsheet opens.

UTF-8 with a byte-order mark (so Excel reads accents right); amounts as plain decimal
text in the group's currency (e.g. 12.50), dates as YYYY-MM-DD.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ledger.exports.files import write_atomically
from ledger.exports.model import Report
from ledger.money import to_text

ENTRY_COLUMNS = (
    "date", "entry", "type", "fund", "amount", "effect", "currency", "status", "signoffs",
    "meeting", "reverses",
)
NAMED_ENTRY_COLUMNS = (*ENTRY_COLUMNS, "member", "note")
BALANCE_COLUMNS = (
    "month", "fund", "member", "opening", "in", "out", "closing", "contributions",
    "pending", "currency",
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


def balances_path(entries_path: Path) -> Path:
    """Where the balances go beside the entries file: 'x.csv' -> 'x-balances.csv'."""
    return entries_path.with_name(f"{entries_path.stem}-balances{entries_path.suffix or '.csv'}")


def write_csv(report: Report, path: Path) -> list[Path]:
    """Write the entries to `path` and the balances beside it; return both paths."""
    second = balances_path(path)
    write_atomically(path, entries_csv(report).encode("utf-8-sig"))
    write_atomically(second, balances_csv(report).encode("utf-8-sig"))
    return [path, second]
