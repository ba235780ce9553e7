"""Funds with confirmed and pending money apart, and the pooled total month by month."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ledger.savings.balances import Balance
from ledger.savings.books import Books, FundId, books_of
from ledger.savings.entry import Entry
from ledger.store.state import GroupState
from ui.core_text import core_text
from ui.formatting import money_text
from ui.models.table import Column, RowTableModel


def fund_kind_name(kind: str) -> str:
    names = {
        "savings": QCoreApplication.translate("FundsModel", "savings"),
        "social": QCoreApplication.translate("FundsModel", "social"),
        "loan": QCoreApplication.translate("FundsModel", "loan"),
        "project": QCoreApplication.translate("FundsModel", "project"),
    }
    return names.get(kind, kind)


@dataclass(frozen=True, slots=True)
class FundRow:
    id: FundId
    name: str
    kind: str
    confirmed: int
    pending: int
    currency: str


def counts(books: Books, entry: Entry) -> bool:
    """`books.is_confirmed(entry)`, without its cost for the two common cases: confirmed
    during replay, or signed by nobody yet (a quorum is at least one elder)."""
    return entry.confirmed or (bool(entry.signers) and books.is_confirmed(entry))


@dataclass
class Summary:
    """Per fund, confirmed and pending; per month, the pooled confirmed total."""

    funds: dict[FundId, Balance]
    pooled: list[tuple[str, int]]


def summarize(books: Books) -> Summary:
    """`ledger.savings.balances.fund_balances` and the pooled `monthly` closings: from the
    totals the books keep up as they replay, else in one pass over the entries (a test
    checks both against the core's own functions)."""
    running, pooled_kept = books.running_totals(), books.pooled_by_month()
    if running is not None and pooled_kept is not None:
        return Summary(
            {f: Balance(confirmed, book - confirmed) for f, (confirmed, book) in running.items()},
            pooled_kept,
        )
    return summarize_by_walk(books)


def summarize_by_walk(books: Books) -> Summary:
    """`summarize` from every entry, for books whose kept totals are out of date."""
    funds = {fund: Balance() for fund in books.funds}
    flows: dict[str, int] = {}
    for entry in books.entries.values():
        confirmed = counts(books, entry)
        month = entry.date[:7]
        for line in entry.lines()[0]:
            funds.setdefault(line.fund, Balance()).add(line.delta, confirmed)
            # A month with pending entries only still shows, flat, as the core's `monthly`.
            flows[month] = flows.get(month, 0) + (line.delta if confirmed else 0)
    pooled: list[tuple[str, int]] = []
    running = 0
    for month in sorted(flows):
        running += flows[month]
        pooled.append((month, running))
    return Summary(funds, pooled)


def fund_rows(state: GroupState, summary: Summary | None = None) -> list[FundRow]:
    books = books_of(state)
    balances = (summary or summarize(books)).funds
    currency = state.settings.currency
    return [
        FundRow(
            f.id,
            core_text(f.name),
            f.kind,
            balances[f.id].confirmed,
            balances[f.id].pending,
            currency,
        )
        for f in books.funds.values()
    ]


class FundsModel(RowTableModel[FundRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        right = Qt.AlignmentFlag.AlignRight
        super().__init__(
            [
                Column(lambda: QCoreApplication.translate("FundsModel", "Fund"), lambda r: r.name),
                Column(
                    lambda: QCoreApplication.translate("FundsModel", "Kind"),
                    lambda r: fund_kind_name(r.kind),
                ),
                Column(
                    lambda: QCoreApplication.translate("FundsModel", "Confirmed"),
                    lambda r: money_text(r.confirmed, r.currency),
                    align=right,
                ),
                Column(
                    lambda: QCoreApplication.translate("FundsModel", "Pending"),
                    lambda r: money_text(r.pending, r.currency) if r.pending else "—",
                    align=right,
                ),
            ],
            parent,
        )
