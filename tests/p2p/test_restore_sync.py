"""A PC restored from a backup writes again once a sync session with a member's PC has
brought back what it wrote after the backup; its next change continues its chain."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import trio

from ledger.savings import membership_actions as actions
from ledger.store.backup import backup_store, restore_store
from ledger.store.errors import Refused
from ledger.store.ids import writer_id
from p2p.events import AccessDenied, DataRejected, PeerInSync
from p2p.session_state import SessionConfig
from p2p.sync import SyncSession
from tests.p2p.conftest import Side, linked, new_group, person, until


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
            actions.edit_document(again.store, amina, g, "minutes:0000aaaa", "after the restore")
            await until(
                lambda: b.store.version_vector(g) == again.store.version_vector(g),
                what="the new change at B",
            )
            await until(lambda: bool(again.of(PeerInSync)), what="in sync")

    trio.run(main)
    for side in (again, b):
        state = side.store.state(g)
        assert not state.equivocators and not state.voided
    assert b.store.state(g).digest() == again.store.state(g).digest()
    assert not b.of(DataRejected) and not again.of(DataRejected)


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
            actions.edit_document(again.store, amina, g, "minutes:0000aaaa", "after")
            await until(
                lambda: c.store.version_vector(g) == again.store.version_vector(g),
                what="the new change at C (served once C showed to be a member's PC)",
            )
            await until(lambda: bool(again.of(PeerInSync)), what="in sync")

    trio.run(main)
    for side in (again, c):
        state = side.store.state(g)
        assert not state.equivocators and not state.voided
    assert c.store.state(g).digest() == again.store.state(g).digest()
    assert not c.of(DataRejected) and not again.of(DataRejected)
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
