"""Backups made while others write, and restores that refuse what they should."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from ledger.savings import membership_actions as actions
from ledger.store import notify
from ledger.store.backup import backup_store, last_backup, restore_store
from ledger.store.errors import Refused, StoreError
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.storage import DB_NAME
from ledger.store.store import Store


def _digest(home: Path, group: GroupId) -> str:
    opened = Store.open(home)
    try:
        return opened.state(group).digest()
    finally:
        opened.close()


def test_a_backup_is_consistent_while_another_process_writes(
    store: Store, group: GroupId, tmp_path: Path
) -> None:
    assert last_backup(store.home) is None
    writer = Store.open(store.home)  # as `lattice serve` beside the window
    try:
        writer.db.execute("BEGIN IMMEDIATE")
        writer.db.execute("INSERT INTO meta(key, value) VALUES ('unfinished', 'x')")
        info = backup_store(store, tmp_path / "copy.sqlite3")
        writer.db.execute("ROLLBACK")
    finally:
        writer.db.close()
    assert info.path == tmp_path / "copy.sqlite3"
    assert (info.groups, info.changes) == (1, 4)
    assert last_backup(store.home) == info.at
    with closing(sqlite3.connect(info.path)) as conn:
        assert conn.execute("SELECT count(*) FROM meta WHERE key='unfinished'").fetchone()[0] == 0
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not list(tmp_path.glob("*.part"))


def test_a_backup_into_a_folder_gets_a_dated_name(
    store: Store, group: GroupId, tmp_path: Path
) -> None:
    info = backup_store(store, tmp_path)
    assert info.path.parent == tmp_path
    assert info.path.name.startswith("lattice-backup-")


def test_a_backup_restores_into_an_empty_folder(
    store: Store, group: GroupId, people: dict[str, Signer], tmp_path: Path
) -> None:
    info = backup_store(store, tmp_path / "copy.sqlite3")
    restored = restore_store(tmp_path / "new-pc", info.path)
    assert (restored.groups, restored.changes, restored.kept) == (1, 4, None)
    assert _digest(tmp_path / "new-pc", group) == store.state(group).digest()
    again = Store.open(tmp_path / "new-pc")
    try:
        assert again.device_id == store.device_id  # the same PC, back on a new disk
    finally:
        again.close()


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b"\x00" * len(b),
        lambda b: b[: len(b) // 2],
        lambda b: b"",
        lambda b: b[:100] + b"\xff" * 4000 + b[4100:],
    ],
)
def test_a_bad_backup_is_refused_and_changes_nothing(
    store: Store, group: GroupId, tmp_path: Path, damage: object
) -> None:
    info = backup_store(store, tmp_path / "copy.sqlite3")
    info.path.write_bytes(damage(info.path.read_bytes()))  # type: ignore[operator]
    target = tmp_path / "new-pc"
    with pytest.raises(StoreError, match="is not a usable backup"):
        restore_store(target, info.path)
    assert not (target / DB_NAME).exists()


def test_a_backup_holding_a_damaged_change_is_refused(
    store: Store, group: GroupId, tmp_path: Path
) -> None:
    info = backup_store(store, tmp_path / "copy.sqlite3")
    with closing(sqlite3.connect(info.path)) as conn, conn:
        raw = conn.execute("SELECT raw FROM change_log ORDER BY rowid DESC").fetchone()[0]
        flipped = raw[:-3] + bytes([raw[-3] ^ 1]) + raw[-2:]
        conn.execute("UPDATE change_log SET raw=? WHERE raw=?", (flipped, raw))
    with pytest.raises(StoreError, match="is not a usable backup"):
        restore_store(tmp_path / "new-pc", info.path)


def test_a_missing_backup_is_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"nothing\.sqlite3 is not a usable backup"):
        restore_store(tmp_path / "pc", tmp_path / "nothing.sqlite3")


def test_a_store_is_replaced_only_when_asked_and_is_kept(
    store: Store, group: GroupId, people: dict[str, Signer], tmp_path: Path
) -> None:
    info = backup_store(store, tmp_path / "copy.sqlite3")
    other = Store.open(tmp_path / "pc")
    actions.create_group(other, people["Bosco"], name="Other", currency="RWF", quorum=1)
    other.close()
    before = (tmp_path / "pc" / DB_NAME).read_bytes()
    with pytest.raises(Refused, match=r"already holds a store \(1 change in 1 group\)"):
        restore_store(tmp_path / "pc", info.path)
    assert (tmp_path / "pc" / DB_NAME).read_bytes() == before
    restored = restore_store(tmp_path / "pc", info.path, replace=True)
    assert restored.kept is not None and restored.kept.exists()
    assert _digest(tmp_path / "pc", group) == store.state(group).digest()
    kept = Store.open(tmp_path / "kept")
    kept.close()
    (tmp_path / "kept" / DB_NAME).write_bytes(restored.kept.read_bytes())
    assert [s.name for s in _names(tmp_path / "kept")] == ["Other"]


def _names(home: Path) -> list[object]:
    opened = Store.open(home)
    try:
        return [opened.state(g) for g in opened.group_ids()]
    finally:
        opened.close()


def test_a_store_in_use_is_not_replaced(store: Store, group: GroupId, tmp_path: Path) -> None:
    info = backup_store(store, tmp_path / "copy.sqlite3")
    sock = notify.listen_socket(store.home)  # as the window listens
    try:
        with pytest.raises(Refused, match="Lattice is running on this data folder"):
            restore_store(store.home, info.path, replace=True)
    finally:
        sock.close()


def test_a_damaged_store_is_replaced_and_kept_as_it_was(
    store: Store, group: GroupId, tmp_path: Path
) -> None:
    info = backup_store(store, tmp_path / "copy.sqlite3")
    home = tmp_path / "pc"
    home.mkdir()
    damaged = b"SQLite format 3\x00" + b"\xde\xad" * 3000
    (home / DB_NAME).write_bytes(damaged)
    restored = restore_store(home, info.path, replace=True)
    assert restored.kept is not None and restored.kept.read_bytes() == damaged
    assert _digest(home, group) == store.state(group).digest()
