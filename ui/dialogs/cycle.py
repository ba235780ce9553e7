"""Opening and closing a savings cycle in the window: the core's `open_cycle` and
`close_cycle`, with their dates (the close is then signed off by the elders)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from ledger.savings.cycle_actions import close_cycle, open_cycle
from ledger.store.persons import Signer
from ui.dialogs.action import ActionDialog
from ui.formatting import typed_amount
from ui.signing import SigningContext
from ui.widgets import iso_date, make_date_field, make_notice


class OpenCycleDialog(ActionDialog):
    """Starts a cycle in the constitution: its first day and its planned end or meetings."""

    def __init__(
        self,
        *,
        signing: SigningContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(signing=signing, parent=parent)
        self.setWindowTitle(self.tr("Open a savings cycle"))
        today = QDate.currentDate()
        self.start = make_date_field(self, self.tr("First day of the cycle"), today)
        self.end = make_date_field(self, self.tr("Planned last day"), today.addMonths(12))
        self.meetings = QSpinBox(self)
        self.meetings.setRange(0, 1_000)
        self.meetings.setSpecialValueText(self.tr("not set"))
        self.meetings.setAccessibleName(self.tr("Number of meetings"))
        self.cash_unit = QLineEdit(self)
        self.cash_unit.setPlaceholderText(self.tr("e.g. 5 (empty: the smallest coin)"))
        self.cash_unit.setAccessibleName(self.tr("Payouts rounded down to"))
        self.form.insertRow(0, self.tr("&First day:"), self.start)
        self.form.insertRow(1, self.tr("Planned &last day:"), self.end)
        self.form.insertRow(2, self.tr("&Meetings:"), self.meetings)
        self.form.insertRow(3, self.tr("Payouts rounded &down to:"), self.cash_unit)
        self.start.setFocus()

    def perform(self, signer: Signer) -> None:
        open_cycle(
            self.store,
            signer,
            self.group,
            start=iso_date(self.start),
            end=iso_date(self.end),
            meetings=self.meetings.value() or None,
            cash_unit=typed_amount(self.cash_unit.text()) or None,
        )


class CloseCycleDialog(ActionDialog):
    """Records the cycle's close after its share-out; the elders sign it off to close it."""

    def __init__(
        self,
        *,
        signing: SigningContext,
        planned_end: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(signing=signing, parent=parent)
        self.setWindowTitle(self.tr("Close the savings cycle"))
        today = QDate.currentDate()
        planned = QDate.fromString(planned_end, "yyyy-MM-dd") if planned_end else today
        self.end = make_date_field(self, self.tr("Last day of the cycle"), min(planned, today))
        self.explain = make_notice(self)
        self.explain.setText(
            self.tr(
                "Every member must have been paid their share-out. The elders then sign the "
                "close off; from then on nothing dated in the cycle can be recorded."
            )
        )
        self.form.insertRow(0, self.explain)
        self.form.insertRow(1, self.tr("&Last day:"), self.end)
        self.end.setFocus()

    def perform(self, signer: Signer) -> None:
        close_cycle(self.store, signer, self.group, end=iso_date(self.end))
