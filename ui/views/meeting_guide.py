"""The guided meeting: the steps of a savings-group meeting in their usual order.

It shows what was recorded at each step and asks for the next thing; every write is a
signal to the Meetings view, which opens the signing dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ledger.savings.money import parse_amount
from ledger.savings.sitting import SittingRow, Totals
from ledger.store.errors import Refused
from ui.column_fit import fit_columns
from ui.core_text import core_text
from ui.formatting import money_text, typed_amount
from ui.models.attendance import AttendanceDelegate, AttendanceModel
from ui.models.ledger import EntryRow
from ui.models.meeting import StepEntriesModel
from ui.views.meeting_grid import MeetingGridStep
from ui.widgets import make_notice, make_table


@dataclass(frozen=True, slots=True)
class MeetingFacts:
    """What the guide shows of one meeting, computed by the view from the core."""

    status: str
    currency: str
    members: list[tuple[str, str]]
    """(person id, name) of active members."""
    attendance: dict[str, str]
    entries: list[EntryRow]
    funds: list[tuple[str, str, str, int]]
    """(fund id, name, kind, book balance) for the cash count."""
    totals: Callable[[list[SittingRow]], Totals] | None = None
    """The core's totals of the grid's rows, on the meeting's day."""
    social_default: str = ""
    """The social-fund contribution the grid starts each row with."""

    def present(self) -> list[tuple[str, str]]:
        """Members at the meeting (all of them while no attendance is recorded)."""
        if not self.attendance:
            return list(self.members)
        here = ("present", "late", "represented")
        return [(p, n) for p, n in self.members if self.attendance.get(p) in here]


def attendance_name(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        "present": QCoreApplication.translate("MeetingGuide", "present"),
        "absent": QCoreApplication.translate("MeetingGuide", "absent"),
        "excused": QCoreApplication.translate("MeetingGuide", "excused"),
        "represented": QCoreApplication.translate("MeetingGuide", "represented"),
        "late": QCoreApplication.translate("MeetingGuide", "late"),
    }
    return names.get(status, status)


