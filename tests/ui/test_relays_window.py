"""The Peers page lists the group's relays; a council member or elder adds and removes
them with the keyboard, and a bad address is refused in words with nothing written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ledger.store.relays import group_relays
from ledger.store.store import Store
from tests.ui.demo import PASSPHRASE, Demo
from tests.ui.fakes import FakeSync
from tests.ui.test_cycle_dialogs import tab_to
from ui.dialogs.relay import RelayDialog
from ui.main_window import MainWindow
from ui.views.peers import PeersView

RELAY = "/dns4/relay.example.org/tcp/4001/p2p/12D3KooWGzh3dtd8k5cHo6M4GwD4E8EqUr9jyo4Mo1e1H3aBR7i5"


def _sign(qtbot: QtBot, dialog: RelayDialog, field: object, *, closes: bool = True) -> None:
    if dialog.passphrase.isVisible():
        tab_to(qtbot, dialog, dialog.passphrase)
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    else:
        tab_to(qtbot, dialog, field)  # type: ignore[arg-type]
        qtbot.keyClick(field, Qt.Key.Key_Return)  # type: ignore[arg-type]
    if closes:
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    else:
        qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)


def test_relays_are_added_and_removed_from_the_peers_page(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync
) -> None:
    store, d = demo
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show_view("peers")
    view = window.views["peers"]
    assert isinstance(view, PeersView)
    assert "lists no relay" in view.relays.text()
    assert view.add_relay_button.isEnabled() and not view.remove_relay_button.isEnabled()

    dialog = view.relay_dialog(remove=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    tab_to(qtbot, dialog, dialog.address)
    qtbot.keyClicks(dialog.address, "relay.example.org:4001")
    _sign(qtbot, dialog, dialog.address, closes=False)
    assert dialog.isVisible() and "is not a network address" in dialog.error.text()
    assert group_relays(store, d.group) == ()
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, RELAY)
    _sign(qtbot, dialog, dialog.address)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert group_relays(store, d.group) == (RELAY,)
    view.reload()
    assert RELAY in view.relays.text()
    assert view.remove_relay_button.isEnabled()

    dialog = view.relay_dialog(remove=True)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choice.currentText() == RELAY
    _sign(qtbot, dialog, dialog.choice)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert group_relays(store, d.group) == ()
