"""A newly started PC discovered by the others over real mDNS: seconds from the start of
its sync service until each running PC reports it. Python's own start-up is left out
(the new PC is loaded first, then released). Needs root. Prints figures; asserts nothing.

    sudo .venv/bin/python bench/sync_discovery.py [rounds]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._args import machine_load
from bench.sync_common import matching_event, median, release, require_root, start_node, stop
from p2p.transport import peer_id_of
from tests.multihost.lan import founded_group, people
from tests.multihost.netns import NetnsLab

RUNNING = 3


def measure(base: Path, rounds: int) -> tuple[list[float], list[float]]:
    """(seconds until the first running PC saw it, until the last one did), per round."""
    homes = [base / f"pc{i}" for i in range(RUNNING + 1)]
    founded_group(homes, people(*(f"Person {i}" for i in range(RUNNING + 1))))
    first, last = [], []
    with NetnsLab(RUNNING + 1, base) as lab:
        running = [start_node(lab.hosts[i], homes[i]) for i in range(RUNNING)]
        try:
            release(running)
            for node in running:
                node.wait_event("ready", 60)
            for _ in range(rounds):
                newcomer = start_node(lab.hosts[RUNNING], homes[RUNNING])
                loaded = newcomer.wait_event("loaded", 60)
                peer = peer_id_of(loaded["device"])
                start = release([newcomer])
                seen_at = []
                for node in running:
                    event = node.wait(
                        matching_event("PeerDiscovered", start, peer_id=peer),
                        60,
                        "the newcomer discovered",
                    )
                    seen_at.append(event["t"] - start)
                first.append(min(seen_at))
                last.append(max(seen_at))
                stop([newcomer])  # a clean stop says goodbye, so the next round starts afresh
                for node in running:
                    node.wait(
                        matching_event("PeerGone", peer_id=peer),
                        30,
                        "the goodbye",
                    )
        finally:
            stop(running)
    return first, last


def main() -> None:
    if not require_root("sync_discovery"):
        return
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    print(machine_load())
    with tempfile.TemporaryDirectory(prefix="lattice-bench-") as tmp:
        first, last = measure(Path(tmp), rounds)
    print(f"a new PC discovered by {RUNNING} running PCs, {rounds} rounds (medians):")
    print(f"first PC to see it: {median(first):.2f} s; all of them: {median(last):.2f} s")
    print(f"worst round, all of them: {max(last):.2f} s  (target 3 s)")


if __name__ == "__main__":
    main()
