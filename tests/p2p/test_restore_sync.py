"""A PC restored from a backup writes again once a sync session with a member's PC has
brought back what it wrote after the backup; its next change continues its chain."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import trio
from libp2p.peer.id import ID

from ledger.savings import membership_actions as actions
from ledger.store.backup import backup_store, restore_store
from ledger.store.errors import Refused
from ledger.store.ids import writer_id
from p2p import messages as m
from p2p.connections import ConnectionsMixin
from p2p.events import AccessDenied, DataRejected, PeerInSync
from p2p.guard import PeerGuard
from p2p.restore_catch_up import RestoreCatchUp
from p2p.session_state import Incoming, SessionConfig
from p2p.sync import SyncSession
from p2p.transport import peer_id_of
from tests.p2p.conftest import Side, linked, new_group, person, until


async def writes_again(again: Side, amina: Any, g: Any, other: Side, *, what: str) -> None:
    """The restored PC writes again; the change reaches `other` and the two are in sync."""
    actions.edit_document(again.store, amina, g, "minutes:0000aaaa", "after the restore")
    await until(lambda: other.store.version_vector(g) == again.store.version_vector(g), what=what)
    await until(lambda: bool(again.of(PeerInSync)), what="in sync")


def assert_same_clean_state(again: Side, other: Side, g: Any) -> None:
    """Both hold the same state of `g`, with no equivocation or voided change, and
    neither refused anything from the other."""
    for side in (again, other):
        state = side.store.state(g)
        assert not state.equivocators and not state.voided
    assert other.store.state(g).digest() == again.store.state(g).digest()
    assert not other.of(DataRejected) and not again.of(DataRejected)


def test_a_restored_pc_resumes_after_its_catch_up_without_an_equivocation(
    make_store: Any, tmp_path: Path
) -> None:
    amina, bosco = person("Amina"), person("Bosco")
    a, b = Side(make_store("a")), Side(make_store("b"))
    g = new_group(a.store, amina)
    actions.add_member(a.store, amina, g, person=bosco.person, name="Bosco", roles=["elder"])
    b.store.ingest_many(a.store.raw_changes(g), source="copy")
    actions.link_device(b.store, bosco, g)
    a.store.ingest_many(b.store.raw_changes(g), source="copy")
    backup = backup_store(a.store, tmp_path / "backup.sqlite3").path
    for i in range(3):  # written after the backup, and reached B
        actions.edit_document(a.store, amina, g, "minutes:0000aaaa", f"notes v{i}")
    b.store.ingest_many(a.store.raw_changes(g), source="copy")
    restore_store(tmp_path / "a-restored", backup)
    again = Side(make_store("a-restored"))
    assert again.store.device_id == a.store.device_id
    with pytest.raises(Refused, match="restored from a backup"):
        actions.edit_document(again.store, amina, g, "minutes:0000aaaa", "too soon")
    amina_here = writer_id(amina.person, again.store.device_id)

    # Relayed changes would wait minutes here: a PC's own changes must not (nobody else
    # would bring them to it sooner).
    slow_relays = SessionConfig(
        idle_timeout=10, ping_interval=2, relay_delay=300, relay_grace=300, relay_patience=300
    )

    async def main() -> None:
        async with linked(b, again, slow_relays):
            await until(lambda: not again.store.is_held(g), 60, what="the hold lifted by the sync")
            assert again.store.version_vector(g)[amina_here] == 3 + 2  # group, member, 3 notes
            await writes_again(again, amina, g, b, what="the new change at B")

    trio.run(main)
    assert_same_clean_state(again, b, g)


def _restored_beside_a_newcomer(
    make_store: Any, tmp_path: Path, *, newcomer_linked: bool
) -> tuple[Side, Side, Any, Any]:
    """A backs up; then Bosco joins and links his new PC C; A writes 3 notes, which reach
    C; A's disk is lost and restored from the backup. `newcomer_linked=False`: C holds
    the group's changes but Bosco never linked it (not a member's PC).
    Returns (restored A, C, the group, Amina)."""
    amina, bosco = person("Amina"), person("Bosco")
    a, c = make_store("a"), make_store("c")
    g = new_group(a, amina)
    backup = backup_store(a, tmp_path / "backup.sqlite3").path
    actions.add_member(a, amina, g, person=bosco.person, name="Bosco", roles=["elder"])
    c.ingest_many(a.raw_changes(g), source="copy")
    if newcomer_linked:
        actions.link_device(c, bosco, g)
        a.ingest_many(c.raw_changes(g), source="copy")
    for i in range(3):  # written after the backup, and reached C
        actions.edit_document(a, amina, g, "minutes:0000aaaa", f"notes v{i}")
    c.ingest_many(a.raw_changes(g), source="copy")
    restore_store(tmp_path / "a-restored", backup)
    again = Side(make_store("a-restored"))
    assert not again.store.may_receive(g, c.device_id)  # C is a stranger to the backup
    assert c.may_receive(g, again.store.device_id)
    return again, Side(c), g, amina


def test_a_pc_that_joined_after_the_backup_lifts_the_hold_once_its_link_arrives(
    make_store: Any, tmp_path: Path
) -> None:
    again, c, g, amina = _restored_beside_a_newcomer(make_store, tmp_path, newcomer_linked=True)
    amina_here = writer_id(amina.person, again.store.device_id)

    async def main() -> None:
        async with linked(c, again):
            await until(lambda: not again.store.is_held(g), 30, what="the hold lifted")
            assert again.store.may_receive(g, c.store.device_id)  # from the synced links
            assert again.store.version_vector(g)[amina_here] == 2 + 3  # group, member, notes
            await writes_again(
                again, amina, g, c, what="the new change at C (served once a member's PC)"
            )

    trio.run(main)
    assert_same_clean_state(again, c, g)
    assert not c.of(AccessDenied) and not again.of(AccessDenied)


def test_a_pc_that_is_no_members_keeps_the_hold_and_is_served_nothing(
    make_store: Any, tmp_path: Path
) -> None:
    again, c, g, _ = _restored_beside_a_newcomer(make_store, tmp_path, newcomer_linked=False)
    served: list[Any] = []
    original = again.session_class._serve

    class Watched(SyncSession):
        async def _serve(self, group: Any, out: Any) -> None:
            served.append(group)
            await original(self, group, out)

    again.session_class = Watched

    async def main() -> None:
        async with linked(c, again):
            await until(
                lambda: bool(again.of(AccessDenied)), 30, what="C's ask denied after the catch-up"
            )

    trio.run(main)
    assert again.store.is_held(g)
    assert not served
    denied = again.of(AccessDenied)
    assert [(e.group, e.by_us) for e in denied] == [(g, True)]


def test_the_inbound_gate_keeps_a_pc_a_restored_one_catches_up_from(
    make_store: Any, tmp_path: Path
) -> None:
    """Had the newcomer dialled, the restored PC's gate must not close it as a stranger
    while the catch-up that may show it a member's PC runs; a stranger still goes."""
    again, c, g, _ = _restored_beside_a_newcomer(make_store, tmp_path, newcomer_linked=True)
    peer = ID.from_base58(peer_id_of(c.store.device_id))
    session = SimpleNamespace(invite_groups=set(), restoring=set())
    service = SimpleNamespace(
        store=again.store,
        guard=PeerGuard(),
        invites=[],
        sessions={c.store.device_id: SimpleNamespace(session=session)},
    )
    assert not ConnectionsMixin._welcome(service, peer)  # type: ignore[arg-type]
    session.restoring = {g}
    assert ConnectionsMixin._welcome(service, peer)  # type: ignore[arg-type]


