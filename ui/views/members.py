"""Members: who belongs, their roles; invite someone (code and QR, with this computer's
address when the sync service knows one) or remove a member."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ledger.store.keyring import PersonInfo
from ledger.store.membership import Role
from ui.dialogs.action import eligible_persons
from ui.dialogs.invite import InviteCodeDialog, InviteDialog
from ui.dialogs.member_status import MemberStatusDialog
from ui.dialogs.remove_member import RemoveMemberDialog
from ui.models.members import MemberRow, MembersModel, member_rows
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
        self.remove_button.clicked.connect(self.remove_selected)
        self.status_button = QPushButton(self.tr("Suspend or reinstate…"), self)
        self.status_button.clicked.connect(self.change_status)
        self.notice = make_notice(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.invite_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.status_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.body.addWidget(self.notice)
        self.body.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def reload(self) -> None:
        if self.group is None:
            self.model.set_rows([])
            self.notice.setText(self.tr("This computer holds no group yet."))
        else:
            self.model.set_rows(
                member_rows(
                    self.context.store.state(self.group),
                    this_pc=self.context.store.device_id,
                    keys_here={p.id for p in self.context.keyring.list()},
                )
            )
            self.notice.setText(self._who_can_act())
        self.notice.setVisible(bool(self.notice.text()))
        self._update_buttons()

    def _signers(self) -> list[PersonInfo]:
        if self.group is None:
            return []
        state = self.context.store.state(self.group)
        return eligible_persons(self.context.keyring, state, COUNCIL)

    def _who_can_act(self) -> str:
        if self._signers():
            return ""
        return self.tr(
            "Only council members can invite or remove people, and none of them has a key "
            "on this computer."
        )

    def selected(self) -> MemberRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self) -> None:
        can_act = bool(self._signers())
        self.invite_button.setEnabled(can_act)
        member = self.selected()
        self.remove_button.setEnabled(can_act and member is not None and member.status != "removed")
        self.status_button.setEnabled(self.remove_button.isEnabled())

    def invite(self) -> None:
        if self.group is None:
            return
        dialog = InviteDialog(
            store=self.context.store,
            group=self.group,
            keyring=self.context.keyring,
            session=self.context.signing,
            signers=self._signers(),
            sync=self.context.sync.service,
            parent=self,
        )
        if dialog.exec() == InviteDialog.DialogCode.Accepted and dialog.code is not None:
            InviteCodeDialog(dialog.code, self).exec()

    def remove_selected(self) -> None:
        member = self.selected()
        if self.group is None or member is None:
            return
        RemoveMemberDialog(
            store=self.context.store,
            group=self.group,
            member=member,
            keyring=self.context.keyring,
            session=self.context.signing,
            signers=self._signers(),
            parent=self,
        ).exec()

    def status_dialog(self) -> MemberStatusDialog | None:
        """Suspends the selected member, or reinstates them if suspended."""
        member = self.selected()
        if self.group is None or member is None:
            return None
        return MemberStatusDialog(
            store=self.context.store, group=self.group, member=member,
            keyring=self.context.keyring, session=self.context.signing,
            signers=self._signers(), parent=self,
        )  # fmt: skip

    def change_status(self) -> None:
        dialog = self.status_dialog()
        if dialog is not None and dialog.exec():
            self.reload()
