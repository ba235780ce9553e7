"""A flood of invalid changes from rotating sender identities against one store: how
much its disk and memory grow, and how fast refusals go (docs/store-rules.md states the
bounds). Usage: python bench/store_flood.py [--size COUNT] [--rounds N]"""

from __future__ import annotations

import gc
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._args import bench_args, machine_load
from bench._fixtures import founded_group, people
from ledger.savings import membership_actions as actions
from ledger.store.storage import DB_NAME
from ledger.store.store import Store

COUNT = 50_000
PER_SENDER = 25
ROUNDS = 3


def flood(template: bytes, count: int) -> list[bytes]:
    """`count` distinct changes with broken signatures."""
    out = []
    for n in range(count):
        raw = bytearray(template)
        raw[-4:] = n.to_bytes(4, "big")
        out.append(bytes(raw))
    return out


def one_round(base: list[bytes], raws: list[bytes], home: Path) -> tuple[float, int, int]:
    """Seconds, disk growth and traced memory growth (bytes) of one flood."""
    store = Store.open(home)
    store.ingest_many(base)
    disk = sum(p.stat().st_size for p in home.glob(DB_NAME + "*"))
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    start = time.perf_counter()
    for i in range(0, len(raws), PER_SENDER):
        store.ingest_many(raws[i : i + PER_SENDER], source=f"peer flood-{i // PER_SENDER}")
    elapsed = time.perf_counter() - start
    gc.collect()
    memory = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    store.close()
    return elapsed, sum(p.stat().st_size for p in home.glob(DB_NAME + "*")) - disk, memory


def main(count: int = COUNT, rounds: int = ROUNDS) -> dict[str, float]:
    signers = people(2)
    with tempfile.TemporaryDirectory() as tmp:
        source, group = founded_group(Path(tmp) / "source", signers)
        template = actions.link_device(source, signers[1], group, "x").raw
        base = source.raw_changes(group)
        source.close()
        raws = flood(template, count)
        results = [one_round(base, raws, Path(tmp) / f"r{r}") for r in range(rounds)]
    seconds = statistics.median(r[0] for r in results)
    figures = {
        "refusals_per_second": count / seconds,
        "disk_growth_kib": statistics.median(r[1] for r in results) / 1024,
        "memory_growth_kib": statistics.median(r[2] for r in results) / 1024,
    }
    print(f"{count} invalid changes, {PER_SENDER} per sender identity, {rounds} rounds (medians)")
    print(f"refused:              {figures['refusals_per_second']:,.0f} /s (traced)")
    print(f"store + log grew by:  {figures['disk_growth_kib']:,.0f} KiB")
    print(f"memory grew by:       {figures['memory_growth_kib']:,.0f} KiB")
    print(machine_load())
    return figures


if __name__ == "__main__":
    args = bench_args(__doc__, size=COUNT, rounds=ROUNDS, what="invalid changes per round")
    main(args.size, args.rounds)
