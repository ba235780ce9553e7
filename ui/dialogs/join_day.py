"""Correcting the day a member joined (a wrong day typed when they were added): a council
member signs `membership_actions.set_join_day`. The core refuses a day in the future, the
day they have already, and a day after an entry already recorded for them; its words are
shown and nothing is written."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from ledger.savings import membership_actions as actions
from ledger.store.persons import Signer
from ui.dialogs.action import ActionDialog
from ui.models.members import MemberRow
from ui.signing import SigningContext
from ui.widgets import iso_date, make_date_field, make_notice


class JoinDayDialog(ActionDialog):
    """The member's join day as it stands (or none said), and the day it should be."""

    def __init__(
        self,
        *,
        signing: SigningContext,
        member: MemberRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(signing=signing, parent=parent)
        self.member = member
        self.setWindowTitle(self.tr("Correct the join day of %1").replace("%1", member.name))
        explain = make_notice(self)
        if member.joined:
            now = self.tr("%1 joined on %2, as the records say now.").replace(
                "%1", member.name
            ).replace("%2", member.joined)  # fmt: skip
        else:
            now = self.tr("No join day was said for %1 yet.").replace("%1", member.name)
        explain.setText(
            now
            + " "
            + self.tr(
                "Entries for them cannot be dated before the day they joined, and the day "
                "cannot be later than an entry already recorded for them."
            )
        )
        day = QDate.fromString(member.joined, "yyyy-MM-dd") if member.joined else None
        self.date = make_date_field(self, self.tr("Day they joined"), day)
        self.form.insertRow(0, explain)
        self.form.insertRow(1, self.tr("&Joined on:"), self.date)
        self.date.setFocus()

    def perform(self, signer: Signer) -> None:
        actions.set_join_day(
            self.store, signer, self.group, person=self.member.person, date=iso_date(self.date)
        )
