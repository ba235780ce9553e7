"""The attendance of a meeting as a two-column table (member, attendance), the second
column chosen in place: one model for 80 families, not 80 labels and combo boxes laid
out by hand. Choices not saved yet survive a refresh from the records."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models.table import ROW_ROLE, AnyIndex

CHOICES = ("present", "absent", "excused", "late")
"""What the treasurer chooses from ('represented' needs who: recorded elsewhere)."""
DEFAULT = "present"
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 2
"""`index.data(CHOICE_ROLE)` on the attendance column: the chosen status code."""


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    person: str
    name: str
    stored: str
    """What the records say ('present' while nothing is recorded)."""
    chosen: str
    """What the treasurer chose here (saved or not)."""


class AttendanceModel(QAbstractTableModel):
    """Rows of (member, attendance); `set_members` keeps unsaved choices."""

    def __init__(self, name_of: Callable[[str], str], parent: QObject | None = None) -> None:
        """`name_of(status)` is a status in the reader's language."""
        super().__init__(parent)
        self._rows: list[AttendanceRow] = []
        self._name_of = name_of

    def set_members(self, members: Sequence[tuple[str, str]], stored: Mapping[str, str]) -> None:
        """(person, name) per row and the recorded attendance: a choice the treasurer
        changed and did not save stays, the others follow the records."""
        changed = {r.person: r.chosen for r in self._rows if r.chosen != r.stored}
        rows = [
            AttendanceRow(p, n, stored.get(p, DEFAULT), changed.get(p, stored.get(p, DEFAULT)))
            for p, n in members
        ]
        if rows == self._rows:
            return
        if [r.person for r in rows] == [r.person for r in self._rows]:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def chosen(self) -> dict[str, str]:
        """person -> status, for every row, as the treasurer would save it."""
        return {r.person: r.chosen for r in self._rows}

    def choice(self, person: str) -> str | None:
        return next((r.chosen for r in self._rows if r.person == person), None)

    def choose(self, person: str, status: str) -> bool:
        """Set one member's attendance (not saved yet); False for an unknown member or status."""
        for number, row in enumerate(self._rows):
            if row.person == person:
                return self.setData(self.index(number, 1), status, Qt.ItemDataRole.EditRole)
        return False

    def rows(self) -> list[AttendanceRow]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        if index.column() == 0:
            if role in (*shown, Qt.ItemDataRole.ToolTipRole):
                return row.name
        else:
            if role in shown:
                changed = row.chosen != row.stored
                text = self._name_of(row.chosen)
                return (
                    QCoreApplication.translate("AttendanceModel", "%1 (not saved)").replace(
                        "%1", text
                    )
                    if changed
                    else text
                )
            if role in (Qt.ItemDataRole.EditRole, CHOICE_ROLE):
                return row.chosen
        if role == ROW_ROLE:
            return row
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != 1
            or value not in CHOICES
        ):
            return False
        row = self._rows[index.row()]
        if row.chosen != value:
            self._rows[index.row()] = AttendanceRow(row.person, row.name, row.stored, value)
            self.dataChanged.emit(index, index)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            0: QCoreApplication.translate("AttendanceModel", "Member"),
            1: QCoreApplication.translate("AttendanceModel", "Attendance"),
        }.get(section)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        found = flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren
        return found | flag.ItemIsEditable if index.column() == 1 else found


class AttendanceDelegate(QStyledItemDelegate):
    """Edits the attendance column with a choice list (typing a letter picks a status)."""

    def __init__(self, name_of: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name_of = name_of

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        box = QComboBox(parent)
        for status in CHOICES:
            box.addItem(self._name_of(status), status)
        row = index.data(ROW_ROLE)
        name = row.name if isinstance(row, AttendanceRow) else ""
        box.setAccessibleName(
            QCoreApplication.translate("AttendanceModel", "Attendance of %1").replace("%1", name)
        )
        return box

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(CHOICE_ROLE))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
