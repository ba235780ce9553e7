"""The share-out of the cycle as a table: a row per member, paid or still due."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ledger.savings.shareout import ShareLine
from ui.formatting import money_text
from ui.models.table import Column, RowTableModel

RIGHT = Qt.AlignmentFlag.AlignRight


def status_text(line: ShareLine) -> str:
    if line.paid:
        return QCoreApplication.translate("ShareOutModel", "paid")
    return QCoreApplication.translate("ShareOutModel", "due")


class ShareOutModel(RowTableModel[ShareLine]):
    """`names` maps person ids to member names; `currency` formats the money."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.currency = "XXX"
        self.names: dict[str, str] = {}
        money = self._money
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("ShareOutModel", "Member"),
                    lambda x: self.names.get(x.member, x.member[:8]),
                ),
                Column(
                    lambda: QCoreApplication.translate("ShareOutModel", "Shares"),
                    lambda x: str(x.shares),
                    RIGHT,
                ),
                Column(
                    lambda: QCoreApplication.translate("ShareOutModel", "Savings"),
                    lambda x: money(x.savings),
                    RIGHT,
                ),
                Column(
                    lambda: QCoreApplication.translate("ShareOutModel", "Part of the pool"),
                    lambda x: money(x.share),
                    RIGHT,
                ),
                Column(
                    lambda: QCoreApplication.translate("ShareOutModel", "Profit"),
                    lambda x: money(x.profit),
                    RIGHT,
                ),
                Column(
                    lambda: QCoreApplication.translate("ShareOutModel", "Loan deducted"),
                    lambda x: money(x.loan),
                    RIGHT,
                ),
                Column(
                    lambda: QCoreApplication.translate("ShareOutModel", "Net payout"),
                    lambda x: money(x.net),
                    RIGHT,
                ),
                Column(lambda: QCoreApplication.translate("ShareOutModel", "Status"), status_text),
            ],
            parent,
        )

    def _money(self, amount: int) -> str:
        return money_text(amount, self.currency)
