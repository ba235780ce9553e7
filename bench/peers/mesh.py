"""The full-mesh row of bench/peers/compare.py: P peers, each holding its own R records
written offline, all released at once; the time until every peer holds all P x R, and
the bytes on the wire. Lattice's side is bench/sync_converge.py's round (mDNS only, as a
LAN of PCs runs); automerge-repo's is P node processes, each listening on a websocket and
dialling every peer before it (one connection per pair), one shared document. Root only
(each peer in its own network namespace)."""

from __future__ import annotations

import json
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from bench.sync_common import release, stop, wire_bytes
from bench.sync_converge import one_round as lattice_mesh_round
from tests.multihost.jsonlines import JsonLines
from tests.multihost.netns import NetnsLab

MESH = Path(__file__).resolve().parent / "automerge_mesh.mjs"
PORT = 4001


@dataclass
class MeshFigure:
    seconds: float
    wire: int | None


def lattice_round(base: Path, peers: int, each: int) -> MeshFigure:
    seconds, _ratio, wire, _moved, _cpu, _helpers = lattice_mesh_round(base, peers, each)
    return MeshFigure(seconds, wire)


def _peer_records(jsonl: Path, peer: int, out: Path) -> None:
    """Peer `peer`'s own records: the same bodies, keyed `peer-number` so none collide."""
    with jsonl.open() as lines, out.open("w") as sink:
        for line in lines:
            item = json.loads(line)
            item["key"] = f"{peer}-{item['key']}"
            sink.write(json.dumps(item) + "\n")


def automerge_round(base: Path, jsonl: Path, count: int, peers: int, timeout: float) -> MeshFigure:
    """`peers` node processes, each adding the `count` records of `jsonl` (keyed its own way)."""
    start_doc = base / "start.automerge"
    made = subprocess.run(
        ["node", str(MESH), "base", str(start_doc)], capture_output=True, text=True,
        timeout=120, check=True,
    )  # fmt: skip
    doc_id = json.loads(made.stdout.splitlines()[-1])["doc"]
    expect = peers * count
    with NetnsLab(peers, base) as lab:
        nodes = []
        for i, host in enumerate(lab.hosts):
            mine = base / f"records-{i}.jsonl"
            _peer_records(jsonl, i, mine)
            earlier = [f"ws://{h.address}:{PORT}" for h in lab.hosts[:i]]
            argv = ["node", str(MESH), "peer", str(start_doc), doc_id, str(mine), str(PORT),
                    str(expect), *earlier]  # fmt: skip
            nodes.append(JsonLines(host.popen(argv)))
        try:
            for node in nodes:
                loaded = node.wait_event("loaded", 600)
                if loaded.get("records") != count:
                    raise RuntimeError(f"a peer loaded {loaded.get('records')} of {count} records")
            before = wire_bytes(lab)
            start = release(nodes)
            deadline = time.monotonic() + timeout
            synced = [
                node.wait_event("synced", max(1.0, deadline - time.monotonic())) for node in nodes
            ]
            after = wire_bytes(lab)
        finally:
            stop(nodes)
    return MeshFigure(max(float(e["t"]) for e in synced) - start, after - before)


def run(system: str, base: Path, jsonl: Path, count: int, peers: int, rounds: int) -> str:
    """The mesh row's cell for `system` ("lattice" or "automerge"): median, max and bytes."""
    figures: list[MeshFigure] = []
    timeout = 300 + peers * count / 20
    for r in range(rounds):
        work = base / f"mesh-{system}-{r}"
        work.mkdir(parents=True)
        if system == "lattice":
            figure = lattice_round(work, peers, count)
        else:
            figure = automerge_round(work, jsonl, count, peers, timeout)
        figures.append(figure)
        wire = "" if figure.wire is None else f", {figure.wire / 1e6:.2f} MB"
        print(f"  {system} mesh {peers} x {count:,}, round {r + 1}: {figure.seconds:.2f} s{wire}",
              flush=True)  # fmt: skip
    seconds = sorted(f.seconds for f in figures)
    wires = [f.wire for f in figures if f.wire is not None]
    wire = f", {statistics.median(wires) / 1e6:.2f} MB" if len(wires) == len(figures) else ""
    return f"{statistics.median(seconds):.2f} s median (max {seconds[-1]:.2f} s){wire}"
