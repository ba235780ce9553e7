"""A group's entries in date order, each marked confirmed or pending.

Every figure of an export is summed from this one list, so that the bundle's totals,
the report's months and its indicators cannot disagree about which entries count.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ledger.savings.books import Books
from ledger.savings.entry import Entry
from ledger.savings.shareout import savings_returned
from ledger.store.ids import PersonId


@dataclass(frozen=True, slots=True)
class DatedEntry:
    entry: Entry
    day: dt.date
    confirmed: bool


def dated_entries(books: Books) -> list[DatedEntry]:
    """Every entry of the books, oldest first (ties in the books' own order)."""
    rows = [
        DatedEntry(e, dt.date.fromisoformat(e.date), books.is_confirmed(e))
        for e in books.entries.values()
    ]
    rows.sort(key=lambda r: (r.day, r.entry.order))
    return rows


def month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def months_between(first: dt.date, last: dt.date) -> list[str]:
    out, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def base_type(books: Books, entry: Entry) -> str:
    """The type an entry moves money as: a reversal counts as the type it cancels."""
    if entry.type == "reversal" and entry.reverses in books.entries:
        return books.entries[entry.reverses].type
    return entry.type


def sign(entry: Entry) -> int:
    return -1 if entry.type == "reversal" else 1


def positions(
    books: Books, rows: Iterable[DatedEntry], until: dt.date | None, confirmed: bool = True
) -> dict[tuple[PersonId, str], int]:
    """Per (member, measure): the sum of member lines dated up to `until`.

    Only money saved in savings funds counts as "saved" (not the social fund), less what
    confirmed share-out payouts handed back: after the share-out a member's savings are
    what the group still holds for them, and "paid_out" says what they were paid.
    """
    out: dict[tuple[PersonId, str], int] = defaultdict(int)
    for row in rows:
        if until is not None and row.day > until:
            break
        if row.confirmed != confirmed:
            continue
        for x in row.entry.lines()[1]:
            if x.measure == "saved" and books.funds[x.fund].kind != "savings":
                continue
            out[(x.member, x.measure)] += x.delta
    if confirmed:
        day = None if until is None else until.isoformat()
        for member, amount in savings_returned(books, day).items():
            out[(member, "saved")] -= amount
    return out
