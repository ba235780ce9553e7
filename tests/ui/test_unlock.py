"""Shared-PC mode: unlock once to sign, lock when idle, on Lock now or another person."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ledger.store import persons
from ledger.store.keyring import Keyring, PersonInfo
from ledger.store.persons import SealedKey, Signer
from ledger.store.store import Store
from tests.ui.demo import PASSPHRASE, Demo
from tests.ui.fakes import FakeSync
from tests.ui.screens import clipped
from ui.dialogs.signoff import SignOffDialog
from ui.main_window import MainWindow
from ui.models.ledger import entry_rows
from ui.signing import SigningContext
from ui.unlock import SigningSession


def person(store: Store, name: str) -> PersonInfo:
    return next(p for p in Keyring(store.db).list() if p.name == name)


@pytest.fixture
def unlock_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts the (slow) passphrase checks, whoever makes them."""
    calls: list[str] = []
    real: Callable[[SealedKey, str], Signer] = persons.unlock

    def counting(sealed: SealedKey, passphrase: str) -> Signer:
        calls.append(sealed.name)
        return real(sealed, passphrase)

    monkeypatch.setattr(persons, "unlock", counting)
    return calls


@pytest.fixture
def session(qtbot: QtBot, demo: tuple[Store, Demo]) -> Iterator[SigningSession]:
    store, _ = demo
    made = SigningSession(Keyring(store.db), idle_ms=60_000)
    yield made
    made.close()


def pending_ids(store: Store, d: Demo) -> list[str]:
    return [r.id for r in entry_rows(store.state(d.group)) if not r.confirmed]


def signed_by(store: Store, d: Demo, entry: str) -> frozenset[str]:
    return next(r.signers for r in entry_rows(store.state(d.group)) if r.id == entry)


def sign_off_dialog(
    qtbot: QtBot, store: Store, d: Demo, target: str, session: SigningSession
) -> SignOffDialog:
    dialog = SignOffDialog(
                 signing=SigningContext(
                     store=store,
                     group=d.group,
                     keyring=Keyring(store.db),
                     signers=[person(store, "Baraka"), person(store, "Daudi")],
                     session=session,
                 ),
                 targets=[target],
                 summary="one entry",
             )  # fmt: skip
    qtbot.addWidget(dialog)
    return dialog