class EntryStep(QWidget):
    """One money step: what it is about, what was recorded, a button to record more."""

    def __init__(self, explain: str, button: str, types: tuple[str, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.types = types
        self.fund_kind: str | None = None
        self.explain = make_notice(self)
        self.explain.setText(explain)
        self.model = StepEntriesModel(self)
        self.table = make_table(self.model, self)
        self.table.setAccessibleName(explain)
        self.columns = fit_columns(self.table, optional=[2, 1])  # the fund, then the type
        self.button = QPushButton(button, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.columns.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_rows(self, rows: list[EntryRow], fund_ids: set[str] | None) -> None:
        self.model.set_rows(
            [r for r in rows if r.type in self.types and (fund_ids is None or r.fund in fund_ids)]
        )


class MeetingGuide(QWidget):
    record_entry = Signal(str, str)
    """(entry type, fund kind or '') for the Meetings view to open the entry dialog."""
    save_attendance = Signal(dict)
    charge_fines = Signal()
    """Charge the fines owed for absence and lateness from the saved attendance."""
    record_grid = Signal(list)
    """The grid's `SittingRow`s, for the Meetings view to open the signing dialog."""
    close_meeting = Signal(dict)
    """fund id -> counted amount text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = QListWidget(self)
        self.steps.setAccessibleName(self.tr("Steps of the meeting"))
        self.pages = QStackedWidget(self)
        self.steps.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.facts: MeetingFacts | None = None
        self.may_record = False

        self.attendance_page = QWidget(self)
        self.attendance = AttendanceModel(attendance_name, self)
        self.attendance_table = make_table(self.attendance, self.attendance_page)
        self.attendance_table.setItemDelegateForColumn(
            1, AttendanceDelegate(attendance_name, self.attendance_table)
        )
        # Typing a letter, F2 or a double click opens the choice for the current member.
        self.attendance_table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.attendance_table.setAccessibleName(self.tr("Attendance"))
        self.attendance_table.setAccessibleDescription(
            self.tr("Type a letter or press F2 to choose a member's attendance.")
        )
        self.attendance_button = QPushButton(self.tr("Save attendance…"), self)
        self.attendance_button.clicked.connect(self._save_attendance)
        self.charge_button = QPushButton(
            self.tr("Charge the fines for absence and lateness…"), self
        )
        self.charge_button.clicked.connect(self.charge_fines.emit)
        self.fines = EntryStep(
            self.tr("Fines paid at this meeting (lateness, absence…):"),
            self.tr("Record a fine…"), ("fine",), self,
        )  # fmt: skip
        self.fines.button.clicked.connect(lambda: self.record_entry.emit("fine", ""))
        attendance = QVBoxLayout(self.attendance_page)
        attendance.addWidget(self.attendance_table, 2)
        # One under the other: side by side they need more than a 1366-pixel screen
        # at large text.
        attendance.addWidget(self.attendance_button, 0, Qt.AlignmentFlag.AlignLeft)
        attendance.addWidget(self.charge_button, 0, Qt.AlignmentFlag.AlignLeft)
        attendance.addWidget(self.fines, 1)

        self.shares = EntryStep(
            self.tr("Each member buys shares into the savings fund."),
            self.tr("Record shares bought…"), ("contribution",), self,
        )  # fmt: skip
        self.shares.fund_kind = "savings"
        self.repayments = EntryStep(
            self.tr("Loan repayments, with their interest."),
            self.tr("Record a repayment…"), ("repayment",), self,
        )  # fmt: skip
        self.loans = EntryStep(
            self.tr("New loans agreed at this meeting."),
            self.tr("Record a new loan…"), ("loan",), self,
        )  # fmt: skip
        self.social = EntryStep(
            self.tr("Contributions to the social fund, and help paid from it."),
            self.tr("Record a social fund contribution…"), ("contribution", "withdrawal"), self,
        )  # fmt: skip
        self.social.fund_kind = "social"
        for step, kind in (
            (self.shares, "contribution"),
            (self.repayments, "repayment"),
            (self.loans, "loan"),
            (self.social, "contribution"),
        ):
            step.button.clicked.connect(
                lambda _=False, k=kind, s=step: self.record_entry.emit(k, s.fund_kind or "")
            )

        self.grid = MeetingGridStep(self)
        self.grid.record_grid.connect(lambda: self.record_grid.emit(self.grid.model.sitting_rows()))

        self.close_page = QWidget(self)
        self.count_grid = QGridLayout()
        self.count_edits: dict[str, QLineEdit] = {}
        self.count_problem = make_notice(self)
        self.close_button = QPushButton(self.tr("Close the meeting…"), self)
        self.close_button.clicked.connect(self._close)
        closing = QVBoxLayout(self.close_page)
        intro = make_notice(self)
        intro.setText(
            self.tr(
                "Count the cash in each box and type what you counted. A difference from the "
                "books is kept, and the elders witness it before the meeting is closed."
            )
        )
        closing.addWidget(intro)
        self.count_grid.setColumnStretch(3, 1)
        closing.addLayout(self.count_grid)
        closing.addWidget(self.count_problem)
        closing.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        closing.addStretch(1)

        titles = (
            self.tr("1. Attendance and fines"),
            self.tr("2. Shares bought"),
            self.tr("3. Repayments"),
            self.tr("4. New loans"),
            self.tr("5. Social fund"),
            self.tr("Or every line at once"),
            self.tr("6. Cash count and close"),
        )
        pages = (
            self.attendance_page, self.shares, self.repayments, self.loans, self.social,
            self.grid, self.close_page,
        )  # fmt: skip
        for title, page in zip(titles, pages, strict=True):
            self.steps.addItem(title)
            self.pages.addWidget(page)
        self.next_button = QPushButton(self.tr("Next step"), self)
        self.back_button = QPushButton(self.tr("Previous step"), self)
        self.next_button.clicked.connect(lambda: self._move(1))
        self.back_button.clicked.connect(lambda: self._move(-1))
        self.steps.currentRowChanged.connect(self._update_moves)
        moves = QHBoxLayout()
        moves.addWidget(self.back_button)
        moves.addWidget(self.next_button)
        moves.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.pages, 1)
        right.addLayout(moves)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)
        layout.addLayout(right, 1)
        # As wide as the longest step, but at most about 22 characters: longer titles
        # wrap, so that large text does not push the page past the screen.
        self.steps.setWordWrap(True)
        widest = self.steps.sizeHintForColumn(0) + 32
        self.steps.setFixedWidth(min(widest, self.fontMetrics().averageCharWidth() * 22 + 32))
        self.steps.setCurrentRow(0)

    def _move(self, by: int) -> None:
        row = max(0, min(self.steps.count() - 1, self.steps.currentRow() + by))
        self.steps.setCurrentRow(row)

    def _update_moves(self, row: int) -> None:
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < self.steps.count() - 1)

    def show_facts(self, facts: MeetingFacts, *, may_record: bool) -> None:
        self.facts = facts
        self.may_record = may_record
        open_ = facts.status == "open"
        self._fill_attendance(facts)
        funds_of = {kind: {f for f, _, k, _ in facts.funds if k == kind} for kind in ("social",)}
        self.fines.show_rows(facts.entries, None)
        self.shares.show_rows(facts.entries, {f for f, _, k, _ in facts.funds if k != "social"})
        self.repayments.show_rows(facts.entries, None)
        self.loans.show_rows(facts.entries, None)
        self.social.show_rows(facts.entries, funds_of["social"])
        self._fill_counts(facts)
        if facts.totals is not None:
            self.grid.model.set_members(
                facts.present(),
                totals=facts.totals,
                money=lambda amount: money_text(amount, facts.currency),
                social=facts.social_default,
            )
        for button in (
            self.attendance_button, self.charge_button, self.grid.button, self.fines.button,
            self.shares.button, self.repayments.button, self.loans.button, self.social.button,
        ):  # fmt: skip
            button.setEnabled(may_record and open_)
        self.social.button.setEnabled(may_record and open_ and bool(funds_of["social"]))
        self._check_counts()

    def _fill_attendance(self, facts: MeetingFacts) -> None:
        """The members' rows from the records; choices changed here and not saved yet
        stay, as records from other computers arrive in the middle of a meeting."""
        self.attendance.set_members(facts.members, facts.attendance)

    def _fill_counts(self, facts: MeetingFacts) -> None:
        typed = {fund: edit.text() for fund, edit in self.count_edits.items()}
        while self.count_grid.count():
            item = self.count_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.count_edits = {}
        for row, (fund, name, _kind, balance) in enumerate(facts.funds):
            label = QLabel(name, self.close_page)
            books = QLabel(
                self.tr("books say %1").replace("%1", money_text(balance, facts.currency)),
                self.close_page,
            )
            edit = QLineEdit(typed.get(fund, ""), self.close_page)
            edit.setAccessibleName(self.tr("Cash counted for %1").replace("%1", name))
            edit.setPlaceholderText(self.tr("counted"))
            edit.textChanged.connect(self._check_counts)
            label.setBuddy(edit)
            self.count_grid.addWidget(label, row, 0)
            self.count_grid.addWidget(edit, row, 1)
            self.count_grid.addWidget(books, row, 2)
            self.count_edits[fund] = edit
        self._check_counts()

    def counts_problem(self) -> str | None:
        if self.facts is None:
            return None
        typed = {f: typed_amount(e.text()) for f, e in self.count_edits.items() if e.text().strip()}
        if not typed:
            return self.tr("Type the cash counted for at least one fund.")
        for text in typed.values():
            try:
                if parse_amount(text, self.facts.currency) < 0:
                    return self.tr("A count cannot be negative.")
            except Refused as exc:
                return core_text(exc)
        return None

    def _check_counts(self) -> None:
        problem = self.counts_problem()
        self.count_problem.setText(problem or "")
        self.count_problem.setVisible(problem is not None)
        open_ = self.facts is not None and self.facts.status == "open"
        self.close_button.setEnabled(problem is None and open_ and self.may_record)

    def _save_attendance(self) -> None:
        self.save_attendance.emit(self.attendance.chosen())

    def _close(self) -> None:
        edits = self.count_edits.items()
        counts = {f: typed_amount(e.text()) for f, e in edits if e.text().strip()}
        self.close_meeting.emit(counts)
