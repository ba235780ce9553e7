"""The guided meeting's grid: every line of the meeting typed at once, a row per present
member, with the totals per column shown before the treasurer signs.

Keyboard only: typing starts editing a cell, Tab and Enter move on, and the button that
records the grid follows the table in the focus order. The rows go to the core's
`ledger.savings.sitting.record_meeting` through the signing dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.sitting import MeetingGridModel
from ui.widgets import make_notice


class GridTable(QTableView):
    """Tab and Shift+Tab move between the cells one can type in (the member names and the
    totals row are skipped), so a whole meeting is typed without leaving the keys."""

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        step = {
            QAbstractItemView.CursorAction.MoveNext: 1,
            QAbstractItemView.CursorAction.MovePrevious: -1,
        }.get(cursorAction)
        model = self.model()
        current = self.currentIndex()
        if step is None or model is None or not current.isValid():
            return super().moveCursor(cursorAction, modifiers)
        columns, rows = model.columnCount(), model.rowCount()
        place = current.row() * columns + current.column()
        for _ in range(rows * columns):
            place = (place + step) % (rows * columns)
            found = model.index(*divmod(place, columns))
            if found.flags() & Qt.ItemFlag.ItemIsEditable:
                return found
        return current


class MeetingGridStep(QWidget):
    record_grid = Signal()
    """The treasurer asks to record the grid's rows (the view opens the signing dialog)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        explain = make_notice(self)
        explain.setText(
            self.tr(
                "Type every member's lines at once: shares bought, social fund, repayment, "
                "and the names of the fines paid (a fine owed is paid first). The last row "
                "shows the totals; the elders sign the meeting's lines together."
            )
        )
        self.model = MeetingGridModel(self)
        self.table = GridTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Lines of the meeting, a row per member"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setTabKeyNavigation(True)  # Tab moves from cell to cell while typing
        self.problem = make_notice(self)
        self.problem.setObjectName("refusal")
        self.problem.hide()
        self.button = QPushButton(self.tr("Record every line…"), self)
        self.button.clicked.connect(self.record_grid.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)

    def start_typing(self) -> None:
        """Put the cursor on the first member's shares."""
        if self.model.rowCount() > 1:
            self.table.setCurrentIndex(self.model.index(0, 1))
        self.table.setFocus()
