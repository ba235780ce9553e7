"""The benchmarks' CPU figure for a peer counts its child processes too (Lattice checks
signatures in a helper process): a peer's work is never left out of the comparison."""

from __future__ import annotations

import subprocess
import sys

import psutil

from bench.peers.places import cpu_seconds

_CHILD = "sum(range(3 * 10**7)); print('worked', flush=True); import time; time.sleep(600)"
_PARENT = f"""
import subprocess, sys
child = subprocess.Popen([sys.executable, "-c", {_CHILD!r}])
print(child.pid, flush=True)
child.wait()
"""


def test_a_live_child_processes_cpu_is_counted() -> None:
    parent = subprocess.Popen([sys.executable, "-c", _PARENT], stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None
        child = psutil.Process(int(parent.stdout.readline()))
        assert parent.stdout.readline() == "worked\n"  # the child's, through the same pipe
        own = child.cpu_times()
        assert own.user + own.system > 0
        parent_alone = psutil.Process(parent.pid).cpu_times()
        assert cpu_seconds(parent.pid) >= parent_alone.user + parent_alone.system + own.user
    finally:
        for process in psutil.Process(parent.pid).children(recursive=True):
            process.kill()
        parent.kill()
        parent.wait()


def test_a_gone_process_counts_nothing() -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    assert cpu_seconds(gone.pid) == 0
