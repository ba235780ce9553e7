"""Members: who belongs, their roles and join days; invite someone (code and QR, with this
computer's address when the sync service knows one), remove a member or correct their join
day (the buttons, or the table's context menu)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ledger.store.keyring import PersonInfo
from ledger.store.membership import Role
from ledger.store.state import GroupState
from ui.column_fit import fit_columns
from ui.dialogs.add_member import AddMemberDialog
from ui.dialogs.invite import InviteCodeDialog, InviteDialog
from ui.dialogs.join_day import JoinDayDialog
from ui.dialogs.member_status import MemberStatusDialog
from ui.dialogs.remove_member import RemoveMemberDialog
from ui.models.districts import active_districts, capitalized, district_word, has_districts
from ui.models.members import (
    COMPUTERS_COLUMN,
    DISTRICT_COLUMN,
    ID_COLUMN,
    MemberRow,
    MembersModel,
    member_rows,
)
from ui.models.table import ROW_ROLE
from ui.views.base import View, ViewContext
from ui.widgets import make_notice, make_table

COUNCIL = (Role.COUNCIL.value,)


class MembersView(View):
    name = "members"

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = MembersModel(self)
        self.table = make_table(self.model, self)
        self.table.setAccessibleName(self.tr("Members of the group"))
        self.invite_button = QPushButton(self.tr("Invite someone…"), self)
        self.remove_button = QPushButton(self.tr("Remove from group…"), self)
        self.invite_button.clicked.connect(self.invite)
        self.add_button = QPushButton(self.tr("Add someone without a computer…"), self)
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_selected)
        self.status_button = QPushButton(self.tr("Suspend or reinstate…"), self)
        self.status_button.clicked.connect(self.change_status)
        self.join_day_button = QPushButton(self.tr("Correct join day…"), self)
        self.join_day_button.clicked.connect(self.correct_join_day)
        self._context_actions()
        self.notice = make_notice(self)
        self.district = QComboBox(self)
        self.district.setAccessibleName(self.tr("Show the members of"))
        self.district.currentIndexChanged.connect(self._show_rows)
        self.district_label = QLabel(self.tr("District"), self)
        self.district_label.setBuddy(self.district)
        chooser = QHBoxLayout()
        chooser.addWidget(self.district_label)
        chooser.addWidget(self.district)
        chooser.addStretch(1)
        self.body.addLayout(chooser)
        self._all_rows: list[MemberRow] = []
        # Two rows (who comes in; what happens to the selected member), so that at
        # large text the page does not scroll sideways.
        rows = (
            (self.invite_button, self.add_button),
            (self.remove_button, self.status_button, self.join_day_button),
        )
        for row in rows:
            buttons = QHBoxLayout()
            for button in row:
                buttons.addWidget(button)
            buttons.addStretch(1)
            self.body.addLayout(buttons)
        self.body.addWidget(self.notice)
        self.early_note = make_notice(self)
        self.early_note.setObjectName("earlyEntries")
        self.early_note.hide()
        self.body.addWidget(self.early_note)
        # At large text on a small screen the key and the count of computers go first.
        self.columns = fit_columns(self.table, optional=[ID_COLUMN, COMPUTERS_COLUMN])
        self.body.addWidget(self.columns.toggle)
        self.body.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def _context_actions(self) -> None:
        """What happens to the selected member, also in the table's context menu (right
        click, or the Menu key); correcting the join day also by Ctrl+J on this page."""
        self.join_day_action = QAction(self.tr("Correct join day…"), self)
        self.join_day_action.setShortcut(QKeySequence("Ctrl+J"))
        self.join_day_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.join_day_action.triggered.connect(self.correct_join_day)
        self.addAction(self.join_day_action)
        self.join_day_button.setToolTip(
            self.tr("Correct the selected member's join day (%1)").replace(
                "%1", QKeySequence("Ctrl+J").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.remove_action = QAction(self.tr("Remove from group…"), self)
        self.remove_action.triggered.connect(self.remove_selected)
        self.status_action = QAction(self.tr("Suspend or reinstate…"), self)
        self.status_action.triggered.connect(self.change_status)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.join_day_action, self.status_action, self.remove_action):
            self.table.addAction(action)

    def reload(self) -> None:
        if self.group is None:
            self._all_rows = []
            self._fill_districts(None)
            self.notice.setText(self.tr("This computer holds no group yet."))
        else:
            state = self.context.store.state(self.group)
            self._all_rows = member_rows(
                state,
                history=self.context.store.history(self.group),
                this_pc=self.context.store.device_id,
                keys_here={p.id for p in self.context.keyring.list()},
            )
            self._fill_districts(state)
            self.notice.setText(self._who_can_act())
        self._show_rows()
        self.notice.setVisible(bool(self.notice.text()))
        self._show_early()

    def _show_early(self) -> None:
        """Say so when some members have entries dated before they joined (the Joined
        column names them)."""
        early = sum(1 for row in self._all_rows if row.early)
        self.early_note.setText(
            self.tr(
                "%n member(s) have entries dated before the day they joined (signed before "
                "the day was corrected). They count; point at the Joined day to see which.",
                "",
                early,
            )
            if early
            else ""
        )
        self.early_note.setVisible(early > 0)

    def _fill_districts(self, state: GroupState | None) -> None:
        """The district chooser (shown only in a group with districts), in its own word."""
        shown = state is not None and has_districts(state)
        for widget in (self.district_label, self.district):
            widget.setVisible(shown)
        self.table.setColumnHidden(DISTRICT_COLUMN, not shown)
        current = self.district.currentData()
        self.district.blockSignals(True)
        self.district.clear()
        if state is not None and shown:
            word = district_word(state)
            self.model.district_word = word
            self.district_label.setText(capitalized(word))
            self.district.setAccessibleName(self.tr("Show the members of which %1").replace(
                "%1", word))  # fmt: skip
            self.district.addItem(self.tr("Every %1").replace("%1", word), None)
            for district, name in active_districts(state):
                self.district.addItem(name, district)
            self.district.setCurrentIndex(max(0, self.district.findData(current)))
        self.district.blockSignals(False)

    def _show_rows(self) -> None:
        district = self.district.currentData()
        rows = self._all_rows
        if district:
            rows = [r for r in rows if r.district_id == district]
        self.model.set_rows(rows)
        self._update_buttons()

    def _signers(self) -> list[PersonInfo]:
        return self.context.persons_who_may(self.group, COUNCIL)

    def _who_can_act(self) -> str:
        if self._signers():
            return ""
        return self.tr(
            "Only council members can invite, add or remove people or correct their join day, "
            "and none of them has a key on this computer."
        )

    def selected(self) -> MemberRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self) -> None:
        can_act = bool(self._signers())
        self.invite_button.setEnabled(can_act)
        self.add_button.setEnabled(can_act)
        member = self.selected()
        self.remove_button.setEnabled(can_act and member is not None and member.status != "removed")
        self.status_button.setEnabled(self.remove_button.isEnabled())
        self.join_day_button.setEnabled(can_act and member is not None)
        self.remove_action.setEnabled(self.remove_button.isEnabled())
        self.status_action.setEnabled(self.status_button.isEnabled())
        self.join_day_action.setEnabled(self.join_day_button.isEnabled())

    def invite(self) -> None:
        if self.group is None:
            return
        dialog = InviteDialog(
            signing=self.context.signing_for(self.group, self._signers()),
            sync=self.context.sync.service,
            parent=self,
        )
        if dialog.exec() == InviteDialog.DialogCode.Accepted and dialog.code is not None:
            InviteCodeDialog(dialog.code, self).exec()

    def add_dialog(self) -> AddMemberDialog | None:
        """Adds someone who signs on this PC, having none of their own."""
        if self.group is None:
            return None
        return AddMemberDialog(
            signing=self.context.signing_for(self.group, self._signers()), parent=self
        )

    def add_member(self) -> None:
        dialog = self.add_dialog()
        if dialog is not None:
            dialog.exec()

    def remove_selected(self) -> None:
        member = self.selected()
        if self.group is None or member is None:
            return
        RemoveMemberDialog(
            signing=self.context.signing_for(self.group, self._signers()),
            member=member,
            parent=self,
        ).exec()

    def status_dialog(self) -> MemberStatusDialog | None:
        """Suspends the selected member, or reinstates them if suspended."""
        member = self.selected()
        if self.group is None or member is None:
            return None
        return MemberStatusDialog(
                   signing=self.context.signing_for(self.group, self._signers()),
                   member=member,
                   parent=self,
               )  # fmt: skip

    def change_status(self) -> None:
        dialog = self.status_dialog()
        if dialog is not None and dialog.exec():
            self.reload()

    def join_day_dialog(self) -> JoinDayDialog | None:
        """Corrects the selected member's join day; None when nobody here may, or no
        member is selected."""
        member = self.selected()
        signers = self._signers()
        if self.group is None or member is None or not signers:
            return None
        return JoinDayDialog(
            signing=self.context.signing_for(self.group, signers), member=member, parent=self
        )

    def correct_join_day(self) -> None:
        dialog = self.join_day_dialog()
        if dialog is not None and dialog.exec():
            self.reload()
