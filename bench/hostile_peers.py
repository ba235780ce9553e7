"""An honest `lattice sync` against a real `lattice serve`, without and during each
connection-level attack (tests/multihost/attacker.py): seconds per sync (median), the
server's peak memory, its database growth, and what the attacker saw. Needs root
(network namespaces). Prints figures; asserts nothing (tests/multihost/test_hostile_peers.py
asserts the bounds).

    sudo .venv/bin/python bench/hostile_peers.py [rounds] [--tiny]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.sync_common import median, require_root
from tests.multihost.hostile import ATTACKS, Scene, rss_bytes, store_bytes
from tests.multihost.netns import NetnsLab

TINY: dict[str, tuple[str, ...]] = {
    "churn": ("churn", "--count", "12", "--at-once", "4"),
    "hold": ("hold", "--count", "12", "--seconds", "6"),
    "slowloris": ("slowloris", "--count", "12", "--seconds", "6"),
}


def run(base: Path, rounds: int, tiny: bool) -> list[str]:
    """The lines to print (one per phase)."""
    attacks = TINY if tiny else ATTACKS
    lines: list[str] = []
    with NetnsLab(3, base) as lab:
        scene = Scene.build(lab, base, changes=30 if tiny else 300)
        try:
            scene.honest_sync()  # warm-up
            quiet = [scene.honest_sync() for _ in range(rounds)]
            warm_rss = rss_bytes(scene.server.proc.pid)
            lines.append(
                f"no attack: honest sync {median(quiet):.2f} s (median of {len(quiet)}), "
                f"server {warm_rss / 2**20:.0f} MB"
            )
            for name, args in attacks.items():
                before = store_bytes(scene.homes[0])
                outcome = scene.attack(name, *args, syncs=rounds)
                growth = store_bytes(scene.homes[0]) - before
                ratio = median(outcome.honest_seconds) / median(quiet)
                lines.append(
                    f"{name} ({' '.join(args[1:])}): honest sync "
                    f"{median(outcome.honest_seconds):.2f} s ({ratio:.1f}x), server peak "
                    f"{outcome.peak_rss / 2**20:.0f} MB, database +{growth / 1024:.0f} KiB, "
                    f"attacker saw {outcome.report}"
                )
        finally:
            scene.stop()
    load = os.getloadavg()
    lines.append(f"load average (1, 5, 15 min): {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    return lines


def main() -> None:
    if not require_root("hostile_peers"):
        return
    rounds = int(next((a for a in sys.argv[1:] if a.isdigit()), "3"))
    with tempfile.TemporaryDirectory() as tmp:
        for line in run(Path(tmp), rounds, tiny="--tiny" in sys.argv):
            print(line, flush=True)


if __name__ == "__main__":
    main()
