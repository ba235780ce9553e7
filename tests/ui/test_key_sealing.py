"""Sealing a new key (Argon2id, slow by design) runs off the GUI thread: the window keeps
answering, shows that it is busy, keeps the keyboard focus, and shows a failure plainly."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Generic, ParamSpec, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ledger.store import persons
from ledger.store.ids import GroupId
from ledger.store.keyring import Keyring
from ledger.store.persons import SealedKey, Signer
from ledger.store.store import Store
from tests.ui.conftest import PASSPHRASE
from tests.ui.fakes import FakeSync
from tests.ui.test_add_member_window import fill, members_view
from tests.ui.test_first_run import first_run
from tests.ui.test_rules_window import opened, tab_to
from ui.dialogs import add_member
from ui.dialogs.add_member import AddMemberDialog
from ui.first_run import FirstRunDialog

P = ParamSpec("P")
R = TypeVar("R")


class Gate(Generic[P, R]):
    """Holds the key work (sealing or opening) on its pool thread until the test opens
    the gate."""

    def __init__(self, real: Callable[P, R], error: Exception | None = None) -> None:
        self.real, self.error = real, error
        self.opened = threading.Event()
        self.threads: list[threading.Thread] = []

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        self.threads.append(threading.current_thread())
        if not self.opened.wait(timeout=30):  # never hang a run whatever goes wrong
            raise RuntimeError("the gate never opened")
        if self.error is not None:
            raise self.error
        return self.real(*args, **kwargs)


@pytest.fixture
def gate(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Gate[[str, str], tuple[SealedKey, Signer]]]:
    held = Gate(persons.create_person)
    monkeypatch.setattr(persons, "create_person", held)  # what ui.first_run calls
    monkeypatch.setattr(add_member, "create_person", held)
    yield held
    held.opened.set()


def first_run_dialog(qtbot: QtBot, store: Store, sync: FakeSync) -> FirstRunDialog:
    _, dialog = first_run(qtbot, store, sync)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_new_person(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Neema")
    tab_to(qtbot, dialog, dialog.secret)
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    tab_to(qtbot, dialog, dialog.repeat)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)


def test_first_run_seals_the_key_off_the_gui_thread(
    qtbot: QtBot, store: Store, sync: FakeSync, gate: Gate
) -> None:
    dialog = first_run_dialog(qtbot, store, sync)
    type_new_person(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(gate.threads))
    assert gate.threads[0] is not threading.main_thread()
    qtbot.wait(50)  # the GUI thread keeps turning while the key is sealed
    assert dialog.busy.isVisibleTo(dialog) and "Sealing your key" in dialog.busy.label.text()
    assert dialog.focusWidget() is dialog.repeat  # the focus stays where the person typed
    assert not dialog.next_button.isEnabled() and dialog.repeat.isReadOnly()
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)  # a second Enter does not seal twice
    assert dialog.pages.currentIndex() == 0 and Keyring(store.db).list() == []
    gate.opened.set()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    assert len(gate.threads) == 1
    assert [p.name for p in Keyring(store.db).list()] == ["Neema"]
    assert dialog.busy.isHidden() and dialog.focusWidget() is dialog.group_name
    assert dialog.signer is not None and dialog.signer.name == "Neema"


def test_a_failed_sealing_is_said_plainly_and_keeps_nothing(
    qtbot: QtBot, store: Store, sync: FakeSync, gate: Gate
) -> None:
    gate.error = MemoryError("not enough memory for Argon2id")
    gate.opened.set()
    dialog = first_run_dialog(qtbot, store, sync)
    type_new_person(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog))
    assert dialog.problem.text() == ("Your key could not be made: not enough memory for Argon2id")
    assert dialog.pages.currentIndex() == 0 and dialog.busy.isHidden()
    assert dialog.focusWidget() is dialog.secret and not dialog.secret.isReadOnly()
    assert Keyring(store.db).list() == []


def test_closing_while_sealing_keeps_no_key(
    qtbot: QtBot, store: Store, sync: FakeSync, gate: Gate
) -> None:
    dialog = first_run_dialog(qtbot, store, sync)
    type_new_person(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(gate.threads))
    dialog.reject()
    gate.opened.set()
    qtbot.wait(200)
    assert Keyring(store.db).list() == [] and dialog.signer is None


def add_zuhura(qtbot: QtBot, store: Store, sync: FakeSync) -> AddMemberDialog:
    """Zuhura (PIN 2468) typed into the Add member dialog and signed for by Amina."""
    view = members_view(qtbot, store, sync)
    dialog = opened(qtbot, view.add_dialog())
    assert isinstance(dialog, AddMemberDialog)
    fill(qtbot, dialog, "Zuhura", "2468", "2468")
    tab_to(qtbot, dialog, dialog.passphrase)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    return dialog


def test_adding_a_member_seals_their_key_off_the_gui_thread(
    qtbot: QtBot, store: Store, group: GroupId, sync: FakeSync, gate: Gate
) -> None:
    dialog = add_zuhura(qtbot, store, sync)
    qtbot.waitUntil(lambda: bool(gate.threads), timeout=10_000)  # after the council's unlock
    assert gate.threads[0] is not threading.main_thread()
    assert dialog.sealing.isVisibleTo(dialog) and "Sealing their key" in dialog.sealing.label.text()
    # the passphrase field goes once the council's key is unlocked: the focus moves beside it
    assert dialog.focusWidget() is dialog.signer
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert dialog.isVisible() and not any(
        m.name == "Zuhura" for m in store.state(group).membership.members.values()
    )
    gate.opened.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    zuhura = [m for m in store.state(group).membership.members.values() if m.name == "Zuhura"]
    assert len(zuhura) == 1
    assert Keyring(store.db).unlock(zuhura[0].person, "2468").name == "Zuhura"


def test_a_failed_sealing_of_a_members_key_adds_nobody(
    qtbot: QtBot, store: Store, group: GroupId, sync: FakeSync, gate: Gate
) -> None:
    gate.error = MemoryError("not enough memory")
    gate.opened.set()
    before = store.state(group).digest()
    dialog = add_zuhura(qtbot, store, sync)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10_000)
    assert dialog.error.text() == "Their key could not be made: not enough memory"
    assert dialog.sealing.isHidden() and dialog.focusWidget() is dialog.secret
    assert store.state(group).digest() == before
    assert [p.name for p in Keyring(store.db).list()] == ["Amina"]
