"""No write replays a group while it holds the SQLite write lock (the kill soak caught one
batch of a peer's edits replaying the group four times inside one transaction, and the
other writers of the PC waiting out SQLite's 60 s timeout)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from typing import Any

import pytest

from ledger.savings import membership_actions as actions
from ledger.store import store as store_module
from ledger.store.check import check_store
from ledger.store.errors import StoreError
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.storage import BUSY, DB_NAME
from ledger.store.store import Store

MINUTES = "minutes:" + "ab" * 8


@pytest.fixture
def replays_in_lock(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many changes each replay of `store` inside a write transaction went through."""
    seen: list[int] = []
    replay = store_module.replay

    def counted(*args: Any) -> Any:
        state = replay(*args)
        if store.db.in_transaction:
            seen.append(state.applied)
        return state

    monkeypatch.setattr(store_module, "replay", counted)
    return seen


def concurrent_edits(
    store: Store, group: GroupId, people: dict[str, Signer], other: Store, count: int
) -> list[bytes]:
    """`count` edits Bosco types on the other PC while Amina types here: each of his
    comes before the last of hers in replay order."""
    actions.edit_document(store, people["Amina"], group, MINUTES, "Opened at 10.\n")
    other.ingest_many(store.raw_changes(group))
    theirs = []
    for i in range(count):
        mine = f"Opened at 10.\nSavings: {i} shares.\n"
        actions.edit_document(store, people["Amina"], group, MINUTES, mine)
        change = actions.edit_document(
            other, people["Bosco"], group, MINUTES, f"Present: {i}.\nOpened at 10.\n"
        )
        assert change is not None
        theirs.append(change.raw)
    actions.edit_document(store, people["Amina"], group, MINUTES, "Opened at 10.\nClosed.\n")
    store.state(group)  # (its state is current before the batch arrives)
    return theirs


def test_a_batch_of_a_peers_concurrent_edits_is_taken_in_without_a_replay(
    store: Store,
    group: GroupId,
    people: dict[str, Signer],
    make_store: Any,
    replays_in_lock: list[int],
) -> None:
    other = make_store()
    theirs = concurrent_edits(store, group, people, other, 5)
    results = store.ingest_many(theirs, source="peer")
    assert [r.status for r in results] == ["accepted"] * 5
    assert replays_in_lock == []
    # The documents kept current without a replay are those a replay gives.
    kept = store.document(group, MINUTES)
    assert kept is not None
    other.ingest_many(store.raw_changes(group))
    text = other.state(group).document_text(MINUTES)
    assert kept.get_text(MINUTES).to_string() == text
    assert store.state(group).document_text(MINUTES) == text
    assert store.state(group).digest() == other.state(group).digest()


def test_an_edit_written_after_them_builds_on_every_earlier_edit(
    store: Store,
    group: GroupId,
    people: dict[str, Signer],
    make_store: Any,
    replays_in_lock: list[int],
) -> None:
    other = make_store()
    store.ingest_many(concurrent_edits(store, group, people, other, 3), source="peer")
    store.ingest_many(concurrent_edits(store, group, people, other, 3), source="peer")
    change = actions.edit_document(store, people["Amina"], group, MINUTES, "Adjourned.\n")
    assert change is not None
    assert replays_in_lock == []
    assert store.state(group).document_text(MINUTES) == "Adjourned.\n"
    assert store.state(group).voided == []
    again = Store.open(store.home)  # replayed from the log alone
    try:
        assert again.state(group).document_text(MINUTES) == "Adjourned.\n"
        assert again.state(group).digest() == store.state(group).digest()
        assert check_store(again)[0] == []
    finally:
        again.close()


def test_a_removal_out_of_order_makes_the_next_read_replay(
    store: Store, group: GroupId, people: dict[str, Signer], make_store: Any
) -> None:
    """A late removal may void edits already folded in: the kept documents are dropped."""
    other = make_store()
    store.ingest_many(concurrent_edits(store, group, people, other, 1), source="peer")
    held = store._groups[group]
    assert held.state is None and held.documents is not None  # (order alone broken)
    removal = actions.remove_member(other, people["Amina"], group, person=people["Chiku"].person)
    assert store.ingest(removal.raw).status == "accepted"
    assert held.state is None and held.documents is None and held.needs_replay


def test_a_write_that_waited_out_the_lock_says_what_to_do(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    held = store.change_count(group)
    store.db.execute("PRAGMA busy_timeout=100")  # (a minute in use)
    with closing(sqlite3.connect(store.home / DB_NAME, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        with pytest.raises(StoreError) as refused:
            actions.edit_document(store, people["Amina"], group, MINUTES, "Opened at 10.\n")
        other.execute("ROLLBACK")
    assert refused.value.words.template == BUSY
    assert "Try again" in str(refused.value) and str(store.home) in str(refused.value)
    assert store.change_count(group) == held
    assert actions.edit_document(store, people["Amina"], group, MINUTES, "Opened at 10.\n")
