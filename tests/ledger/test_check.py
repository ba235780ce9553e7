"""`lattice check`: a sound store passes; a store tampered with on disk is flagged."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from ledger.savings import actions as finance
from ledger.savings import membership_actions as actions
from ledger.store import snapshot
from ledger.store import store as store_module
from ledger.store.change import Change
from ledger.store.check import check_store
from ledger.store.documents import edit_update, new_document
from ledger.store.ids import ChangeId, GroupId, writer_id
from ledger.store.persons import Signer
from ledger.store.storage import DB_NAME
from ledger.store.store import Store
from tests.ledger.conftest import forge

MINUTES = "minutes:" + "ab" * 8


def _check(home: Path) -> tuple[list[str], int]:
    """Check the folder as `lattice check` does: a store freshly opened from disk."""
    opened = Store.open(home)
    try:
        return check_store(opened)
    finally:
        opened.close()


def _sql(home: Path, statement: str, *args: object) -> None:
    with sqlite3.connect(home / DB_NAME) as conn:
        conn.execute(statement, args)
    conn.close()


def _file(store: Store, change: Change) -> None:
    """Keep a change as accepted without the checks ingest makes: a store edited by hand
    (or by a faulty program) could hold one."""
    with store._transaction():
        store._store(change)


@pytest.fixture
def busy(
    store: Store, group: GroupId, people: dict[str, Signer], monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, GroupId]:
    """Umoja with entries (half of them signed off by both elders) and minutes, its state
    cached in a snapshot."""
    monkeypatch.setattr(store_module, "SNAPSHOT_AFTER", 10)
    recorded = [
        finance.add_entry(
            store,
            people["Amina"],
            group,
            type="contribution",
            member=people["Chiku"].person,
            amount=f"{i + 1}.50",
            date="2026-03-01",
        ).id
        for i in range(8)
    ]
    for elder in ("Bosco", "Esther"):
        finance.sign_off(store, people[elder], group, recorded[:4])
    actions.edit_document(store, people["Amina"], group, MINUTES, "Opened at ten.")
    actions.edit_document(store, people["Bosco"], group, MINUTES, "Opened at ten. Bosco spoke.")
    store.state(group)
    return store.home, group


def test_a_sound_store_passes(busy: tuple[Path, GroupId], store: Store) -> None:
    home, group = busy
    count = store.change_count(group)
    store.close()
    assert _snapshot(home) is not None
    assert _check(home) == ([], count)


def test_a_sound_store_with_several_groups_and_a_waiting_change_passes(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    other = actions.create_group(store, people["Bosco"], name="Tumaini", currency="RWF").group
    actions.edit_document(store, people["Bosco"], other, "goal:" + "cd" * 8, "a roof")
    unheard_of = ChangeId("ef" * 32)
    waiting = forge(people["Amina"], store, group, "device.link", {}, deps=(unheard_of,))
    assert store.ingest(waiting.raw).status == "pending"
    total = store.change_count(group) + store.change_count(other) + 1
    store.close()
    assert _check(store.home) == ([], total)


def test_equivocation_and_voided_changes_are_sound(
    store: Store, group: GroupId, people: dict[str, Signer], make_store: Any
) -> None:
    """What a group rightly keeps but does not count passes: an equivocating writer, and
    minutes and a member added by someone removed at the same time, arriving late."""
    one = forge(people["Chiku"], store, group, "device.link", {"label": "one"})
    two = forge(people["Chiku"], store, group, "device.link", {"label": "two"})
    assert [store.ingest(c.raw).status for c in (one, two)] == ["accepted", "accepted"]
    actions.grant_role(store, people["Amina"], group, people["Bosco"].person, "council")
    bosco_pc: Store = make_store("bosco")
    bosco_pc.ingest_many(store.raw_changes(group))
    late = [
        actions.edit_document(bosco_pc, people["Bosco"], group, MINUTES, "Bosco's minutes"),
        actions.add_member(
            bosco_pc,
            people["Bosco"],
            group,
            person=people["Dan"].person,
            name="Dan",
            roles=["member"],
        ),
    ]
    actions.remove_member(store, people["Amina"], group, people["Bosco"].person)
    actions.edit_document(store, people["Amina"], group, MINUTES, "Amina's minutes")
    assert {r.status for r in store.ingest_many([c.raw for c in late if c])} == {"accepted"}
    state = store.state(group)
    assert state.equivocators and len(state.voided) >= 4
    count = store.change_count(group)
    store.close()
    assert _check(store.home) == ([], count)


@pytest.mark.parametrize(
    ("kind", "where"),
    [("entry.add", -1), ("entry.add", 40), ("member.add", -1), ("member.add", 40)],
    ids=["entry-signature", "entry-payload", "control-signature", "control-payload"],
)
def test_a_changed_byte_in_a_stored_change_is_flagged(
    busy: tuple[Path, GroupId], store: Store, kind: str, where: int
) -> None:
    home, group = busy
    count = store.change_count(group)
    oldest_first = reversed(store.recent_changes(group, limit=count))
    victim = next(c for c in oldest_first if c.kind == kind)
    store.close()
    tampered = bytearray(victim.raw)
    tampered[where] ^= 0x01
    _sql(home, "UPDATE change_log SET raw=? WHERE id=?", bytes(tampered), victim.id)
    problems, checked = _check(home)
    assert checked == count
    # the change is named by the id it is stored under, with what is wrong with it
    named = f"change {victim.id[:8]}: "
    assert [p for p in problems if p.startswith(named)] == [
        named + "its stored bytes no longer match its id (altered on disk): "
        "signature does not match the author"
    ]
    # what was written after seeing it cannot be verified either, and nothing crashed
    assert any(p.endswith("is stored before what it depends on") for p in problems)


def test_a_removed_change_that_breaks_a_chain_is_flagged(
    busy: tuple[Path, GroupId], store: Store, people: dict[str, Signer]
) -> None:
    home, group = busy
    amina = writer_id(people["Amina"].person, store.device_id)
    chain = store.history(group).chains[amina]
    removed, after = chain[3][0], chain[4][0]
    count = store.change_count(group)
    store.close()
    _sql(home, "DELETE FROM change_log WHERE id=?", removed)
    problems, checked = _check(home)
    assert checked == count - 1
    assert f"change {after[:8]} is stored before what it depends on" in problems
    assert not any(removed[:8] in p for p in problems)


def test_a_forged_snapshot_is_flagged(busy: tuple[Path, GroupId], store: Store) -> None:
    home, group = busy
    store.close()
    row = _snapshot(home)
    assert row is not None
    state = snapshot.decode_state(row)
    assert state is not None
    state.membership.settings.quorum = 1  # one elder would then confirm an entry
    _sql(home, "UPDATE snapshot SET state=?", snapshot.encode_state(state))
    reopened = Store.open(home)
    assert reopened.state(group).settings.quorum == 1  # the forgery passes its own hash
    reopened.close()
    problems, _ = _check(home)
    assert problems == [f"group {group[:8]}: the cached state differs from the log"]


def test_a_damaged_snapshot_is_ignored_as_the_store_ignores_it(
    busy: tuple[Path, GroupId], store: Store
) -> None:
    home, _group = busy
    count = store.change_count(_group)
    store.close()
    _sql(home, "UPDATE snapshot SET state=?", b"garbage")
    assert _check(home) == ([], count)


def test_a_change_filed_under_another_group_is_flagged(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    other = actions.create_group(store, people["Bosco"], name="Tumaini", currency="RWF").group
    moved = actions.edit_document(store, people["Bosco"], other, "goal:" + "cd" * 8, "a roof")
    assert moved is not None
    store.close()
    _sql(store.home, "UPDATE change_log SET group_id=? WHERE id=?", group, moved.id)
    problems, _ = _check(store.home)
    assert f"change {moved.id[:8]} is filed under the wrong group" in problems


def test_a_tampered_index_column_is_flagged(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    """The store loads its causal index from these columns, not from the signed bytes."""
    last = actions.edit_document(store, people["Amina"], group, MINUTES, "Opened at ten.")
    assert last is not None
    store.close()
    _sql(store.home, "UPDATE change_log SET seq=seq+1 WHERE id=?", last.id)
    problems, _ = _check(store.home)
    assert problems == [
        f"change {last.id[:8]} is stored with an index that differs from its signed bytes"
    ]


def test_a_signed_change_by_someone_without_the_right_is_flagged(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    chiku = people["Chiku"]  # a member, who may not keep the minutes
    edit = edit_update(new_document(), MINUTES, writer_id(chiku.person, store.device_id), "x")
    assert edit is not None
    change = forge(chiku, store, group, "doc.edit", {"doc": MINUTES, "update": edit})
    _file(store, change)
    store.close()
    problems, _ = _check(store.home)
    assert len(problems) == 1
    assert problems[0].startswith(f"change {change.id[:8]} was not allowed: ")


def test_a_document_edit_carrying_another_writers_operations_is_flagged(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    """Ingest's document rules apply too (the check before this one did not apply them)."""
    bosco = writer_id(people["Bosco"].person, store.device_id)
    edit = edit_update(new_document(), MINUTES, bosco, "words put in Bosco's mouth")
    assert edit is not None
    change = forge(people["Amina"], store, group, "doc.edit", {"doc": MINUTES, "update": edit})
    _file(store, change)
    store.close()
    problems, _ = _check(store.home)
    assert problems == [
        f"change {change.id[:8]} was not allowed: "
        "the document update holds operations of another writer"
    ]


