"""Removing a member: a council member signs; the reason is kept with the change."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ledger.savings import membership_actions as actions
from ledger.store.persons import Signer
from ui.dialogs.action import ActionDialog
from ui.models.members import MemberRow
from ui.signing import SigningContext
from ui.widgets import iso_date, make_date_field, make_notice


class RemoveMemberDialog(ActionDialog):
    def __init__(
        self,
        *,
        signing: SigningContext,
        member: MemberRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(signing=signing, parent=parent)
        self.setWindowTitle(self.tr("Remove %1").replace("%1", member.name))
        self.member = member
        warning = make_notice(self)
        warning.setText(
            self.tr(
                "%1 will no longer receive the group's new records, and what they write from "
                "now on will not count. What is already on their computer stays there."
            ).replace("%1", member.name)
        )
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.form.insertRow(0, warning)
        self.form.insertRow(1, self.tr("Reason:"), self.reason)
        self.date = make_date_field(self, self.tr("Day they left"))
        self.form.insertRow(2, self.tr("Left on:"), self.date)

    def perform(self, signer: Signer) -> None:
        actions.remove_member(
            self.store,
            signer,
            self.group,
            self.member.person,
            self.reason.text().strip(),
            date=iso_date(self.date),
        )
