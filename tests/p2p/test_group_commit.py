"""The group committer: the batches several sessions hand it meanwhile go into one commit,
each session gets its own batch's results only once they are durable, a failure of the
store rolls back the whole group and tells every session, one sender's bad batch fails
no one else's, and a commit stays within its caps."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
import trio

from bench._fixtures import signed_history
from ledger.savings import membership_actions as actions
from ledger.store.decoded_batch import DecodedBatch
from ledger.store.errors import StoreError
from ledger.store.events import IngestResult
from ledger.store.ids import GroupId
from ledger.store.space import DISK_FULL
from ledger.store.staging import StagedWrite
from ledger.store.storage import DB_NAME
from ledger.store.store import Store
from p2p.group_commit import GroupCommitter
from tests.p2p.conftest import new_group, person


def _on_disk(home: Path) -> int:
    with closing(sqlite3.connect(home / DB_NAME)) as db:
        return int(db.execute("SELECT count(*) FROM change_log").fetchone()[0])


Arriving = tuple[Store, GroupId, list[list[bytes]]]


@pytest.fixture
def arriving(make_store: Any) -> Arriving:
    """A PC holding a group, and four council members' ten changes each, written on
    another PC; each chain independent of the others (sessions hand them in any order)."""
    source, here = make_store("source"), make_store("here")
    signers = [person(n) for n in ("Amina", "Bosco", "Chiku", "Dan")]
    g = new_group(source, signers[0])
    for signer in signers[1:]:
        actions.add_member(
            source, signers[0], g, person=signer.person, name=signer.name, roles=["council"]
        )
    here.ingest_many(source.raw_changes(g))
    return here, g, [signed_history(source, g, [signer], 10) for signer in signers]


def _run_sessions(
    committer: GroupCommitter, batches: Sequence[Sequence[bytes]], group: GroupId
) -> list[list[IngestResult] | BaseException]:
    """Each batch handed over by its own session, all at once; what each was told."""
    told: list[list[IngestResult] | BaseException] = [[] for _ in batches]

    async def session(index: int) -> None:
        try:
            told[index] = await committer.ingest(
                batches[index], source=f"peer {index}", group=group
            )
        except Exception as exc:
            told[index] = exc

    async def main() -> None:
        async with trio.open_nursery() as nursery:
            for index in range(len(batches)):
                nursery.start_soon(session, index)

    trio.run(main)
    return told


def _statuses(told: list[IngestResult] | BaseException) -> list[str]:
    assert isinstance(told, list), told
    return [r.status for r in told]


BASE = 4
"""The changes the PC holds before (the group and its three added members)."""


def test_several_sessions_batches_go_into_one_commit(arriving: Arriving) -> None:
    store, g, chains = arriving
    committer = GroupCommitter(store)
    told = _run_sessions(committer, chains[:3], g)
    assert [_statuses(t) for t in told] == [["accepted"] * 10] * 3
    assert (committer.commits, committer.batches) == (1, 3)
    assert _on_disk(store.home) == BASE + 30


def test_each_session_is_told_only_once_its_batch_is_durable(
    arriving: Arriving, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, g, chains = arriving
    on_disk_when_told: list[int] = []
    commit_now = StagedWrite.commit_now

    def checked_commit(self: StagedWrite) -> None:
        assert _on_disk(store.home) == BASE  # staged, not yet durable: no one told yet
        assert on_disk_when_told == []
        commit_now(self)

    monkeypatch.setattr(StagedWrite, "commit_now", checked_commit)
    committer = GroupCommitter(store)

    async def session(batch: list[bytes]) -> None:
        await committer.ingest(batch, source="peer", group=g)
        on_disk_when_told.append(_on_disk(store.home))  # (where a session sends its Ack)

    async def main() -> None:
        async with trio.open_nursery() as nursery:
            for batch in chains[:2]:
                nursery.start_soon(session, batch)

    trio.run(main)
    assert on_disk_when_told == [BASE + 20, BASE + 20]
    assert committer.commits == 1


def test_a_failed_commit_rolls_back_the_group_and_tells_every_session(
    arriving: Arriving, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, g, chains = arriving

    def full(self: StagedWrite) -> None:
        raise StoreError(DISK_FULL)

    monkeypatch.setattr(StagedWrite, "commit_now", full)
    committer = GroupCommitter(store)
    told = _run_sessions(committer, chains, g)
    assert all(isinstance(t, StoreError) for t in told)
    assert committer.commits == 0
    assert _on_disk(store.home) == BASE and store.change_count(g) == BASE  # memory followed
    monkeypatch.undo()
    told = _run_sessions(committer, chains, g)
    assert [_statuses(t) for t in told] == [["accepted"] * 10] * 4


def test_one_senders_broken_batch_fails_no_other_batch(arriving: Arriving) -> None:
    store, g, chains = arriving

    class Broken(DecodedBatch):
        def get(self, index: int) -> Any:
            raise RuntimeError("a bug met while storing this batch")

    committer = GroupCommitter(store)
    told: list[object] = [None, None, None]

    async def session(index: int, batch: list[bytes], decoded: DecodedBatch | None) -> None:
        try:
            told[index] = await committer.ingest(
                batch, source=f"peer {index}", group=g, decoded=decoded
            )
        except RuntimeError as exc:
            told[index] = exc

    async def main() -> None:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(session, 0, chains[0], None)
            nursery.start_soon(session, 1, chains[1], Broken(chains[1]))
            nursery.start_soon(session, 2, [*chains[2], b"not a change"], None)

    trio.run(main)
    assert _statuses(told[0]) == ["accepted"] * 10  # type: ignore[arg-type]
    assert isinstance(told[1], RuntimeError)
    assert _statuses(told[2]) == ["accepted"] * 10 + ["rejected"]  # type: ignore[arg-type]
    assert store.change_count(g) == BASE + 20 and _on_disk(store.home) == BASE + 20


def test_a_rejected_change_stays_with_its_own_sessions_batch(arriving: Arriving) -> None:
    store, g, chains = arriving
    committer = GroupCommitter(store)
    told = _run_sessions(committer, [chains[0], [b"\xa1\x00", *chains[1]], chains[2]], g)
    assert _statuses(told[1]) == ["rejected"] + ["accepted"] * 10
    assert _statuses(told[0]) == _statuses(told[2]) == ["accepted"] * 10
    assert committer.commits == 1


@pytest.mark.parametrize(
    ("limits", "commits"),
    [
        ({}, 1),
        ({"max_changes": 30}, 2),  # 10 + 10 + 10, then 10
        ({"max_changes": 20}, 2),
        ({"max_changes": 4}, 4),  # a batch larger than the cap still goes, alone
        ({"max_bytes": 1}, 4),
    ],
)
def test_a_commit_stays_within_its_caps(
    arriving: Arriving, limits: dict[str, int], commits: int
) -> None:
    store, g, chains = arriving
    committer = GroupCommitter(store, **limits)
    told = _run_sessions(committer, chains, g)
    assert [_statuses(t) for t in told] == [["accepted"] * 10] * 4
    assert (committer.commits, committer.batches) == (commits, 4)


def test_a_session_cancelled_while_waiting_takes_its_batch_back(arriving: Arriving) -> None:
    store, g, chains = arriving
    committer = GroupCommitter(store)

    async def main() -> None:
        committer._leading = True  # another session's commit is under way
        with trio.move_on_after(0.05):
            await committer.ingest(chains[0], source="peer 1", group=g)
        assert not committer._queue
        committer._leading = False
        told = await committer.ingest(chains[1], source="peer 2", group=g)
        assert [r.status for r in told] == ["accepted"] * 10

    trio.run(main)
    assert store.change_count(g) == BASE + 10 and committer.batches == 1
