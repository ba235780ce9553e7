"""First run: create or pick a person, then create a group or join one with an invite code."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ledger.savings import membership_actions as actions
from ledger.store.invites import InviteCode
from ledger.store.keyring import Keyring
from ledger.store.store import Store
from tests.ui.demo import PASSPHRASE, Demo
from tests.ui.fakes import FakeSync
from ui.first_run import FirstRunDialog
from ui.main_window import MainWindow
from ui.views.overview import OverviewView


class JoiningSync(FakeSync):
    """A sync service that can present invites (see `ui.service.InviteJoiner`)."""

    def __init__(self) -> None:
        super().__init__()
        self.invites: list[str] = []

    def use_invite(self, code: str) -> None:
        self.invites.append(code)


def first_run(qtbot: QtBot, store: Store, sync: FakeSync) -> tuple[MainWindow, FirstRunDialog]:
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    assert window.first_run_needed()
    dialog = window.start_first_run()
    return window, dialog


def new_person(qtbot: QtBot, dialog: FirstRunDialog, name: str = "Neema") -> None:
    dialog.name.setText(name)
    dialog.secret.setText("12")
    assert not dialog.next_button.isEnabled()
    assert "at least 4" in dialog.problem.text()
    dialog.secret.setText(PASSPHRASE)
    dialog.repeat.setText("4321")
    assert "not the same" in dialog.problem.text()
    dialog.repeat.setText(PASSPHRASE)
    assert dialog.next_button.isEnabled()
    dialog.next_button.click()  # the key is sealed on a pool thread
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)


def test_create_a_person_and_a_group(qtbot: QtBot, store: Store, sync: FakeSync) -> None:
    window, dialog = first_run(qtbot, store, sync)
    new_person(qtbot, dialog)
    assert [p.name for p in Keyring(store.db).list()] == ["Neema"]
    dialog.currency.setText("XYZ")
    dialog.group_name.setText("Tumaini Women's Group")
    dialog.next_button.click()
    assert "ISO 4217" in dialog.problem.text()
    assert not store.group_ids()
    dialog.currency.setText("RWF")
    dialog.next_button.click()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.group is not None
    assert store.state(dialog.group).settings.currency == "RWF"
    qtbot.waitUntil(lambda: "Tumaini" in window.windowTitle())
    assert not window.first_run_needed()


def test_a_known_person_must_unlock(qtbot: QtBot, store: Store, sync: FakeSync) -> None:
    Keyring(store.db).create("Amina", PASSPHRASE)
    _, dialog = first_run(qtbot, store, sync)
    dialog.who.setCurrentIndex(dialog.who.findText("Amina"))
    dialog.secret.setText("nope")
    dialog.next_button.click()
    qtbot.waitUntil(lambda: not dialog.key_work.busy())
    assert dialog.pages.currentIndex() == 0
    assert "passphrase" in dialog.problem.text().lower()
    assert dialog.problem.isVisibleTo(dialog) and dialog.busy.isHidden()


def test_join_without_network_support_says_what_to_do(
    qtbot: QtBot, store: Store, sync: FakeSync
) -> None:
    _, dialog = first_run(qtbot, store, sync)
    new_person(qtbot, dialog)
    dialog.join_radio.setChecked(True)
    dialog.code.setText("not a code")
    dialog.next_button.click()
    assert "too short" in dialog.problem.text()
    dialog.code.setText(InviteCode.new().text())
    dialog.next_button.click()
    assert "'lattice join CODE --as NAME'" in dialog.problem.text()


def test_join_when_the_group_arrives(
    qtbot: QtBot, store: Store, demo: tuple[Store, Demo], tmp_path: Path
) -> None:
    source, d = demo
    code, _ = actions.create_invite(source, d.amina, d.group, role="member")
    sync = JoiningSync()
    _, dialog = first_run(qtbot, store, sync)
    new_person(qtbot, dialog, "Neema")
    dialog.join_radio.setChecked(True)
    dialog.code.setText(code.text())
    dialog.next_button.click()
    assert sync.invites == [code.text()]
    assert "Looking for a member's computer" in dialog.status.text()
    assert not dialog.next_button.isEnabled()
    store.ingest_many(source.raw_changes(d.group))  # what a member's PC would send
    qtbot.waitUntil(lambda: dialog.result() == FirstRunDialog.DialogCode.Accepted)
    members = store.state(d.group).membership.members
    assert any(m.name == "Neema" for m in members.values())


def test_the_overview_offers_the_set_up_again(
    qtbot: QtBot, store: Store, sync: FakeSync
) -> None:
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show()
    overview = window.views["overview"]
    assert isinstance(overview, OverviewView)
    assert overview.setup_button.isVisible()
    overview.setup_button.click()
    dialogs = window.findChildren(FirstRunDialog)
    assert dialogs and dialogs[-1].isVisible()
