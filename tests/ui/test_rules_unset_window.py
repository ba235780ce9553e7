"""Taking a rule away and seeing rule changes set for a later date on the Rules and funds
page: the core's `set_rules(unset=…)` and `RulesBook.upcoming`, by the keyboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ledger.savings import actions
from ledger.savings.books import books_of
from ledger.savings.rules import RulesVersion
from ledger.store.ids import ChangeId, GroupId, PersonId
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ui.fakes import FakeSync
from tests.ui.test_rules_window import opened, rules_view, sign, tab_to
from ui.models.rules import ComingRulesModel, coming_rows


def test_clearing_fields_takes_the_rules_away(
    qtbot: QtBot, store: Store, group: GroupId, founder: Signer, sync: FakeSync
) -> None:
    actions.set_rules(store, founder, group, effective="2024-01-01", share_value="50",
                      max_shares=5, social_fund="20", interest_method="declining")  # fmt: skip
    view = rules_view(qtbot, store, sync)
    dialog = opened(qtbot, view.rules_dialog())
    tab_to(qtbot, dialog, dialog.max_shares)
    qtbot.keyClick(dialog.max_shares, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.max_shares, Qt.Key.Key_Delete)  # an empty box reads "not set"
    dialog.max_shares.interpretText()
    tab_to(qtbot, dialog, dialog.method)
    qtbot.keyClick(dialog.method, Qt.Key.Key_Home)  # "not set"
    tab_to(qtbot, dialog, dialog.social_fund)
    dialog.social_fund.clear()
    assert dialog.changes() == {"unset": ["social_fund", "max_shares", "interest_method"]}
    sign(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    rules = books_of(store.state(group)).rules.latest()
    assert (rules.max_shares, rules.social_fund, rules.interest_method) == (None, None, None)
    assert rules.share_value == 5000
    qtbot.waitUntil(lambda: "Most shares a meeting" not in {r.rule for r in view.rules.rows()})
    assert "Share value" in {r.rule for r in view.rules.rows()}


def test_rule_changes_for_a_later_date_are_listed_apart(
    qtbot: QtBot, store: Store, group: GroupId, founder: Signer, sync: FakeSync
) -> None:
    view = rules_view(qtbot, store, sync)
    assert view.coming_table.isHidden() and view.no_coming.isVisibleTo(view)
    actions.set_rules(store, founder, group, effective="2024-01-01", share_value="50",
                      max_shares=5)  # fmt: skip
    later = (dt.date.today() + dt.timedelta(days=40)).isoformat()
    dialog = opened(qtbot, view.rules_dialog())
    dialog.effective.setDate(dt.date.fromisoformat(later))
    dialog.share_value.setText("75")
    dialog.max_shares.setValue(-1)
    sign(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    qtbot.waitUntil(lambda: view.coming.rowCount() == 2)
    assert view.coming_table.isVisibleTo(view) and view.no_coming.isHidden()
    assert [(r.effective, r.rule, r.value) for r in view.coming.rows()] == [
        (later, "Share value", "75.00 KES"),
        (later, "Most shares a meeting", "not set (no limit)"),
    ]
    today = {r.rule: r.value for r in view.rules.rows()}  # today's rules are unchanged
    assert today["Share value"] == "50.00 KES" and today["Most shares a meeting"] == "5"


def test_the_coming_rules_model_is_a_sound_qt_model(qtmodeltester: object) -> None:
    person = PersonId("a" * 64)
    versions = [
        RulesVersion(ChangeId("1"), "2030-01-01", person, {"fines": {"late": 0, "absent": 500}}),
        RulesVersion(
            ChangeId("2"), "2030-02-01", person, {"one_loan": True, "unset": ["cash_unit"]}
        ),
    ]
    model = ComingRulesModel()
    model.set_rows(coming_rows(versions, "KES"))
    assert [(r.rule, r.value) for r in model.rows()] == [
        ("Fine: absent", "5.00 KES"),
        ("Fine: late", "taken off"),
        ("One loan at a time", "yes"),
        ("Payouts rounded down to", "not set (no limit)"),
    ]
    qtmodeltester.check(model)  # type: ignore[attr-defined]
