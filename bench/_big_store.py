"""A data folder holding one group with 100,000 changes, built once and reused."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._fixtures import founded_group, people, signed_history
from ledger.store.ids import GroupId

CACHE = Path(os.environ.get("LATTICE_BENCH_CACHE") or tempfile.gettempdir()) / "lattice-bench-100k"
"""Where built stores are kept between runs (LATTICE_BENCH_CACHE moves it, e.g. for tests)."""


def big_store(count: int = 100_000) -> Path:
    """The folder of a store with `count` changes (founding included), built if missing."""
    home = CACHE / str(count)
    if (home / "done").exists():
        return home
    shutil.rmtree(home, ignore_errors=True)
    signers = people(8)
    store, group = founded_group(home, signers)
    raws = signed_history(store, group, signers, count - store.change_count(group))
    for start in range(0, len(raws), 5_000):
        results = store.ingest_many(raws[start : start + 5_000], source="bench")
        refused = [r for r in results if r.status != "accepted"]
        if refused:
            raise SystemExit(f"the bench store refused its own history: {refused[0]}")
    store.close()
    (home / "done").write_text(group)
    return home


def big_group(count: int = 100_000) -> tuple[Path, GroupId]:
    """`big_store` and the id of its one group."""
    home = big_store(count)
    return home, GroupId((home / "done").read_text().strip())


if __name__ == "__main__":
    print(big_store())
