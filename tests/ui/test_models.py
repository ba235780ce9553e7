"""Every item model passes Qt's model checks and shows what the core holds."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from ledger.savings import membership_actions as actions
from ledger.store.ids import DeviceId, GroupId
from ledger.store.keyring import Keyring
from ledger.store.persons import Signer
from ledger.store.reach import RELAY, path_words
from ledger.store.store import Store
from ui.models.activity import ActivityModel, recent_activity
from ui.models.members import MembersModel, member_rows
from ui.models.peers import PeersModel, sorted_peers
from ui.models.table import ROW_ROLE
from ui.service import PeerInfo, PeerSource


def cells(model: MembersModel | ActivityModel | PeersModel) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_members_model(
    qtmodeltester: ModelTester, store: Store, founder: Signer, group: GroupId
) -> None:
    bosco = Keyring(store.db).create("Bosco", "1234")
    actions.add_member(store, founder, group, person=bosco.person, name="Bosco", roles=["elder"])
    model = MembersModel()
    model.set_rows(member_rows(store.state(group)))
    qtmodeltester.check(model)
    assert [row[:3] for row in cells(model)] == [
        ["Amina", "council", "active"],
        ["Bosco", "elder", "active"],
    ]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    actions.remove_member(store, founder, group, bosco.person, "moved away")
    model.set_rows(member_rows(store.state(group)))
    qtmodeltester.check(model)
    assert cells(model)[1][:3] == ["Bosco", "elder", "removed"]
    assert model.index(1, 0).data(ROW_ROLE).person == bosco.person


def test_unchanged_rows_emit_nothing(store: Store, group: GroupId) -> None:
    model = MembersModel()
    rows = member_rows(store.state(group))
    model.set_rows(rows)
    emitted: list[object] = []
    model.modelReset.connect(lambda: emitted.append("reset"))
    model.dataChanged.connect(lambda *_: emitted.append("changed"))
    model.set_rows(list(rows))
    assert emitted == []
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    assert model.data(QModelIndex()) is None


def test_activity_model_newest_first(
    qtmodeltester: ModelTester, store: Store, founder: Signer, group: GroupId
) -> None:
    actions.create_invite(store, founder, group, role="member")
    model = ActivityModel()
    model.set_rows(recent_activity(store, group))
    qtmodeltester.check(model)
    whats = [row[2] for row in cells(model)]
    assert whats[0] == "created an invite for a new member"
    assert whats[-1] == "founded the group Umoja Savings"
    assert {row[3] for row in cells(model)} == {"counts"}


def test_peers_model(qtmodeltester: ModelTester) -> None:
    peers = [
        PeerInfo("10.0.0.9:4001", PeerSource.MANUAL, problem="no answer"),
        PeerInfo(
            "10.0.0.2:4001",
            PeerSource.DISCOVERED,
            device=DeviceId("ab" * 32),
            connected=True,
            last_sync=datetime(2026, 3, 1, 10, 30),
            path=path_words(RELAY, "/dns4/relay.example.org/tcp/4001/p2p/R"),
            bytes_received=1_234_567,
            bytes_sent=890,
        ),
    ]
    model = PeersModel()
    model.set_rows(sorted_peers(peers))
    qtmodeltester.check(model)
    table = cells(model)
    assert table[0][:5] == [
        "10.0.0.2:4001",
        "abababab",
        "found on this network",
        "connected",
        "through relay /dns4/relay.example.org/tcp/4001/p2p/R",
    ]
    assert table[0][6] == "1.2 MB received, 890 B sent"
    assert table[1][2:] == ["added by hand", "not connected", "—", "never", "—", "no answer"]


def test_a_cell_without_its_own_tooltip_offers_its_whole_text() -> None:
    """A column elided on a small screen can still be read by pointing at it."""
    from PySide6.QtCore import Qt

    from ui.models.activity import ActivityModel, ActivityRow

    model = ActivityModel()
    what = "recorded a contribution of 2,000.00 KES on 2026-07-05"
    model.set_rows([ActivityRow(change="ab" * 32, when_ms=0, who="Amina", what=what,
                                void_reason="")])  # type: ignore[arg-type]  # fmt: skip
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == what
