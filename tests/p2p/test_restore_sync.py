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
from p2p.events import DataRejected, PeerInSync
from p2p.session_state import SessionConfig
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
            await until(
                lambda: not again.store.is_held(g), 60, what="the hold lifted by the sync"
            )
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
