"""What a sender can leave on this PC is bounded: evidence, waiting changes, bans."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from ledger.savings import membership_actions as actions
from ledger.store import evidence, pending
from ledger.store.change import Change
from ledger.store.ids import GroupId
from ledger.store.persons import Signer, create_person
from ledger.store.storage import DB_NAME, FORMAT_VERSION
from ledger.store.store import Store
from tests.ledger.conftest import forge

DATA = Path(__file__).parent / "data"


def _rows(store: Store, table: str) -> int:
    return int(store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _waiting_change(store: Store, group: GroupId, signer: Signer, n: int = 0) -> Change:
    """A correctly signed change citing a dependency this PC does not hold."""
    missing = f"{n:064x}"
    return forge(signer, store, group, "device.link", _label(n), deps=(missing,))  # type: ignore[arg-type]


def _label(n: int) -> dict[str, Any]:
    return {"label": f"pc {n}"}


@pytest.fixture
def follower(store: Store, group: GroupId, make_store: Any) -> Store:
    """A second PC holding the group's changes so far."""
    other: Store = make_store("follower")
    other.ingest_many(store.raw_changes(group))
    return other


def test_evidence_keeps_a_sample_per_sender_and_counts_the_rest(
    store: Store, group: GroupId, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evidence, "EVIDENCE_PER_SOURCE", 3)
    results = store.ingest_many([b"garbage %d" % i for i in range(10)], source="peer A")
    assert {r.status for r in results} == {"rejected"}
    assert _rows(store, "rejection") == 3
    record = store.source_record("peer A")
    assert (record.rejected, record.unresolved, record.pending) == (10, 0, 0)
    assert record.first_at <= record.last_at


def test_evidence_in_total_and_senders_counted_are_capped(
    store: Store, group: GroupId, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evidence, "EVIDENCE_ROWS", 5)
    monkeypatch.setattr(evidence, "TALLY_SOURCES", 4)
    for i in range(12):
        store.ingest_many([b"junk", b"more junk"], source=f"peer {i}")
    assert _rows(store, "rejection") == 5
    assert _rows(store, "rejection_tally") == 5  # four senders and "other sources"
    records = {r.source: r.rejected for r in store.source_records()}
    assert records[evidence.OTHER_SOURCES] == 16
    assert sum(records.values()) == 24


def test_long_sources_and_reasons_are_clipped(store: Store, group: GroupId) -> None:
    store.ingest(b"x", source="file " + "n" * 5000)
    source, reason = store.db.execute("SELECT source, reason FROM rejection").fetchone()
    assert len(source) == evidence.MAX_SOURCE_CHARS
    assert len(reason) <= evidence.MAX_REASON_CHARS


def test_a_banned_sender_leaves_nothing(
    store: Store, group: GroupId, follower: Store, people: dict[str, Signer]
) -> None:
    waiting = _waiting_change(store, group, people["Chiku"])
    assert follower.ingest(waiting.raw, source="peer B").status == "pending"
    assert follower.source_record("peer B").pending == 1
    assert follower.ban_source("peer B", 600) == 1
    assert follower.pending_count() == 0
    assert _rows(follower, "pending_change") == 0
    before = {t: _rows(follower, t) for t in ("rejection", "rejection_tally", "change_log")}
    new = actions.link_device(store, people["Chiku"], group, "pc")
    results = follower.ingest_many([new.raw, b"junk"], source="peer B")
    assert [r.status for r in results] == ["rejected", "rejected"]
    assert str(results[0].reason) == pending.BANNED
    assert {t: _rows(follower, t) for t in before} == before
    follower.ban_source("peer B", 0)  # lifted
    assert follower.ingest(new.raw, source="peer B").status == "accepted"


