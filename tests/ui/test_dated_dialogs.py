"""The member and goal dialogs take the day it happened (the core's `date`), typed by
keyboard; reports use that day, not the PC's."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ledger.savings import membership_actions as actions
from ledger.savings.books import books_of
from ledger.store.keyring import Keyring
from ledger.store.store import Store
from tests.ui.demo import PASSPHRASE, Demo
from tests.ui.fakes import FakeSync
from tests.ui.test_cycle_dialogs import tab_to, type_date
from ui.dialogs.action import eligible_persons
from ui.dialogs.goal import GoalStatusDialog, ProposeGoalDialog
from ui.dialogs.remove_member import RemoveMemberDialog
from ui.main_window import MainWindow
from ui.models.goals import goal_rows
from ui.models.members import member_rows
from ui.signing import SigningContext
from ui.views.members import MembersView


def submit(qtbot: QtBot, dialog: Any) -> None:
    tab_to(qtbot, dialog, dialog.passphrase)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.error.isVisible(), timeout=10_000)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()


def test_a_goal_is_proposed_and_activated_on_the_days_typed(
    qtbot: QtBot, demo: tuple[Store, Demo]
) -> None:
    store, d = demo
    keyring = Keyring(store.db)
    council = eligible_persons(keyring, store.state(d.group), ["council"])
    dialog = ProposeGoalDialog(
                 signing=SigningContext(
                     store=store,
                     group=d.group,
                     keyring=keyring,
                     signers=council,
                 ),
             )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "A maize mill")
    tab_to(qtbot, dialog, dialog.date)
    type_date(qtbot, dialog.date, "2026-09-14")
    submit(qtbot, dialog)
    goal = next(g for g in books_of(store.state(d.group)).goals.values()
                if g.title == "A maize mill")  # fmt: skip
    assert goal.history[0].date == "2026-09-14"
    row = next(r for r in goal_rows(store.state(d.group)) if r.title == "A maize mill")
    status = GoalStatusDialog(
                 signing=SigningContext(
                     store=store,
                     group=d.group,
                     keyring=keyring,
                     signers=council,
                 ),
                 goal=row,
                 status="active",
             )  # fmt: skip
    qtbot.addWidget(status)
    status.show()
    tab_to(qtbot, status, status.date)
    type_date(qtbot, status.date, "2026-09-21")
    submit(qtbot, status)
    goal = books_of(store.state(d.group)).goals[goal.id]
    assert [(s.status, s.date) for s in goal.history][-1] == ("active", "2026-09-21")


def test_a_member_is_removed_on_the_day_typed(
    qtbot: QtBot, demo: tuple[Store, Demo], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, d = demo
    keyring = Keyring(store.db)
    calls: list[dict[str, Any]] = []
    real = actions.remove_member

    def recording(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(actions, "remove_member", recording)
    target = next(r for r in member_rows(store.state(d.group)) if r.name == "Chausiku")
    dialog = RemoveMemberDialog(
                 signing=SigningContext(
                     store=store,
                     group=d.group,
                     keyring=keyring,
                     signers=eligible_persons(keyring, store.state(d.group),
                                                         ["council"]),
                 ),
                 member=target,
             )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.reason, "moved to Nakuru")
    tab_to(qtbot, dialog, dialog.date)
    type_date(qtbot, dialog.date, "2026-08-31")
    submit(qtbot, dialog)
    assert calls == [{"date": "2026-08-31"}]
    assert not store.state(d.group).membership.is_active(target.person)


def test_a_member_is_suspended_and_reinstated_from_the_days_typed(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, d = demo
    dates: list[str] = []
    for name in ("suspend_member", "reinstate_member"):
        real = getattr(actions, name)

        def recording(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
            dates.append(kwargs["date"])
            return _real(*args, **kwargs)

        monkeypatch.setattr(actions, name, recording)
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show_view("members")
    view = window.views["members"]
    assert isinstance(view, MembersView)
    for want in ("suspended", "active"):
        view.reload()
        view.table.selectRow(next(i for i in range(view.model.rowCount())
                                  if view.model.index(i, 0).data() == "Chausiku"))  # fmt: skip
        assert view.status_button.isEnabled()
        dialog = view.status_dialog()
        assert dialog is not None
        assert dialog.suspend == (want == "suspended"), view.selected()
        qtbot.addWidget(dialog)
        dialog.show()
        tab_to(qtbot, dialog, dialog.date)
        type_date(qtbot, dialog.date, "2026-07-01" if want == "suspended" else "2026-08-01")
        if dialog.passphrase.isVisible():
            submit(qtbot, dialog)
        else:
            qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.error.isVisible(),  # noqa: B023
                        timeout=10_000)  # fmt: skip
        assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
        member = store.state(d.group).membership.members[d.chausiku.person]
        assert member.status == want
    assert dates == ["2026-07-01", "2026-08-01"]
