"""The running app: trio inside Qt's loop (qtrio), and other processes' writes showing up."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import trio

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from qtrio import Runner  # type: ignore[attr-defined]

from desktop.offline_sync import OfflineSync
from desktop.session import serve
from desktop.wakeups import listen_for_writes
from ledger.savings import membership_actions as actions
from ledger.store.keyring import Keyring
from ledger.store.store import Store
from ui.main_window import MainWindow


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def write_group_elsewhere(home: Path, name: str) -> None:
    """What the CLI does in another process: open the folder, write, close."""
    other = Store.open(home)
    try:
        person = Keyring(other.db).create(f"{name} founder", "1234")
        actions.create_group(other, person, name=name, currency="RWF")
    finally:
        other.close()


def test_wakeups_refresh_the_store_when_another_writer_commits(home: Path) -> None:
    store = Store.open(home)
    refreshed = trio.Event()

    class Watched:
        def refresh(self) -> object:
            result = store.refresh()
            refreshed.set()
            return result

    async def scenario() -> None:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(listen_for_writes, Watched(), home)
            await trio.sleep(0.1)  # let the listener bind its socket
            write_group_elsewhere(home, "Tujenge")
            with trio.fail_after(10):
                await refreshed.wait()
            nursery.cancel_scope.cancel()

    try:
        trio.run(scenario)
        assert [store.state(g).name for g in store.group_ids()] == ["Tujenge"]
        assert not list((home / "wake").glob("*.sock")), "the listener removes its socket"
    finally:
        store.close()


def test_window_under_qtrio_shows_another_process_write_then_closes(
    qapp: QApplication, home: Path
) -> None:
    store = Store.open(home)
    window = MainWindow(store=store, sync=OfflineSync())
    seen: list[str] = []

    def on_change(_event: object) -> None:
        seen.append(window.windowTitle())
        QTimer.singleShot(0, window.close)

    window.events.changed.connect(on_change)
    QTimer.singleShot(500, lambda: write_group_elsewhere(home, "Tujenge"))
    QTimer.singleShot(20_000, window.close)  # a failing test must not hang the suite
    qapp.setQuitOnLastWindowClosed(False)
    try:
        outcomes = Runner(application=qapp).run(serve, window, store, home)
        outcomes.unwrap()
    finally:
        qapp.setQuitOnLastWindowClosed(True)
        store.close()
    assert seen == ["Lattice — Tujenge"]
