"""A live change written on one PC, seen on another: p50 and p95 latency over a LAN of
network namespaces (mDNS only). The change is written by a separate process on the
first PC's data folder, as the CLI or the window would while `serve` runs, and timed
until the second PC has stored it. Needs root. Prints figures; asserts nothing.

    sudo .venv/bin/python bench/sync_latency.py [samples]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._args import machine_load
from bench.sync_common import (
    matching_event,
    median,
    percentile,
    release,
    require_root,
    start_node,
    stop,
)
from ledger.savings import membership_actions as actions
from ledger.store.store import Store
from tests.multihost.lan import founded_group, people, wait_converged
from tests.multihost.netns import NetnsLab

PEERS = 3
WARMUP = 5


def measure(base: Path, samples: int) -> list[float]:
    homes = [base / f"pc{i}" for i in range(PEERS)]
    signers = people(*(f"Person {i}" for i in range(PEERS)))
    group = founded_group(homes, signers)
    latencies: list[float] = []
    with NetnsLab(PEERS, base) as lab:
        nodes = [start_node(lab.hosts[i], homes[i]) for i in range(PEERS)]
        try:
            release(nodes)
            for node in nodes[1:]:
                node.wait_event("PeerInSync", 60)
            writer = Store.open(homes[0])
            try:
                for i in range(WARMUP + samples):
                    before = time.time()
                    actions.edit_document(writer, signers[0], group, "minutes:0000aaaa", f"v{i}")
                    written = time.time()
                    event = nodes[1].wait(
                        matching_event("ChangesReceived", before),
                        30,
                        "the change on the other PC",
                    )
                    if i >= WARMUP:
                        latencies.append(event["t"] - written)
                    time.sleep(random.uniform(0.05, 0.25))
            finally:
                writer.close()
            wait_converged(homes, group, 60)
        finally:
            stop(nodes)
    return latencies


def main() -> None:
    if not require_root("sync_latency"):
        return
    samples = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    print(machine_load())
    with tempfile.TemporaryDirectory(prefix="lattice-bench-") as tmp:
        latencies = measure(Path(tmp), samples)
    ms = [1000 * x for x in latencies]
    print(f"live change from one PC to another, {len(ms)} samples, {PEERS} PCs on the LAN:")
    print(f"p50 {median(ms):.0f} ms, p95 {percentile(ms, 95):.0f} ms  (target p95 300 ms)")
    print(f"min {min(ms):.0f} ms, max {max(ms):.0f} ms")


if __name__ == "__main__":
    main()
