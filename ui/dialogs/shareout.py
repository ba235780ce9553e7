"""The share-out of the cycle: the pool and each member's part, and paying those due.

The figures are the core's (`ledger.savings.shareout.project`); paying records each due
member's payout exactly as computed (`ledger.savings.cycle_actions.pay_shareout`).
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

from ledger.savings.books import books_of
from ledger.savings.cycle_actions import pay_shareouts
from ledger.savings.shareout import ShareOut, project
from ledger.store.persons import Signer
from ui.dialogs.action import ActionDialog
from ui.formatting import money_text
from ui.models.shareout import ShareOutModel
from ui.signing import SigningContext
from ui.widgets import make_notice, make_table


class ShareOutDialog(ActionDialog):
    """Shows the share-out; OK pays every member still due, signed by a council member."""

    def __init__(
        self,
        *,
        signing: SigningContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(signing=signing, parent=parent)
        self.setWindowTitle(self.tr("Share-out"))
        state = self.store.state(self.group)
        self.plan: ShareOut = project(books_of(state))
        self.model = ShareOutModel(self)
        self.model.currency = state.settings.currency
        self.model.names = {p: m.name for p, m in state.membership.members.items()}
        self.model.set_rows(self.plan.lines)
        self.summary = QLabel(self.summary_text(), self)
        self.summary.setWordWrap(True)
        self.table = make_table(self.model, self)
        self.table.setAccessibleName(self.tr("Share-out per member"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Date of the payouts"))
        end = self.plan.cycle_end
        today = QDate.currentDate()
        planned = QDate.fromString(end, "yyyy-MM-dd") if end else today
        self.date.setDate(min(planned, today))
        self.due = [x for x in self.plan.lines if x.due or (x.loan and not x.paid)]
        self.note = make_notice(self)
        self.note.setText(
            self.tr("%n member(s) still to be paid.", "", len(self.due))
            if self.due
            else self.tr("Everyone has been paid.")
        )
        self.form.insertRow(0, self.summary)
        table_label = QLabel(self.tr("&Share-out per member:"), self)
        table_label.setBuddy(self.table)
        self.form.insertRow(1, table_label)
        self.form.insertRow(2, self.table)
        self.form.insertRow(3, self.tr("Payout date:"), self.date)
        self.form.insertRow(4, self.note)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Pay those due"))
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(bool(self.due))
        self._show_every_column()

    def _show_every_column(self) -> None:
        """Widen the table to its columns, within the screen: the treasurer reads each
        member's part and net payout without scrolling sideways."""
        header = self.table.horizontalHeader()
        columns = sum(
            max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(self.model.columnCount())
        )
        vertical = self.table.verticalScrollBar().sizeHint().width()
        grid = self.model.columnCount()  # a pixel of grid line beside each column
        wanted = columns + grid + 2 * self.table.frameWidth() + vertical
        screen = self.screen().availableGeometry().width()
        self.table.setMinimumWidth(min(wanted, screen * 9 // 10))

    def summary_text(self) -> str:
        c = self.model.currency
        plan = self.plan
        text = (
            self.tr("Pool %1 = cash in the box %2 + loans outstanding %3 + already paid %4.")
            .replace("%1", money_text(plan.pool, c))
            .replace("%2", money_text(plan.cash, c))
            .replace("%3", money_text(plan.loans, c))
            .replace("%4", money_text(plan.paid_out, c))
        )
        if plan.value_per_share is not None:
            text += " " + self.tr("Value per share: %1.").replace(
                "%1", money_text(plan.value_per_share, c)
            )
        if plan.carried:
            text += " " + self.tr("Carried forward (rounding): %1.").replace(
                "%1", money_text(plan.carried, c)
            )
        return text

    def perform(self, signer: Signer) -> None:
        day = self.date.date().toString("yyyy-MM-dd")
        pay_shareouts(
            self.store, signer, self.group, members=[x.member for x in self.due], date=day
        )
