"""The group's rules and funds set in the window, by the keyboard: the core's `set_rules`
and `add_fund`, their refusals shown in the core's words, nothing written on cancel."""

from __future__ import annotations

from nacl.signing import SigningKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from ledger.savings import group_actions, membership_actions
from ledger.savings.books import books_of
from ledger.savings.rules import Rules
from ledger.store.ids import GroupId
from ledger.store.keyring import Keyring
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ui.conftest import PASSPHRASE
from tests.ui.fakes import FakeSync
from ui.dialogs.action import ActionDialog
from ui.main_window import MainWindow
from ui.models.rules import RulesModel, rule_rows
from ui.views.rules import RulesView


def tab_to(qtbot: QtBot, dialog: QWidget, target: QWidget) -> None:
    """Tab through the dialog until `target` has the focus (as a person would)."""
    for _ in range(40):
        if dialog.focusWidget() is target:
            return
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Tab)
    raise AssertionError(f"tab never reaches {target.accessibleName()}")


def rules_view(qtbot: QtBot, store: Store, sync: FakeSync) -> RulesView:
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show_view("rules")
    view = window.views["rules"]
    assert isinstance(view, RulesView)
    return view


def opened(qtbot: QtBot, dialog: QDialog | None) -> QDialog:
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def sign(qtbot: QtBot, dialog: ActionDialog) -> None:
    """Type the passphrase and press Enter; once unlocked on this PC, Enter alone."""
    if dialog.unlocked_signer() is None:
        tab_to(qtbot, dialog, dialog.passphrase)
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    else:
        tab_to(qtbot, dialog, dialog.signer)
        qtbot.keyClick(dialog.signer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.error.isVisible(), timeout=10_000)


def type_number(qtbot: QtBot, box: QWidget, text: str) -> None:
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, text)


