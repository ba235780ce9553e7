"""Meeting actions, one signature each: open, attendance, a decision, the cash count, the
fines owed from the attendance, and every line of the meeting's grid."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QSpinBox

from ledger.savings import group_actions, sitting
from ledger.savings.sitting import SittingRow
from ledger.store.persons import Signer
from ui.dialogs.action import ActionDialog
from ui.models.districts import active_districts, capitalized, district_word, has_districts
from ui.widgets import make_notice


class OpenMeetingDialog(ActionDialog):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.setWindowTitle(self.tr("Open a meeting"))
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Date of the meeting"))
        self.place = QLineEdit(self)
        self.place.setAccessibleName(self.tr("Place"))
        self.agenda = QPlainTextEdit(self)
        self.agenda.setTabChangesFocus(True)
        self.agenda.setAccessibleName(self.tr("Agenda, one item per line"))
        self.agenda.setPlaceholderText(self.tr("One item per line"))
        self.form.insertRow(0, self.tr("Date:"), self.date)
        self.form.insertRow(1, self.tr("Place:"), self.place)
        self.form.insertRow(2, self.tr("Agenda:"), self.agenda)
        self.district = QComboBox(self)
        state = self.store.state(self.group)
        if has_districts(state):
            word = district_word(state)
            self.district.addItem(self.tr("The whole group"), None)
            for district, name in active_districts(state):
                self.district.addItem(name, district)
            self.district.setAccessibleName(self.tr("Meeting of which %1").replace("%1", word))
            self.form.insertRow(3, capitalized(word) + ":", self.district)
        else:
            self.district.hide()

    def perform(self, signer: Signer) -> None:
        district = self.district.currentData()
        self.meeting = group_actions.open_meeting(
            self.store,
            signer,
            self.group,
            date=self.date.date().toString("yyyy-MM-dd"),
            place=self.place.text(),
            agenda=self.agenda.toPlainText().splitlines(),
            district=district or None,
        ).id


class AttendanceDialog(ActionDialog):
    """Signs the attendance chosen in the guided meeting (person id -> status)."""

    def __init__(
        self, *, meeting: str, attendance: Mapping[str, str], summary: str, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.setWindowTitle(self.tr("Record attendance"))
        self.meeting = meeting
        self.attendance = dict(attendance)
        explain = make_notice(self)
        explain.setText(summary)
        self.form.insertRow(0, explain)

    def perform(self, signer: Signer) -> None:
        group_actions.record_attendance(
            self.store, signer, self.group, self.meeting, self.attendance
        )


class DecisionDialog(ActionDialog):
    """A motion and its votes; carried when more voted for than against."""

    def __init__(self, *, meeting: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.setWindowTitle(self.tr("Record a decision"))
        self.meeting = meeting
        self.motion = QLineEdit(self)
        self.motion.setMaxLength(500)
        self.motion.setAccessibleName(self.tr("Motion"))
        self.votes: list[QSpinBox] = []
        self.form.insertRow(0, self.tr("Motion:"), self.motion)
        for row, label in enumerate(
            (self.tr("Votes for:"), self.tr("Votes against:"), self.tr("Abstained:")), start=1
        ):
            spin = QSpinBox(self)
            spin.setRange(0, 100_000)
            spin.setAccessibleName(label.rstrip(":"))
            self.votes.append(spin)
            self.form.insertRow(row, label, spin)

    def perform(self, signer: Signer) -> None:
        votes_for, against, abstain = (spin.value() for spin in self.votes)
        group_actions.record_decision(
            self.store,
            signer,
            self.group,
            self.meeting,
            motion=self.motion.text(),
            votes_for=votes_for,
            votes_against=against,
            abstain=abstain,
        )


class CloseMeetingDialog(ActionDialog):
    """Signs the cash counted per fund (fund id -> amount text) and closes the meeting."""

    def __init__(
        self, *, meeting: str, counts: Mapping[str, str], summary: str, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.setWindowTitle(self.tr("Close the meeting"))
        self.meeting = meeting
        self.counts = dict(counts)
        explain = make_notice(self)
        explain.setText(summary)
        self.form.insertRow(0, explain)

    def perform(self, signer: Signer) -> None:
        group_actions.close_meeting(self.store, signer, self.group, self.meeting, self.counts)


class ChargeFinesDialog(ActionDialog):
    """Charges the fines owed for absence and lateness from the saved attendance."""

    def __init__(self, *, meeting: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.setWindowTitle(self.tr("Charge the fines for absence and lateness"))
        self.meeting = meeting
        explain = make_notice(self)
        explain.setText(
            self.tr(
                "Each member saved as absent owes the schedule's absence fine, each member "
                "saved as late its lateness fine. They pay it now or at a later meeting."
            )
        )
        self.form.insertRow(0, explain)

    def perform(self, signer: Signer) -> None:
        sitting.charge_attendance_fines(self.store, signer, self.group, self.meeting)


class MeetingGridDialog(ActionDialog):
    """Records every row of the meeting's grid at once (all lines, or none)."""

    def __init__(
        self, *, meeting: str, rows: list[SittingRow], summary: str, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.setWindowTitle(self.tr("Record every line of the meeting"))
        self.meeting = meeting
        self.rows = list(rows)
        explain = make_notice(self)
        explain.setText(summary)
        self.form.insertRow(0, explain)

    def perform(self, signer: Signer) -> None:
        sitting.record_meeting(self.store, signer, self.group, self.meeting, self.rows)
