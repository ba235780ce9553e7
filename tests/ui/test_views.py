"""Views and dialogs against a real store: actions go through the core, refusals show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ledger.savings import membership_actions as actions
from ledger.store.ids import GroupId
from ledger.store.keyring import Keyring
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ui.conftest import PASSPHRASE
from tests.ui.fakes import FakeSync
from ui.dialogs.action import eligible_persons
from ui.dialogs.invite import InviteCodeDialog, InviteDialog
from ui.dialogs.remove_member import RemoveMemberDialog
from ui.main_window import MainWindow
from ui.models.members import member_rows
from ui.service import PeerInfo, PeerSource, SyncPhase, SyncState
from ui.signing import SigningContext
from ui.views.members import MembersView
from ui.views.overview import OverviewView
from ui.views.peers import PeersView


def window_for(qtbot: QtBot, store: Store, sync: FakeSync) -> MainWindow:
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show()  # lazy views (the Overview) read the core when shown
    return window


def press_ok(dialog: InviteDialog | RemoveMemberDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_overview_figures_and_activity(
    qtbot: QtBot, store: Store, sync: FakeSync, group: GroupId
) -> None:
    overview = window_for(qtbot, store, sync).views["overview"]
    assert isinstance(overview, OverviewView)
    assert overview.members.value.text() == "1"
    assert overview.members.caption.text() == "member"  # one, not "members"
    assert overview.currency.value.text() == "KES"
    assert overview.elders.caption.text() == "elders; 2 must sign each entry"
    assert overview.activity.rowCount() == 1
    # one council member, no elder, a quorum of two: said where the council looks
    assert "too few elders to confirm any entry: 0 active, 2 needed" in overview.attention.text()


def test_overview_of_an_empty_store_says_what_to_do(
    qtbot: QtBot, store: Store, sync: FakeSync
) -> None:
    overview = window_for(qtbot, store, sync).views["overview"]
    assert isinstance(overview, OverviewView)
    assert "holds no group yet" in overview.attention.text()
    assert "lattice" not in overview.attention.text()  # a window user is not sent to the CLI
    for figure in (overview.members, overview.elders, overview.currency, overview.computers):
        assert figure.caption.text(), "every card says what it counts"


def test_a_write_appears_without_refresh(
    qtbot: QtBot, store: Store, sync: FakeSync, founder: Signer, group: GroupId
) -> None:
    window = window_for(qtbot, store, sync)
    members = window.views["members"]
    assert isinstance(members, MembersView)
    bosco = Keyring(store.db).create("Bosco", PASSPHRASE)
    actions.add_member(store, founder, group, person=bosco.person, name="Bosco", roles=["elder"])
    qtbot.waitUntil(lambda: members.model.rowCount() == 2)
    overview = window.views["overview"]
    assert isinstance(overview, OverviewView)
    assert overview.elders.value.text() == "1"


def test_invite_creates_a_code_through_the_core(
    qtbot: QtBot, store: Store, founder: Signer, group: GroupId
) -> None:
    keyring = Keyring(store.db)
    signers = eligible_persons(keyring, store.state(group), ["council"])
    assert [p.name for p in signers] == ["Amina"]
    dialog = InviteDialog(
                 signing=SigningContext(store=store, group=group, keyring=keyring, signers=signers),
             )
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData("elder"))
    dialog.passphrase.setText(PASSPHRASE)
    press_ok(dialog)
    assert dialog.result() == InviteDialog.DialogCode.Accepted
    assert dialog.code is not None
    invites = store.state(group).membership.invites
    assert [i.role for i in invites.values()] == ["elder"]
    assert store.group_for_invite(dialog.code.public_key) == group
    shown = InviteCodeDialog(dialog.code)
    qtbot.addWidget(shown)
    assert shown.code_label.text().startswith("LAT-")
    assert not shown.qr.pixmap().isNull()


def test_wrong_passphrase_is_refused_and_writes_nothing(
    qtbot: QtBot, store: Store, group: GroupId
) -> None:
    keyring = Keyring(store.db)
    signers = eligible_persons(keyring, store.state(group), ["council"])
    dialog = InviteDialog(
                 signing=SigningContext(store=store, group=group, keyring=keyring, signers=signers),
             )
    qtbot.addWidget(dialog)
    before = store.change_count(group)
    dialog.passphrase.setText("wrong")
    press_ok(dialog)
    assert dialog.result() != InviteDialog.DialogCode.Accepted
    assert "wrong passphrase" in dialog.error.text()
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.passphrase.text() == ""
    assert store.change_count(group) == before


def test_core_refusal_is_shown_in_its_words(
    qtbot: QtBot, store: Store, founder: Signer, group: GroupId
) -> None:
    """An elder's key may sign, but the core refuses a removal by a non-council author."""
    keyring = Keyring(store.db)
    bosco = keyring.create("Bosco", PASSPHRASE)
    actions.add_member(store, founder, group, person=bosco.person, name="Bosco", roles=["elder"])
    amina_row = member_rows(store.state(group))[0]
    dialog = RemoveMemberDialog(
                 signing=SigningContext(
                     store=store,
                     group=group,
                     keyring=keyring,
                     signers=[p for p in keyring.list() if p.name == "Bosco"],
                 ),
                 member=amina_row,
             )
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    press_ok(dialog)
    assert dialog.result() != RemoveMemberDialog.DialogCode.Accepted
    assert "Bosco is not council" in dialog.error.text()
    assert store.state(group).membership.is_active(founder.person)


