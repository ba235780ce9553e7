"""`Store.stage_batches`: several senders' batches ingested into one write transaction
give exactly what `ingest_many` gives one batch after the other (results, state, what
waits, what was refused), and nothing is durable before the commit."""

from __future__ import annotations

import functools
import itertools
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from ledger.savings import membership_actions as actions
from ledger.store.errors import StoreError
from ledger.store.ids import GroupId
from ledger.store.persons import create_person
from ledger.store.space import DISK_FULL
from ledger.store.staging import BatchIn, StagedWrite
from ledger.store.storage import DB_NAME
from ledger.store.store import Store

MINUTES = "minutes:" + "cd" * 8


@functools.cache
def pool() -> tuple[GroupId, tuple[bytes, ...]]:
    """Changes of two PCs that wrote concurrently (document edits out of replay order, a
    removal that voids later work), another group's, and bytes that are no change."""
    amina, bosco, chiku = (create_person(n, "pw-" + n)[1] for n in ("Amina", "Bosco", "Chiku"))
    with tempfile.TemporaryDirectory() as tmp:
        here, there = Store.open(Path(tmp) / "here"), Store.open(Path(tmp) / "there")
        try:
            g = actions.create_group(here, amina, name="Umoja", currency="KES", quorum=1).group
            for who, role in ((bosco, "council"), (chiku, "member")):
                actions.add_member(here, amina, g, person=who.person, name=who.name, roles=[role])
            actions.edit_document(here, amina, g, MINUTES, "Opened.\n")
            there.ingest_many(here.raw_changes(g))
            for i in range(3):
                actions.edit_document(here, amina, g, MINUTES, f"Opened.\nShares: {i}.\n")
                actions.edit_document(there, bosco, g, MINUTES, f"Present: {i}.\nOpened.\n")
            actions.remove_member(there, bosco, g, person=chiku.person)
            actions.link_device(here, chiku, g, "Chiku's PC")  # concurrent with her removal
            other = actions.create_group(there, bosco, name="Other", currency="KES").group
            raws = {r: None for r in [*here.raw_changes(g), *there.raw_changes(g)]}
            raws.update({r: None for r in there.raw_changes(other)})
        finally:
            here.close()
            there.close()
    broken = next(iter(raws))[:-3]
    return g, (*raws, b"\xa1\x00", broken)


def _batches(draw: st.DrawFn, raws: tuple[bytes, ...]) -> list[tuple[list[bytes], str]]:
    picked = draw(st.lists(st.sampled_from(raws), max_size=40))
    cuts = sorted(draw(st.lists(st.integers(0, len(picked)), max_size=4)))
    bounds = [0, *cuts, len(picked)]
    sources = ["peer A", "peer B", "import"]
    return [(picked[a:b], draw(st.sampled_from(sources))) for a, b in itertools.pairwise(bounds)]


@st.composite
def arrivals(draw: st.DrawFn) -> tuple[bool, list[tuple[list[bytes], str]]]:
    _, raws = pool()
    genesis_first = draw(st.booleans())  # (else most changes wait or are refused)
    batches = _batches(draw, raws)
    if genesis_first:
        batches.insert(0, ([raws[0]], "import"))
    return draw(st.booleans()), batches


def _seen(store: Store, group: GroupId) -> tuple[object, ...]:
    held = group in store.group_ids()
    return (
        store.state(group).digest() if held else None,
        store.change_count(group) if held else 0,
        store.pending_count(),
        sorted((source, reason) for source, reason, _ in store.rejections(500)),
    )


@settings(max_examples=40, deadline=None)
@given(arrivals())
def test_staged_together_equals_ingested_one_by_one(
    arrival: tuple[bool, list[tuple[list[bytes], str]]],
) -> None:
    for_group, batches = arrival
    g, _ = pool()
    group = g if for_group else None
    with tempfile.TemporaryDirectory() as tmp:
        alone, together = Store.open(Path(tmp) / "alone"), Store.open(Path(tmp) / "together")
        try:
            one_by_one = [alone.ingest_many(raws, source=s, group=group) for raws, s in batches]
            staged = together.stage_batches([BatchIn(raws, s, group) for raws, s in batches])
            staged.commit()
            assert staged.results == one_by_one
            event(" ".join(sorted({r.status for rs in one_by_one for r in rs})))
            assert _seen(together, g) == _seen(alone, g)
            again = Store.open(Path(tmp) / "together")  # the same, read back from disk
            try:
                assert _seen(again, g) == _seen(alone, g)
            finally:
                again.close()
        finally:
            alone.close()
            together.close()


def _on_disk(home: Path) -> int:
    with closing(sqlite3.connect(home / DB_NAME)) as db:
        return int(db.execute("SELECT count(*) FROM change_log").fetchone()[0])


def test_nothing_is_durable_before_the_commit_and_all_is_after(store: Store) -> None:
    g, raws = pool()
    staged = store.stage_batches([BatchIn(raws[:4], "peer A"), BatchIn(raws[4:9], "peer B")])
    assert [r.status for rs in staged.results for r in rs] == ["accepted"] * 9
    assert store.db.in_transaction and _on_disk(store.home) == 0
    heard: list[object] = []
    store.subscribe(heard.append)
    staged.commit()
    assert _on_disk(store.home) == 9 and store.change_count(g) == 9
    assert len(heard) == 1  # one announcement for both batches


def test_a_failed_commit_rolls_every_batch_back_and_memory_follows(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    g, raws = pool()
    store.ingest_many(raws[:2])
    staged = store.stage_batches([BatchIn(raws[2:5], "peer A"), BatchIn(raws[5:9], "peer B")])

    def full(self: StagedWrite) -> None:
        raise StoreError(DISK_FULL)

    monkeypatch.setattr(StagedWrite, "commit_now", full)
    with pytest.raises(StoreError):
        staged.commit()
    assert not store.db.in_transaction
    assert _on_disk(store.home) == 2 and store.change_count(g) == 2
    monkeypatch.undo()  # the disk has room again: the same batches go in
    assert [r.status for r in store.ingest_many(raws[2:9])] == ["accepted"] * 7


def test_a_banned_senders_batch_is_refused_whole_beside_anothers(store: Store) -> None:
    g, raws = pool()
    store.ban_source("peer A", 60)
    staged = store.stage_batches([BatchIn(raws[:3], "peer A"), BatchIn(raws[:3], "peer B")])
    staged.commit()
    assert [r.status for r in staged.results[0]] == ["rejected"] * 3
    assert [r.status for r in staged.results[1]] == ["accepted"] * 3
    assert store.change_count(g) == 3
