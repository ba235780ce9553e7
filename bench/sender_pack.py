"""The sending PC's CPU to read and pack a whole group for a peer (as `p2p/serving.py`
does in a large sync): `raws_of` then `pack_batch` per batch, once hashing every change
again for its id, once handing over the ids the store already holds. Medians of
`time.process_time`, with the machine's load."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._args import bench_args, machine_load
from bench._big_store import big_group
from ledger.store.change import change_id
from ledger.store.ids import ChangeId
from ledger.store.store import Store
from p2p import messages as m
from p2p.session_state import SessionConfig, batches


def main() -> None:
    args = bench_args(__doc__, size=100_000, rounds=5, what="changes in the group")
    home, group = big_group(args.size)
    store = Store.open(home)
    try:
        ids = [change_id(raw) for raw in store.raw_changes(group)]
        config = SessionConfig()

        def send(with_ids: bool) -> None:
            for start in range(0, len(ids), config.batch_changes):
                chunk = ids[start : start + config.batch_changes]
                raws = store.raws_of(chunk)
                keys = [bytes.fromhex(c) for c in chunk] if with_ids else None
                done = 0
                for batch in batches(raws, config.batch_changes, config.batch_bytes):
                    known = None if keys is None else keys[done : done + len(batch)]
                    m.pack_batch(group, batch, known)
                    done += len(batch)

        def read(chunk_ids: list[ChangeId] = ids) -> None:
            for start in range(0, len(chunk_ids), config.batch_changes):
                store.raws_of(chunk_ids[start : start + config.batch_changes])

        runs: dict[str, Callable[[], None]] = {
            "read only (raws_of)": read,
            "read + pack, hashing each change": lambda: send(False),
            "read + pack, ids given": lambda: send(True),
        }
        times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.rounds):
            for name, run in runs.items():
                start = time.process_time()
                run()
                times[name].append(time.process_time() - start)
    finally:
        store.close()
    print(f"sender CPU for {len(ids):,} changes, median of {args.rounds} ({machine_load()}):")
    for name, spent in times.items():
        print(f"  {name:34} {statistics.median(spent):8.3f} s")


if __name__ == "__main__":
    main()
