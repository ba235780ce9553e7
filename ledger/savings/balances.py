"""Balances from the books: per fund, per member, month by month; confirmed and pending apart.

Everything is recomputed from the entries (reads never change the books), so any
date cut-off (`until`, inclusive) works the same way for screens and exports.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ledger.savings.books import MEASURES, Books, FundId
from ledger.savings.entry import Entry
from ledger.store.ids import PersonId


@dataclass
class Balance:
    confirmed: int = 0
    pending: int = 0
    """Net effect of entries not confirmed yet (on top of `confirmed`)."""

    @property
    def total(self) -> int:
        return self.confirmed + self.pending

    def add(self, delta: int, confirmed: bool) -> None:
        if confirmed:
            self.confirmed += delta
        else:
            self.pending += delta


@dataclass
class Position:
    """One member's standing: each measure of `books.MEASURES`, plus savings per fund."""

    measures: dict[str, Balance] = field(default_factory=lambda: {m: Balance() for m in MEASURES})
    saved_by_fund: dict[FundId, Balance] = field(default_factory=dict)

    def __getitem__(self, measure: str) -> Balance:
        return self.measures[measure]


@dataclass(frozen=True)
class MonthRow:
    month: str
    """'YYYY-MM'."""
    fund: FundId
    inflow: int
    """Confirmed money in during the month."""
    outflow: int
    """Confirmed money out during the month (a positive number)."""
    closing: int
    """Confirmed balance at the end of the month."""
    pending: int
    """Net effect of the month's entries not confirmed yet."""


def _entries(books: Books, until: str | None, since: str | None = None) -> Iterator[Entry]:
    for entry in books.entries.values():
        if (until is None or entry.date <= until) and (since is None or entry.date >= since):
            yield entry


def fund_balances(
    books: Books, until: str | None = None, since: str | None = None
) -> dict[FundId, Balance]:
    """Each fund's balance; with `since`, what the entries from that date on moved."""
    running = books.running_totals() if until is None and since is None else None
    if running is not None:  # today's balances: no need to walk every entry
        return {f: Balance(confirmed, book - confirmed) for f, (confirmed, book) in running.items()}
    result = {fund: Balance() for fund in books.funds}
    for entry in _entries(books, until, since):
        confirmed = books.is_confirmed(entry)
        for line in entry.lines()[0]:
            result.setdefault(line.fund, Balance()).add(line.delta, confirmed)
    return result


def totals(books: Books, until: str | None = None) -> Balance:
    """All funds together (transfers between funds cancel out)."""
    total = Balance()
    for balance in fund_balances(books, until).values():
        total.confirmed += balance.confirmed
        total.pending += balance.pending
    return total


def member_positions(
    books: Books, until: str | None = None, since: str | None = None
) -> dict[PersonId, Position]:
    """Each member's savings, shares, loans, interest, fines and share-out received.

    'saved' counts savings funds only; contributions to other funds are in
    `saved_by_fund`. `since`/`until` limit by entry date (e.g. to a savings cycle).
    """
    result: dict[PersonId, Position] = {}
    for entry in _entries(books, until, since):
        confirmed = books.is_confirmed(entry)
        for line in entry.lines()[1]:
            position = result.setdefault(line.member, Position())
            if line.measure == "saved":
                position.saved_by_fund.setdefault(line.fund, Balance()).add(line.delta, confirmed)
                if books.funds[line.fund].kind != "savings":
                    continue
            position.measures[line.measure].add(line.delta, confirmed)
    return result


def loans_outstanding(books: Books, until: str | None = None) -> dict[PersonId, Balance]:
    """Loan principal each member owes (members who owe nothing are left out)."""
    return {
        member: position["loan"]
        for member, position in sorted(member_positions(books, until).items())
        if position["loan"].total
    }


def monthly(books: Books, fund: FundId | None = None) -> list[MonthRow]:
    """Per fund and month with entries, in month order: confirmed flows and pending."""
    flows: dict[tuple[str, FundId], list[int]] = {}
    for entry in books.entries.values():
        confirmed = books.is_confirmed(entry)
        for line in entry.lines()[0]:
            if fund is not None and line.fund != fund:
                continue
            row = flows.setdefault((entry.date[:7], line.fund), [0, 0, 0])
            if not confirmed:
                row[2] += line.delta
            elif line.delta > 0:
                row[0] += line.delta
            else:
                row[1] -= line.delta
    rows: list[MonthRow] = []
    running: dict[FundId, int] = {}
    for (month, fid), (inflow, outflow, pending) in sorted(flows.items()):
        running[fid] = running.get(fid, 0) + inflow - outflow
        rows.append(MonthRow(month, fid, inflow, outflow, running[fid], pending))
    return rows
