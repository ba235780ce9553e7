"""Opening and closing a cycle in the window, driven by the keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ledger.savings import cycle_actions as ca
from ledger.savings.books import books_of
from ledger.store.store import Store
from tests.ui.demo import PASSPHRASE, Demo
from tests.ui.fakes import FakeSync
from ui.dialogs.cycle import CloseCycleDialog, OpenCycleDialog
from ui.main_window import MainWindow
from ui.views.passbook import PassbookView


def type_date(qtbot: QtBot, field: QDateEdit, day: str) -> None:
    """Type a date as a person does once Tab lands on the field (its year selected)."""
    field.setFocus()
    field.setSelectedSection(QDateEdit.Section.YearSection)
    qtbot.keyClicks(field, day.replace("-", ""))
    assert field.date().toString("yyyy-MM-dd") == day


def tab_to(qtbot: QtBot, dialog: QWidget, target: QWidget) -> None:
    """Tab through the dialog until `target` has the focus (as a person would)."""
    for _ in range(20):
        if dialog.focusWidget() is target:
            return
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Tab)
    raise AssertionError(f"tab never reaches {target.accessibleName()}")


def passbook(qtbot: QtBot, store: Store, sync: FakeSync) -> PassbookView:
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show_view("passbook")
    view = window.views["passbook"]
    assert isinstance(view, PassbookView)
    assert view.open_cycle_button.isEnabled() and view.close_cycle_button.isEnabled()
    return view


def test_a_cycle_is_opened_and_its_close_refused_by_keyboard(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync
) -> None:
    store, d = demo
    view = passbook(qtbot, store, sync)
    dialog = view.cycle_dialog(close=False)
    assert isinstance(dialog, OpenCycleDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_date(qtbot, dialog.start, "2026-01-01")
    tab_to(qtbot, dialog, dialog.end)
    type_date(qtbot, dialog.end, "2026-10-31")
    tab_to(qtbot, dialog, dialog.meetings)
    qtbot.keyClick(dialog.meetings, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.meetings, "40")
    assert dialog.meetings.value() == 40
    tab_to(qtbot, dialog, dialog.cash_unit)
    qtbot.keyClicks(dialog.cash_unit, "5")
    tab_to(qtbot, dialog, dialog.passphrase)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.error.isVisible(), timeout=10_000)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    rules = books_of(store.state(d.group)).rules.latest()
    assert (rules.cycle_start, rules.cycle_end, rules.cycle_meetings) == (
        "2026-01-01", "2026-10-31", 40
    )
    assert rules.cash_unit == 500

    close = view.cycle_dialog(close=True)
    assert isinstance(close, CloseCycleDialog)
    qtbot.addWidget(close)
    close.show()
    qtbot.waitExposed(close)
    assert close.end.date().toString("yyyy-MM-dd") == "2026-10-31"  # the planned end
    # Amina unlocked her key for the first dialog: this one signs without asking again
    assert not close.passphrase.isVisible() and close.unlocked_note.isVisible()
    qtbot.keyClick(close.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(close.error.isVisible, timeout=10_000)
    # nobody is paid yet: the core's refusal shows, in its words, and nothing is written
    assert close.isVisible() and "share-out comes first" in close.error.text()
    assert not books_of(store.state(d.group)).cycles


def test_opening_without_an_end_is_refused_in_words(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync
) -> None:
    store, _ = demo
    view = passbook(qtbot, store, sync)
    dialog = view.cycle_dialog(close=False)
    assert isinstance(dialog, OpenCycleDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    type_date(qtbot, dialog.start, "2026-03-01")
    type_date(qtbot, dialog.end, "2026-02-01")
    tab_to(qtbot, dialog, dialog.passphrase)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert dialog.isVisible() and dialog.error.text()


def test_elders_sign_off_the_close_in_the_window(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync
) -> None:
    store, d = demo
    # a cycle nobody saved in: nothing to share out, so its close may be recorded
    ca.open_cycle(store, d.amina, d.group, start="2026-11-01", end="2026-11-02")
    close = ca.close_cycle(store, d.amina, d.group, end="2026-11-02").id
    view = passbook(qtbot, store, sync)
    view.reload()
    assert view.sign_close_button.isEnabled()
    for elder in ("Baraka", "Daudi"):
        dialog = view.sign_close_dialog()
        assert dialog is not None
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        assert any("from 2026-11-01 to 2026-11-02" in t for t in texts)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.signer.setFocus()
        qtbot.keyClicks(dialog.signer, elder)  # a combo box selects by typing the name
        assert dialog.signer.currentText() == elder
        if dialog.passphrase.isVisible():
            tab_to(qtbot, dialog, dialog.passphrase)
            qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
            qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        else:
            qtbot.keyClick(dialog.signer, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.error.isVisible(),  # noqa: B023
                        timeout=10_000)  # fmt: skip
        assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
        assert elder_signed(store, d, close, elder)
    books = books_of(store.state(d.group))
    assert books.cycles[close].closed  # type: ignore[index]
    view.reload()
    assert not view.sign_close_button.isEnabled()


def elder_signed(store: Store, d: Demo, close: str, name: str) -> bool:
    person = getattr(d, name.lower()).person
    return person in books_of(store.state(d.group)).cycles[close].witnesses  # type: ignore[index]
