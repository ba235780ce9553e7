"""Meetings: choose or open a meeting, then the guided meeting, its agenda, the minutes
(typed by several people at once), decisions with votes, and the elders' approval."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ledger.savings import sitting
from ledger.savings.books import Books, FundId, MeetingId, books_of
from ledger.savings.meetings import entries_at, minutes_status
from ledger.savings.money import to_text
from ledger.savings.records import Meeting
from ledger.savings.sitting import SittingRow
from ledger.store.ids import PersonId
from ledger.store.keyring import PersonInfo
from ledger.store.membership import WRITING_ROLES, Role, Status
from ledger.store.state import GroupState
from ui.core_text import core_text
from ui.dialogs.action import eligible_persons
from ui.dialogs.entry import AddEntryDialog
from ui.dialogs.meeting import (
    AttendanceDialog,
    ChargeFinesDialog,
    CloseMeetingDialog,
    DecisionDialog,
    MeetingGridDialog,
    OpenMeetingDialog,
)
from ui.dialogs.signoff import SignOffDialog
from ui.formatting import money_text
from ui.models.districts import district_names, representatives_here
from ui.models.funds import summarize
from ui.models.ledger import LedgerSource
from ui.models.meeting import DecisionsModel
from ui.views.base import View, ViewContext
from ui.views.meeting_guide import MeetingFacts, MeetingGuide, attendance_name
from ui.views.minutes import MinutesEditor
from ui.widgets import make_notice, make_table

COUNCIL = (Role.COUNCIL.value,)
ELDERS = (Role.ELDER.value,)
WRITERS = tuple(str(r.value) for r in WRITING_ROLES)


def meeting_facts(state: GroupState, books: Books, meeting: Meeting) -> MeetingFacts:
    balances = summarize(books).funds
    source = LedgerSource(state)
    active = [m for m in state.membership.members.values() if m.status == Status.ACTIVE]
    if meeting.district is not None:  # a district's meeting: its families attend
        active = [m for m in active if m.district == meeting.district]
    currency = state.settings.currency
    social = books.rules.in_force(meeting.date).social_fund
    has_social = any(f.kind == "social" for f in books.funds.values())
    return MeetingFacts(
        status=meeting.status,
        currency=state.settings.currency,
        members=[(m.person, m.name) for m in sorted(active, key=lambda m: m.name.casefold())],
        attendance={p: status for p, (status, _by) in meeting.attendance.items()},
        entries=[source.row(e) for e in reversed(entries_at(books, meeting.id))],
        funds=[
            (f.id, core_text(f.name), f.kind, balances[f.id].total) for f in books.funds.values()
        ],
        totals=lambda rows: sitting.totals(books, meeting.date, rows, currency),
        social_default=to_text(social, currency) if social and has_social else "",
    )


SHOWN_BY_NAME = 12
"""Members named in the attendance summary (those not present); the rest are counted."""


def attendance_summary(attendance: dict[str, str], name_of: Callable[[str], str]) -> str:
    """What the treasurer signs, short enough for the screen with 80 families: a count per
    status, then who was not present by name (the first few)."""
    counts = Counter(attendance.values())
    order = ("present", "late", "represented", "excused", "absent")
    lines = [
        ", ".join(
            f"{attendance_name(status)}: {counts[status]}" for status in order if counts[status]
        )
    ]
    missing = [(name_of(p), s) for p, s in attendance.items() if s != "present"]
    missing.sort(key=lambda pair: (order.index(pair[1]) if pair[1] in order else 9, pair[0]))
    lines += [f"{name}: {attendance_name(status)}" for name, status in missing[:SHOWN_BY_NAME]]
    if len(missing) > SHOWN_BY_NAME:
        lines.append(
            QCoreApplication.translate(
                "MeetingsView", "…and %n more", "", len(missing) - SHOWN_BY_NAME
            )
        )
    return "\n".join(lines)


class MeetingsView(View):
    name = "meetings"
    lazy = True

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.picker = QComboBox(self)
        self.picker.setAccessibleName(self.tr("Meeting"))
        self.picker.currentIndexChanged.connect(self._show_meeting)
        self.open_button = QPushButton(self.tr("Open a meeting…"), self)
        self.open_button.clicked.connect(self.open_meeting)
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.open_button)
        self.body.addLayout(top)
        self.notice = make_notice(self)
        self.body.addWidget(self.notice)

        self.tabs = QTabWidget(self)
        self.guide = MeetingGuide(self)
        self.guide.record_entry.connect(self.record_entry)
        self.guide.save_attendance.connect(self.save_attendance)
        self.guide.close_meeting.connect(self.close_meeting)
        self.guide.charge_fines.connect(self.charge_fines)
        self.guide.record_grid.connect(self.record_grid)
        self.agenda = QListWidget(self)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.minutes = MinutesEditor(
            store=context.store, keyring=context.keyring, session=context.signing, parent=self
        )
        decisions = QWidget(self)
        self.decisions = DecisionsModel(self)
        self.decisions_table = make_table(self.decisions, decisions)
        self.decisions_table.setAccessibleName(self.tr("Decisions"))
        self.decide_button = QPushButton(self.tr("Record a decision…"), decisions)
        self.decide_button.clicked.connect(self.record_decision)
        box = QVBoxLayout(decisions)
        box.addWidget(self.decisions_table, 1)
        box.addWidget(self.decide_button)
        approval = QWidget(self)
        self.approval = make_notice(approval)
        self.approval.setAccessibleName(self.tr("Approval"))
        self.approve_button = QPushButton(self.tr("Sign off this meeting…"), approval)
        self.approve_button.clicked.connect(self.approve)
        box = QVBoxLayout(approval)
        box.addWidget(self.approval)
        box.addWidget(self.approve_button)
        box.addStretch(1)
        self.tabs.addTab(self.guide, self.tr("Guided meeting"))
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.tabs.addTab(self.minutes, self.tr("Minutes"))
        self.tabs.addTab(decisions, self.tr("Decisions"))
        self.tabs.addTab(approval, self.tr("Approval"))
        # The tab bar takes the focus; without a name it is read out as its current tab.
        self.tabs.setAccessibleName(self.tr("Parts of the meeting"))
        self.tabs.tabBar().setAccessibleName(self.tr("Parts of the meeting"))
        self.body.addWidget(self.tabs, 1)

    # -- reading -----------------------------------------------------------------------

    def _signers(self, roles: tuple[str, ...]) -> list[PersonInfo]:
        """Persons here holding `roles`; for the council's work in a district's meeting,
        that district's representatives too."""
        if self.group is None:
            return []
        state = self.context.store.state(self.group)
        found = eligible_persons(self.context.keyring, state, roles)
        if roles == COUNCIL:
            meeting = self.meeting_id()
            district = books_of(state).meetings[meeting].district if meeting else None
            if district is not None:
                found += [
                    p for p in representatives_here(self.context.keyring, state, district)
                    if p not in found
                ]  # fmt: skip
        return found

    def _openers(self) -> list[PersonInfo]:
        """Who may open a meeting here: council members, and district representatives
        (for their own district's meetings)."""
        if self.group is None:
            return []
        state = self.context.store.state(self.group)
        found = eligible_persons(self.context.keyring, state, COUNCIL)
        return found + [
            p for p in representatives_here(self.context.keyring, state) if p not in found
        ]

    def meeting_id(self) -> MeetingId | None:
        found = self.picker.currentData()
        return MeetingId(found) if found else None

    def reload(self) -> None:
        current = self.picker.currentData()
        self.picker.blockSignals(True)
        self.picker.clear()
        if self.group is not None:
            state = self.context.store.state(self.group)
            books = books_of(state)
            districts = district_names(state)
            for meeting in sorted(books.meetings.values(), key=lambda m: m.date, reverse=True):
                place = f" · {meeting.place}" if meeting.place else ""
                if meeting.district is not None:
                    place = f" · {districts.get(meeting.district, '?')}{place}"
                status = {
                    "open": self.tr("open"),
                    "closing": self.tr("closing: cash difference to witness"),
                    "closed": self.tr("closed"),
                }.get(meeting.status, meeting.status)
                self.picker.addItem(f"{meeting.date}{place} — {status}", meeting.id)
        index = self.picker.findData(current) if current else 0
        self.picker.setCurrentIndex(max(0, index) if self.picker.count() else -1)
        self.picker.blockSignals(False)
        self.open_button.setEnabled(bool(self._openers()))
        self._show_meeting()

    def _show_meeting(self) -> None:
        meeting_id = self.meeting_id()
        self.tabs.setEnabled(meeting_id is not None)
        if self.group is None or meeting_id is None:
            self.notice.setText(self.tr("No meeting yet. Open one to start."))
            self.notice.show()
            self.minutes.load(self.group, None, [])
            return
        self.notice.hide()
        state = self.context.store.state(self.group)
        books = books_of(state)
        meeting = books.meetings[meeting_id]
        may_record = bool(self._signers(COUNCIL))
        self.guide.show_facts(meeting_facts(state, books, meeting), may_record=may_record)
        self.agenda.clear()
        self.agenda.addItems(meeting.agenda or [self.tr("(no agenda was set)")])
        self.minutes.load(self.group, meeting_id, self._signers(WRITERS))
        self.decisions.set_rows(meeting.decisions)
        self.decide_button.setEnabled(may_record and meeting.status == "open")
        self._show_approval(state, books, meeting)

    def _show_approval(self, state: GroupState, books: Books, meeting: Meeting) -> None:
        status, approvers = minutes_status(state, meeting.id)
        lines = {
            "none": self.tr("The minutes are empty."),
            "draft": self.tr("The minutes are a draft: %1 of %2 elders approved this text."),
            "approved": self.tr("The minutes are approved (%1 of %2 elders)."),
        }[status]
        lines = lines.replace("%1", str(len(approvers))).replace("%2", str(state.settings.quorum))
        pending = [
            e
            for e in books.entries.values()
            if e.meeting == meeting.id and not books.is_confirmed(e)
        ]
        text = [lines, self.tr("%n entries of this meeting await sign-off.", "", len(pending))]
        if meeting.count is not None and meeting.count.differences:
            text.append(self.tr("The cash count differs from the books; elders witness it."))
        present = sum(1 for s, _ in meeting.attendance.values() if s == "present")
        text.append(
            self.tr("Attendance: %1 %2.")
            .replace("%1", str(present))
            .replace("%2", attendance_name("present"))
        )
        self.approval.setText("\n".join(text))
        self.approve_button.setEnabled(bool(self._signers(ELDERS)))

    # -- actions -----------------------------------------------------------------------

    def _dialog_args(self, roles: tuple[str, ...]) -> dict[str, Any]:
        assert self.group is not None
        signing = self.context.signing_for(self.group, self._signers(roles))
        return {"signing": signing, "parent": self}

    def open_meeting(self) -> None:
        if self.group is None:
            return
        signing = self.context.signing_for(self.group, self._openers())
        dialog = OpenMeetingDialog(signing=signing, parent=self)
        if dialog.exec() == OpenMeetingDialog.DialogCode.Accepted:
            self.reload()
            self.picker.setCurrentIndex(max(0, self.picker.findData(dialog.meeting)))

    def record_entry(self, kind: str, fund_kind: str) -> None:
        meeting = self.meeting_id()
        if self.group is None or meeting is None:
            return
        books = books_of(self.context.store.state(self.group))
        fund = next((f.id for f in books.funds.values() if f.kind == fund_kind), None)
        AddEntryDialog(
            preset_type=kind, preset_fund=fund, meeting=meeting, **self._dialog_args(COUNCIL)
        ).exec()

    def save_attendance(self, attendance: dict[str, str]) -> None:
        meeting = self.meeting_id()
        if self.group is None or meeting is None:
            return
        state = self.context.store.state(self.group)
        summary = attendance_summary(attendance, lambda p: state.member_name(PersonId(p)))
        AttendanceDialog(
            meeting=meeting, attendance=attendance, summary=summary, **self._dialog_args(COUNCIL)
        ).exec()

    def close_meeting(self, counts: dict[str, str]) -> None:
        meeting = self.meeting_id()
        if self.group is None or meeting is None:
            return
        books = books_of(self.context.store.state(self.group))
        currency = self.context.store.state(self.group).settings.currency
        summary = "\n".join(
            f"{core_text(books.funds[FundId(f)].name)}: {a} {currency}" for f, a in counts.items()
        )
        CloseMeetingDialog(
            meeting=meeting, counts=counts, summary=summary, **self._dialog_args(COUNCIL)
        ).exec()

    def charge_fines(self) -> None:
        meeting = self.meeting_id()
        if self.group is not None and meeting is not None:
            ChargeFinesDialog(meeting=meeting, **self._dialog_args(COUNCIL)).exec()

    def record_grid(self, rows: list[SittingRow]) -> None:
        meeting = self.meeting_id()
        totals = self.guide.grid.model.totals()
        if self.group is None or meeting is None or totals is None:
            return
        currency = self.context.store.state(self.group).settings.currency

        def money(amount: int) -> str:
            return money_text(amount, currency)

        summary = "\n".join(
            [
                self.tr("%n lines for %1 members:", "", totals.entries).replace(
                    "%1", str(len(rows))
                ),
                self.tr("shares: %1 (%2)").replace("%1", str(totals.shares))
                .replace("%2", money(totals.savings)),
                self.tr("social fund: %1").replace("%1", money(totals.social)),
                self.tr("repayments: %1").replace("%1", money(totals.repayment)),
                self.tr("fines: %1").replace("%1", money(totals.fines)),
                self.tr("in all: %1").replace("%1", money(totals.money)),
            ]
        )  # fmt: skip
        MeetingGridDialog(
            meeting=meeting, rows=rows, summary=summary, **self._dialog_args(COUNCIL)
        ).exec()

    def record_decision(self) -> None:
        meeting = self.meeting_id()
        if self.group is not None and meeting is not None:
            DecisionDialog(meeting=meeting, **self._dialog_args(COUNCIL)).exec()

    def approve(self) -> None:
        meeting = self.meeting_id()
        if self.group is None or meeting is None:
            return
        summary = self.tr(
            "You sign this meeting's minutes as they read now, its entries and its cash count."
        )
        SignOffDialog(targets=[meeting], summary=summary, **self._dialog_args(ELDERS)).exec()