def test_a_change_that_breaks_its_writers_chain_is_flagged(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    """Bosco's second change names Amina's first as his previous one (signed, so forged
    on purpose: no honest PC writes it)."""
    history = store.history(group)
    amina_first = history.at(writer_id(people["Amina"].person, store.device_id), 1)[0]
    change = forge(people["Bosco"], store, group, "device.link", {}, seq=2, prev=amina_first)
    _file(store, change)
    store.close()
    problems, _ = _check(store.home)
    assert problems == [f"change {change.id[:8]} breaks its writer's chain"]


def test_a_damaged_waiting_change_is_flagged(store: Store, group: GroupId) -> None:
    store.close()
    _sql(
        store.home,
        "INSERT INTO pending_change(id, group_id, missing, raw, received) VALUES (?,?,?,?,0)",
        "ee" * 32,
        group,
        "[]",
        b"not a change",
    )
    problems, _ = _check(store.home)
    assert len(problems) == 1
    assert problems[0].startswith("a waiting change fails verification: ")


def test_check_leaves_the_signed_log_as_it_was(busy: tuple[Path, GroupId], store: Store) -> None:
    home, _group = busy
    store.close()
    before = _log(home)
    _check(home)
    assert _log(home) == before


def _snapshot(home: Path) -> bytes | None:
    with sqlite3.connect(home / DB_NAME) as conn:
        row = conn.execute("SELECT state FROM snapshot").fetchone()
    conn.close()
    return None if row is None else bytes(row[0])


def _log(home: Path) -> list[list[tuple[object, ...]]]:
    with sqlite3.connect(home / DB_NAME) as conn:
        rows = [
            conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            for table in ("change_log", "pending_change")
        ]
    conn.close()
    return rows
