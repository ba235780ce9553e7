"""The cached state: equal to a replay, and ignored when stale or damaged."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
from pathlib import Path

import cbor2
import pytest

from ledger.savings import actions as finance
from ledger.savings import membership_actions as actions
from ledger.savings import snapshot_part
from ledger.savings.books import FundId
from ledger.store import parts, snapshot
from ledger.store import store as store_module
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.storage import DB_NAME
from ledger.store.store import Store
from ledger.store.words import Words
from tests.ledger.conftest import forge

MINUTES = "minutes:" + "ab" * 8


@pytest.fixture
def busy_home(
    tmp_path: Path, people: dict[str, Signer], monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, GroupId, str]:
    monkeypatch.setattr(store_module, "SNAPSHOT_AFTER", 10)
    home = tmp_path / "home"
    s = Store.open(home)
    a = people["Amina"]
    group = actions.create_group(s, a, name="Umoja", currency="KES", quorum=1).group
    actions.add_member(s, a, group, person=people["Bosco"].person, name="Bosco", roles=["elder"])
    for i in range(12):
        finance.add_entry(
            s,
            a,
            group,
            type="contribution",
            member=people["Bosco"].person,
            amount=f"{i + 1}.50",
            date="2026-03-01",
        )
    actions.edit_document(s, a, group, MINUTES, "Opened at ten.")
    digest = s.state(group).digest()
    s.close()
    return home, group, digest


def _snapshot_row(home: Path) -> tuple[int, bytes] | None:
    with sqlite3.connect(home / DB_NAME) as conn:
        row = conn.execute("SELECT upto_rowid, state FROM snapshot").fetchone()
    return row


def test_state_is_cached_and_equal_to_a_replay(busy_home: tuple[Path, GroupId, str]) -> None:
    home, group, digest = busy_home
    assert _snapshot_row(home) is not None
    s = Store.open(home)
    entry = s._groups[group]
    state = s._from_snapshot(group, entry)
    assert state is not None
    assert state.digest() == digest
    assert state.document_text(MINUTES) == "Opened at ten."
    s.close()


def test_changes_after_the_snapshot_are_applied(
    busy_home: tuple[Path, GroupId, str], people: dict[str, Signer]
) -> None:
    home, group, _ = busy_home
    s = Store.open(home)
    finance.add_entry(
        s,
        people["Amina"],
        group,
        type="contribution",
        member=people["Bosco"].person,
        amount="5",
        date="2026-03-02",
    )
    expected = s.state(group).digest()
    s.db.execute("DELETE FROM snapshot")  # make sure the next open uses the old one
    s.close()
    # re-create the older snapshot from a fresh store holding only the first changes
    s2 = Store.open(home)
    assert s2.state(group).digest() == expected
    s2.close()


def test_damaged_or_foreign_snapshot_is_ignored(busy_home: tuple[Path, GroupId, str]) -> None:
    home, group, digest = busy_home
    row = _snapshot_row(home)
    assert row is not None
    _upto, blob = row
    flipped = bytearray(blob)
    flipped[len(flipped) // 2] ^= 0xFF
    foreign = bytearray(blob)
    foreign[4:12] = b"other ve"
    for bad in (b"garbage", bytes(flipped), bytes(foreign), blob[:100]):
        with sqlite3.connect(home / DB_NAME) as conn:
            conn.execute("UPDATE snapshot SET state=?", (bad,))
        s = Store.open(home)
        assert s._from_snapshot(group, s._groups[group]) is None
        assert s.state(group).digest() == digest
        s.close()


def test_snapshot_never_builds_classes_outside_the_core() -> None:
    payload = cbor2.dumps({"\0c": "os.system", "x": 1})
    blob = b"LSN1" + snapshot._fingerprint() + hashlib.sha256(payload).digest() + payload
    assert snapshot.decode_state(blob) is None


def test_a_snapshot_of_another_entry_shape_is_replayed_not_read(
    busy_home: tuple[Path, GroupId, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two builds that bumped the version for different entry changes once read each other's
    snapshots ('snapshot entries have the wrong shape'); the entry shape is in the
    fingerprint, so a snapshot from another shape is stale and the state is replayed."""
    home, group, digest = busy_home
    row = _snapshot_row(home)
    assert row is not None
    _upto, blob = row
    assert blob[4:12] == snapshot._fingerprint()
    part = snapshot_part.BOOKS_PART
    wider = dataclasses.replace(
        part, shape=((*snapshot_part._ENTRY_FIELDS, "extra"), *part.shape[1:])
    )
    monkeypatch.setattr(parts, "_part", wider)
    other_shape = snapshot._fingerprint()
    monkeypatch.undo()
    assert other_shape != blob[4:12]
    with sqlite3.connect(home / DB_NAME) as conn:
        conn.execute("UPDATE snapshot SET state=?", (blob[:4] + other_shape + blob[12:],))
    s = Store.open(home)
    assert s._from_snapshot(group, s._groups[group]) is None
    assert s.state(group).digest() == digest
    s.close()


