"""Every damaged store is refused in plain words by `status`, `check` and `entry add`,
and nothing stored is changed: random bytes over most of the file, a header that makes
SQLite read-only, one byte flipped inside one stored change, an empty file."""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main
from ledger.savings import actions as fa
from ledger.savings import membership_actions as actions
from ledger.store.keyring import Keyring
from ledger.store.storage import DB_NAME
from ledger.store.store import Store

PASSPHRASE = "1234"
COMMANDS = {
    "status": ["status"],
    "check": ["check"],
    "entry add": [
        "entry", "add", "Umoja", "--type", "contribution", "--member", "Amina",
        "--amount", "5", "--as", "Amina",
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A sound store (entries, and minutes long enough to fill overflow pages, which
    SQLite reads only with their row) and the id of one entry."""
    home = tmp_path_factory.mktemp("pristine") / "home"
    store = Store.open(home)
    amina = Keyring(store.db).create("Amina", PASSPHRASE)
    group = actions.create_group(store, amina, name="Umoja", currency="KES", quorum=1).group
    entries = [
        fa.add_entry(
            store, amina, group, type="contribution", member=amina.person, amount=100 + i
        ).id
        for i in range(120)
    ]
    for i in range(120):
        actions.edit_document(store, amina, group, "minutes:" + "ab" * 8, f"line {i} " * 700)
    store.close()
    return home, entries[60]


@pytest.fixture
def home(tmp_path: Path, pristine: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LATTICE_PASSPHRASE", PASSPHRASE)
    copy = tmp_path / "home"
    shutil.copytree(pristine[0], copy)
    return copy


def run(capsys: pytest.CaptureFixture[str], home: Path, command: str) -> tuple[int, str]:
    code = main([*COMMANDS[command], "--home", str(home)])
    out, err = capsys.readouterr()
    return code, out + err


def assert_refused_in_words(code: int, said: str, *words: str) -> None:
    assert code != 0
    assert "Traceback" not in said
    assert "sqlite3." not in said
    assert "b'" not in said and "\\x" not in said  # never the stored bytes themselves
    assert all(c.isprintable() or c == "\n" for c in said)
    for word in words:
        assert word in said


def untouched(home: Path) -> Callable[[], bool]:
    """Whether the store file is as it is now, with nothing waiting in its WAL."""
    db, wal = home / DB_NAME, home / f"{DB_NAME}-wal"
    before = db.read_bytes()
    return lambda: db.read_bytes() == before and not (wal.exists() and wal.stat().st_size)


def random_bytes_over(home: Path, fraction: float, placement: str, seed: int) -> None:
    """Overwrite `fraction` of the file with random bytes (its first page kept, so that
    SQLite still takes it for a database): at its end, in 100-byte patches, or over
    whole pages that hold the rest of long changes (read only with their row)."""
    db = home / DB_NAME
    data = bytearray(db.read_bytes())
    rng = random.Random(seed)
    body = len(data) - 4096
    if placement == "tail":
        start = len(data) - int(body * fraction)
        data[start:] = rng.randbytes(len(data) - start)
    elif placement == "overflow":  # pages holding the rest of long changes, not tables
        pages = [
            at for at in range(4096, len(data), 4096) if data[at] not in (0x02, 0x05, 0x0A, 0x0D)
        ]
        for at in rng.sample(pages, max(1, int(len(pages) * fraction))):
            data[at : at + 4096] = rng.randbytes(4096)
    else:
        for at in rng.sample(range(4096, len(data) - 100, 100), int(body * fraction) // 100):
            data[at : at + 100] = rng.randbytes(100)
    db.write_bytes(bytes(data))


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("placement", ["tail", "patches", "overflow"])
@pytest.mark.parametrize("fraction", [0.3, 0.99])
def test_random_bytes_over_much_of_the_file(
    capsys: pytest.CaptureFixture[str], home: Path, command: str, placement: str, fraction: float
) -> None:
    random_bytes_over(home, fraction, placement, seed=int(fraction * 100))
    same = untouched(home)
    code, said = run(capsys, home, command)
    assert_refused_in_words(code, said)
    assert "damaged" in said or "not a Lattice store" in said or "NOT SOUND" in said
    assert same()


@pytest.mark.parametrize("command", COMMANDS)
def test_a_header_that_makes_sqlite_read_only(
    capsys: pytest.CaptureFixture[str], home: Path, command: str
) -> None:
    db = home / DB_NAME
    data = bytearray(db.read_bytes())
    data[18] = 3  # the file format SQLite may write: one it does not know, so read-only
    db.write_bytes(bytes(data))
    same = untouched(home)
    code, said = run(capsys, home, command)
    assert_refused_in_words(code, said, "left untouched", "file format 3/")
    assert same()


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("where", ["body", "signature"])
def test_one_byte_flipped_inside_one_stored_change(
    capsys: pytest.CaptureFixture[str],
    home: Path,
    pristine: tuple[Path, str],
    command: str,
    where: str,
) -> None:
    entry = pristine[1]
    store = Store.open(home)
    raw = store.db.execute("SELECT raw FROM change_log WHERE id=?", (entry,)).fetchone()[0]
    store.close()
    db = home / DB_NAME
    data = bytearray(db.read_bytes())
    at = data.find(raw)
    assert at > 0 and data.count(raw) == 1
    at += len(raw) // 2 if where == "body" else len(raw) - 10
    data[at] ^= 0x01
    db.write_bytes(bytes(data))
    same = untouched(home)
    code, said = run(capsys, home, command)
    assert_refused_in_words(code, said, entry[:8])
    if command == "check":
        assert "altered on disk" in said
    else:
        assert "damaged" in said and "nothing is written on top of it" in said
    assert same()


@pytest.mark.parametrize("command", COMMANDS)
def test_an_empty_store_file_is_refused_with_how_to_start_afresh(
    capsys: pytest.CaptureFixture[str], home: Path, command: str
) -> None:
    (home / DB_NAME).write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(f"{home / DB_NAME}{suffix}").unlink(missing_ok=True)
    code, said = run(capsys, home, command)
    assert_refused_in_words(code, said, "empty (0 bytes", "to start afresh, move that file")
    assert (home / DB_NAME).read_bytes() == b""
