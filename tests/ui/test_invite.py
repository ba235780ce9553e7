"""An invite code from the window carries this computer's address when the sync service
knows one, so a computer on a network without multicast can still dial it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ledger.savings import district_actions as da
from ledger.store.ids import GroupId
from ledger.store.invites import InviteCode
from ledger.store.keyring import Keyring
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ui.conftest import PASSPHRASE
from tests.ui.fakes import FakeSync
from tests.ui.windows import shown_window
from ui.addresses import invite_address
from ui.dialogs.action import eligible_persons
from ui.dialogs.invite import InviteCodeDialog, InviteDialog
from ui.signing import SigningContext
from ui.views.members import MembersView

PEER = "12D3KooWQYhTNQdmr3ArTeUHRYzFg94BKyTkoWBDWez9kSCVe2Xo"
LAN = f"/ip4/192.168.1.5/tcp/4001/p2p/{PEER}"
LOOPBACK = f"/ip4/127.0.0.1/tcp/4001/p2p/{PEER}"
DOCKER = f"/ip4/172.17.0.1/tcp/4001/p2p/{PEER}"
OFFICE = f"/ip4/10.0.0.7/tcp/4001/p2p/{PEER}"
PUBLIC = f"/ip4/203.0.113.9/tcp/4001/p2p/{PEER}"
IPV6 = f"/ip6/2001:db8::5/tcp/4001/p2p/{PEER}"


@pytest.mark.parametrize(
    ("addresses", "chosen"),
    [
        ([LOOPBACK, IPV6, DOCKER, PUBLIC, LAN], LAN),  # a private LAN IPv4 address first
        ([DOCKER, OFFICE], OFFICE),  # 172.17.x is most often a container bridge
        ([LOOPBACK, IPV6, PUBLIC], PUBLIC),
        ([LOOPBACK, IPV6], IPV6),  # never 127.0.0.1 while there is another
        ([LOOPBACK], LOOPBACK),  # ... unless it is the only one
        ([], None),
        (["/ip4/0.0.0.0/tcp/4001/p2p/" + PEER, "/ip4/192.168.1.5/tcp/4001", "junk"], None),
    ],
)
def test_the_address_an_invite_carries(addresses: list[str], chosen: str | None) -> None:
    assert invite_address(addresses) == chosen


def invite_dialog(qtbot: QtBot, store: Store, group: GroupId, sync: FakeSync) -> InviteDialog:
    keyring = Keyring(store.db)
    signers = eligible_persons(keyring, store.state(group), ["council"])
    dialog = InviteDialog(
                 signing=SigningContext(store=store, group=group, keyring=keyring, signers=signers),
                 sync=sync,
             )
    qtbot.addWidget(dialog)
    return dialog


def sign(dialog: InviteDialog) -> InviteCode:
    dialog.passphrase.setText(PASSPHRASE)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == InviteDialog.DialogCode.Accepted
    assert dialog.code is not None
    return dialog.code


def test_the_code_carries_the_lan_address(
    qtbot: QtBot, store: Store, founder: Signer, group: GroupId, sync: FakeSync
) -> None:
    sync.addresses = [LOOPBACK, DOCKER, LAN]
    dialog = invite_dialog(qtbot, store, group, sync)
    assert "network address, 192.168.1.5 (port 4001)" in dialog.address_note.text()
    code = sign(dialog)
    assert code.address == LAN
    parsed = InviteCode.parse(code.text())
    assert parsed.address == LAN
    assert parsed.public_key == code.public_key
    assert store.group_for_invite(parsed.public_key) == group

    shown = InviteCodeDialog(code)
    qtbot.addWidget(shown)
    assert shown.code_label.text() == InviteCode(code.secret).text()
    assert shown.address_label.text() == "@" + LAN
    assert not shown.address_label.isHidden()
    assert "192.168.1.5 (port 4001)" in shown.address_note.text()
    assert "Copy the code or scan the QR code" in shown.address_note.text()


def test_the_code_carries_the_group_relays_each_shown_on_its_own_line(
    qtbot: QtBot, store: Store, founder: Signer, group: GroupId, sync: FakeSync
) -> None:
    from ledger.store.relays import add_relay

    relays = [f"/dns4/relay{n}.example.org/tcp/4001/p2p/{PEER}" for n in (1, 2)]
    for relay in relays:
        add_relay(store, founder, group, relay)
    sync.addresses = [LAN]
    code = sign(invite_dialog(qtbot, store, group, sync))
    assert code.relays == tuple(relays)
    assert InviteCode.parse(code.text()) == code
    shown = InviteCodeDialog(code)
    qtbot.addWidget(shown)
    assert shown.address_label.text().splitlines() == [f"@{LAN},", f"{relays[0]},", relays[1]]
    assert "the group's relays (2)" in shown.address_note.text()


def test_without_an_address_the_code_says_same_network(
    qtbot: QtBot, store: Store, founder: Signer, group: GroupId, sync: FakeSync
) -> None:
    assert sync.addresses == []  # offline, or the engine has not started yet
    dialog = invite_dialog(qtbot, store, group, sync)
    note = "The code carries no network address: the other computer must be on the same network"
    assert dialog.address_note.text().startswith(note)
    code = sign(dialog)
    assert code.address is None
    assert "@" not in code.text()
    assert InviteCode.parse(code.text()).address is None

    shown = InviteCodeDialog(code)
    qtbot.addWidget(shown)
    assert shown.code_label.text() == code.text()
    assert shown.address_label.isHidden()
    assert shown.address_note.text().startswith(note)


def test_only_loopback_is_carried_but_said_to_be_useless_elsewhere(
    qtbot: QtBot, store: Store, founder: Signer, group: GroupId, sync: FakeSync
) -> None:
    sync.addresses = [LOOPBACK]
    dialog = invite_dialog(qtbot, store, group, sync)
    assert "internal address, 127.0.0.1 (port 4001)" in dialog.address_note.text()
    assert "must be on the same network" in dialog.address_note.text()
    assert InviteCode.parse(sign(dialog).text()).address == LOOPBACK


def test_the_members_view_hands_the_dialog_the_sync_service(
    qtbot: QtBot,
    store: Store,
    founder: Signer,
    group: GroupId,
    sync: FakeSync,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sync.addresses = [IPV6, LAN]
    opened: list[InviteDialog] = []

    def record(dialog: InviteDialog) -> int:
        opened.append(dialog)
        return InviteDialog.DialogCode.Rejected.value

    monkeypatch.setattr(InviteDialog, "exec", record)
    members = shown_window(qtbot, store, sync).views["members"]
    assert isinstance(members, MembersView)
    members.invite_button.click()
    assert [d.address for d in opened] == [LAN]


def test_the_invite_can_place_the_joiner_in_a_district(
    qtbot: QtBot, store: Store, founder: Signer, group: GroupId, sync: FakeSync
) -> None:
    plain = invite_dialog(qtbot, store, group, sync)
    assert plain.district.isHidden()
    key = sign(plain).public_key.hex()
    assert store.membership(group).invites[key].district is None
    oakland = da.add_district(store, founder, group, name="Oakland").id
    dialog = invite_dialog(qtbot, store, group, sync)
    assert not dialog.district.isHidden()
    assert dialog.district.currentData() is None  # none unless chosen
    dialog.district.setCurrentIndex(dialog.district.findData(oakland))
    code = sign(dialog)
    assert store.membership(group).invites[code.public_key.hex()].district == oakland
