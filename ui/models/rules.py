"""The rules in force, one a row, and the rule changes set for a later date, in the
treasurer's words (read from the core's books)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from ledger.savings import loans
from ledger.savings.rules import METHOD_NAMES, Rules, RulesVersion
from ledger.store.words import CONTEXT
from ui.formatting import money_text
from ui.models.table import Column, RowTableModel

LABELS: dict[str, Callable[[], str]] = {
    "share_value": lambda: QCoreApplication.translate("RulesModel", "Share value"),
    "min_shares": lambda: QCoreApplication.translate("RulesModel", "Fewest shares a meeting"),
    "max_shares": lambda: QCoreApplication.translate("RulesModel", "Most shares a meeting"),
    "interest_bp": lambda: QCoreApplication.translate("RulesModel", "Loan interest a month"),
    "interest_method": lambda: QCoreApplication.translate("RulesModel", "Interest charged"),
    "loan_multiple_pct": lambda: QCoreApplication.translate("RulesModel", "Largest loan"),
    "one_loan": lambda: QCoreApplication.translate("RulesModel", "One loan at a time"),
    "social_fund": lambda: QCoreApplication.translate("RulesModel", "Social fund a meeting"),
    "cycle_start": lambda: QCoreApplication.translate("RulesModel", "Cycle start"),
    "cycle_end": lambda: QCoreApplication.translate("RulesModel", "Cycle end"),
    "cycle_meetings": lambda: QCoreApplication.translate("RulesModel", "Meetings in the cycle"),
    "cash_unit": lambda: QCoreApplication.translate("RulesModel", "Payouts rounded down to"),
    "shareout_social": lambda: QCoreApplication.translate("RulesModel", "Social fund shared out"),
}
"""Each rule's name on the page, in the order the page lists them (fines after social fund)."""
_MONEY = frozenset({"share_value", "social_fund", "cash_unit"})


def value_text(key: str, value: Any, currency: str) -> str:
    """One rule's value as the page shows it."""
    if key in _MONEY:
        return money_text(value, currency)
    if key == "interest_bp":
        return loans.percent(value)
    if key == "interest_method":
        return QCoreApplication.translate(CONTEXT, METHOD_NAMES[value])
    if key == "loan_multiple_pct":
        return QCoreApplication.translate("RulesModel", "%1 % of the member's savings").replace(
            "%1", str(value)
        )
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("RulesModel", "yes")
            if value
            else QCoreApplication.translate("RulesModel", "no")
        )
    return str(value)


def _fine_label(name: str) -> str:
    return QCoreApplication.translate("RulesModel", "Fine: %1").replace("%1", name)


@dataclass(frozen=True, slots=True)
class RuleRow:
    rule: str
    value: str


def _rule_texts(
    values: Mapping[str, Any], fines: Mapping[str, int], currency: str
) -> Iterator[tuple[str, str]]:
    """(rule, value) for each rule `values` names, in the page's order, fines after the social
    fund; a value of None is a rule taken away, a fine of 0 one taken off."""
    not_set = QCoreApplication.translate("RulesModel", "not set (no limit)")
    taken_off = QCoreApplication.translate("RulesModel", "taken off")
    for key, label in LABELS.items():
        if key in values:
            value = values[key]
            yield label(), not_set if value is None else value_text(key, value, currency)
        if key == "social_fund":
            for name, amount in sorted(fines.items()):
                yield _fine_label(name), money_text(amount, currency) if amount else taken_off


def rule_rows(rules: Rules, currency: str) -> list[RuleRow]:
    """The rules the group has set (those it has not are left out), fines one a row."""
    found = {key: getattr(rules, key) for key in LABELS if getattr(rules, key) is not None}
    return [RuleRow(rule, value) for rule, value in _rule_texts(found, rules.fines, currency)]


@dataclass(frozen=True, slots=True)
class ComingRow:
    effective: str
    rule: str
    value: str


def coming_rows(versions: list[RulesVersion], currency: str) -> list[ComingRow]:
    """What each version set for a later date changes, one rule a row, in date order."""
    rows = []
    for version in versions:
        changes = version.changes
        named = {**dict.fromkeys(changes.get("unset", ())), **changes}  # a set value wins
        rows += [
            ComingRow(version.effective, rule, value)
            for rule, value in _rule_texts(named, changes.get("fines", {}), currency)
        ]
    return rows


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


class ComingRulesModel(RowTableModel[ComingRow]):
    """The rule changes the council set to take effect after today."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("RulesModel", "From"), lambda r: r.effective
                ),
                Column(lambda: QCoreApplication.translate("RulesModel", "Rule"), lambda r: r.rule),
                Column(
                    lambda: QCoreApplication.translate("RulesModel", "Will be"), lambda r: r.value
                ),
            ],
            parent,
        )
