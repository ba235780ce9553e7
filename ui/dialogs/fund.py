"""Adding a fund in the window (social, loan, project …): the core's `add_fund`."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ledger.savings import actions
from ledger.savings.books import books_of
from ledger.savings.records import FUND_KINDS
from ledger.store.persons import Signer
from ui.core_text import core_text
from ui.dialogs.action import ActionDialog
from ui.models.funds import fund_kind_name
from ui.signing import SigningContext


class AddFundDialog(ActionDialog):
    """A fund's name, its kind and, for a project fund, the goal it saves for."""

    def __init__(self, *, signing: SigningContext, parent: QWidget | None = None) -> None:
        super().__init__(signing=signing, parent=parent)
        self.setWindowTitle(self.tr("Add a fund"))
        books = books_of(self.store.state(self.group))
        self.name = QLineEdit(self)
        self.name.setMaxLength(60)
        self.name.setAccessibleName(self.tr("Name of the fund"))
        self.name.setPlaceholderText(self.tr("e.g. Social fund"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of fund"))
        for kind in FUND_KINDS:
            self.kind.addItem(fund_kind_name(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData("social")))
        self.goal = QComboBox(self)
        self.goal.setAccessibleName(self.tr("Goal the fund saves for"))
        self.goal.addItem(self.tr("No goal"), None)
        for goal in books.goals.values():
            self.goal.addItem(core_text(goal.title), goal.id)
        self.form.insertRow(0, self.tr("&Name:"), self.name)
        self.form.insertRow(1, self.tr("&Kind:"), self.kind)
        self.form.insertRow(2, self.tr("&Goal:"), self.goal)
        self.name.setFocus()

    def perform(self, signer: Signer) -> None:
        actions.add_fund(
            self.store,
            signer,
            self.group,
            name=self.name.text(),
            kind=self.kind.currentData(),
            goal=self.goal.currentData(),
        )