def test_remove_member_updates_the_table(
    qtbot: QtBot, store: Store, sync: FakeSync, founder: Signer, group: GroupId
) -> None:
    keyring = Keyring(store.db)
    bosco = keyring.create("Bosco", PASSPHRASE)
    actions.add_member(store, founder, group, person=bosco.person, name="Bosco", roles=["elder"])
    members = window_for(qtbot, store, sync).views["members"]
    assert isinstance(members, MembersView)
    qtbot.waitUntil(lambda: members.model.rowCount() == 2)
    members.table.selectRow(1)
    assert members.remove_button.isEnabled()
    target = members.selected()
    assert target is not None
    dialog = RemoveMemberDialog(
                 signing=SigningContext(
                     store=store,
                     group=group,
                     keyring=keyring,
                     signers=eligible_persons(keyring, store.state(group), ["council"]),
                 ),
                 member=target,
             )
    qtbot.addWidget(dialog)
    dialog.reason.setText("moved away")
    dialog.passphrase.setText(PASSPHRASE)
    press_ok(dialog)
    qtbot.waitUntil(lambda: members.model.index(1, 2).data() == "removed")


def test_without_a_council_key_the_buttons_explain(
    qtbot: QtBot, store: Store, sync: FakeSync, group: GroupId, tmp_path: Path
) -> None:
    """A PC that received the group by sync but holds no council member's key."""
    other = Store.open(tmp_path / "other")
    try:
        other.ingest_many(store.raw_changes(group))
        members = window_for(qtbot, other, sync).views["members"]
        assert isinstance(members, MembersView)
        assert not members.invite_button.isEnabled()
        assert "none of them has a key on this computer" in members.notice.text()
    finally:
        other.close()


def test_peers_view_lists_and_adds(qtbot: QtBot, store: Store, sync: FakeSync) -> None:
    peers = window_for(qtbot, store, sync).views["peers"]
    assert isinstance(peers, PeersView)
    peers.address.setText("   ")
    peers.add_button.click()
    assert peers.problem.text() == "type an address"
    peers.address.setText("192.168.1.20:4001")
    peers.add_button.click()
    assert sync.added == ["192.168.1.20:4001"]
    assert peers.address.text() == ""
    assert not peers.problem.isVisibleTo(peers)
    sync.known = [PeerInfo("192.168.1.20:4001", PeerSource.MANUAL, connected=True)]
    sync.current = SyncState(SyncPhase.UP_TO_DATE, 1)
    sync.notify()
    qtbot.waitUntil(lambda: peers.model.rowCount() == 1)
    assert peers.model.index(0, 3).data() == "connected"


def test_members_computers_count_this_pc_for_keys_held_here(
    store: Store, founder: Signer, group: GroupId
) -> None:
    """An elder added by the founder on this PC, with their key here, has a computer."""
    bosco = Keyring(store.db).create("Bosco", PASSPHRASE)
    actions.add_member(store, founder, group, person=bosco.person, name="Bosco", roles=["elder"])
    state = store.state(group)
    plain = {r.name: r.devices for r in member_rows(state)}
    assert plain["Bosco"] == 0  # no device linked in the group's records
    here = {p.id for p in Keyring(store.db).list()}
    rows = {r.name: r.devices for r in member_rows(state, this_pc=store.device_id, keys_here=here)}
    assert rows["Bosco"] == 1
    assert rows["Amina"] == 1  # the founder's link is this PC: counted once
