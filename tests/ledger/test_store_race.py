"""Two processes on one data folder: a commit by one is never missed by the other, and
one PC never writes two changes with the same writer and number."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from ledger.savings import membership_actions as actions
from ledger.store.events import ChangesArrived
from ledger.store.ids import GroupId, writer_id
from ledger.store.persons import Signer
from ledger.store.store import Store

NOTES = "goal:" + "cd" * 8


class _AfterCommit:
    """A connection that runs `hook` once, right after its next COMMIT: the window in
    which another process's commit used to go unseen."""

    def __init__(self, conn: sqlite3.Connection, hook: Callable[[], None]) -> None:
        self._conn = conn
        self._hook: Callable[[], None] | None = hook

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        cursor = self._conn.execute(sql, *args)
        if sql == "COMMIT" and self._hook is not None:
            hook, self._hook = self._hook, None
            hook()
        return cursor

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def _commit_in_the_window(store: Store, hook: Callable[[], None]) -> None:
    store.db = _AfterCommit(store.db, hook)  # type: ignore[assignment]


def test_a_commit_right_after_ours_is_seen(
    people: dict[str, Signer], group: GroupId, store: Store
) -> None:
    other = Store.open(store.home)
    other.state(group)
    written = []
    _commit_in_the_window(
        store,
        lambda: written.append(
            actions.edit_document(other, people["Chiku"], group, NOTES, "from the other")
        ),
    )
    actions.edit_document(store, people["Bosco"], group, "minutes:" + "ab" * 8, "ours")
    assert written, "the other process did not commit in the window"
    store.refresh()
    assert written[0] is not None
    assert written[0].id in store.history(group)
    assert store.state(group).document_text(NOTES) == "from the other"
    assert store.state(group).digest() == other.state(group).digest()
    other.close()


def test_the_same_writer_never_takes_a_number_twice(
    people: dict[str, Signer], group: GroupId, store: Store
) -> None:
    """The other process writes as the same person in the window; our next change must
    follow it, not take its number (which would flag Amina as equivocating)."""
    other = Store.open(store.home)
    other.state(group)
    _commit_in_the_window(
        store, lambda: actions.edit_document(other, people["Amina"], group, NOTES, "theirs")
    )
    actions.edit_document(store, people["Amina"], group, NOTES, "ours 1")
    actions.edit_document(store, people["Amina"], group, NOTES, "ours 2")
    actions.edit_document(other, people["Amina"], group, NOTES, "theirs 2")
    for s in (store, other):
        state = s.state(group)
        assert state.equivocators == {}
        chain = s.history(group).chains[writer_id(people["Amina"].person, s.device_id)]
        assert all(len(ids) == 1 for ids in chain.values())
    assert store.state(group).digest() == other.state(group).digest()
    other.close()


def test_a_writer_numbers_from_the_disk_even_when_memory_missed_a_commit(
    people: dict[str, Signer], group: GroupId, store: Store
) -> None:
    """Defence in depth: were memory ever behind, the next number still comes from the
    disk inside the write transaction, and memory is reloaded rather than forked."""
    other = Store.open(store.home)
    store.state(group)
    actions.edit_document(other, people["Amina"], group, NOTES, "theirs")
    # Pretend this process took that commit as seen without loading it.
    store._data_version = store._read_data_version()
    store._last_rowid = 10**9
    actions.edit_document(store, people["Amina"], group, NOTES, "ours")
    assert store.state(group).equivocators == {}
    other.refresh()
    assert other.state(group).equivocators == {}
    assert other.state(group).digest() == store.state(group).digest()
    other.close()


def test_a_listener_may_write_when_others_changes_arrive(
    people: dict[str, Signer], group: GroupId, store: Store
) -> None:
    """Arrivals are announced after the read that found them, so a listener that
    answers with a write of its own (as a front end may) is not refused."""
    other = Store.open(store.home)
    replies = []

    def answer(event: object) -> None:
        if isinstance(event, ChangesArrived) and event.origin == "refresh" and not replies:
            replies.append(actions.edit_document(store, people["Bosco"], group, NOTES, "reply"))

    store.subscribe(answer)
    actions.edit_document(other, people["Chiku"], group, NOTES, "hello")
    assert store.refresh()
    assert replies and replies[0] is not None
    other.refresh()
    assert other.state(group).document_text(NOTES) == "reply"
    other.close()
