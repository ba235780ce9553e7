"""A flood of invalid changes from rotating identities leaves the store within its bounds
(the figures docs/store-rules.md states), and honest changes are taken in meanwhile."""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from ledger.savings import membership_actions as actions
from ledger.store import evidence, pending
from ledger.store.ids import GroupId
from ledger.store.persons import Signer, create_person
from ledger.store.storage import DB_NAME
from ledger.store.store import Store
from tests.ledger.conftest import forge

FLOOD = 50_000
BATCH = 25
"""Changes per sender: every batch comes from a new identity."""
MAX_GROWTH = 6 * 1024**2
"""The store file and its write-ahead log grow by at most this much (docs/store-rules.md)."""
MAX_MEMORY = 16 * 1024**2
"""The store's memory grows by at most this much (docs/store-rules.md)."""


def _disk(home: Path) -> int:
    return sum(p.stat().st_size for p in home.glob(DB_NAME + "*"))


def _flood(store: Store, group: GroupId, people: dict[str, Signer]) -> list[bytes]:
    """Invalid changes: most with a broken signature, some correctly signed by strangers
    citing changes nobody has (they would wait for ever)."""
    template = bytearray(actions.link_device(store, people["Chiku"], group, "x").raw)
    broken = []
    for n in range(FLOOD - 2_000):
        raw = bytearray(template)
        raw[-4:] = n.to_bytes(4, "big")  # inside the signature
        broken.append(bytes(raw))
    strangers = [create_person(f"Stranger {n}", "pw")[1] for n in range(20)]
    waiting = [
        forge(
            strangers[n % 20],
            store,
            group,
            "device.link",
            {"label": f"pc {n}"},
            deps=(f"{n:064x}",),  # type: ignore[arg-type]
        ).raw
        for n in range(2_000)
    ]
    mixed = broken + waiting
    return [mixed[(n * 7919) % FLOOD] for n in range(FLOOD)]  # interleaved


@pytest.mark.slow
def test_a_flood_of_invalid_changes_stays_within_bounds(
    store: Store, group: GroupId, make_store: Any, people: dict[str, Signer]
) -> None:
    flood = _flood(store, group, people)
    target: Store = make_store("target")
    target.ingest_many(store.raw_changes(group), source="peer honest")
    target.state(group)
    honest = [actions.link_device(store, people[n], group, "pc").raw for n in ("Bosco", "Esther")]
    disk_before = _disk(target.home)
    db_before = (target.home / DB_NAME).stat().st_size
    gc.collect()
    tracemalloc.start()
    try:
        memory_before = tracemalloc.get_traced_memory()[0]
        for start in range(0, FLOOD, BATCH):
            results = target.ingest_many(
                flood[start : start + BATCH], source=f"peer flood-{start // BATCH}"
            )
            assert all(r.status in ("rejected", "pending") for r in results)
            if start % 20_000 == 0 and honest:
                assert target.ingest(honest.pop(0), source="peer honest").status == "accepted"
        del results
        gc.collect()
        memory_growth = tracemalloc.get_traced_memory()[0] - memory_before
    finally:
        tracemalloc.stop()
    growth = _disk(target.home) - disk_before
    store_file = (target.home / DB_NAME).stat().st_size - db_before
    print(
        f"flood of {FLOOD}: disk +{growth // 1024} KiB (store file +{store_file // 1024} KiB), "
        f"memory +{memory_growth // 1024} KiB"
    )
    assert growth < MAX_GROWTH
    assert memory_growth < MAX_MEMORY
    counts = {
        t: int(target.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
        for t in ("rejection", "rejection_tally", "pending_change")
    }
    assert counts["rejection"] <= evidence.EVIDENCE_ROWS
    assert counts["rejection_tally"] <= evidence.TALLY_SOURCES + 1
    assert counts["pending_change"] <= pending.UNKNOWN_AUTHORS_TOTAL
    total = sum(r.rejected for r in target.source_records(limit=10_000))
    assert total + counts["pending_change"] == FLOOD
    assert not honest
    assert target.state(group).digest() == store.state(group).digest()
