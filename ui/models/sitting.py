"""The meeting's grid: a row per present member, typed cell by cell, with a totals row.

The model keeps the text of each cell as typed and turns its rows into the core's
`SittingRow`s; the totals row comes from the core (`totals`, given by the view), so
nothing here decides what a line is worth. `data()` never reads the store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from ledger.savings.sitting import SittingRow, Totals
from ui.formatting import typed_amount
from ui.models.table import AnyIndex

COLUMNS = ("member", "shares", "social", "repayment", "fines")
EDITABLE = COLUMNS[1:]


def _header(column: str) -> str:
    names = {
        "member": QCoreApplication.translate("MeetingGrid", "Member"),
        "shares": QCoreApplication.translate("MeetingGrid", "Shares"),
        "social": QCoreApplication.translate("MeetingGrid", "Social fund"),
        "repayment": QCoreApplication.translate("MeetingGrid", "Repayment"),
        "fines": QCoreApplication.translate("MeetingGrid", "Fines paid"),
    }
    return names[column]


class MeetingGridModel(QAbstractTableModel):
    """Editable cells per member; the last row shows the totals of what is typed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._members: list[tuple[str, str]] = []
        """(person id, name) per row."""
        self._cells: list[dict[str, str]] = []
        self._totals: Callable[[list[SittingRow]], Totals] | None = None
        self._money: Callable[[int], str] = str
        self._summary: Totals | None = None

    # -- feeding -----------------------------------------------------------------------

    def set_members(
        self,
        members: list[tuple[str, str]],
        *,
        totals: Callable[[list[SittingRow]], Totals],
        money: Callable[[int], str],
        social: str = "",
    ) -> None:
        """New rows (the present members); cells already typed for a member are kept."""
        typed = {p: cells for (p, _), cells in zip(self._members, self._cells, strict=True)}
        self.beginResetModel()
        self._members = list(members)
        self._cells = [
            typed.get(p, {"shares": "", "social": social, "repayment": "", "fines": ""})
            for p, _ in members
        ]
        self._totals, self._money = totals, money
        self._recount()
        self.endResetModel()

    def sitting_rows(self) -> list[SittingRow]:
        """The rows to record, numbered from 1 as the grid shows them; empty rows left out."""
        rows = []
        for number, ((person, _), cells) in enumerate(
            zip(self._members, self._cells, strict=True), start=1
        ):
            if not any(cells[c].strip() for c in EDITABLE):
                continue
            shares = cells["shares"].strip()
            rows.append(
                SittingRow(
                    member=person,
                    shares=int(shares) if shares.isdigit() else (-1 if shares else 0),
                    social=typed_amount(cells["social"]) or None,
                    repayment=typed_amount(cells["repayment"]) or None,
                    fines=tuple(cells["fines"].replace(";", " ").split()),
                    line=number,
                )
            )
        return rows

    def totals(self) -> Totals | None:
        return self._summary

    def _recount(self) -> None:
        self._summary = self._totals(self.sitting_rows()) if self._totals else None

    # -- the model ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def _is_total(self, index: AnyIndex) -> bool:
        return index.row() == len(self._members)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._members):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            left = column in ("member", "fines")
            return int(
                (Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight)
                | Qt.AlignmentFlag.AlignVCenter
            )
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        if self._is_total(index):
            return self._total_text(column)
        if column == "member":
            return self._members[index.row()][1]
        return self._cells[index.row()][column]

    def _total_text(self, column: str) -> str:
        t = self._summary
        if column == "member":
            return QCoreApplication.translate("MeetingGrid", "Totals")
        if t is None:
            return ""
        if column == "shares":
            return f"{t.shares} ({self._money(t.savings)})"
        return self._money({"social": t.social, "repayment": t.repayment, "fines": t.fines}[column])

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        column = COLUMNS[index.column()]
        text = str(value or "").strip()[:200]
        if self._cells[index.row()][column] == text:
            return False
        self._cells[index.row()][column] = text
        self._recount()
        last = len(COLUMNS) - 1
        self.dataChanged.emit(index, index)
        self.dataChanged.emit(
            self.index(len(self._members), 0), self.index(len(self._members), last)
        )
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flag |= Qt.ItemFlag.ItemNeverHasChildren
        if not self._is_total(index) and COLUMNS[index.column()] in EDITABLE:
            flag |= Qt.ItemFlag.ItemIsEditable
        return flag

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return _header(COLUMNS[section])
        return None
