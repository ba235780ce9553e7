"""bench/peers/compare.py (Lattice beside automerge-repo and pycrdt-websocket) at a tiny
size, so the driver cannot rot: Lattice's path always; automerge-repo's when node and its
packages are here (always in CI, where .ci/run installs them); pycrdt's when installed."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.interop.node_peers import require_node_packages
from tests.multihost.netns import missing_requirement

ROOT = Path(__file__).resolve().parents[2]
PEERS = ROOT / "bench" / "peers"
pytestmark = pytest.mark.timeout(600)


def compare(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(PEERS / "compare.py"), *args],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True, text=True, timeout=540,
    )  # fmt: skip


def row(out: str, size: str) -> list[str]:
    """The table row for N = `size`, split into its cells."""
    line = next(x for x in out.splitlines() if x.startswith(f"| N = {size} |"))
    return [c.strip() for c in line.strip("|").split("|")]


def check_figures(cell: str) -> None:
    """'0.123 s, 0.045 MB, CPU 0.31 s' as root (bytes from the namespace counters), without
    the MB figure otherwise."""
    seconds, *rest = cell.split(", ")
    assert seconds.endswith(" s") and float(seconds[:-2]) > 0, cell
    if missing_requirement() is None:
        assert rest[0].endswith(" MB") and float(rest[0][:-3]) > 0, cell
    cpu = rest[-1]
    assert cpu.startswith("CPU ") and cpu.endswith(" s") and float(cpu[4:-2]) >= 0, cell


def test_lattice_and_raw_verify_at_a_tiny_size() -> None:
    done = compare(
        "--sizes", "20", "--rounds", "1", "--systems", "lattice,verify", "--mesh-rounds", "0"
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "load average" in done.stdout
    header = next(x for x in done.stdout.splitlines() if x.startswith("| two peers"))
    assert "Lattice" in header and "Ed25519 verify of N alone" in header
    lattice, verify = row(done.stdout, "20")[1:]
    check_figures(lattice)
    wall, cpu = verify.split(", ")
    assert wall.endswith(" s") and float(wall[:-2]) > 0, verify
    assert cpu.startswith("CPU ") and float(cpu[4:-2]) >= 0, verify


def test_automerge_repo_at_a_tiny_size_two_peers_and_a_mesh() -> None:
    require_node_packages(PEERS, "@automerge/automerge-repo")
    root = missing_requirement() is None
    mesh = ["--mesh-rounds", "1", "--mesh-peers", "3", "--mesh-each", "5"] if root else []
    done = compare(
        "--sizes", "20", "--rounds", "1", "--systems", "lattice,automerge,automerge-text",
        "--require", "--mesh-rounds", "0", *mesh,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for figures in row(done.stdout, "20")[1:]:
        check_figures(figures)
    if root:  # bytes are counted only in namespaces: Lattice's over each layout's
        ratios = next(x for x in done.stdout.splitlines() if x.startswith("wire bytes, "))
        assert "x with scalar strings; " in ratios and ratios.endswith("x with text strings")
    if root:
        line = next(x for x in done.stdout.splitlines() if x.startswith("| 3 peers × 5, full"))
        median, _, wire = line.split("|")[2].strip().partition("), ")
        assert median.split(" s median")[0].replace(".", "").isdigit(), line
        assert wire.endswith(" MB") and float(wire[:-3]) > 0, line


@pytest.mark.skipif(
    importlib.util.find_spec("pycrdt") is None, reason="pip install '.[peers]' first"
)
def test_pycrdt_websocket_at_a_tiny_size() -> None:
    done = compare(
        "--sizes", "20", "--rounds", "1", "--systems", "pycrdt", "--require", "--mesh-rounds", "0"
    )
    assert done.returncode == 0, done.stderr
    check_figures(row(done.stdout, "20")[1])


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--sizes", "ten"], "--sizes takes whole numbers"),
        (["--systems", "lattice,yjs"], "unknown system ['yjs']"),
        (["--rounds", "0"], "--rounds below 1"),
        (["--mesh-peers", "1"], "--mesh-peers 2 or more"),
    ],
)
def test_bad_arguments_are_named(args: list[str], words: str) -> None:
    done = compare(*args)
    assert done.returncode == 2
    assert words in done.stderr


@pytest.mark.parametrize("strings", ["scalar", "text"])
def test_automerge_records_document_has_one_change_per_record(tmp_path: Path, strings: str) -> None:
    """records.mjs builds on automerge's document core: still one change per record (the
    issue's rule), the bytes fields as bytes, and a base document's records kept."""
    require_node_packages(PEERS, "@automerge/automerge")
    jsonl = tmp_path / "records.jsonl"
    jsonl.write_text(
        '{"key": "1", "record": {"type": "contribution", "fund": "0aff", "amount": 5},'
        ' "bytes": ["fund"]}\n'
        '{"key": "2", "record": {"type": "loan", "fund": "01", "amount": 7}, "bytes": ["fund"]}\n'
    )
    script = """
import * as Automerge from "@automerge/automerge";
import { readRecords, recordsDocument } from "./records.mjs";
const records = readRecords(process.argv[1]);
const first = recordsDocument(records.slice(0, 1));
const both = Automerge.load(recordsDocument(records.slice(1), first));
const fund = both.records["1"].fund;
console.log(JSON.stringify({
  changes: Automerge.getAllChanges(both).length,
  keys: Object.keys(both.records).sort(),
  fund: fund instanceof Uint8Array ? Array.from(fund) : null,
  amount: both.records["2"].amount,
  type: String(both.records["2"].type),
  kind: Automerge.getBackend(both).getWithType(
    Automerge.getBackend(both).getWithType(
      Automerge.getBackend(both).getWithType("_root", "records")[1], "2")[1], "type")[0],
}));
"""
    done = subprocess.run(
        ["node", "--input-type=module", "-e", script, str(jsonl)],
        cwd=PEERS, capture_output=True, text=True, timeout=120,
        env={**os.environ, "LATTICE_AUTOMERGE_STRINGS": strings},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    built = json.loads(done.stdout)
    # the map's own change, then one per record
    assert built == {
        "changes": 3, "keys": ["1", "2"], "fund": [10, 255], "amount": 7, "type": "loan",
        "kind": "str" if strings == "scalar" else "text",
    }  # fmt: skip