def test_the_council_sets_the_rules_by_keyboard(
    qtbot: QtBot, store: Store, group: GroupId, sync: FakeSync
) -> None:
    view = rules_view(qtbot, store, sync)
    assert view.rules_button.isEnabled() and view.notice.isHidden()
    dialog = opened(qtbot, view.rules_dialog())
    assert dialog.focusWidget() is dialog.share_value
    qtbot.keyClicks(dialog.share_value, "50")
    tab_to(qtbot, dialog, dialog.min_shares)
    type_number(qtbot, dialog.min_shares, "1")
    tab_to(qtbot, dialog, dialog.max_shares)
    type_number(qtbot, dialog.max_shares, "5")
    tab_to(qtbot, dialog, dialog.interest)
    type_number(qtbot, dialog.interest, "10")
    tab_to(qtbot, dialog, dialog.loan_multiple)
    type_number(qtbot, dialog.loan_multiple, "300")
    tab_to(qtbot, dialog, dialog.social_fund)
    qtbot.keyClicks(dialog.social_fund, "20")
    tab_to(qtbot, dialog, dialog.new_fine)
    qtbot.keyClicks(dialog.new_fine, "late")
    tab_to(qtbot, dialog, dialog.new_fine_amount)
    qtbot.keyClicks(dialog.new_fine_amount, "10")
    sign(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    rules = books_of(store.state(group)).rules.latest()
    assert (rules.share_value, rules.min_shares, rules.max_shares) == (5000, 1, 5)
    assert (rules.interest_bp, rules.loan_multiple_pct, rules.social_fund) == (1000, 300, 2000)
    assert rules.fines == {"late": 1000}
    qtbot.waitUntil(lambda: len(view.rules.rows()) > 1)
    shown = {r.rule: r.value for r in view.rules.rows()}
    assert shown["Loan interest a month"] == "10 %"
    assert shown["Fine: late"].startswith("10")

    # A second version names only what changed: the fine comes off, the rest stays.
    again = opened(qtbot, view.rules_dialog())
    assert again.share_value.text() == "50.00"
    tab_to(qtbot, again, again.fines["late"])
    type_number(qtbot, again.fines["late"], "0")
    assert again.changes() == {"fines": {"late": "0"}}
    sign(qtbot, again)
    assert again.result() == QDialog.DialogCode.Accepted, again.error.text()
    rules = books_of(store.state(group)).rules.latest()
    assert rules.fines == {} and rules.share_value == 5000


def test_rules_that_contradict_themselves_are_refused_in_the_cores_words(
    qtbot: QtBot, store: Store, group: GroupId, sync: FakeSync
) -> None:
    view = rules_view(qtbot, store, sync)
    dialog = opened(qtbot, view.rules_dialog())
    type_number(qtbot, dialog.min_shares, "5")
    dialog.max_shares.setValue(2)
    sign(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "minimum shares (5) above the maximum (2)" in dialog.error.text()
    assert books_of(store.state(group)).rules.versions == []

    dialog.max_shares.setValue(10)
    dialog.share_value.setText("12.345")
    sign(qtbot, dialog)
    assert "KES has 2 decimal places; '12.345' has more" in dialog.error.text()
    assert books_of(store.state(group)).rules.versions == []


def test_nothing_changed_is_refused_and_cancel_writes_nothing(
    qtbot: QtBot, store: Store, group: GroupId, sync: FakeSync
) -> None:
    view = rules_view(qtbot, store, sync)
    dialog = opened(qtbot, view.rules_dialog())
    sign(qtbot, dialog)
    assert dialog.error.text() == "no rule to set"
    qtbot.keyClicks(dialog.share_value, "50")
    qtbot.keyClick(dialog.share_value, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert books_of(store.state(group)).rules.versions == []


def test_the_council_adds_a_social_fund_and_a_taken_name_is_refused(
    qtbot: QtBot, store: Store, group: GroupId, sync: FakeSync
) -> None:
    view = rules_view(qtbot, store, sync)
    before = len(view.funds.rows())
    dialog = opened(qtbot, view.fund_dialog())
    assert dialog.focusWidget() is dialog.name
    assert dialog.kind.currentData() == "social"
    qtbot.keyClicks(dialog.name, "Social fund")
    sign(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    funds = books_of(store.state(group)).funds.values()
    assert [(f.name, f.kind) for f in funds if f.kind == "social"] == [("Social fund", "social")]
    qtbot.waitUntil(lambda: len(view.funds.rows()) == before + 1)

    taken = opened(qtbot, view.fund_dialog())
    qtbot.keyClicks(taken.name, "social FUND")
    sign(qtbot, taken)
    assert taken.error.text() == "the group already has a fund called Social fund"
    qtbot.keyClick(taken.name, Qt.Key.Key_Escape)
    assert taken.result() == QDialog.DialogCode.Rejected
    assert len(books_of(store.state(group)).funds) == before + 1


def test_a_pc_without_a_council_key_says_who_may(
    qtbot: QtBot, store: Store, sync: FakeSync
) -> None:
    outsider = Signer("Zawadi", SigningKey.generate())
    change = membership_actions.create_group(
        store, outsider, name="Upendo", currency="KES", quorum=1
    )
    member = Keyring(store.db).create("Chausiku", PASSPHRASE)
    membership_actions.add_member(
        store, outsider, change.group, person=member.person, name="Chausiku", roles=["member"]
    )
    view = rules_view(qtbot, store, sync)
    assert not view.rules_button.isEnabled() and not view.fund_button.isEnabled()
    assert not view.notice.isHidden()
    assert "Only council members" in view.notice.text()
    view.window().show_view("members")  # type: ignore[attr-defined]
    members = view.window().views["members"]  # type: ignore[attr-defined]
    assert not members.add_button.isEnabled() and not members.invite_button.isEnabled()
    assert "Only council members can invite, add or remove" in members.notice.text()


def test_the_rules_model_is_a_sound_qt_model(qtmodeltester: object) -> None:
    model = RulesModel()
    rules = Rules(share_value=5000, interest_bp=250, fines={"late": 1000}, one_loan=True)
    model.set_rows(rule_rows(rules, "KES"))
    shown = {r.rule: r.value for r in model.rows()}
    assert shown["Loan interest a month"] == "2.5 %"
    assert shown["One loan at a time"] == "yes"
    assert "Fewest shares a meeting" not in shown  # a rule the group never set
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_social_fund_added_here_opens_the_guided_meetings_social_step(
    qtbot: QtBot, store: Store, group: GroupId, founder: Signer, sync: FakeSync
) -> None:
    group_actions.open_meeting(store, founder, group)
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show()
    window.show_view("meetings")
    guide = window.views["meetings"].guide  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: guide.shares.button.isEnabled())
    assert not guide.social.button.isEnabled()
    window.show_view("rules")
    dialog = opened(qtbot, window.views["rules"].fund_dialog())  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.name, "Social fund")
    sign(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    window.show_view("meetings")
    qtbot.waitUntil(lambda: guide.social.button.isEnabled())
