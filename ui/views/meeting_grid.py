"""The guided meeting's grid: every line of the meeting typed at once, a row per present
member, with the totals per column shown before the treasurer signs.

Keyboard only: typing starts editing a cell, Tab and Enter move on, and the button that
records the grid follows the table in the focus order. The rows go to the core's
`ledger.finance.sitting.record_meeting` through the signing dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QVBoxLayout, QWidget

from ui.models.sitting import MeetingGridModel
from ui.widgets import make_notice, make_table


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
        self.table = make_table(self.model, self)
        self.table.setAccessibleName(self.tr("Lines of the meeting, a row per member"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
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
