"""A catch-up starts with a small batch and doubles up to `batch_changes` (issue 11: the
peer starts storing at once, and a long catch-up goes in few large batches); the changes
A wrote arrive, each sent once, as with fixed-size batches."""

from __future__ import annotations

from typing import Any

import pytest
import trio

from ledger.store.change import change_id
from ledger.store.ids import ChangeId, GroupId
from p2p import messages as m
from p2p.sync import SessionConfig
from tests.p2p.conftest import linked, until
from tests.p2p.test_no_resend import ids_of, members_on_pcs, write_many


def _catch_up(
    make_store: Any, monkeypatch: pytest.MonkeyPatch, config: SessionConfig, count: int
) -> tuple[list[int], list[ChangeId], set[ChangeId], set[ChangeId]]:
    """Sizes of the batches A packed for B, the ids in them, what A wrote, what B holds."""
    (a, b), g, (amina, _) = members_on_pcs(make_store, ["Amina", "Bosco"])
    written = write_many(a.store, g, amina, count)
    sizes: list[int] = []
    sent: list[ChangeId] = []
    pack = m.pack_batch

    def counting(
        group: GroupId, changes: Any, ids: Any = None, known: Any = None
    ) -> m.PackedChanges:
        sizes.append(len(changes))
        sent.extend(change_id(raw) for raw in changes)
        return pack(group, changes, ids, known)

    monkeypatch.setattr(m, "pack_batch", counting)

    async def main() -> None:
        async with linked(a, b, config):
            await until(lambda: written <= ids_of(b.store, g), limit=60, what="B holds all")

    trio.run(main)
    assert b.store.version_vector(g) == a.store.version_vector(g)
    return sizes, sent, written, ids_of(b.store, g)


def test_batches_double_from_the_first_up_to_the_limit(
    make_store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = SessionConfig(idle_timeout=10, ping_interval=2, first_batch=8, batch_changes=32)
    sizes, sent, written, held = _catch_up(make_store, monkeypatch, config, 150)
    catch_up = [s for s in sizes if s > 0]
    assert catch_up[:3] == [8, 16, 32]
    assert all(s <= 32 for s in catch_up)
    assert written <= set(sent) and len(sent) == len(set(sent))  # each change sent once
    assert written <= held


def test_a_first_batch_above_the_limit_is_held_to_the_limit(
    make_store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = SessionConfig(idle_timeout=10, ping_interval=2, first_batch=64, batch_changes=16)
    sizes, sent, written, held = _catch_up(make_store, monkeypatch, config, 40)
    assert max(sizes) == 16
    assert written <= set(sent) and written <= held
