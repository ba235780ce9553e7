"""Two app instances on loopback edit the same minutes and converge, over the real network.

Each "PC" is what `lattice-desktop` wires in `desktop/session.py`: its own data folder and
`Store`, the real p2p engine behind `desktop.network.start_engine` (its default settings:
every interface, mDNS on), a `MainWindow`, and `desktop.session.serve` running it all.
Both run in one qtrio event loop (trio as Qt's guest), as the app does. B starts empty:
its first-run window creates Baraka and joins with an invite code that carries A's
loopback address. Then Amina and Baraka type into the same meeting's minutes before
either has seen the other's words, both save, and both windows must show one text with
both sentences, and both stores the same state.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import trio

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from qtrio import Runner  # type: ignore[attr-defined]  # qtrio lacks __all__

from desktop.network import NetworkSync, start_engine
from desktop.session import serve
from ledger.savings import group_actions
from ledger.savings import membership_actions as actions
from ledger.savings.records import minutes_doc
from ledger.store.ids import GroupId, PersonId
from ledger.store.keyring import Keyring
from ledger.store.persons import Signer
from ledger.store.store import Store
from p2p.discovery import local_addresses
from ui.first_run import FirstRunDialog
from ui.main_window import MainWindow
from ui.views.meetings import MeetingsView
from ui.views.minutes import MinutesEditor, SaveMinutesDialog

PIN = "2468"
OPENING = "Opened at 10:00. All members present."
AMINA_TYPES = "Savings: all paid."
BARAKA_TYPES = "Umoja Savings. "
STEP_SECONDS = 20.0
"""The most any one step may take (starting, joining, converging); a pass takes seconds."""


@dataclass
class PC:
    name: str
    home: Path
    store: Store
    sync: NetworkSync
    window: MainWindow

    def minutes(self) -> MinutesEditor:
        view = self.window.views["meetings"]
        assert isinstance(view, MeetingsView)
        return view.minutes

    def text(self) -> str:
        return self.minutes().editor.toPlainText()


@pytest.fixture
def pcs(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[PC, PC]]:
    """Two PCs as `lattice-desktop` builds them; windows, engines and stores end here."""
    made: list[PC] = []
    try:
        for name in ("a", "b"):
            home = tmp_path / name
            store = Store.open(home)
            sync = start_engine(store, home)
            window = MainWindow(store=store, sync=sync)
            qtbot.addWidget(window)
            made.append(PC(name, home, store, sync, window))
        yield made[0], made[1]
    finally:
        for pc in made:
            pc.window.close()
            pc.store.close()


async def until(check: Callable[[], bool], what: str, describe: Callable[[], str]) -> None:
    """Let the event loop run until `check()` holds, or fail after STEP_SECONDS saying why."""
    deadline = time.monotonic() + STEP_SECONDS
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"after {STEP_SECONDS:.0f} s: {what}; {describe()}")
        await trio.sleep(0.05)


def loopback_address(sync: NetworkSync) -> str | None:
    """This PC's dialable address on 127.0.0.1 (it listens on every interface)."""
    for address in sync.own_addresses():
        parts = address.split("/")  # ['', 'ip4', '192.0.2.2', 'tcp', '40123', 'p2p', 'Qm…']
        if len(parts) == 7 and parts[3] == "tcp" and parts[5] == "p2p":
            return f"/ip4/127.0.0.1/tcp/{parts[4]}/p2p/{parts[6]}"
    return None


def save_minutes(editor: MinutesEditor, saved: list[str]) -> None:
    """Press "Save the minutes…" and confirm, as a person would (runs from Qt's loop)."""

    def confirm() -> None:
        dialogs = [d for d in editor.findChildren(SaveMinutesDialog) if d.isVisible()]
        for dialog in dialogs:
            if dialog.passphrase.isVisible():  # not unlocked after all: fail, never hang
                dialog.reject()
                continue
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            if dialog.isVisible():  # refused: the reason is on the dialog
                saved.append(f"refused: {dialog.error.text()}")
                dialog.reject()

    QTimer.singleShot(0, confirm)
    editor.save_button.click()  # a modal dialog: its own event loop until confirmed
    saved.append(editor.editor.toPlainText())


def setup_group(store: Store) -> tuple[Signer, GroupId, str]:
    """PC A: Amina founds the group (council), opens a meeting and starts its minutes."""
    amina = Keyring(store.db).create("Amina", PIN)
    group = actions.create_group(store, amina, name="Umoja Savings", currency="KES").group
    meeting = group_actions.open_meeting(
        store, amina, group, date="2026-07-05", place="Community hall"
    ).id
    group_actions.write_minutes(store, amina, group, meeting, OPENING)
    return amina, group, meeting


