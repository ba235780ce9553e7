"""The main window as a person sees it: shown, active, cleaned up after the test; and
what a dialog needs to sign as a person on this PC."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ledger.store.ids import GroupId
from ledger.store.keyring import Keyring
from ledger.store.store import Store
from tests.ui.fakes import FakeSync
from ui.main_window import MainWindow
from ui.signing import SigningContext
from ui.views.meetings import MeetingsView


def shown_window(qtbot: QtBot, store: Store, sync: FakeSync | None = None) -> MainWindow:
    window = MainWindow(store=store, sync=sync or FakeSync())
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def signing_as(store: Store, group: GroupId, *who: str) -> SigningContext:
    """What a dialog needs to sign for `group`: the persons on this PC with these names
    (or ids), the first chosen, each asked for the passphrase."""
    persons = Keyring(store.db).list()
    signers = [next(p for p in persons if name in (p.name, p.id)) for name in who]
    return SigningContext(store=store, group=group, keyring=Keyring(store.db), signers=signers)


def meetings_view(qtbot: QtBot, store: Store, sync: FakeSync) -> MeetingsView:
    """The window on its Meetings view."""
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show_view("meetings")
    window.show()
    view = window.views["meetings"]
    assert isinstance(view, MeetingsView)
    return view
