"""A member without a PC added in the window by the keyboard: the core's
`add_member_without_pc`, its refusal shown in its words, nothing kept on cancel."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from ledger.savings.joined import joined_on
from ledger.store.ids import GroupId
from ledger.store.keyring import Keyring
from ledger.store.store import Store
from tests.ui.demo import Demo
from tests.ui.fakes import FakeSync
from tests.ui.screens import clipped, reading, untranslated
from tests.ui.test_rules_window import opened, sign, tab_to
from ui.dialogs.add_member import AddMemberDialog
from ui.main_window import MainWindow
from ui.views.members import MembersView


def members_view(qtbot: QtBot, store: Store, sync: FakeSync) -> MembersView:
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show_view("members")
    view = window.views["members"]
    assert isinstance(view, MembersView)
    return view


def fill(qtbot: QtBot, dialog: AddMemberDialog, name: str, pin: str, again: str) -> None:
    assert dialog.focusWidget() is dialog.name
    qtbot.keyClicks(dialog.name, name)
    tab_to(qtbot, dialog, dialog.secret)
    qtbot.keyClicks(dialog.secret, pin)
    tab_to(qtbot, dialog, dialog.repeat)
    qtbot.keyClicks(dialog.repeat, again)


def test_the_council_adds_a_member_who_has_no_pc(
    qtbot: QtBot, store: Store, group: GroupId, sync: FakeSync
) -> None:
    view = members_view(qtbot, store, sync)
    assert view.add_button.isEnabled()
    dialog = opened(qtbot, view.add_dialog())
    assert isinstance(dialog, AddMemberDialog)
    fill(qtbot, dialog, "Zuhura", "2468", "2469")
    assert dialog.hint.text() == "The two passphrases or PINs differ."
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.repeat, "8")
    assert dialog.hint.isHidden()
    assert dialog.role.currentData() == "member"
    sign(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    members = store.state(group).membership.members.values()
    zuhura = [m for m in members if m.name == "Zuhura"]
    assert len(zuhura) == 1 and zuhura[0].roles == {"member"}
    assert Keyring(store.db).unlock(zuhura[0].person, "2468").name == "Zuhura"
    qtbot.waitUntil(lambda: any(r.name == "Zuhura" for r in view.model.rows()))


def test_a_short_pin_is_refused_in_the_cores_words_and_cancel_keeps_nothing(
    qtbot: QtBot, store: Store, group: GroupId, sync: FakeSync
) -> None:
    view = members_view(qtbot, store, sync)
    keys = Keyring(store.db).list()
    before = store.state(group).digest()
    dialog = opened(qtbot, view.add_dialog())
    assert isinstance(dialog, AddMemberDialog)
    fill(qtbot, dialog, "Zuhura", "12", "12")
    sign(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.text() == "a passphrase or PIN needs at least 4 characters"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert Keyring(store.db).list() == keys
    assert store.state(group).digest() == before


def test_the_day_they_joined_is_the_day_typed(
    qtbot: QtBot, store: Store, group: GroupId, sync: FakeSync
) -> None:
    view = members_view(qtbot, store, sync)
    dialog = opened(qtbot, view.add_dialog())
    assert isinstance(dialog, AddMemberDialog)
    assert dialog.joined.date() == QDate.currentDate()  # never empty: today unless changed
    with qtbot.waitActive(dialog):  # Tab into the day selects its year, as on a screen
        dialog.activateWindow()
    fill(qtbot, dialog, "Zuhura", "2468", "2468")
    tab_to(qtbot, dialog, dialog.joined)
    qtbot.keyClicks(dialog.joined, "20240301")
    sign(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    state = store.state(group)
    zuhura = next(m.person for m in state.membership.members.values() if m.name == "Zuhura")
    assert joined_on(store.history(group), state.membership, zuhura) == "2024-03-01"


def test_a_join_day_in_the_future_is_refused_before_their_key_is_sealed(
    qtbot: QtBot, store: Store, group: GroupId, sync: FakeSync
) -> None:
    view = members_view(qtbot, store, sync)
    keys = Keyring(store.db).list()
    before = store.state(group).digest()
    dialog = opened(qtbot, view.add_dialog())
    assert isinstance(dialog, AddMemberDialog)
    fill(qtbot, dialog, "Zuhura", "2468", "2468")
    future = dt.date.today() + dt.timedelta(days=10)
    dialog.joined.setDate(QDate(future.year, future.month, future.day))
    sign(qtbot, dialog)
    assert dialog.isVisible() and not dialog.key_work.busy()
    assert dialog.error.text() == (
        f"the date {future.isoformat()} is in the future (today is {dt.date.today().isoformat()})"
    )
    assert dialog.focusWidget() is dialog.joined
    assert Keyring(store.db).list() == keys
    assert store.state(group).digest() == before


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_setup_dialogs_fit_a_community_pc_at_large_text(
    qapp: QApplication, qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync, language: str
) -> None:
    """1366×768 at large text: each dialog fits the screen's height, nothing is cut."""
    store, _ = demo
    with reading(qapp, language=language, font_scale=1.5):
        window = MainWindow(store=store, sync=sync)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        dialogs = [
            window.views["rules"].rules_dialog(),  # type: ignore[attr-defined]
            window.views["rules"].fund_dialog(),  # type: ignore[attr-defined]
            window.views["members"].add_dialog(),  # type: ignore[attr-defined]
        ]
        for dialog in dialogs:
            dialog = opened(qtbot, dialog)
            for _ in range(3):  # layouts settle over a few passes
                qapp.processEvents()
            assert dialog.height() <= 768 - 60, dialog.windowTitle()  # a title bar above
            assert dialog.width() <= 1366
            assert clipped(dialog) == [], dialog.windowTitle()
            if language != "en":  # Qt's own OK and Cancel too
                assert untranslated(dialog) == [], dialog.windowTitle()
            dialog.reject()
