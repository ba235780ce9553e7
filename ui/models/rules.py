"""The rules in force, one a row, in the treasurer's words (read from the core's books)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from ledger.savings import loans
from ledger.savings.rules import METHOD_NAMES, Rules
from ledger.store.words import CONTEXT
from ui.formatting import money_text
from ui.models.table import Column, RowTableModel


@dataclass(frozen=True, slots=True)
class RuleRow:
    rule: str
    value: str


def rule_rows(rules: Rules, currency: str) -> list[RuleRow]:
    """The rules the group has set (those it has not are left out), fines one a row."""
    yes, no = (
        QCoreApplication.translate("RulesModel", "yes"),
        QCoreApplication.translate("RulesModel", "no"),
    )
    found: list[tuple[str, str | None]] = [
        (
            QCoreApplication.translate("RulesModel", "Share value"),
            None if rules.share_value is None else money_text(rules.share_value, currency),
        ),
        (
            QCoreApplication.translate("RulesModel", "Fewest shares a meeting"),
            _number(rules.min_shares),
        ),
        (
            QCoreApplication.translate("RulesModel", "Most shares a meeting"),
            _number(rules.max_shares),
        ),
        (
            QCoreApplication.translate("RulesModel", "Loan interest a month"),
            None if rules.interest_bp is None else loans.percent(rules.interest_bp),
        ),
        (
            QCoreApplication.translate("RulesModel", "Interest charged"),
            None
            if rules.interest_method is None
            else QCoreApplication.translate(CONTEXT, METHOD_NAMES[rules.interest_method]),
        ),
        (
            QCoreApplication.translate("RulesModel", "Largest loan"),
            None
            if rules.loan_multiple_pct is None
            else QCoreApplication.translate("RulesModel", "%1 % of the member's savings").replace(
                "%1", str(rules.loan_multiple_pct)
            ),
        ),
        (
            QCoreApplication.translate("RulesModel", "One loan at a time"),
            None if rules.one_loan is None else (yes if rules.one_loan else no),
        ),
        (
            QCoreApplication.translate("RulesModel", "Social fund a meeting"),
            None if rules.social_fund is None else money_text(rules.social_fund, currency),
        ),
        *(
            (
                QCoreApplication.translate("RulesModel", "Fine: %1").replace("%1", name),
                money_text(amount, currency),
            )
            for name, amount in sorted(rules.fines.items())
        ),
        (QCoreApplication.translate("RulesModel", "Cycle start"), rules.cycle_start),
        (QCoreApplication.translate("RulesModel", "Cycle end"), rules.cycle_end),
        (
            QCoreApplication.translate("RulesModel", "Meetings in the cycle"),
            _number(rules.cycle_meetings),
        ),
        (
            QCoreApplication.translate("RulesModel", "Payouts rounded down to"),
            None if rules.cash_unit is None else money_text(rules.cash_unit, currency),
        ),
        (
            QCoreApplication.translate("RulesModel", "Social fund shared out"),
            yes if rules.shareout_social else no,
        ),
    ]
    return [RuleRow(rule, value) for rule, value in found if value is not None]


def _number(value: int | None) -> str | None:
    return None if value is None else str(value)


class RulesModel(RowTableModel[RuleRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(lambda: QCoreApplication.translate("RulesModel", "Rule"), lambda r: r.rule),
                Column(
                    lambda: QCoreApplication.translate("RulesModel", "In force"), lambda r: r.value
                ),
            ],
            parent,
        )
