"""A full disk: nothing acknowledged is lost, the error is a sentence, and the store stays
readable until space returns (on a real small disk: a tmpfs mounted for the test)."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from ledger.savings import membership_actions as actions
from ledger.store.check import check_store
from ledger.store.errors import StoreError
from ledger.store.events import StoreEvent, WritingPaused, WritingResumed
from ledger.store.ids import ChangeId
from ledger.store.persons import Signer
from ledger.store.space import DISK_FULL
from ledger.store.store import Store


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk (tmpfs) needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=True, timeout=30
    )
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False, timeout=30)


def _fill(disk: Path) -> Path:
    """Take every free byte of the disk; returns the file to delete to give them back."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as f:
        for size in (65_536, 4_096, 1):
            while _written(f, size):
                pass
    return filler


def _written(f: BinaryIO, size: int) -> bool:
    try:
        f.write(b"\0" * size)
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            raise
        return False
    return True


def _writing(events: list[StoreEvent]) -> list[type]:
    return [type(e) for e in events if isinstance(e, (WritingPaused, WritingResumed))]


def _invite(store: Store, signer: Signer, group: str) -> ChangeId:
    return actions.create_invite(store, signer, group, role="member", valid_days=7)[1].id  # type: ignore[arg-type]


def test_a_full_disk_loses_nothing_and_says_so(
    small_disk: Path, people: dict[str, Signer]
) -> None:
    amina = people["Amina"]
    home = small_disk / "home"
    store = Store.open(home)
    events: list[StoreEvent] = []
    store.subscribe(events.append)
    group = actions.create_group(store, amina, name="Umoja", currency="KES", quorum=1).group
    acknowledged = [_invite(store, amina, group) for _ in range(5)]
    filler = _fill(small_disk)

    error = None
    for _ in range(5_000):  # what SQLite's files still have room for is taken first
        try:
            acknowledged.append(_invite(store, amina, group))
        except StoreError as exc:
            error = exc
            break
    assert error is not None, "the disk never filled"
    assert error.words.template == DISK_FULL
    assert "disk that holds this PC's data is full" in str(error)
    assert store.writing_paused is not None
    assert _writing(events) == [WritingPaused]

    # Read-only meanwhile: everything acknowledged is there, and reading works.
    history = store.history(group)
    assert all(c in history for c in acknowledged)
    assert store.state(group).name == "Umoja"
    with pytest.raises(StoreError, match="is full"):
        store.ingest_many([b"junk"], source="peer X")

    filler.unlink()
    acknowledged.append(_invite(store, amina, group))
    assert store.writing_paused is None
    assert _writing(events) == [WritingPaused, WritingResumed]
    store.close()

    again = Store.open(home)
    try:
        held = again.history(group)
        assert all(c in held for c in acknowledged)
        assert again.change_count(group) == 1 + len(acknowledged)
        assert check_store(again)[0] == []
    finally:
        again.close()


def test_the_command_line_says_the_disk_is_full(
    small_disk: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    monkeypatch.setenv("LATTICE_PASSPHRASE", "1234")
    home = str(small_disk / "home")
    assert main(["person", "create", "Amina", "--home", home]) == 0
    _fill(small_disk)
    code = 0
    for n in range(500):
        code = main(["person", "create", f"Person {n}", "--home", home])
        if code:
            break
    err = capsys.readouterr().err
    assert code == 1
    assert "disk that holds this PC's data is full" in err
    assert "Traceback" not in err
