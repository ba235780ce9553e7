"""Setting the group's rules in the window: the core's `set_rules`, from a date on.

The fields start at the rules in force today; only what the person changes is sent, so a
version names only the rules it changes (as `lattice rules set` does); a field cleared or
set back to "not set" takes that rule away (`unset`). Every check is the
core's: a refusal is shown in its words and nothing is written.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from ledger.savings import actions, rules
from ledger.savings.books import books_of
from ledger.savings.money import to_text
from ledger.store.persons import Signer
from ledger.store.words import CONTEXT
from ui.dialogs.action import ActionDialog
from ui.formatting import typed_amount
from ui.signing import SigningContext
from ui.widgets import iso_date, make_date_field, make_notice

NOT_SET = -1
"""A count or percentage box at this value shows "not set" and sends nothing."""


class CountBox(QSpinBox):
    """A whole number or "not set": emptying the box sets it back to not set."""

    def valueFromText(self, text: str) -> int:
        return (
            NOT_SET if not text.removesuffix(self.suffix()).strip() else super().valueFromText(text)
        )

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if not text.removesuffix(self.suffix()).strip():
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)


def _count_box(parent: QWidget, name: str, value: int | None, top: int) -> QSpinBox:
    box = CountBox(parent)
    box.setRange(NOT_SET, top)
    box.setSpecialValueText(QCoreApplication.translate("RulesDialog", "not set"))
    box.setAccessibleName(name)
    box.setValue(NOT_SET if value is None else value)
    return box


class PercentBox(QSpinBox):
    """A percentage with two decimals, held as whole basis points (1000 = 10 %): no float
    comes near the rate, and the reader's decimal point is used both ways."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setRange(NOT_SET, 100_000)
        self.setSingleStep(50)
        self.setSuffix(" %")

    def textFromValue(self, value: int) -> str:
        whole, rest = divmod(value, 100)
        return f"{whole}{QLocale().decimalPoint()}{rest:02d}"

    def valueFromText(self, text: str) -> int:
        value = self._basis_points(text)
        return NOT_SET if value is None else value

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        empty = not text.removesuffix(self.suffix()).strip()
        if empty or text == self.specialValueText() or self._basis_points(text) is not None:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def _basis_points(self, text: str) -> int | None:
        typed = text.removesuffix(self.suffix()).strip().replace(QLocale().decimalPoint(), ".")
        try:
            value = Decimal(typed) * 100
        except InvalidOperation:
            return None
        if value != value.to_integral_value() or not 0 <= value <= self.maximum():
            return None
        return int(value)


