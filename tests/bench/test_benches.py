"""Every benchmark in bench/ runs here at a tiny size, so none can rot. Figures are
printed by the benchmarks themselves; nothing here asserts a timing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.multihost.netns import missing_requirement

ROOT = Path(__file__).resolve().parents[2]
ON_ONE_PC = {
    "store_open.py": (["--size", "300", "--rounds", "1"], "time to ready state (median)"),
    "desktop_filter.py": (["--size", "300", "--rounds", "1"], "filter one member"),
    "desktop_start.py": (["--size", "300", "--rounds", "1"], "cold start to a shown window"),
    "desktop_districts.py": (["--size", "3", "--rounds", "1"], "view meetings  open median"),
    "districts.py": (["--size", "3", "--rounds", "1"], "roll-up by district (median)"),
    "ingest_rate.py": (["--size", "200", "--rounds", "1", "--trace"], "ratio ingest / raw verify"),
    "savings_cycle.py": (["--size", "3", "--rounds", "1"], "replay from the signed changes"),
    "cli_speed.py": (["--entries", "5", "--runs", "1"], "lattice balance"),
    "store_flood.py": (["--size", "200", "--rounds", "1"], "store + log grew by"),
    "connect_time.py": (["--size", "2", "--rounds", "1"], "connect and open a stream"),
    "transport_quic.py": (["--size", "20", "--rounds", "1"], "tcp   sync median"),
    "sender_pack.py": (["--size", "300", "--rounds", "1"], "read + pack, ids given"),
    "serve_mesh.py": (["--size", "20", "--rounds", "1"], "converged"),
}
ON_A_LAN = {
    "sync_converge.py": (["1", "--peers", "2", "--changes", "20"], "time to full convergence"),
    "sync_discovery.py": (["1"], "first PC to see it"),
    "sync_latency.py": (["2"], "p50"),
    "sync_pair.py": (["--sizes", "50", "--rounds", "1"], "Ed25519 verify of N alone"),
    "relay_districts.py": (
        ["1", "--districts", "2", "--pcs", "1", "--changes", "5"], "bytes through the relay"
    ),
}
HELPERS = {
    "__init__.py",
    "_args.py",
    "_big_store.py",
    "_fixtures.py",
    "_ingest_trace.py",
    "sync_common.py",
}
RUN_ELSEWHERE = {
    "hostile_peers.py": "tests/multihost/test_hostile_peers.py",
    "verify_bundle.py": "tests/bench/test_verify_bundle.py",
}
"""Benchmarks whose tiny run is part of another test (named here)."""


def run_bench(name: str, args: list[str], cache: Path) -> str:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "LATTICE_BENCH_CACHE": str(cache),
    }
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / name), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout


def test_every_benchmark_is_run_here() -> None:
    present = {p.name for p in (ROOT / "bench").glob("*.py")}
    assert present == set(ON_ONE_PC) | set(ON_A_LAN) | set(RUN_ELSEWHERE) | HELPERS
    for bench, test in RUN_ELSEWHERE.items():
        assert bench.removesuffix(".py") in (ROOT / test).read_text()


@pytest.mark.parametrize("name", ON_ONE_PC)
def test_a_benchmark_runs_at_a_tiny_size(tmp_path: Path, name: str) -> None:
    args, figure = ON_ONE_PC[name]
    out = run_bench(name, args, tmp_path)
    assert figure in out
    assert "load average" in out
    if "--trace" in args:
        assert out.count("hand-off trace") == 2 and out.count("authorization (chain") == 2


@pytest.mark.multihost
@pytest.mark.timeout(600)
@pytest.mark.parametrize("name", ON_A_LAN)
def test_a_network_benchmark_runs_at_a_tiny_size(tmp_path: Path, name: str) -> None:
    reason = missing_requirement()
    if reason is not None:
        pytest.skip(reason)
    args, figure = ON_A_LAN[name]
    out = run_bench(name, args, tmp_path)
    assert figure in out
    assert "load average" in out
