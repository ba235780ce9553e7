"""Rules and funds: the group's constitution in force today, the rule changes set for a
later date, and its funds; the council changes (or takes away) rules or adds a fund here
(the core's `set_rules` and `add_fund`)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ledger.savings.books import books_of
from ledger.store.keyring import PersonInfo
from ledger.store.membership import Role
from ui.dialogs.fund import AddFundDialog
from ui.dialogs.rules import RulesDialog
from ui.models.funds import FundsModel, fund_rows
from ui.models.rules import ComingRulesModel, RulesModel, coming_rows, rule_rows
from ui.theme import make_heading
from ui.views.base import View, ViewContext
from ui.widgets import make_notice, make_table

COUNCIL = (Role.COUNCIL.value,)


class RulesView(View):
    name = "rules"

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.notice = make_notice(self)
        self.notice.setObjectName("whoMayChange")
        self.rules_heading = self._heading(self.tr("Rules in force today"))
        self.rules = RulesModel(self)
        self.rules_table = make_table(self.rules, self)
        self.rules_table.setAccessibleName(self.tr("Rules in force today"))
        self.rules_button = QPushButton(self.tr("&Change the rules…"), self)
        self.rules_button.clicked.connect(self.change_rules)
        self.coming_heading = self._heading(self.tr("Rule changes still to come"))
        self.coming = ComingRulesModel(self)
        self.coming_table = make_table(self.coming, self)
        self.coming_table.setAccessibleName(self.tr("Rule changes still to come"))
        self.no_coming = make_notice(self)
        self.no_coming.setText(self.tr("No rule change is set for a later date."))
        self.funds_heading = self._heading(self.tr("Funds"))
        self.funds = FundsModel(self)
        self.funds_table = make_table(self.funds, self)
        self.funds_table.setAccessibleName(self.tr("Funds of the group"))
        self.fund_button = QPushButton(self.tr("&Add a fund…"), self)
        self.fund_button.clicked.connect(self.add_fund)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rules_button)
        buttons.addWidget(self.fund_button)
        buttons.addStretch(1)
        self.buttons = buttons
        self.body.addWidget(self.notice)
        self.body.addWidget(self.rules_heading)
        self.body.addLayout(buttons)
        self.body.addWidget(self.rules_table, 1)
        self.body.addWidget(self.coming_heading)
        self.body.addWidget(self.no_coming)
        self.body.addWidget(self.coming_table, 1)
        self.body.addWidget(self.funds_heading)
        self.body.addWidget(self.funds_table, 1)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        make_heading(label, scale=1.2)
        return label

    def reload(self) -> None:
        if self.group is None:
            self.rules.set_rows([])
            self.coming.set_rows([])
            self.funds.set_rows([])
            self.notice.setText(self.tr("This computer holds no group yet."))
        else:
            state = self.context.store.state(self.group)
            today = QDate.currentDate().toString("yyyy-MM-dd")
            book, currency = books_of(state).rules, state.settings.currency
            self.rules.set_rows(rule_rows(book.in_force(today), currency))
            self.coming.set_rows(coming_rows(book.upcoming(today), currency))
            self.funds.set_rows(fund_rows(state))
        self.coming_table.setVisible(self.coming.rowCount() > 0)
        self.no_coming.setVisible(self.coming.rowCount() == 0)
        can_act = bool(self._signers())
        if self.group is not None:
            self.notice.setText("" if can_act else self._none_may_act())
        self.notice.setVisible(bool(self.notice.text()))
        self.rules_button.setEnabled(can_act)
        self.fund_button.setEnabled(can_act)

    def _signers(self) -> list[PersonInfo]:
        return self.context.persons_who_may(self.group, COUNCIL)

    def _none_may_act(self) -> str:
        return self.tr(
            "Only council members can change the rules or add a fund, and none of them has "
            "a key on this computer."
        )

    def rules_dialog(self) -> RulesDialog | None:
        if self.group is None:
            return None
        return RulesDialog(
            signing=self.context.signing_for(self.group, self._signers()), parent=self
        )

    def change_rules(self) -> None:
        dialog = self.rules_dialog()
        if dialog is not None:
            dialog.exec()

    def fund_dialog(self) -> AddFundDialog | None:
        if self.group is None:
            return None
        return AddFundDialog(
            signing=self.context.signing_for(self.group, self._signers()), parent=self
        )

    def add_fund(self) -> None:
        dialog = self.fund_dialog()
        if dialog is not None:
            dialog.exec()
