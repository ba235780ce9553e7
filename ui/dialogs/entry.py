"""Recording a ledger entry: the fields are checked as they are typed, OK stays disabled
until they make sense, and the entry itself is one call to `ledger.savings.actions`."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ledger.savings import actions
from ledger.savings.books import ENTRY_TYPES, MeetingId, books_of
from ledger.savings.money import parse_amount
from ledger.store.errors import Refused
from ledger.store.membership import Status
from ledger.store.persons import Signer
from ui.core_text import core_text
from ui.dialogs.action import ActionDialog
from ui.formatting import money_text, typed_amount
from ui.models.districts import active_districts, capitalized, district_word, has_districts
from ui.models.ledger import entry_type_name
from ui.signing import SigningContext
from ui.widgets import make_notice

RECORDABLE = tuple(t for t in ENTRY_TYPES if t not in ("reversal", "shareout"))
"""A share-out is paid from the share-out (computed, never typed); a reversal from the ledger."""
GROUP_TYPES = ("transfer", "expense")
"""Entries that concern no member."""


class AddEntryDialog(ActionDialog):
    """Fields for one entry; `preset_type` locks the type (a step of a guided meeting)."""

    def __init__(
        self,
        *,
        signing: SigningContext,
        preset_type: str | None = None,
        preset_fund: str | None = None,
        meeting: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(signing=signing, parent=parent)
        self.setWindowTitle(self.tr("Record an entry"))
        self.meeting = meeting
        state = self.store.state(self.group)
        books = books_of(state)
        self.currency = state.settings.currency

        self.type = QComboBox(self)
        for kind in RECORDABLE:
            self.type.addItem(entry_type_name(kind), kind)
        self.type.setAccessibleName(self.tr("Type of entry"))
        if preset_type is not None:
            self.type.setCurrentIndex(self.type.findData(preset_type))
            self.type.setEnabled(False)
        self.member = QComboBox(self)
        self.member.setAccessibleName(self.tr("Member"))
        self._active = sorted(
            (m for m in state.membership.members.values() if m.status == Status.ACTIVE),
            key=lambda m: m.name.casefold(),
        )
        # In a council of hundreds the district narrows the members to choose from: a
        # district's meeting starts on its own families.
        self.district = QComboBox(self)
        self.has_districts = has_districts(state)
        if self.has_districts:
            word = district_word(state)
            self.district.setAccessibleName(self.tr("Members of which %1").replace("%1", word))
            self.district.addItem(self.tr("Every %1").replace("%1", word), None)
            for district, name in active_districts(state):
                self.district.addItem(name, district)
            at = books.meetings.get(MeetingId(meeting)) if meeting else None
            if at is not None and at.district is not None:
                self.district.setCurrentIndex(max(0, self.district.findData(at.district)))
        self._fill_members()
        self.district.currentIndexChanged.connect(self._fill_members)
        self.fund = QComboBox(self)
        self.fund.setAccessibleName(self.tr("Fund"))
        self.to_fund = QComboBox(self)
        self.to_fund.setAccessibleName(self.tr("To fund"))
        for fund in books.funds.values():
            self.fund.addItem(core_text(fund.name), fund.id)
            self.to_fund.addItem(core_text(fund.name), fund.id)
        if preset_fund is not None:
            self.fund.setCurrentIndex(max(0, self.fund.findData(preset_fund)))
        self.amount = QLineEdit(self)
        self.amount.setAccessibleName(self.tr("Amount in %1").replace("%1", self.currency))
        self.amount.setPlaceholderText(self.tr("e.g. 250.00"))
        self.interest = QLineEdit(self)
        self.interest.setAccessibleName(self.tr("Interest in %1").replace("%1", self.currency))
        self.interest.setPlaceholderText(self.tr("empty: the interest due, computed"))
        self.term = QSpinBox(self)
        self.term.setRange(0, 120)
        self.term.setSpecialValueText(self.tr("none"))
        self.term.setSuffix(self.tr(" months"))
        self.term.setAccessibleName(self.tr("Term of the loan in months"))
        self.fine = QComboBox(self)
        self.fine.setAccessibleName(self.tr("Fine of the schedule"))
        self.fine.addItem(self.tr("(type the amount)"), "")
        self._schedule = books.rules.latest().fines
        for name, fine_amount in sorted(self._schedule.items()):
            self.fine.addItem(f"{name} ({money_text(fine_amount, self.currency)})", name)
        self.shares = QSpinBox(self)
        self.shares.setRange(0, 1000)
        self.shares.setSpecialValueText(self.tr("none"))
        self.shares.setAccessibleName(self.tr("Shares bought"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Date"))
        found = books.meetings.get(MeetingId(meeting)) if meeting else None
        day = found.date if found is not None else None
        self.date.setDate(QDate.fromString(day, "yyyy-MM-dd") if day else QDate.currentDate())
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaxLength(500)
        self.hint = make_notice(self)
        self.hint.setObjectName("fieldProblem")
        self.hint.setAccessibleName(self.tr("What to fix"))

        district_caption = (
            capitalized(district_word(state)) + ":" if self.has_districts else ""
        )
        rows = [
            (self.tr("Type:"), self.type),
            (district_caption, self.district),
            (self.tr("Member:"), self.member),
            (self.tr("Fund:"), self.fund),
            (self.tr("To fund:"), self.to_fund),
            (self.tr("Amount (%1):").replace("%1", self.currency), self.amount),
            (self.tr("Interest (%1):").replace("%1", self.currency), self.interest),
            (self.tr("Shares bought:"), self.shares),
            (self.tr("Term:"), self.term),
            (self.tr("Fine:"), self.fine),
            (self.tr("Date:"), self.date),
            (self.tr("Note:"), self.note),
        ]
        for position, (label, field) in enumerate(rows):
            self.form.insertRow(position, label, field)
        self.form.insertRow(len(rows), self.hint)

        self.type.currentIndexChanged.connect(self.validate)
        for edit in (self.amount, self.interest):
            edit.textChanged.connect(self.validate)
        self.shares.valueChanged.connect(self.validate)
        self.fine.currentIndexChanged.connect(self.validate)
        self.fund.currentIndexChanged.connect(self.validate)
        self.to_fund.currentIndexChanged.connect(self.validate)
        self.note.textChanged.connect(self.validate)
        self.validate()
        self.amount.setFocus()

    def _fill_members(self) -> None:
        """The active members of the chosen district (or all), keeping the one chosen."""
        current = self.member.currentData()
        district = self.district.currentData()
        self.member.blockSignals(True)
        self.member.clear()
        for m in self._active:
            if not district or m.district == district:
                self.member.addItem(m.name, m.person)
        self.member.setCurrentIndex(max(0, self.member.findData(current)))
        self.member.blockSignals(False)

    def kind(self) -> str:
        return str(self.type.currentData())

    def problem(self) -> str | None:
        """What is wrong with the fields as typed, in plain words; None when they make sense."""
        kind = self.kind()
        text = typed_amount(self.amount.text())
        fixed = kind in ("fine", "charge") and bool(self.fine.currentData())
        if not text and not (kind == "contribution" and self.shares.value()) and not fixed:
            return self.tr("Type the amount.")
        if kind == "charge" and not fixed:
            return self.tr("Choose the fine of the schedule that is owed.")
        if text:
            try:
                amount = parse_amount(text, self.currency)
            except Refused as exc:
                return core_text(exc)
            interest_text = typed_amount(self.interest.text()) if kind == "repayment" else ""
            try:
                interest = parse_amount(interest_text, self.currency) if interest_text else 0
            except Refused as exc:
                return core_text(exc)
            if amount < 0 or interest < 0:
                return self.tr("Amounts cannot be negative.")
            if amount == 0 and interest == 0:
                return self.tr("The amount must be more than zero.")
        if kind not in GROUP_TYPES and self.member.currentData() is None:
            return self.tr("Choose the member this entry concerns.")
        if kind == "expense" and not self.note.text().strip():
            return self.tr("Say in the note what the expense was for.")
        if kind == "transfer" and self.fund.currentData() == self.to_fund.currentData():
            return self.tr("Choose two different funds for a transfer.")
        return None

    def validate(self) -> None:
        kind = self.kind()
        visible = {
            self.district: kind not in GROUP_TYPES and self.has_districts,
            self.member: kind not in GROUP_TYPES,
            self.to_fund: kind == "transfer",
            self.interest: kind == "repayment",
            self.shares: kind == "contribution",
            self.term: kind == "loan",
            self.fine: kind in ("fine", "charge"),
        }
        for field, shown in visible.items():
            self.form.setRowVisible(field, shown)
        problem = self.problem()
        self.hint.setText(problem or "")
        self.hint.setVisible(problem is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def perform(self, signer: Signer) -> None:
        kind = self.kind()
        amount = typed_amount(self.amount.text()) or None
        interest = typed_amount(self.interest.text()) if kind == "repayment" else ""
        actions.add_entry(
            self.store,
            signer,
            self.group,
            type=kind,
            member=self.member.currentData() if kind not in GROUP_TYPES else None,
            amount=amount,
            fund=self.fund.currentData(),
            to_fund=self.to_fund.currentData() if kind == "transfer" else None,
            date=self.date.date().toString("yyyy-MM-dd"),
            note=self.note.text(),
            meeting=self.meeting,
            shares=self.shares.value() or None if kind == "contribution" else None,
            interest=interest or None,
            term=self.term.value() or None if kind == "loan" else None,
            fine=self.fine.currentData() or None if kind in ("fine", "charge") else None,
        )