class RulesDialog(ActionDialog):
    """The rules a treasurer sets at the start of a cycle: share value and limits, loan
    interest and size, the social fund and the fines."""

    def __init__(self, *, signing: SigningContext, parent: QWidget | None = None) -> None:
        super().__init__(signing=signing, parent=parent)
        self.setWindowTitle(self.tr("Change the group's rules"))
        state = self.store.state(self.group)
        self.currency = currency = state.settings.currency
        now = books_of(state).rules.in_force(QDate.currentDate().toString("yyyy-MM-dd"))
        self.before = now
        self.effective = make_date_field(self, self.tr("In force from"))
        self.share_value = self._money(now.share_value, self.tr("Value of one share"))
        self.min_shares = _count_box(
            self, self.tr("Fewest shares a meeting"), now.min_shares, 10_000
        )
        self.max_shares = _count_box(self, self.tr("Most shares a meeting"), now.max_shares, 10_000)
        self.interest = PercentBox(self)
        self.interest.setSpecialValueText(self.tr("not set"))
        self.interest.setAccessibleName(self.tr("Loan interest a month, percent"))
        self.interest.setValue(NOT_SET if now.interest_bp is None else now.interest_bp)
        self.method = QComboBox(self)
        self.method.setAccessibleName(self.tr("How interest is charged"))
        self.method.addItem(self.tr("not set"), None)
        for method in rules.INTEREST_METHODS:
            self.method.addItem(
                QCoreApplication.translate(CONTEXT, rules.METHOD_NAMES[method]), method
            )
        self.method.setCurrentIndex(max(0, self.method.findData(now.interest_method)))
        self.loan_multiple = _count_box(
            self, self.tr("Largest loan, percent of the member's savings"), now.loan_multiple_pct,
            100_000,
        )  # fmt: skip
        self.loan_multiple.setSuffix(self.tr(" % of savings"))
        self.one_loan = QCheckBox(self.tr("A member repays a loan before taking another"), self)
        self.one_loan.setChecked(bool(now.one_loan))
        self.social_fund = self._money(now.social_fund, self.tr("Social fund a meeting"))
        self.fines: dict[str, QLineEdit] = {}
        for name, amount in sorted(now.fines.items()):
            self.fines[name] = self._money(amount, self.tr("Fine: %1").replace("%1", name))
        self.new_fine = QLineEdit(self)
        self.new_fine.setMaxLength(40)
        self.new_fine.setAccessibleName(self.tr("Name of a new fine"))
        self.new_fine.setPlaceholderText(self.tr("e.g. late"))
        self.new_fine_amount = self._money(None, self.tr("Amount of the new fine"))
        new_fine_amount_label = QLabel(self.tr("A&mount:"), self)
        new_fine_amount_label.setBuddy(self.new_fine_amount)
        new_fine = QHBoxLayout()
        new_fine.addWidget(self.new_fine, 1)
        new_fine.addWidget(new_fine_amount_label)
        new_fine.addWidget(self.new_fine_amount, 1)
        self.shareout_social = QCheckBox(self.tr("Share out the social fund too"), self)
        self.shareout_social.setChecked(now.shareout_social)
        self.note = QLineEdit(self)
        self.note.setMaxLength(500)
        self.note.setAccessibleName(self.tr("Note"))
        explain = make_notice(self)
        explain.setText(
            self.tr(
                "Amounts in %1. Only what you change is written; a fine of 0 takes it off; "
                "clear a field or choose “not set” to take a rule away."
            ).replace("%1", currency)
        )
        new_fine_label = QLabel(self.tr("New fin&e:"), self)
        new_fine_label.setBuddy(self.new_fine)
        rows: list[tuple[str | QLabel, Any]] = [
            (self.tr("In force &from:"), self.effective),
            (self.tr("&Share value:"), self.share_value),
            (self.tr("Fe&west shares a meeting:"), self.min_shares),
            (self.tr("M&ost shares a meeting:"), self.max_shares),
            (self.tr("Loan &interest a month:"), self.interest),
            (self.tr("Interest &charged:"), self.method),
            (self.tr("&Largest loan:"), self.loan_multiple),
            ("", self.one_loan),
            (self.tr("Social f&und a meeting:"), self.social_fund),
            *((self.tr("Fine “%1”:").replace("%1", n), f) for n, f in self.fines.items()),
            (new_fine_label, new_fine),
            ("", self.shareout_social),
            (self.tr("&Note:"), self.note),
        ]
        inner = QWidget(self)
        fields = QFormLayout(inner)
        fields.setContentsMargins(0, 0, 0, 0)
        for label, field in rows:
            if label:
                fields.addRow(label, field)
            else:
                fields.addRow(field)
        self.fields = QScrollArea(self)
        self.fields.setWidget(inner)
        self.fields.setWidgetResizable(True)
        self.fields.setFrameShape(QFrame.Shape.NoFrame)
        self.fields.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scrollbar = self.fields.verticalScrollBar().sizeHint().width()
        self.fields.setMinimumWidth(inner.minimumSizeHint().width() + scrollbar)
        self.fields.setMaximumHeight(self._fields_room())
        self.fields.setMinimumHeight(min(inner.sizeHint().height(), self._fields_room()))
        self.form.insertRow(0, explain)
        self.form.insertRow(1, self.fields)
        # Tab goes down the form as it reads, then to the signer and the passphrase.
        order: list[QWidget] = [
            self.effective, self.share_value, self.min_shares, self.max_shares, self.interest,
            self.method, self.loan_multiple, self.one_loan, self.social_fund,
            *self.fines.values(), self.new_fine, self.new_fine_amount, self.shareout_social,
            self.note, self.signer, self.passphrase,
        ]  # fmt: skip
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.share_value.setFocus()

    def _fields_room(self) -> int:
        """Height for the rules' fields: about half the screen, so that at large text on a
        1366×768 screen the passphrase and buttons stay in sight (the fields scroll)."""
        screen = self.screen()
        if screen is None:
            return 14 * self.fontMetrics().lineSpacing()
        return screen.availableGeometry().height() * 11 // 20

    def _money(self, amount: int | None, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setAccessibleName(name)
        if amount is not None:
            field.setText(to_text(amount, self.currency))
        return field

    def changes(self) -> dict[str, Any]:
        """The keyword arguments of `set_rules` for what differs from the rules in force."""
        now = self.before
        out: dict[str, Any] = {}
        unset: list[str] = []
        for key, field, was in (
            ("share_value", self.share_value, now.share_value),
            ("social_fund", self.social_fund, now.social_fund),
        ):
            typed = field.text().strip()
            if typed == ("" if was is None else to_text(was, self.currency)):
                continue
            if typed:
                out[key] = typed_amount(typed)
            else:
                unset.append(key)
        for key, value, before in (
            ("min_shares", self.min_shares.value(), now.min_shares),
            ("max_shares", self.max_shares.value(), now.max_shares),
            ("loan_multiple_pct", self.loan_multiple.value(), now.loan_multiple_pct),
            ("interest_bp", self.interest.value(), now.interest_bp),
            ("interest_method", self.method.currentData(), now.interest_method),
        ):
            if value in (NOT_SET, None):
                if before is not None:
                    unset.append(key)
            elif value != before:
                out[key] = value
        if self.one_loan.isChecked() != bool(now.one_loan):
            out["one_loan"] = self.one_loan.isChecked()
        if self.shareout_social.isChecked() != now.shareout_social:
            out["shareout_social"] = self.shareout_social.isChecked()
        fines = {
            name: typed_amount(field.text())
            for name, field in self.fines.items()
            if field.text().strip() != to_text(now.fines[name], self.currency)
        }
        if self.new_fine.text().strip() or self.new_fine_amount.text().strip():
            fines[self.new_fine.text()] = typed_amount(self.new_fine_amount.text())
        if fines:
            out["fines"] = fines
        if unset:
            out["unset"] = unset
        return out

    def perform(self, signer: Signer) -> None:
        actions.set_rules(
            self.store,
            signer,
            self.group,
            effective=iso_date(self.effective),
            note=self.note.text(),
            **self.changes(),
        )
