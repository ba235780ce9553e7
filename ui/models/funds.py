"""Funds with confirmed and pending money apart, and the pooled total month by month."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ledger.finance.balances import MonthRow, fund_balances, monthly
from ledger.finance.books import FundId, books_of
from ledger.state import GroupState
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


def fund_rows(state: GroupState) -> list[FundRow]:
    books = books_of(state)
    balances = fund_balances(books)
    currency = state.settings.currency
    return [
        FundRow(f.id, f.name, f.kind, balances[f.id].confirmed, balances[f.id].pending, currency)
        for f in books.funds.values()
    ]


def pooled_by_month(rows: list[MonthRow]) -> list[tuple[str, int]]:
    """('YYYY-MM', confirmed money of all funds together at the month's end), in order."""
    running: dict[FundId, int] = {}
    out: list[tuple[str, int]] = []
    for row in rows:
        running[row.fund] = row.closing
        if out and out[-1][0] == row.month:
            out[-1] = (row.month, sum(running.values()))
        else:
            out.append((row.month, sum(running.values())))
    return out


def pooled_series(state: GroupState) -> list[tuple[str, int]]:
    return pooled_by_month(monthly(books_of(state)))


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
