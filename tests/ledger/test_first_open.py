"""A store's very first open, killed at any moment, leaves a folder that is either
without a store or with a whole one: the next open just works."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ledger.savings import membership_actions as actions
from ledger.store.persons import Signer
from ledger.store.storage import DB_NAME
from ledger.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
KILLED_AT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from ledger.store import storage

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    def tables_only(path):
        from sqlmodel import SQLModel, create_engine
        from ledger.store import tables
        SQLModel.metadata.create_all(create_engine(f"sqlite:///{path}"))
        die()

    point = sys.argv[2]
    if point == "tables made, no format yet":
        storage._create_schema = tables_only
    elif point == "built, not yet named":
        storage.os.link = die
    elif point == "named, folder not yet synced":
        storage._fsync_folder = die
    from ledger.store.store import Store
    Store.open(Path(sys.argv[1]))
    """
)
POINTS = ["tables made, no format yet", "built, not yet named", "named, folder not yet synced"]


@pytest.mark.parametrize("point", POINTS)
def test_a_kill_during_the_first_open_leaves_a_usable_folder(
    tmp_path: Path, people: dict[str, Signer], point: str
) -> None:
    home = tmp_path / "home"
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_AT, str(home), point],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    store_there = (home / DB_NAME).exists()
    assert store_there == (point == "named, folder not yet synced")
    store = Store.open(home)
    group = actions.create_group(store, people["Amina"], name="Umoja", currency="KES").group
    store.close()
    again = Store.open(home)
    assert again.group_ids() == [group]
    again.close()
    assert not list(home.glob(f".{DB_NAME}.*")), "what the killed process left was not cleared"
