"""Ledger: every entry, filtered by member, fund, dates, type and sign-off; record an
entry, reverse one, and let an elder sign off several at once."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ledger.savings.books import DERIVED_TYPES, ENTRY_TYPES, FundId, books_of
from ledger.store.ids import DistrictId, PersonId
from ledger.store.keyring import PersonInfo
from ledger.store.membership import Role
from ledger.store.state import GroupState
from ui.column_fit import fit_columns
from ui.core_text import core_text
from ui.dialogs.action import eligible_persons
from ui.dialogs.entry import AddEntryDialog
from ui.dialogs.signoff import ReverseEntryDialog, SignOffDialog
from ui.formatting import money_text
from ui.models.districts import (
    active_districts,
    capitalized,
    district_word,
    has_districts,
    representatives_here,
)
from ui.models.ledger import (
    FUND_COLUMN,
    NOTE_COLUMN,
    EntryRow,
    LedgerFilter,
    LedgerModel,
    LedgerSource,
    entry_type_name,
)
from ui.views.base import View, ViewContext
from ui.widgets import make_notice, make_table

ANY_DAY = QDate(2000, 1, 1)
"""The date edits' minimum, shown as 'any date'."""


class LedgerView(View):
    name = "ledger"
    lazy = True

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = LedgerModel(self)
        self.district = self._combo(self.tr("Filter by district"))
        self.member = self._combo(self.tr("Filter by member"))
        self.fund = self._combo(self.tr("Filter by fund"))
        self.type = self._combo(self.tr("Filter by type"))
        self.status = self._combo(self.tr("Filter by sign-off"))
        self.type.addItem(self.tr("All types"), None)
        for kind in (*ENTRY_TYPES, *DERIVED_TYPES):
            self.type.addItem(entry_type_name(kind), kind)
        for label, value in (
            (self.tr("Confirmed and pending"), "all"),
            (self.tr("Confirmed only"), "confirmed"),
            (self.tr("Pending only"), "pending"),
        ):
            self.status.addItem(label, value)
        # A handful of fixed choices: show them whole (member and fund names may be long).
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status.setMinimumWidth(self.status.sizeHint().width())
        self.since = self._date(self.tr("From date"))
        self.until = self._date(self.tr("To date"))
        filters = QGridLayout()
        self.district_label = QLabel(self.tr("District"), self)
        self.district_label.setBuddy(self.district)
        captions: tuple[tuple[QLabel | str, QWidget], ...] = (
            (self.district_label, self.district),
            (self.tr("Member"), self.member),
            (self.tr("Fund"), self.fund),
            (self.tr("Type"), self.type),
            (self.tr("Sign-off"), self.status),
            (self.tr("From"), self.since),
            (self.tr("To"), self.until),
        )
        for place, (text, widget) in enumerate(captions):
            caption = text if isinstance(text, QLabel) else QLabel(text, self)
            caption.setBuddy(widget)
            row, column = divmod(place, 2)
            filters.addWidget(caption, row, 2 * column)
            filters.addWidget(widget, row, 2 * column + 1)
            filters.setColumnStretch(2 * column + 1, 1)
        self.body.addLayout(filters)

        self.table = make_table(self.model, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAccessibleName(self.tr("Ledger entries"))
        self.table.setAccessibleDescription(
            self.tr("Select several entries with Shift or Ctrl to sign them off together.")
        )
        # On a narrow screen the note, then the fund, go behind "Show every column".
        self.columns = fit_columns(self.table, optional=[NOTE_COLUMN, FUND_COLUMN])
        self.count = make_notice(self)
        self.count.setAccessibleName(self.tr("Entries shown"))
        self.notice = make_notice(self)
        self.add_button = QPushButton(self.tr("Record an entry…"), self)
        self.reverse_button = QPushButton(self.tr("Reverse…"), self)
        self.signoff_button = QPushButton(self.tr("Sign off selected…"), self)
        self.add_button.clicked.connect(self.add_entry)
        self.reverse_button.clicked.connect(self.reverse_selected)
        self.signoff_button.clicked.connect(self.sign_off_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reverse_button, self.signoff_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count, 1)
        count_row.addWidget(self.columns.toggle)
        self.body.addLayout(count_row)
        self.body.addWidget(self.notice)
        self.body.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.district.currentIndexChanged.connect(self._district_chosen)
        for combo in (self.member, self.fund, self.type, self.status):
            combo.currentIndexChanged.connect(self.apply_filter)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.apply_filter)

    def _combo(self, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        return combo

    def _date(self, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(ANY_DAY)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(ANY_DAY)
        edit.setAccessibleName(accessible)
        return edit

    # -- reading -----------------------------------------------------------------------

    def reload(self) -> None:
        if self.group is None:
            self.model.set_rows([])
            self.notice.setText(self.tr("This computer holds no group yet."))
            self.notice.show()
            self._update_buttons()
            return
        state = self.context.store.state(self.group)
        books = books_of(state)
        word = district_word(state)
        self.district_label.setText(capitalized(word))
        self.district.setAccessibleName(self.tr("Filter by %1").replace("%1", word))
        self._fill(
            self.district,
            self.tr("Every %1").replace("%1", word),
            [(name, district) for district, name in active_districts(state)],
        )
        for widget in (self.district_label, self.district):
            widget.setVisible(has_districts(state))
        self._fill_members(state)
        self._fill(
            self.fund,
            self.tr("All funds"),
            [(core_text(f.name), f.id) for f in books.funds.values()],
        )
        self.model.set_source(LedgerSource(state))
        self.notice.setText(self._who_can_act())
        self.notice.setVisible(bool(self.notice.text()))
        self._show_count()
        self._update_buttons()

    def _fill_members(self, state: GroupState) -> None:
        """The members to choose from: those of the chosen district, or everyone."""
        district = self.district.currentData()
        members = sorted(state.membership.members.values(), key=lambda m: m.name.casefold())
        if district:
            members = [m for m in members if m.district == district]
        self._fill(self.member, self.tr("All members"), [(m.name, m.person) for m in members])

    def _district_chosen(self) -> None:
        if self.group is not None:
            self._fill_members(self.context.store.state(self.group))
        self.apply_filter()

    def _fill(self, combo: QComboBox, everyone: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(False)

    def current_filter(self) -> LedgerFilter:
        def day(edit: QDateEdit) -> str | None:
            return None if edit.date() == ANY_DAY else edit.date().toString("yyyy-MM-dd")

        member = self.member.currentData()
        fund = self.fund.currentData()
        district = self.district.currentData()
        return LedgerFilter(
            district=DistrictId(district) if district else None,
            member=PersonId(member) if member else None,
            fund=FundId(fund) if fund else None,
            since=day(self.since),
            until=day(self.until),
            type=self.type.currentData(),
            status=self.status.currentData() or "all",
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n entries", "", self.model.matching()))

    def selected(self) -> list[EntryRow]:
        rows = self.table.selectionModel().selectedRows()
        return [self.model.row_at(index.row()) for index in sorted(rows, key=lambda i: i.row())]

    # -- who may act -------------------------------------------------------------------

    def _signers(self, role: Role) -> list[PersonInfo]:
        if self.group is None:
            return []
        state = self.context.store.state(self.group)
        return eligible_persons(self.context.keyring, state, (role.value,))

    def _recorders(self) -> list[PersonInfo]:
        """Who may record an entry here: council members, and district representatives
        (for their own district's members; the core refuses the others in words)."""
        if self.group is None:
            return []
        state = self.context.store.state(self.group)
        council = self._signers(Role.COUNCIL)
        reps = representatives_here(self.context.keyring, state)
        return council + [p for p in reps if p not in council]

    def _who_can_act(self) -> str:
        if self._recorders() or self._signers(Role.ELDER):
            return ""
        return self.tr(
            "Only council members record entries and only elders sign them off; none of "
            "them has a key on this computer. You can still read the ledger."
        )

    def _update_buttons(self) -> None:
        council = bool(self._signers(Role.COUNCIL))
        selected = self.selected()
        self.add_button.setEnabled(bool(self._recorders()))
        one = selected[0] if len(selected) == 1 else None
        self.reverse_button.setEnabled(
            council and one is not None and one.type != "reversal" and not one.reversed
        )
        pending = [r for r in selected if not r.confirmed]
        self.signoff_button.setEnabled(bool(self._signers(Role.ELDER)) and bool(pending))

    # -- actions -----------------------------------------------------------------------

    def add_entry(self) -> None:
        if self.group is None:
            return
        AddEntryDialog(
            signing=self.context.signing_for(self.group, self._recorders()),
            parent=self,
        ).exec()

    def _describe(self, row: EntryRow) -> str:
        who = f" — {row.member_name}" if row.member_name else ""
        return (
            f"{row.date} · {entry_type_name(row.type, row.fine)}{who} · "
            f"{money_text(row.total, row.currency)}"
        )

    def reverse_selected(self) -> None:
        selected = self.selected()
        if self.group is None or len(selected) != 1:
            return
        ReverseEntryDialog(
            signing=self.context.signing_for(self.group, self._signers(Role.COUNCIL)),
            entry=selected[0].id,
            summary=self._describe(selected[0]),
            parent=self,
        ).exec()

    def sign_off_selected(self) -> None:
        pending = [r for r in self.selected() if not r.confirmed]
        if self.group is None or not pending:
            return
        lines = [self._describe(r) for r in pending[:8]]
        if len(pending) > 8:
            lines.append(self.tr("…and %n more", "", len(pending) - 8))
        summary = self.tr("You sign off %n entries:", "", len(pending)) + "\n" + "\n".join(lines)
        SignOffDialog(
            signing=self.context.signing_for(self.group, self._signers(Role.ELDER)),
            targets=[r.id for r in pending],
            summary=summary,
            parent=self,
        ).exec()
