"""Suspending a member, or reinstating one: a council member signs, dated the day it
happened (suspended members may repay and pay fines but not buy shares or borrow)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ledger.savings import membership_actions as actions
from ledger.store.persons import Signer
from ui.dialogs.action import ActionDialog
from ui.models.members import MemberRow
from ui.signing import SigningContext
from ui.widgets import iso_date, make_date_field, make_notice


class MemberStatusDialog(ActionDialog):
    """Suspends an active member, or reinstates a suspended one."""

    def __init__(
        self,
        *,
        signing: SigningContext,
        member: MemberRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(signing=signing, parent=parent)
        self.member = member
        self.suspend = member.status != "suspended"
        explain = make_notice(self)
        if self.suspend:
            self.setWindowTitle(self.tr("Suspend %1").replace("%1", member.name))
            explain.setText(
                self.tr(
                    "%1 may still repay loans and pay fines, but not buy shares, save or "
                    "borrow until reinstated."
                ).replace("%1", member.name)
            )
        else:
            self.setWindowTitle(self.tr("Reinstate %1").replace("%1", member.name))
            explain.setText(
                self.tr("%1 becomes an active member again.").replace("%1", member.name)
            )
        self.date = make_date_field(self, self.tr("Day it takes effect"))
        self.form.insertRow(0, explain)
        self.form.insertRow(1, self.tr("From:"), self.date)

    def perform(self, signer: Signer) -> None:
        act = actions.suspend_member if self.suspend else actions.reinstate_member
        act(self.store, signer, self.group, self.member.person, date=iso_date(self.date))
