"""A member's passbook lines as a table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ledger.savings.passbook import PassbookLine
from ui.core_text import core_text
from ui.formatting import money_text
from ui.models.ledger import entry_type_name
from ui.models.table import Column, RowTableModel
from ui.passbook_slip import line_status_name


class PassbookModel(RowTableModel[PassbookLine]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("PassbookModel", "Date"), lambda x: x.date
                ),
                Column(
                    lambda: QCoreApplication.translate("PassbookModel", "Type"),
                    lambda x: entry_type_name(x.type),
                ),
                Column(
                    lambda: QCoreApplication.translate("PassbookModel", "Fund"),
                    lambda x: core_text(x.fund),
                ),
                Column(
                    lambda: QCoreApplication.translate("PassbookModel", "Amount"),
                    lambda x: money_text(x.amount, self.currency),
                    align=Qt.AlignmentFlag.AlignRight,
                ),
                Column(
                    lambda: QCoreApplication.translate("PassbookModel", "Status"),
                    lambda x: line_status_name(x.status),
                ),
            ],
            parent,
        )
        self.currency = "XXX"
