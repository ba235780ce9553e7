"""The Goals view: cards with progress; propose, activate, mark achieved; refusals shown."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ledger.savings.books import books_of
from ledger.store.keyring import Keyring
from ledger.store.store import Store
from tests.ui.demo import Demo
from tests.ui.fakes import FakeSync
from tests.ui.test_ledger import person, sign
from ui.dialogs.goal import GoalStatusDialog, ProposeGoalDialog
from ui.main_window import MainWindow
from ui.models.goals import goal_rows
from ui.signing import SigningContext
from ui.views.goals import GoalsView


def goals_view(qtbot: QtBot, store: Store, sync: FakeSync) -> GoalsView:
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show_view("goals")
    window.show()
    view = window.views["goals"]
    assert isinstance(view, GoalsView)
    return view


def test_cards_show_progress(qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync) -> None:
    store, _ = demo
    view = goals_view(qtbot, store, sync)
    assert [c.row.title for c in view.shown] == ["A new school roof", "Solar lamps for every home"]
    roof, lamps = view.shown
    assert roof.bar.value() == 250  # 1500 of 6000
    assert "25%" in roof.progress.text()
    assert roof.achieved_button.isVisibleTo(roof) and not roof.activate_button.isVisibleTo(roof)
    assert lamps.activate_button.isVisibleTo(lamps)
    assert "no fund linked" in lamps.progress.text()


def test_propose_validates_and_writes(qtbot: QtBot, demo: tuple[Store, Demo]) -> None:
    store, d = demo
    dialog = ProposeGoalDialog(
                 signing=SigningContext(
                     store=store,
                     group=d.group,
                     keyring=Keyring(store.db),
                     signers=[person(store, "Chausiku")],
                 ),
             )  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.hint.text() == "Say what the goal is."
    dialog.title.setText("A water tank")
    dialog.target.setText("-5")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.target.setText("3000")
    assert dialog.hint.isHidden()
    sign(dialog, "Chausiku")
    titles = [g.title for g in books_of(store.state(d.group)).goals.values()]
    assert "A water tank" in titles


def test_activate_and_achieve_and_a_refusal(qtbot: QtBot, demo: tuple[Store, Demo]) -> None:
    store, d = demo
    keyring = Keyring(store.db)
    lamps = next(r for r in goal_rows(store.state(d.group)) if r.status == "proposed")
    refused = GoalStatusDialog(
                  signing=SigningContext(
                      store=store,
                      group=d.group,
                      keyring=keyring,
                      signers=[person(store, "Chausiku")],
                  ),
                  goal=lamps,
                  status="active",
              )  # fmt: skip
    qtbot.addWidget(refused)
    count = store.change_count(d.group)
    sign(refused, "Chausiku")
    assert "only the council" in refused.error.text()
    assert store.change_count(d.group) == count
    for status in ("active", "achieved"):
        dialog = GoalStatusDialog(
                     signing=SigningContext(
                         store=store,
                         group=d.group,
                         keyring=keyring,
                         signers=[person(store, "Amina")],
                     ),
                     goal=lamps,
                     status=status,
                 )  # fmt: skip
        qtbot.addWidget(dialog)
        sign(dialog, "Amina")
        assert dialog.result() == GoalStatusDialog.DialogCode.Accepted
    assert books_of(store.state(d.group)).goals[lamps.id].status == "achieved"
