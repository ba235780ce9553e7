"""Opening a store of 100,000 changes: time to a ready state (the group's balances
readable) and peak memory, each in a fresh process; medians of several runs."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._args import bench_args, machine_load
from bench._big_store import big_store

RUNS = 5
CHILD = """
import json, resource, sys, time
start = time.perf_counter()
from ledger.store.store import Store
from ledger.savings.balances import totals
from ledger.savings.books import books_of
store = Store.open(__import__("pathlib").Path(sys.argv[1]))
group = store.group_ids()[0]
state = store.state(group)
figures = totals(books_of(state))
ready = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
changes = store.change_count(group)  # before close: it may read the index from the file
store.close()
print(json.dumps({"ready": ready, "peak_mb": peak, "changes": changes}))
"""


def main() -> None:
    args = bench_args(__doc__, size=100_000, rounds=RUNS, what="changes in the store")
    home = big_store(args.size)
    # The first open after building replays and caches the state; later opens use it.
    subprocess.run([sys.executable, "-c", CHILD, str(home)], check=True, capture_output=True)
    print(machine_load())
    runs = []
    for _ in range(args.rounds):
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(home)], check=True, capture_output=True, text=True
        )
        runs.append(json.loads(out.stdout))
    ready = statistics.median(r["ready"] for r in runs)
    peak = statistics.median(r["peak_mb"] for r in runs)
    print(f"store of {runs[0]['changes']:,} changes, {args.rounds} cold opens in fresh processes")
    print(f"time to ready state (median): {ready:.2f} s  (target < 1 s; includes imports)")
    print(f"peak memory (median):         {peak:.0f} MB  (target < 200 MB)")


if __name__ == "__main__":
    main()
