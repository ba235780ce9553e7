"""How long `lattice` takes to answer on a group of 10,000 entries, each command in a
fresh process as a treasurer would type it (wall time, median of several runs).

Target (issue 11): entry add, balance, signoff and --help each within 0.3 s.
`python bench/cli_speed.py [--entries N] [--runs R]`
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._fixtures import signed_history
from ledger.savings import membership_actions as actions
from ledger.store.keyring import Keyring
from ledger.store.store import Store

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "1234"
TARGET_S = 0.3


def build(entries: int) -> Path:
    """A data folder with Amina (council, elder) and Bosco (elder) whose keys are on this
    PC, and a group holding `entries` contributions; built once per size and reused."""
    cache = Path(os.environ.get("LATTICE_BENCH_CACHE") or tempfile.gettempdir())
    home = cache / "lattice-bench-cli" / str(entries)
    if (home / "done").exists():
        return home
    shutil.rmtree(home, ignore_errors=True)
    store = Store.open(home)
    keyring = Keyring(store.db)
    amina, bosco = keyring.create("Amina", PASSPHRASE), keyring.create("Bosco", PASSPHRASE)
    group = actions.create_group(store, amina, name="Umoja Savings", currency="KES").group
    actions.grant_role(store, amina, group, amina.person, "elder")
    actions.add_member(store, amina, group, person=bosco.person, name="Bosco", roles=["elder"])
    raws = signed_history(store, group, [amina], entries)
    for start in range(0, len(raws), 5_000):
        results = store.ingest_many(raws[start : start + 5_000], source="bench")
        if any(r.status != "accepted" for r in results):
            raise SystemExit("the bench store refused its own history")
    store.state(group)  # the first open replays and caches; a treasurer's PC has that cache
    store.close()
    (home / "done").write_text(group)
    return home


CPU: list[float] = []
"""The CPU seconds (user + system) of each timed command, in order: unlike wall time they
hardly move with the machine's load."""


def _time(argv: list[str], home: Path) -> float:
    env = {**os.environ, "LATTICE_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", *argv, "--home", str(home)],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit(f"lattice {' '.join(argv)} failed: {done.stderr.strip()}")
    return elapsed


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    home = build(args.entries)
    compiled = _compile()
    commands = {
        "--help": ["--help"],
        "balance": ["balance", "Umoja"],
        "entry add": ["entry", "add", "Umoja", "--type", "contribution", "--member", "Bosco",
                      "--amount", "12.50", "--as", "Amina", "-q"],
        "signoff": None,  # signs the entry the run before it recorded
        "status": ["status"],
    }
    load_before = os.getloadavg()[0]
    medians: dict[str, float] = {}
    cpu: dict[str, float] = {}
    python = _time_python(args.runs)
    for name, command in commands.items():
        times = []
        CPU.clear()
        for _ in range(args.runs):
            if command is None:
                entry = _last_entry(home)
                times.append(_time(["signoff", "Umoja", entry, "--as", "Bosco"], home))
            else:
                times.append(_time(command, home))
        medians[name] = statistics.median(times)
        cpu[name] = statistics.median(CPU)
    load_after = os.getloadavg()[0]
    print(f"lattice on a group of {args.entries:,} entries, median of {args.runs} runs, wall time")
    print(f"  (python itself starting: {python:.2f} s; load average {load_before:.1f} → "
          f"{load_after:.1f} on {os.cpu_count()} cores; {compiled})")  # fmt: skip
    for name, seconds in medians.items():
        mark = "ok" if seconds <= TARGET_S else "over"
        print(
            f"  lattice {name:<10} {seconds:6.2f} s wall, {cpu[name]:5.2f} s CPU"
            f"   (target ≤ {TARGET_S} s wall: {mark})"
        )
    return medians


def _compile() -> str:
    """Compile the project's modules as an installed copy has them compiled: without
    bytecode on disk (PYTHONDONTWRITEBYTECODE=1) every run would compile every module
    again, a cost no installed `lattice` pays."""
    packages = ("ledger", "desktop", "p2p")
    fresh = all([compileall.compile_dir(ROOT / package, quiet=1) for package in packages])
    return "bytecode compiled" if fresh else "bytecode NOT all compiled: figures include compiling"


def _time_python(runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _last_entry(home: Path) -> str:
    env = {**os.environ, "LATTICE_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "entry", "add", "Umoja", "--type", "contribution",
         "--member", "Bosco", "--amount", "1", "--as", "Amina", "-q", "--home", str(home)],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout.strip()


if __name__ == "__main__":
    main()