def test_a_ban_runs_out(store: Store, group: GroupId, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [1000.0]
    monkeypatch.setattr(pending.time, "monotonic", lambda: clock[0])
    store.ban_source("peer C", 10)
    assert store.ingest(b"junk", source="peer C").reason == pending.BANNED
    clock[0] += 11
    assert store.ingest(b"junk", source="peer C").reason != pending.BANNED


def test_waiting_changes_are_capped_per_sender(
    store: Store,
    group: GroupId,
    follower: Store,
    people: dict[str, Signer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pending, "PENDING_PER_SOURCE", 3)
    raws = [_waiting_change(store, group, people["Chiku"], n).raw for n in range(5)]
    results = follower.ingest_many(raws, source="peer D")
    assert [r.status for r in results] == ["pending"] * 3 + ["rejected"] * 2
    assert "already has 3 changes waiting" in str(results[3].reason)
    assert follower.ingest(raws[4], source="peer E").status == "pending"  # another sender
    record = follower.source_record("peer D")
    assert (record.pending, record.rejected) == (3, 2)
    assert record.pending_bytes == sum(len(r) for r in raws[:3])


def test_waiting_changes_are_capped_in_total_and_in_bytes(
    store: Store,
    group: GroupId,
    follower: Store,
    people: dict[str, Signer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pending, "PENDING_TOTAL", 4)
    raws = [_waiting_change(store, group, people["Chiku"], n).raw for n in range(6)]
    for n, raw in enumerate(raws[:4]):
        assert follower.ingest(raw, source=f"peer {n}").status == "pending"
    refused = follower.ingest(raws[4], source="peer 9")
    assert refused.status == "rejected"
    assert str(refused.reason) == pending.ALL_FULL
    monkeypatch.setattr(pending, "PENDING_TOTAL", 100)
    monkeypatch.setattr(pending, "PENDING_BYTES_PER_SOURCE", len(raws[5]) - 1)
    assert follower.ingest(raws[5], source="peer 10").status == "rejected"


def test_strangers_wait_only_in_a_small_pool(
    store: Store,
    group: GroupId,
    follower: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pending, "UNKNOWN_AUTHORS_TOTAL", 2)
    strangers = [create_person(f"Stranger {n}", "pw")[1] for n in range(3)]
    raws = [_waiting_change(store, group, s, n).raw for n, s in enumerate(strangers)]
    results = [follower.ingest(raw, source=f"peer s{n}") for n, raw in enumerate(raws)]
    assert [r.status for r in results] == ["pending", "pending", "rejected"]
    assert "not a member this PC knows" in str(results[2].reason)
    flags = [r[0] for r in follower.db.execute("SELECT stranger FROM pending_change")]
    assert flags == [1, 1]


def test_members_wait_even_when_the_strangers_pool_is_full(
    store: Store,
    group: GroupId,
    follower: Store,
    people: dict[str, Signer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pending, "UNKNOWN_AUTHORS_TOTAL", 0)
    stranger = create_person("Stranger", "pw")[1]
    assert follower.ingest(_waiting_change(store, group, stranger).raw).status == "rejected"
    member = _waiting_change(store, group, people["Chiku"])
    assert follower.ingest(member.raw).status == "pending"


def test_a_writer_far_ahead_may_not_wait(
    store: Store,
    group: GroupId,
    follower: Store,
    people: dict[str, Signer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pending, "PENDING_AHEAD", 5)
    ahead = forge(
        people["Chiku"], store, group, "device.link", _label(1), seq=7, prev="ab" * 32  # type: ignore[arg-type]
    )
    result = follower.ingest(ahead.raw)
    assert result.status == "rejected"
    assert "number 7 is far past 0" in str(result.reason)


def test_waiting_changes_that_never_resolve_expire_against_their_sender(
    store: Store,
    group: GroupId,
    follower: Store,
    people: dict[str, Signer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raws = [_waiting_change(store, group, people["Chiku"], n).raw for n in range(3)]
    clock = [10_000_000]
    monkeypatch.setattr("ledger.store.store.now_ms", lambda: clock[0])
    monkeypatch.setattr("ledger.store.ingest.now_ms", lambda: clock[0])
    assert {r.status for r in follower.ingest_many(raws[:2], source="peer F")} == {"pending"}
    clock[0] += pending.PENDING_TTL_MS + pending.EXPIRE_EVERY_MS
    honest = actions.link_device(store, people["Bosco"], group, "pc")
    assert follower.ingest(honest.raw, source="peer G").status == "accepted"
    assert follower.pending_count() == 0
    record = follower.source_record("peer F")
    assert (record.unresolved, record.rejected, record.pending) == (2, 0, 0)
    reasons = [r[1] for r in follower.rejections() if r[0] == "peer F"]
    assert reasons == ["what it waited for did not arrive within 60 minutes"] * 2
    assert follower.source_record("peer G") == evidence.SourceRecord("peer G")


def test_a_waiting_change_released_later_still_counts_for_its_sender(
    store: Store, group: GroupId, make_store: Any, people: dict[str, Signer]
) -> None:
    raws = store.raw_changes(group)
    other: Store = make_store()
    other.ingest(raws[0], source="peer H")
    assert other.ingest(raws[2], source="peer H").status == "pending"
    assert other.source_record("peer H").pending == 1
    assert other.ingest(raws[1], source="peer I").status == "accepted"
    assert other.source_record("peer H").pending == 0
    assert other.pending_summary().count == 0


def test_other_processes_see_who_sent_what_waits(
    store: Store, group: GroupId, follower: Store, people: dict[str, Signer]
) -> None:
    follower.ingest(_waiting_change(store, group, people["Chiku"]).raw, source="peer J")
    again = Store.open(follower.home)
    try:
        assert again.source_record("peer J").pending == 1
        summary = again.pending_summary()
        assert (summary.count, summary.sources) == (1, 1)
        assert summary.oldest_ms is not None
    finally:
        again.close()


def test_a_format_1_store_is_brought_up_to_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The frozen store's waiting change arrived when the file was made: keep it fresh.
    monkeypatch.setattr(pending, "PENDING_TTL_MS", 100 * 365 * 24 * 3600 * 1000)
    home = tmp_path / "old"
    home.mkdir()
    shutil.copy(DATA / "store-format-1.sqlite3", home / DB_NAME)
    store = Store.open(home)
    try:
        version = store.db.execute("SELECT value FROM meta WHERE key='format'").fetchone()[0]
        assert int(version) == FORMAT_VERSION
        assert store.pending_count() == 1
        assert store.source_record("").pending == 1  # who sent it was not kept before
        assert len(store.rejections()) == 1
        missing = (DATA / "store-format-1.missing.bin").read_bytes()
        assert store.ingest(missing, source="peer K").status == "accepted"
        assert store.pending_count() == 0
        [group] = store.group_ids()
        assert store.change_count(group) == 3
        store.ingest(b"junk", source="peer K")
        assert store.source_record("peer K").rejected == 1
    finally:
        store.close()


def test_a_failed_migration_leaves_the_store_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ledger.store import storage
    from ledger.store.errors import StoreError

    home = tmp_path / "old"
    home.mkdir()
    shutil.copy(DATA / "store-format-1.sqlite3", home / DB_NAME)
    before = (home / DB_NAME).read_bytes()
    monkeypatch.setitem(storage.MIGRATIONS, 2, (*storage.MIGRATIONS[2], "THIS IS NOT SQL"))
    with pytest.raises(StoreError):
        Store.open(home)
    with sqlite3.connect(home / DB_NAME) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key='format'").fetchone()[0] == "1"
        columns = [r[1] for r in conn.execute("PRAGMA table_info(pending_change)")]
    conn.close()
    assert "source" not in columns
    assert len(before) > 0