class _Probe(RestoreCatchUp):
    """The catch-up rule alone: records the asks it would answer."""

    def __init__(self, store: Any, device: Any, group: Any) -> None:
        self.store, self.device, self.peer = store, device, "peer"
        self.wanted = {group: Incoming()}
        self.restoring = {group}
        self._restoring_wants: dict[Any, m.Want] = {}
        self.answered: list[m.Want] = []

    def _on_want(self, want: m.Want) -> None:
        self.answered.append(want)


@pytest.mark.parametrize("want_first", [True, False])
def test_the_hold_waits_for_both_the_catch_up_and_the_peers_ask_in_either_order(
    make_store: Any, tmp_path: Path, want_first: bool
) -> None:
    again, c, g, _ = _restored_beside_a_newcomer(make_store, tmp_path, newcomer_linked=True)
    probe = _Probe(again.store, c.store.device_id, g)
    want = m.Want(g, c.store.version_vector(g))

    def catch_up() -> None:
        again.store.ingest_many(c.store.changes_missing(g, again.store.version_vector(g)))
        probe.wanted[g].synced = True
        probe._restore_caught_up(g)

    if want_first:
        assert probe._defer_want(want)
        assert again.store.is_held(g) and not probe.answered  # the catch-up has not ended
        catch_up()
    else:
        catch_up()
        assert again.store.is_held(g) and not probe.answered  # its ask is not here yet
        assert probe._defer_want(want)
    assert not again.store.is_held(g)
    assert probe.answered == [want] and not probe.restoring
    assert not probe._defer_want(want)  # no longer held back: answered as any ask


def test_a_peers_ask_beyond_what_its_catch_up_brought_keeps_the_hold(
    make_store: Any, tmp_path: Path
) -> None:
    """The peer's `Want` names more of our writer than its catch-up sent: never lifted."""
    again, c, g, amina = _restored_beside_a_newcomer(make_store, tmp_path, newcomer_linked=True)
    probe = _Probe(again.store, c.store.device_id, g)
    theirs = c.store.version_vector(g)
    amina_here = writer_id(amina.person, again.store.device_id)
    more = {**theirs, amina_here: theirs[amina_here] + 1}
    again.store.ingest_many(c.store.changes_missing(g, again.store.version_vector(g)))
    probe.wanted[g].synced = True
    probe._restore_caught_up(g)
    assert probe._defer_want(m.Want(g, more))
    assert again.store.is_held(g)
    assert len(probe.answered) == 1  # answered (served: it is a member's PC), still held
    with pytest.raises(Refused):
        actions.edit_document(again.store, amina, g, "minutes:0000aaaa", "too soon")
