"""Ten PCs, each with 1,000 changes written offline, then connected (mDNS only): the time
until every PC holds all 10,000, and the bytes on the wire per byte of change that had to
move. Needs root (network namespaces). Prints figures; asserts nothing about timings.

    sudo .venv/bin/python bench/sync_converge.py [rounds]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._args import machine_load
from bench.sync_common import (
    counts,
    cpu_seconds,
    helper_cpu_seconds,
    median,
    release,
    require_root,
    start_node,
    stop,
    wait_until,
    wire_bytes,
)
from ledger.store.storage import DB_NAME
from tests.multihost.lan import (
    change_count,
    contributions,
    founded_group,
    people,
    store_offline,
)
from tests.multihost.netns import NetnsLab

PEERS = 10
CHANGES_EACH = 1_000
TIMEOUT = 900.0


_last_report = [0.0]


class Watch:
    """Read-only connections to the PCs' stores, kept open while they converge.

    Polled ten times a second, opening each store afresh and counting its rows took
    about 1 ms of CPU a store: a tenth of a core taken from the ten PCs being timed, on
    a machine of two. The highest row id (one index lookup) is never below the count
    (rows are only added); the count is taken only once it reaches the total."""

    def __init__(self, homes: list[Path]) -> None:
        self.homes = homes
        self.done: set[int] = set()
        self.conns = [
            sqlite3.connect(f"file:{home / DB_NAME}?mode=ro", uri=True, timeout=10)
            for home in homes
        ]

    def close(self) -> None:
        for conn in self.conns:
            conn.close()

    def settled(self, i: int, total: int) -> bool:
        """Whether PC `i` holds all `total` changes (once it does, it always will)."""
        if i in self.done:
            return True
        try:
            (top,) = self.conns[i].execute("SELECT max(rowid) FROM change_log").fetchone()
            if (top or 0) < total:
                return False
            (held,) = self.conns[i].execute("SELECT count(*) FROM change_log").fetchone()
        except sqlite3.OperationalError:  # (busy for longer than the timeout)
            return False
        if held != total:
            return False
        self.done.add(i)
        return True

    def converged(self, total: int, start: float) -> bool:
        if time.time() - _last_report[0] >= 10:
            _last_report[0] = time.time()
            held = counts(self.homes)
            print(f"  {time.time() - start:5.0f} s: changes held {held} of {total}", flush=True)
        return all([self.settled(i, total) for i in range(len(self.homes))])


def one_round(
    base: Path, peers: int, changes_each: int
) -> tuple[float, float, int, int, float, float]:
    """(seconds to converge, wire/needed ratio, wire bytes, needed bytes, CPU seconds of
    all the PCs together, helpers included, and the part their signature-checking
    helpers took)."""
    homes = [base / f"pc{i}" for i in range(peers)]
    signers = people(*(f"Person {i}" for i in range(peers)))
    group = founded_group(homes, signers)
    shared = change_count(homes[0])
    moved = 0
    for home, signer in zip(homes, signers, strict=True):
        raws = contributions(home, group, [signer], changes_each)
        store_offline(home, raws)
        moved += sum(len(r) for r in raws) * (peers - 1)
    total = shared + peers * changes_each
    with NetnsLab(peers, base) as lab:
        nodes = [start_node(lab.hosts[i], homes[i]) for i in range(peers)]
        try:
            before = wire_bytes(lab)
            cpu_before = cpu_seconds(nodes)  # start-up and loading left out
            helpers_before = helper_cpu_seconds(nodes)  # (none yet: started on demand)
            watch = Watch(homes)
            try:
                start = release(nodes)
                done = wait_until(lambda: watch.converged(total, start), TIMEOUT, 0.1)
            finally:
                watch.close()
            time.sleep(1.0)  # the last acknowledgements
            wire = wire_bytes(lab) - before
            cpu = cpu_seconds(nodes) - cpu_before
            helpers = helper_cpu_seconds(nodes) - helpers_before
            duplicates = sum(
                e.get("duplicates", 0)
                for node in nodes
                for e in node.drain()
                if e.get("event") == "ChangesReceived"
            )
        finally:
            stop(nodes)
    print(
        f"  changes received twice: {duplicates} "
        f"({100 * duplicates / (peers * (peers - 1) * changes_each):.1f}% of those needed)"
    )
    return done - start, wire / moved, wire, moved, cpu, helpers


def main() -> None:
    parser = argparse.ArgumentParser(description="ten PCs converging after offline work")
    parser.add_argument("rounds", nargs="?", type=int, default=3)
    parser.add_argument("--peers", type=int, default=PEERS)
    parser.add_argument("--changes", type=int, default=CHANGES_EACH, help="written on each PC")
    args = parser.parse_args()
    if not require_root("sync_converge"):
        return
    rounds = args.rounds
    print(machine_load())
    seconds, ratios, cpus, helper_cpus = [], [], [], []
    for r in range(rounds):
        with tempfile.TemporaryDirectory(prefix="lattice-bench-") as tmp:
            took, ratio, wire, moved, cpu, helpers = one_round(Path(tmp), args.peers, args.changes)
        seconds.append(took)
        ratios.append(ratio)
        cpus.append(cpu)
        helper_cpus.append(helpers)
        print(
            f"round {r + 1}: converged in {took:.2f} s; wire {wire / 1e6:.2f} MB for "
            f"{moved / 1e6:.2f} MB of changes that had to move (ratio {ratio:.2f}); "
            f"CPU of all PCs {cpu:.1f} s (of which {helpers:.1f} s in their signature helpers); "
            f"{machine_load()}",
            flush=True,
        )
    print(f"{args.peers} peers x {args.changes} offline changes each, {rounds} rounds (medians):")
    print(
        f"time to full convergence: {median(seconds):.2f} s  (target 10 s); slowest round "
        f"{max(seconds):.2f} s ({max(seconds) / median(seconds):.1f}x the median)"
    )
    print(
        f"CPU of all PCs together: {median(cpus):.1f} s, "
        f"of which {median(helper_cpus):.1f} s in their signature helpers"
    )
    print(f"wire bytes / change bytes moved: {median(ratios):.2f}  (target <= 1.3)")


if __name__ == "__main__":
    main()
