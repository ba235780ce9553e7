"""A data folder holding one group with 100,000 signed changes, for the desktop benches.

Built once by signing contributions directly (`bench._fixtures.signed_history`) and
ingesting them in batches, then kept in the temporary folder for later runs.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._fixtures import founded_group, people, signed_history
from ledger.ids import GroupId

CHANGES = 100_000
BATCH = 2_000


def bench_home(changes: int = CHANGES) -> tuple[Path, GroupId]:
    """The folder (built if missing) and its group; the store holds about `changes`."""
    home = Path(tempfile.gettempdir()) / f"lattice-desktop-bench-{changes}"
    marker = home / "group.txt"
    if marker.exists():
        return home, GroupId(marker.read_text().strip())
    started = time.perf_counter()
    signers = people(8)
    store, group = founded_group(home, signers)
    try:
        raws = signed_history(store, group, signers, changes - store.change_count(group))
        for i in range(0, len(raws), BATCH):
            results = store.ingest_many(raws[i : i + BATCH], source="bench")
            assert all(r.status == "accepted" for r in results), results[0]
        count = store.change_count(group)
    finally:
        store.close()
    marker.write_text(group)
    print(f"built {home} with {count:,} changes in {time.perf_counter() - started:.0f} s")
    return home, group


if __name__ == "__main__":
    print(bench_home())
