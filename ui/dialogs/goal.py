"""Proposing a goal, and moving a goal along (activate, mark achieved): one signature each."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLineEdit,
    QWidget,
)

from ledger.savings import group_actions
from ledger.savings.books import books_of
from ledger.savings.money import parse_amount
from ledger.store.errors import Refused
from ledger.store.persons import Signer
from ui.core_text import core_text
from ui.dialogs.action import ActionDialog
from ui.formatting import typed_amount
from ui.models.goals import GoalRow, goal_status_name
from ui.signing import SigningContext
from ui.widgets import iso_date, make_date_field, make_notice


class ProposeGoalDialog(ActionDialog):
    """Title, target (checked as typed), an optional due date and linked fund."""

    def __init__(
        self,
        *,
        signing: SigningContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(signing=signing, parent=parent)
        self.setWindowTitle(self.tr("Propose a goal"))
        state = self.store.state(self.group)
        self.currency = state.settings.currency
        self.title = QLineEdit(self)
        self.title.setMaxLength(200)
        self.title.setAccessibleName(self.tr("What the goal is"))
        self.target = QLineEdit(self)
        self.target.setAccessibleName(self.tr("Target in %1").replace("%1", self.currency))
        self.target.setPlaceholderText(self.tr("leave empty for no target"))
        self.has_due = QCheckBox(self.tr("Has a due date"), self)
        self.due = QDateEdit(QDate.currentDate().addMonths(6), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.fund = QComboBox(self)
        self.fund.setAccessibleName(self.tr("Fund that saves for it"))
        self.fund.addItem(self.tr("No fund yet"), None)
        for fund in books_of(state).funds.values():
            self.fund.addItem(core_text(fund.name), fund.id)
        self.hint = make_notice(self)
        self.hint.setObjectName("fieldProblem")
        self.form.insertRow(0, self.tr("Goal:"), self.title)
        self.form.insertRow(1, self.tr("Target (%1):").replace("%1", self.currency), self.target)
        self.form.insertRow(2, self.has_due, self.due)
        self.form.insertRow(3, self.tr("Fund:"), self.fund)
        self.form.insertRow(4, self.hint)
        self.date = make_date_field(self, self.tr("Day it was proposed"))
        self.form.insertRow(4, self.tr("Proposed on:"), self.date)
        self.title.textChanged.connect(self.validate)
        self.target.textChanged.connect(self.validate)
        self.validate()

    def problem(self) -> str | None:
        if not self.title.text().strip():
            return self.tr("Say what the goal is.")
        text = typed_amount(self.target.text())
        if text:
            try:
                if parse_amount(text, self.currency) <= 0:
                    return self.tr("The target must be more than zero.")
            except Refused as exc:
                return core_text(exc)
        return None

    def validate(self) -> None:
        problem = self.problem()
        self.hint.setText(problem or "")
        self.hint.setVisible(problem is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def perform(self, signer: Signer) -> None:
        group_actions.add_goal(
            self.store,
            signer,
            self.group,
            title=self.title.text(),
            target=typed_amount(self.target.text()) or None,
            due=self.due.date().toString("yyyy-MM-dd") if self.has_due.isChecked() else None,
            fund=self.fund.currentData(),
            date=iso_date(self.date),
        )


class GoalStatusDialog(ActionDialog):
    """Moves one goal to `status` (the council activates and marks achieved)."""

    def __init__(
        self,
        *,
        signing: SigningContext,
        goal: GoalRow,
        status: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(signing=signing, parent=parent)
        self.setWindowTitle(goal.title)
        self.goal = goal
        self.status = status
        explain = make_notice(self)
        explain.setText(
            self.tr("“%1” becomes %2.")
            .replace("%1", goal.title)
            .replace("%2", goal_status_name(status))
        )
        self.note = QLineEdit(self)
        self.note.setMaxLength(500)
        self.note.setAccessibleName(self.tr("Note"))
        self.form.insertRow(0, explain)
        self.form.insertRow(1, self.tr("Note:"), self.note)
        self.date = make_date_field(self, self.tr("Day of the change"))
        self.form.insertRow(2, self.tr("On:"), self.date)

    def perform(self, signer: Signer) -> None:
        group_actions.update_goal(
            self.store, signer, self.group, self.goal.id, status=self.status, note=self.note.text(),
            date=iso_date(self.date),
        )  # fmt: skip