def test_entry_columns_follow_the_entry_fields() -> None:
    """Cached entries are rebuilt positionally: the columns must keep `Entry`'s order."""
    from ledger.savings.entry import Entry
    from ledger.savings.snapshot_part import _ENTRY_FIELDS

    names = [f.name for f in dataclasses.fields(Entry)]
    assert names[: len(_ENTRY_FIELDS)] == list(_ENTRY_FIELDS)
    assert names[len(_ENTRY_FIELDS) :] == ["signers", "confirmed", "base", "_lines"]


def test_opening_and_closing_does_not_rewrite_a_current_cache(
    busy_home: tuple[Path, GroupId, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing the app must not re-encode the whole state it just read from the cache."""
    from ledger.store import group_memory

    encoded: list[GroupId] = []

    def counting(state: object) -> bytes:
        encoded.append(state.group)  # type: ignore[attr-defined]
        return snapshot.encode_state(state)  # type: ignore[arg-type]

    monkeypatch.setattr(group_memory, "encode_state", counting)
    home, group, digest = busy_home
    before = _snapshot_row(home)
    s = Store.open(home)
    assert s.state(group).digest() == digest
    held = s._groups[group]
    assert not held.loaded, "a current cache needs no causal index"
    s.close()
    assert not held.loaded, "closing must not load the index either"
    assert encoded == []
    assert _snapshot_row(home) == before


def test_the_default_fund_keeps_its_translatable_name(
    store: Store, people: dict[str, Signer], group: GroupId
) -> None:
    """The core names the default fund (`Words`, translated by the window); a fund a person
    named stays their plain text. Both survive the cache as they were."""
    finance.add_fund(store, people["Amina"], group, name="Harvest", kind="social")
    decoded = snapshot.decode_state(snapshot.encode_state(store.state(group)))
    assert decoded is not None and decoded.books is not None
    default = decoded.books.funds[FundId(group)]
    assert isinstance(default.name, Words)
    assert default.name == default.name.template == "Savings"
    harvest = [f for f in decoded.books.funds.values() if f.id != group]
    assert [(f.name, type(f.name)) for f in harvest] == [("Harvest", str)]
    assert decoded.digest() == store.state(group).digest()


def test_a_cached_state_keeps_the_default_funds_words(busy_home: tuple[Path, GroupId, str]) -> None:
    home, group, _ = busy_home
    s = Store.open(home)
    state = s._from_snapshot(group, s._groups[group])
    assert state is not None and state.books is not None
    name = state.books.funds[FundId(group)].name
    assert isinstance(name, Words) and name.template == "Savings"
    s.close()


def test_entries_recorded_on_a_cached_state_wait_for_the_cached_ones(
    busy_home: tuple[Path, GroupId, str], people: dict[str, Signer]
) -> None:
    """A cached state records new entries without reading its cached ones (what makes
    `lattice entry add` quick on a large group); once read, the books equal a replay's."""
    home, group, _ = busy_home
    s = Store.open(home)
    amina, bosco = people["Amina"], people["Bosco"].person
    made = [
        finance.add_entry(
            s, amina, group, type="contribution", member=bosco, amount=amount, date="2026-03-02"
        ).id
        for amount in ("5", "6")
    ]
    books = s.state(group).books
    assert books._unread is not None, "recording read the cached entries"
    assert [books.entry(e).order for e in made] == [12, 13]  # type: ignore[union-attr]
    assert books._unread is not None
    finance.sign_off(s, people["Bosco"], group, [made[0]])  # needs the entries: reads them
    assert books._unread is None
    assert [e.order for e in books.entries.values()] == list(range(14))
    digest, by_member, pending = s.state(group).digest(), books.by_member, books._pending
    s.db.execute("DELETE FROM snapshot")
    s.close()
    replayed = Store.open(home)
    again = replayed.state(group).books
    assert replayed.state(group).digest() == digest
    assert (again.by_member, list(again._pending)) == (by_member, list(pending))
    replayed.close()


def _reopened_state(home: Path, group: GroupId) -> tuple[str, bool]:
    """The state a fresh process derives, and whether it had to read the causal index."""
    s = Store.open(home)
    digest = s.state(group).digest()
    loaded = s._groups[group].loaded
    s.db.execute("DELETE FROM snapshot")
    s.close()
    replayed = Store.open(home)
    assert replayed.state(group).digest() == digest
    replayed.close()
    return digest, loaded


def _contribute(s: Store, people: dict[str, Signer], group: GroupId, amount: str) -> None:
    bosco, day = people["Bosco"].person, "2026-03-03"
    finance.add_entry(
        s, people["Amina"], group, type="contribution", member=bosco, amount=amount, date=day
    )


def test_changes_after_a_cache_need_no_index_when_nothing_can_be_void(
    busy_home: tuple[Path, GroupId, str], people: dict[str, Signer]
) -> None:
    home, group, _ = busy_home
    s = Store.open(home)
    _contribute(s, people, group, "7")
    expected = s.state(group).digest()
    s.close()  # (one change after the cache: not cached again)
    assert _reopened_state(home, group) == (expected, False)


def test_after_a_removal_the_changes_after_a_cache_go_through_the_index(
    busy_home: tuple[Path, GroupId, str], people: dict[str, Signer]
) -> None:
    home, group, _ = busy_home
    s = Store.open(home)
    amina, chiku = people["Amina"], people["Chiku"].person
    actions.add_member(s, amina, group, person=chiku, name="Chiku", roles=["member"])
    actions.remove_member(s, amina, group, chiku)
    assert s.state(group).removals == 1  # (replayed, and cached again)
    s.close()
    s = Store.open(home)
    assert s.state(group).removals == 1 and not s._groups[group].loaded
    _contribute(s, people, group, "7")
    expected = s.state(group).digest()
    s.close()
    assert _reopened_state(home, group) == (expected, True)


def test_an_equivocation_after_a_cache_goes_through_the_index(
    busy_home: tuple[Path, GroupId, str], people: dict[str, Signer]
) -> None:
    home, group, _ = busy_home
    s = Store.open(home)
    one = forge(people["Bosco"], s, group, "device.link", {"label": "one"})
    two = forge(people["Bosco"], s, group, "device.link", {"label": "two"})
    assert one.seq == two.seq
    for raw in (one.raw, two.raw):
        assert s.ingest(raw).status == "accepted"
    expected = s.state(group).digest()
    assert s.state(group).equivocators
    s._snapshotted[group] = s.state(group).applied  # (closing keeps the older cache)
    s.close()
    assert _reopened_state(home, group) == (expected, True)
