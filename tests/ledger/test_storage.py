"""The SQLite store: refuses damage without overwriting it; shared by several processes;
durable under SIGKILL."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ledger.savings import membership_actions as actions
from ledger.store.errors import StoreError
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.storage import DB_NAME
from ledger.store.store import Store

NOTES = "goal:" + "cd" * 8


def test_the_table_list_matches_the_schema() -> None:
    from sqlmodel import SQLModel

    from ledger.store import tables  # noqa: F401
    from ledger.store.storage import TABLES

    assert sorted(TABLES) == sorted(t.name for t in SQLModel.metadata.sorted_tables)


def test_opening_an_existing_store_does_not_load_sqlmodel(tmp_path: Path) -> None:
    """The windowed app's cold start depends on it: SQLModel takes long to import."""
    Store.open(tmp_path / "home").close()
    code = (
        "import sys; from pathlib import Path; from ledger.store.store import Store; "
        f"Store.open(Path({str(tmp_path / 'home')!r})).close(); "
        "print('sqlmodel' in sys.modules, 'sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_truncated_store_is_refused_and_left_untouched(
    tmp_path: Path, people: dict[str, Signer]
) -> None:
    home = tmp_path / "home"
    s = Store.open(home)
    g = actions.create_group(s, people["Amina"], name="Umoja", currency="KES").group
    for i in range(200):
        actions.edit_document(s, people["Amina"], g, NOTES, f"note {i}")
    s.close()
    db = home / DB_NAME
    for name in ("-wal", "-shm"):
        Path(str(db) + name).unlink(missing_ok=True)
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    damaged = db.read_bytes()
    with pytest.raises(StoreError, match="left untouched"):
        Store.open(home)
    assert db.read_bytes() == damaged


def test_garbage_file_is_refused(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / DB_NAME).write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="not a Lattice store"):
        Store.open(home)
    assert (home / DB_NAME).read_bytes().startswith(b"this is not")


def test_corrupted_pages_are_refused(tmp_path: Path, people: dict[str, Signer]) -> None:
    home = tmp_path / "home"
    s = Store.open(home)
    g = actions.create_group(s, people["Amina"], name="Umoja", currency="KES").group
    for i in range(100):
        actions.edit_document(s, people["Amina"], g, NOTES, f"note {i}")
    s.close()
    db = home / DB_NAME
    data = bytearray(db.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset : offset + 64] = b"\xff" * 64
    db.write_bytes(bytes(data))
    with pytest.raises(StoreError):
        Store.open(home)


def test_newer_format_is_refused(tmp_path: Path) -> None:
    home = tmp_path / "home"
    Store.open(home).close()
    with sqlite3.connect(home / DB_NAME) as conn:
        conn.execute("UPDATE meta SET value='99' WHERE key='format'")
    with pytest.raises(StoreError, match="newer Lattice"):
        Store.open(home)
    with sqlite3.connect(home / DB_NAME) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key='format'").fetchone()[0] == "99"


def test_two_processes_see_each_others_changes(
    tmp_path: Path, people: dict[str, Signer], group: GroupId, store: Store
) -> None:
    other = Store.open(store.home)
    actions.edit_document(other, people["Chiku"], group, NOTES, "from the other process")
    assert store.refresh()
    assert store.state(group).document_text(NOTES) == "from the other process"
    assert store.state(group).digest() == other.state(group).digest()
    actions.edit_document(store, people["Bosco"], group, "minutes:" + "ab" * 8, "hello")
    assert other.state(group).document_text("minutes:" + "ab" * 8) == "hello"
    other.close()


def test_the_same_person_in_two_processes_never_equivocates(
    people: dict[str, Signer], group: GroupId, store: Store
) -> None:
    other = Store.open(store.home)
    for i in range(5):
        actions.edit_document(store, people["Amina"], group, NOTES, f"a{i}")
        actions.edit_document(other, people["Amina"], group, NOTES, f"b{i}")
    assert store.state(group).equivocators == {}
    assert other.state(group).digest() == store.state(group).digest()
    other.close()


WRITER = textwrap.dedent(
    """
    import sys, pathlib
    from ledger.store.store import Store
    from ledger.store.persons import create_person
    from ledger.savings import membership_actions as actions
    store = Store.open(pathlib.Path(sys.argv[1]))
    _, amina = create_person("Amina", "pw")
    group = actions.create_group(store, amina, name="Umoja", currency="KES").group
    print(group, flush=True)
    i = 0
    while True:
        actions.edit_document(store, amina, group, "minutes:" + "ab" * 8, f"line {i}")
        print(i, flush=True)
        i += 1
    """
)


def test_sigkill_loses_nothing_acknowledged(tmp_path: Path) -> None:
    home = tmp_path / "home"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(home)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert proc.stdout is not None
    group = GroupId(proc.stdout.readline().strip())
    acknowledged = -1
    deadline = time.monotonic() + 1.5
    while time.monotonic() < deadline:
        acknowledged = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    store = Store.open(home)
    # genesis + every acknowledged link (one more may have committed before the print)
    assert store.change_count(group) >= acknowledged + 2
    from ledger.store.check import check_store

    problems, _ = check_store(store)
    assert problems == []
    store.close()


def test_a_group_founded_by_another_process_appears_whole(
    people: dict[str, Signer], store: Store
) -> None:
    other = Store.open(store.home)
    new = actions.create_group(other, people["Bosco"], name="Tujenge", currency="RWF").group
    actions.edit_document(other, people["Bosco"], new, "goal:" + "cd" * 8, "a roof")
    assert new in store.group_ids()
    state = store.state(new)
    assert state.name == "Tujenge"
    assert state.equivocators == {}
    assert store.change_count(new) == 2
    assert state.digest() == other.state(new).digest()
    other.close()
