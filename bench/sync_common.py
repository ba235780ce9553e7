"""Shared by the sync benchmarks: peers in network namespaces, wire-byte counters, medians.

Each benchmark builds a `tests.multihost.netns.NetnsLab` (root only), prepares the data
folders offline, starts `tests/multihost/node.py` peers held before their service starts,
then releases them all at once so only the network part is timed. Run directly, this
file does nothing.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.multihost.jsonlines import Event, JsonLines
from tests.multihost.lan import change_count
from tests.multihost.netns import Host, NetnsLab, missing_requirement

log = logging.getLogger("bench")


def require_root(name: str) -> bool:
    """False (after saying why) when namespaces cannot be used; benchmarks then skip."""
    reason = missing_requirement()
    if reason is not None:
        print(f"{name}: skipped ({reason})")
        return False
    return True


def start_node(host: Host, home: Path, *extra: str) -> JsonLines:
    """A peer on `home`, loaded and held until `release`."""
    node = JsonLines(
        host.python("-m", "tests.multihost.node", "--home", str(home), "--hold", *extra)
    )
    node.wait_event("loaded", 120)
    return node


def matching_event(
    name: str, since: float | None = None, **fields: object
) -> Callable[[Event], bool]:
    """Matches a node's event called `name`, at `since` or later, with these fields."""

    def matches(e: Event) -> bool:
        return (
            e.get("event") == name
            and (since is None or e["t"] >= since)
            and all(e.get(key) == value for key, value in fields.items())
        )

    return matches


def release(nodes: Sequence[JsonLines]) -> float:
    """Start every held peer's service at once; the wall-clock time of the start."""
    start = time.time()
    for node in nodes:
        node.proc.send_signal(signal.SIGUSR1)
    return start


def cpu_seconds(nodes: Sequence[JsonLines]) -> float:
    """CPU time (user + system) the peers' processes used so far, all together: on a
    busy PC a steadier figure than the wall-clock time."""
    return tree_cpu_seconds(node.proc.pid for node in nodes)


def tree_cpu_seconds(pids: Iterable[int]) -> float:
    """CPU time (user + system) of the processes `pids` and all their descendants so far:
    the live ones' own, and what the ended ones they waited for had used (a Lattice
    peer checks signatures in a helper process, ledger/store/verifier.py). A process
    already gone counts nothing."""
    total = 0.0
    for pid in pids:
        try:
            root = psutil.Process(pid)
            tree = [root, *root.children(recursive=True)]
        except psutil.Error:
            continue
        for process in tree:
            try:
                times = process.cpu_times()
            except psutil.Error:
                continue  # ended meanwhile: its parent's figure takes it once it is reaped
            total += times.user + times.system + times.children_user + times.children_system
    return total


def helper_cpu_seconds(nodes: Sequence[JsonLines]) -> float:
    """CPU time the peers' running child processes used so far (the signature-checking
    helpers, ledger.store.verifier): the part of `cpu_seconds` they took."""
    total = 0.0
    for node in nodes:
        try:
            children = psutil.Process(node.proc.pid).children(recursive=True)
        except psutil.Error:
            continue
        for child in children:
            try:
                times = child.cpu_times()
            except psutil.Error:
                continue
            total += times.user + times.system
    return total


def stop(nodes: Sequence[JsonLines]) -> None:
    for node in nodes:
        if node.proc.poll() is None:
            node.proc.send_signal(signal.SIGTERM)
    for node in nodes:
        try:
            node.proc.wait(20)
        except subprocess.TimeoutExpired:
            node.proc.kill()


def wire_bytes(lab: NetnsLab) -> int:
    """Bytes every host has sent on its link (Ethernet frames: payload and all headers),
    read from the bridge side of each veth pair."""
    out = subprocess.run(
        ["ip", "-n", lab.bridge_netns, "-s", "-j", "link", "show"],
        capture_output=True, text=True, check=True, timeout=20,
    )  # fmt: skip
    total = 0
    for link in json.loads(out.stdout):
        if link["ifname"].startswith("v"):
            total += int(link["stats64"]["rx"]["bytes"])
    return total


def wait_until(condition: Callable[[], bool], timeout: float, every: float = 0.05) -> float:
    """Poll `condition`; the wall-clock time it first held. Raises on timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return time.time()
        time.sleep(every)
    raise TimeoutError(f"not reached within {timeout:.0f} s")


def counts(homes: Sequence[Path]) -> list[int]:
    return [change_count(h) for h in homes]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def workdir(base: Path, name: str) -> Path:
    path = base / name
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o755)
    return path