@pytest.mark.skipif(
    not local_addresses(),
    reason="only loopback here: the app offers no address to dial and mDNS has no LAN",
)
@pytest.mark.timeout(120)
def test_two_app_instances_on_loopback_edit_the_same_minutes_and_converge(
    qapp: QApplication, qtbot: QtBot, pcs: tuple[PC, PC]
) -> None:
    a, b = pcs
    amina, group, meeting = setup_group(a.store)
    name = minutes_doc(meeting)

    def status() -> str:
        return "; ".join(
            f"PC {pc.name}: sync {pc.sync.state()}, peers {pc.sync.peers()}, "
            f"groups {pc.store.group_ids()}, editor {pc.text()!r}"
            for pc in (a, b)
        )

    async def join_b() -> PersonId:
        """B's first-run window: Baraka, new here, joins with an invite made on A."""
        await until(lambda: loopback_address(a.sync) is not None, "A's engine listening", status)
        address = loopback_address(a.sync)
        code, _ = actions.create_invite(a.store, amina, group, role="elder", address=address)
        assert b.window.first_run_needed()
        dialog = b.window.findChild(FirstRunDialog)
        assert isinstance(dialog, FirstRunDialog), "serve() shows the first run on an empty PC"
        dialog.name.setText("Baraka")
        dialog.secret.setText(PIN)
        dialog.repeat.setText(PIN)
        dialog.next_button.click()
        await until(
            lambda: dialog.pages.currentIndex() == 1,
            "Baraka's key is sealed (on a pool thread)",
            lambda: dialog.problem.text(),
        )
        dialog.join_radio.setChecked(True)
        dialog.code.setText(code.text())
        dialog.next_button.click()
        assert not dialog.problem.isVisible(), dialog.problem.text()
        await until(
            lambda: dialog.result() == FirstRunDialog.DialogCode.Accepted,
            "B fetched the group by the invite and Baraka joined",
            lambda: (
                f"first run says {dialog.status.text()!r} {dialog.problem.text()!r}; " + status()
            ),
        )
        assert dialog.signer is not None
        baraka = dialog.signer.person
        await until(
            lambda: (
                group in a.store.group_ids() and baraka in a.store.state(group).membership.members
            ),
            "A received Baraka's join",
            status,
        )
        return baraka

    async def open_minutes(pc: PC, person: PersonId) -> None:
        pc.window.show_view("meetings")
        view = pc.window.views["meetings"]
        assert isinstance(view, MeetingsView)
        view.tabs.setCurrentWidget(view.minutes)
        pc.window.signing.unlock(person, PIN)
        editor = view.minutes
        await until(
            lambda: (
                pc.window.signing.is_unlocked()
                and editor.meeting == meeting
                and bool(editor.signers)
                and pc.text() == OPENING
            ),
            f"PC {pc.name} shows the meeting's minutes, unlocked",
            status,
        )

    async def type_at_once(*typists: tuple[MinutesEditor, Qt.Key, str]) -> None:
        """Each puts the cursor (Ctrl+Home or Ctrl+End, then a new line) and types a key in
        turn with the others, the event loop (and both engines) running in between."""
        for editor, where, _text in typists:
            qtbot.keyClick(editor.editor, where, Qt.KeyboardModifier.ControlModifier)
            if where is Qt.Key.Key_End:
                qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
        for i in range(max(len(text) for _, _, text in typists)):
            for editor, _where, text in typists:
                if i < len(text):
                    qtbot.keyClicks(editor.editor, text[i])
            await trio.sleep(0.01)

    async def scenario() -> None:
        baraka = await join_b()
        await open_minutes(a, amina.person)
        await open_minutes(b, baraka)

        # Both type at once, key by key, before either has seen the other's words.
        await type_at_once(
            (a.minutes(), Qt.Key.Key_End, AMINA_TYPES), (b.minutes(), Qt.Key.Key_Home, BARAKA_TYPES)
        )
        assert a.text() == f"{OPENING}\n{AMINA_TYPES}"
        assert b.text() == f"{BARAKA_TYPES}{OPENING}"
        assert a.minutes().unsaved() and b.minutes().unsaved()

        # Both press Save in the same turn of the event loop (each confirms its dialog).
        saved: list[str] = []
        QTimer.singleShot(0, lambda: [save_minutes(pc.minutes(), saved) for pc in (a, b)])
        await until(lambda: len(saved) == 2, "both saved", lambda: f"saved {saved}; {status()}")
        assert not any(s.startswith("refused") for s in saved), saved

        final = f"{BARAKA_TYPES}{OPENING}\n{AMINA_TYPES}"

        def converged() -> bool:
            return (
                a.text() == b.text() == final
                and not a.minutes().unsaved()
                and not b.minutes().unsaved()
                and a.store.state(group).digest() == b.store.state(group).digest()
            )

        await until(converged, "both windows and stores show both sentences", status)
        assert a.store.state(group).document_text(name) == final
        assert b.store.state(group).document_text(name) == final
        assert a.store.version_vector(group) == b.store.version_vector(group)

    async def main() -> None:
        async with trio.open_nursery() as nursery:
            for pc in (a, b):
                nursery.start_soon(serve, pc.window, pc.store, pc.home, pc.sync)
            try:
                await scenario()
            finally:
                for pc in (a, b):
                    for dialog in pc.window.findChildren(SaveMinutesDialog):
                        if dialog.isVisible():
                            dialog.reject()
                    pc.window.close()  # serve() stops the engine when its window closes

    qapp.setQuitOnLastWindowClosed(False)
    try:
        outcomes = Runner(application=qapp).run(main)
    finally:
        qapp.setQuitOnLastWindowClosed(True)
    try:
        outcomes.unwrap()
    except BaseExceptionGroup as group_of:  # trio's nursery wraps the one failure
        if len(group_of.exceptions) == 1:
            raise group_of.exceptions[0] from None
        raise