def press_ok(dialog: SignOffDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def unlock(qtbot: QtBot, session: SigningSession, who: PersonInfo) -> None:
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        session.unlock(who.id, PASSPHRASE)


# -- the session alone, no widgets ----------------------------------------------------


def test_session_unlocks_off_the_gui_thread_and_keeps_the_key(
    qtbot: QtBot, demo: tuple[Store, Demo], session: SigningSession
) -> None:
    store, d = demo
    baraka = person(store, "Baraka")
    with qtbot.waitSignals([session.current_changed, session.unlocked], timeout=10_000):
        session.unlock(baraka.id, PASSPHRASE)
        assert session.busy()  # the check runs on a pool thread; the GUI thread goes on
    assert session.person() == baraka.id
    signer = session.signer()
    assert signer is not None
    assert signer.person == d.baraka.person
    assert not session.busy()


def test_session_wrong_passphrase_is_refused(
    qtbot: QtBot, demo: tuple[Store, Demo], session: SigningSession
) -> None:
    store, _ = demo
    with qtbot.waitSignal(session.unlock_failed, timeout=10_000) as refused:
        session.unlock(person(store, "Baraka").id, "wrong")
    assert "wrong passphrase" in refused.args[0]
    assert session.signer() is None
    assert session.person() == person(store, "Baraka").id


def test_idle_time_locks_and_input_postpones_it(qtbot: QtBot, demo: tuple[Store, Demo]) -> None:
    store, _ = demo
    session = SigningSession(Keyring(store.db), idle_ms=3000)
    try:
        unlock(qtbot, session, person(store, "Baraka"))
        qtbot.wait(1500)
        target = QObject()  # any object: the session watches the whole application's input
        QCoreApplication.sendEvent(
            target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
        )
        qtbot.wait(1900)  # 3.4 s after unlocking, 1.9 s after the key press
        assert session.is_unlocked()
        with qtbot.waitSignals([session.locked, session.expired], timeout=10_000):
            pass
        assert session.signer() is None
        assert session.person() == person(store, "Baraka").id  # still chosen, just locked
    finally:
        session.close()


def test_choosing_another_person_locks(
    qtbot: QtBot, demo: tuple[Store, Demo], session: SigningSession
) -> None:
    store, _ = demo
    unlock(qtbot, session, person(store, "Baraka"))
    with qtbot.waitSignals([session.locked, session.current_changed]):
        session.choose(person(store, "Daudi").id)
    assert session.signer() is None
    assert session.person() == person(store, "Daudi").id


def test_locking_while_checking_drops_the_key(
    qtbot: QtBot, demo: tuple[Store, Demo], session: SigningSession
) -> None:
    store, _ = demo
    with qtbot.waitSignal(session.busy_changed, timeout=10_000, check_params_cb=lambda b: not b):
        session.unlock(person(store, "Baraka").id, PASSPHRASE)
        session.lock()
    qtbot.wait(1000)  # the pool thread's late answer must not unlock anything
    assert session.signer() is None


def test_a_second_person_typing_supersedes_a_check_in_progress(
    qtbot: QtBot, demo: tuple[Store, Demo], session: SigningSession
) -> None:
    store, d = demo
    seen: list[object] = []
    session.unlocked.connect(seen.append)
    with qtbot.waitSignal(session.busy_changed, timeout=10_000, check_params_cb=lambda b: not b):
        session.unlock(person(store, "Baraka").id, PASSPHRASE)
        session.unlock(person(store, "Daudi").id, PASSPHRASE)
    qtbot.wait(500)  # Baraka's late answer must not unlock anything
    signer = session.signer()
    assert signer is not None
    assert signer.person == d.daudi.person
    assert seen == [d.daudi.person]


# -- the signing dialog with a session -------------------------------------------------


def test_unlock_once_then_sign_twice_without_a_second_prompt(
    qtbot: QtBot, demo: tuple[Store, Demo], session: SigningSession, unlock_calls: list[str]
) -> None:
    store, d = demo
    first, second = pending_ids(store, d)[:2]
    session.choose(person(store, "Baraka").id)

    dialog = sign_off_dialog(qtbot, store, d, first, session)
    assert dialog.signer.currentText() == "Baraka"  # the person at the keyboard
    assert dialog.passphrase.isVisibleTo(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    press_ok(dialog)
    qtbot.waitUntil(lambda: dialog.result() == SignOffDialog.DialogCode.Accepted, timeout=10_000)
    assert d.baraka.person in signed_by(store, d, first)
    assert session.is_unlocked()

    again = sign_off_dialog(qtbot, store, d, second, session)
    assert not again.passphrase.isVisibleTo(again)
    assert again.unlocked_note.isVisibleTo(again)
    assert "Baraka is unlocked" in again.unlocked_note.text()
    press_ok(again)
    assert again.result() == SignOffDialog.DialogCode.Accepted
    assert d.baraka.person in signed_by(store, d, second)
    assert unlock_calls == ["Baraka"]


def test_wrong_passphrase_is_shown_and_nothing_is_signed(
    qtbot: QtBot, demo: tuple[Store, Demo], session: SigningSession
) -> None:
    store, d = demo
    target = pending_ids(store, d)[0]
    count = store.change_count(d.group)
    dialog = sign_off_dialog(qtbot, store, d, target, session)
    dialog.passphrase.setText("wrong")
    press_ok(dialog)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10_000)
    assert "wrong passphrase" in dialog.error.text()
    assert dialog.passphrase.text() == ""
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.result() != SignOffDialog.DialogCode.Accepted
    assert store.change_count(d.group) == count
    assert not session.is_unlocked()


def test_cancelling_while_the_passphrase_is_checked_unlocks_nothing(
    qtbot: QtBot, demo: tuple[Store, Demo], session: SigningSession
) -> None:
    store, d = demo
    count = store.change_count(d.group)
    dialog = sign_off_dialog(qtbot, store, d, pending_ids(store, d)[0], session)
    dialog.passphrase.setText(PASSPHRASE)
    press_ok(dialog)
    assert session.busy()
    dialog.reject()
    assert not session.busy()
    qtbot.wait(1000)  # the pool thread's late answer is dropped
    assert not session.is_unlocked()
    assert store.change_count(d.group) == count


def test_a_locked_session_asks_again(
    qtbot: QtBot, demo: tuple[Store, Demo], session: SigningSession, unlock_calls: list[str]
) -> None:
    store, d = demo
    target = pending_ids(store, d)[0]
    unlock(qtbot, session, person(store, "Baraka"))
    dialog = sign_off_dialog(qtbot, store, d, target, session)
    assert not dialog.passphrase.isVisibleTo(dialog)
    session.lock()  # e.g. idle while the dialog is open
    assert dialog.passphrase.isVisibleTo(dialog)
    dialog.signer.setCurrentIndex(dialog.signer.findText("Daudi"))
    dialog.passphrase.setText(PASSPHRASE)
    press_ok(dialog)
    qtbot.waitUntil(lambda: dialog.result() == SignOffDialog.DialogCode.Accepted, timeout=10_000)
    assert d.daudi.person in signed_by(store, d, target)
    assert session.person() == person(store, "Daudi").id  # who typed their passphrase
    assert unlock_calls == ["Baraka", "Daudi"]


# -- the picker in the main window ----------------------------------------------------


def test_picker_switches_person_with_the_keyboard_and_locks(
    qtbot: QtBot, demo: tuple[Store, Demo]
) -> None:
    store, _ = demo
    window = MainWindow(store=store, sync=FakeSync())
    qtbot.addWidget(window)
    window.show()
    picker = window.person_picker
    assert picker.combo.accessibleName() == "Who is at the keyboard"
    assert picker.combo.itemText(0) == "Nobody (reading only)"
    assert window.signing.person() is None  # four persons here: nobody is assumed
    unlock(qtbot, window.signing, person(store, "Amina"))
    assert picker.combo.currentText() == "Amina"
    assert picker.state.text() == "Unlocked"
    assert picker.lock_button.isVisibleTo(window)

    picker.combo.setFocus()
    with qtbot.waitSignal(window.signing.locked):
        qtbot.keyClick(picker.combo, Qt.Key.Key_Down)
    assert window.signing.person() == person(store, "Baraka").id
    assert not window.signing.is_unlocked()
    assert picker.state.text() == "Locked"
    assert not picker.lock_button.isVisibleTo(window)


def test_lock_now_by_button_and_ctrl_l(qtbot: QtBot, demo: tuple[Store, Demo]) -> None:
    store, _ = demo
    window = MainWindow(store=store, sync=FakeSync(), idle_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window.signing, person(store, "Amina"))
    assert "after 1 idle minute," in window.person_picker.state.toolTip()
    with qtbot.waitSignal(window.signing.locked):
        window.person_picker.lock_button.click()
    assert window.signing.signer() is None
    assert not window.person_picker.lock_button.isVisibleTo(window)

    unlock(qtbot, window.signing, person(store, "Amina"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.signing.locked):
        qtbot.keyClick(window.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_one_person_on_the_computer_is_at_the_keyboard(
    qtbot: QtBot, store: Store, founder: Signer
) -> None:
    window = MainWindow(store=store, sync=FakeSync())
    qtbot.addWidget(window)
    assert window.signing.person() == founder.person
    assert window.person_picker.state.text() == "Locked"


def test_the_dialog_grows_to_fit_its_error_line(
    qtbot: QtBot, demo: tuple[Store, Demo], session: SigningSession
) -> None:
    """After a wrong passphrase nothing in the dialog is cut: the error line and the
    wrapped summary both get the height they need."""
    store, d = demo
    line = "contribution — Chausiku · 1,250.00 KES"
    summary = " · ".join(f"2026-0{m}-05 {line}" for m in range(1, 7))
    dialog = SignOffDialog(
                 signing=SigningContext(
                     store=store,
                     group=d.group,
                     keyring=Keyring(store.db),
                     signers=[person(store, "Baraka")],
                     session=session,
                 ),
                 targets=[pending_ids(store, d)[0]],
                 summary=summary,
             )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    width = dialog.minimumSizeHint().width()
    dialog.resize(width, dialog.layout().totalHeightForWidth(width))  # as the window shows it
    QApplication.processEvents()
    assert clipped(dialog) == []
    before = dialog.height()
    dialog.passphrase.setText("wrong")
    press_ok(dialog)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10_000)
    QApplication.processEvents()
    assert dialog.height() > before
    assert clipped(dialog) == []
