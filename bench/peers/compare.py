"""Lattice beside automerge-repo and pycrdt-websocket on the same records (issue 11's table).

Two peers, each its own process: A holds N records, B holds none (for Lattice: B's PC is
linked to the group and holds only its founding changes), B is started and held, then
released; the time until B holds all N, and the bytes both sent on the wire meanwhile.
As root every round runs in a fresh pair of network namespaces and the bytes come from
the bridge's IP counters (Ethernet frames, headers included); without root it runs on
loopback and prints no byte figure. Beside them: PyNaCl's raw Ed25519 verify of the N
signatures alone. Medians of the rounds; the machine load before and after.

    make bench-peers                      # installs the peers, runs this at full size
    python bench/peers/compare.py --sizes 1000,10000 --rounds 3 --systems lattice,verify

The records are Lattice's own signed contributions. automerge-repo gets each one's body
(its hashes and keys as bytes, not hex) as one change to one document's map, pycrdt as one
map entry; both key it by its number ("1", "2", ...), since Lattice sends no ids either
(a change's id is the hash of its bytes). Their peers keep nothing on disk; Lattice's
receiver verifies every signature and commits to SQLite before it counts.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench._args import machine_load
from bench.ingest_rate import raw_verify_seconds
from bench.peers import mesh
from bench.peers.places import Pair, cpu_seconds, in_namespaces, python, two_peers
from bench.sync_common import median, release, stop, wait_until
from ledger.store.change import decode_change
from ledger.store.ids import DeviceId
from ledger.store.store import Store
from p2p.peer_id import peer_id_of_device
from tests.multihost.jsonlines import JsonLines
from tests.multihost.lan import change_count, contributions, founded_group, people, store_offline

HERE = Path(__file__).resolve().parent
AUTOMERGE = HERE / "automerge_peer.mjs"
PYCRDT = HERE / "pycrdt_peer.py"
SYSTEMS = ("lattice", "automerge", "automerge-text", "pycrdt", "verify")
TITLES = {
    "lattice": "Lattice",
    "automerge": "automerge-repo (node, websocket)",
    "automerge-text": "automerge-repo, strings as text",
    "pycrdt": "pycrdt-websocket",
    "verify": "Ed25519 verify of N alone",
}
LOAD_TIMEOUT = 1800.0
"""Building a 100k-record document (automerge: 100k changes) takes minutes on a busy PC."""
TEXT_UP_TO = 10_000
"""automerge builds a document of text strings at about 70 s per 10,000 records (scalar
strings: 3.5 s), so `automerge-text` runs only up to this N."""


def missing(system: str) -> str | None:
    """Why `system` cannot run here (None when it can)."""
    if system in {"automerge", "automerge-text"}:
        if shutil.which("node") is None:
            return "no `node` on PATH"
        if not (HERE / "node_modules" / "@automerge" / "automerge-repo").is_dir():
            return "run `npm ci` in bench/peers (make bench-peers does)"
    if system == "pycrdt" and importlib.util.find_spec("pycrdt.websocket") is None:
        return "pip install '.[peers]' (make bench-peers does)"
    return None


@dataclass
class Records:
    """One size's data: Lattice's two data folders (A full, B empty) and the same records
    as JSON lines for the other systems."""

    folder: Path
    count: int
    a: Path = field(init=False)
    b: Path = field(init=False)
    jsonl: Path = field(init=False)
    raws: list[bytes] = field(default_factory=list)
    total: int = 0
    a_peer: str = ""

    def __post_init__(self) -> None:
        self.a, self.b = self.folder / "a", self.folder / "b"
        self.jsonl = self.folder / "records.jsonl"


def build(folder: Path, count: int) -> Records:
    records = Records(folder, count)
    signers = people("Treasurer A", "Treasurer B")
    group = founded_group([records.a, records.b], signers)
    records.raws = contributions(records.a, group, signers[:1], count)
    store_offline(records.a, records.raws)
    records.total = change_count(records.a)
    store = Store.open(records.a)
    try:
        records.a_peer = peer_id_of_device(DeviceId(store.device_id))
    finally:
        store.close()
    with records.jsonl.open("w") as out:
        for number, raw in enumerate(records.raws, 1):
            body = decode_change(raw, verify=False).body
            binary = sorted(k for k, v in body.items() if isinstance(v, bytes))
            record = {k: v.hex() if isinstance(v, bytes) else v for k, v in body.items()}
            out.write(json.dumps({"key": str(number), "record": record, "bytes": binary}) + "\n")
    return records


@dataclass
class Figure:
    seconds: float
    wire: int | None
    cpu: float | None = None
    """CPU seconds both peers used in the timed part: this PC is shared, and its load moves
    the wall-clock time more than the work does."""


def lattice_round(pair: Pair, records: Records, work: Path, timeout: float) -> Figure:
    a, b = work / "a", work / "b"
    shutil.copytree(records.a, a)
    shutil.copytree(records.b, b)
    port = pair.free_port()
    node = ("-m", "tests.multihost.node", "--hold", "--no-mdns")
    server = JsonLines(
        pair.server.popen(python(*node, "--home", str(a), "--listen", f"/ip4/0.0.0.0/tcp/{port}"))
    )
    address = f"/ip4/{pair.server.address}/tcp/{port}/p2p/{records.a_peer}"
    client = JsonLines(pair.client.popen(python(*node, "--home", str(b), "--peer", address)))
    try:
        server.wait_event("loaded", LOAD_TIMEOUT)
        client.wait_event("loaded", LOAD_TIMEOUT)
        release([server])
        server.wait_event("ready", 60)  # A listens, as the other systems' servers do
        pids = (server.proc.pid, client.proc.pid)
        before, cpu = pair.wire_bytes(), cpu_seconds(*pids)
        start = release([client])
        done = wait_until(lambda: change_count(b) >= records.total, timeout, 0.02)
        after, cpu = pair.wire_bytes(), cpu_seconds(*pids) - cpu
    finally:
        stop([client, server])
    return Figure(done - start, _sent(before, after), cpu)


def peer_round(
    pair: Pair, records: Records, timeout: float, server_argv: list[str],
    client_argv: Callable[[str, dict[str, object]], list[str]],
) -> Figure:  # fmt: skip
    """A websocket server holding the records and a held client fetching them."""
    server = JsonLines(pair.server.popen(server_argv))
    try:
        loaded = server.wait_event("loaded", LOAD_TIMEOUT)
        if loaded.get("records") != records.count:
            raise RuntimeError(f"the server loaded {loaded.get('records')} of {records.count}")
        client = JsonLines(pair.client.popen(client_argv(pair.server.address, loaded)))
        try:
            client.wait_event("loaded", 120)
            pids = (server.proc.pid, client.proc.pid)
            before, cpu = pair.wire_bytes(), cpu_seconds(*pids)
            start = release([client])
            synced = client.wait_event("synced", timeout)
            after, cpu = pair.wire_bytes(), cpu_seconds(*pids) - cpu
        finally:
            stop([client])
    finally:
        stop([server])
    return Figure(float(synced["t"]) - start, _sent(before, after), cpu)


def automerge_round(pair: Pair, records: Records, timeout: float, strings: str) -> Figure:
    """`strings`: "scalar" (automerge's `ImmutableString`, for values nobody edits letter
    by letter) or "text" (a collaborative text object each, what `handle.change` makes
    of a plain JS string), as records.mjs reads it from LATTICE_AUTOMERGE_STRINGS."""
    port = pair.free_port()
    node = ["env", f"LATTICE_AUTOMERGE_STRINGS={strings}", "node", str(AUTOMERGE)]
    return peer_round(
        pair, records, timeout, [*node, "server", str(records.jsonl), str(port)],
        lambda host, loaded: [
            *node, "client", f"ws://{host}:{port}", str(loaded["url"]), str(records.count),
        ],
    )  # fmt: skip


def pycrdt_round(pair: Pair, records: Records, timeout: float) -> Figure:
    port = pair.free_port()
    return peer_round(
        pair, records, timeout, python(str(PYCRDT), "server", str(records.jsonl), str(port)),
        lambda host, _: python(str(PYCRDT), "client", f"ws://{host}:{port}", str(records.count)),
    )  # fmt: skip


def _sent(before: int | None, after: int | None) -> int | None:
    return None if before is None or after is None else after - before


def run_system(system: str, records: Records, rounds: int, base: Path) -> list[Figure]:
    figures: list[Figure] = []
    timeout = 120 + records.count / 100  # generous: a stalled peer fails, a slow one is measured
    for r in range(rounds):
        if system == "verify":
            cpu = raw_verify_seconds(records.raws, time.process_time)
            figures.append(Figure(raw_verify_seconds(records.raws), None, cpu))
            continue
        work = base / f"{system}-{records.count}-{r}"
        work.mkdir(parents=True)
        with two_peers(work) as pair:
            if system == "lattice":
                figure = lattice_round(pair, records, work, timeout)
            elif system == "automerge":
                figure = automerge_round(pair, records, timeout, "scalar")
            elif system == "automerge-text":
                figure = automerge_round(pair, records, timeout, "text")
            else:
                figure = pycrdt_round(pair, records, timeout)
        figures.append(figure)
        wire = "" if figure.wire is None else f", {figure.wire / 1e6:.3f} MB"
        used = "" if figure.cpu is None else f", CPU {figure.cpu:.2f} s"
        print(f"  {TITLES[system]}, N = {records.count:,}, round {r + 1}: "
              f"{figure.seconds:.3f} s{wire}{used}", flush=True)  # fmt: skip
    return figures


def cell(figures: list[Figure] | str) -> str:
    if isinstance(figures, str):
        return figures
    out = f"{median([f.seconds for f in figures]):.4g} s"  # 4 digits: 86.84 s, 0.0006 s
    wires = [f.wire for f in figures if f.wire is not None]
    if len(wires) == len(figures):
        out += f", {median(wires) / 1e6:.3f} MB"
    cpus = [f.cpu for f in figures if f.cpu is not None]
    if len(cpus) == len(figures):
        out += f", CPU {median(cpus):.2f} s"
    return out


def table(
    sizes: list[int], systems: list[str], cells: dict[tuple[int, str], str], mesh_row: list[str]
) -> str:
    head = ["two peers, B empty, A holds N records", *(TITLES[s] for s in systems)]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for n in sizes:
        row = [f"N = {n:,}", *(cells[(n, s)] for s in systems)]
        lines.append("| " + " | ".join(row) + " |")
    if mesh_row:
        lines.append("| " + " | ".join(mesh_row) + " |")
    return "\n".join(lines)


def mesh_row(args: argparse.Namespace, systems: list[str], skipped: dict[str, str],
             base: Path) -> list[str]:  # fmt: skip
    """The 'P peers x R, full mesh' row (Lattice and automerge-repo only; root only)."""
    if args.mesh_rounds == 0:
        return []
    cells = [f"{args.mesh_peers} peers × {args.mesh_each:,}, full mesh"]
    records: Records | None = None
    for system in systems:
        if system not in {"lattice", "automerge"}:
            cells.append("—")
        elif system in skipped:
            cells.append(f"skipped ({skipped[system]})")
        elif not in_namespaces():
            cells.append("skipped (needs root: one network namespace per peer)")
        else:
            if records is None:
                records = build(base / "mesh-records", args.mesh_each)
            cells.append(mesh.run(system, base, records.jsonl, args.mesh_each,
                                  args.mesh_peers, args.mesh_rounds))  # fmt: skip
    return cells


def main() -> None:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # clean up namespaces on kill
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--sizes", default="1000,10000,100000", help="N, comma-separated ('': the mesh row only)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="per system and size (median)")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help=f"of {', '.join(SYSTEMS)}")
    parser.add_argument(
        "--require", action="store_true", help="fail instead of skipping a missing system"
    )
    parser.add_argument("--mesh-rounds", type=int, default=3, help="full-mesh row (0: none)")
    parser.add_argument("--mesh-peers", type=int, default=10, help="peers in the full mesh")
    parser.add_argument("--mesh-each", type=int, default=1000, help="records on each mesh peer")
    args = parser.parse_args()
    try:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes takes whole numbers separated by commas, not {args.sizes!r}")
    systems = args.systems.split(",")
    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown or args.rounds < 1 or any(n < 1 for n in sizes):
        parser.error(f"unknown system {unknown} (or a size or --rounds below 1)")
    if args.mesh_rounds < 0 or args.mesh_peers < 2 or args.mesh_each < 1:
        parser.error("--mesh-rounds must be 0 or more, --mesh-peers 2 or more, --mesh-each 1+")
    skipped = {s: reason for s in systems if (reason := missing(s)) is not None}
    if skipped and args.require:
        parser.error("; ".join(f"{s}: {r}" for s, r in skipped.items()))
    where = "fresh network namespaces" if in_namespaces() else "loopback (not root: no bytes)"
    parts = [f"{args.rounds} rounds per size"] if sizes else []
    parts += [f"{args.mesh_rounds} mesh rounds"] if args.mesh_rounds else []
    rounds = ", ".join(parts)
    print(f"{machine_load()}; peers in {where}; {rounds}; medians")
    cells: dict[tuple[int, str], str] = {}
    wires: dict[tuple[int, str], float] = {}
    with tempfile.TemporaryDirectory(prefix="lattice-peers-") as tmp:
        for n in sizes:
            started = time.monotonic()
            records = build(Path(tmp) / f"n{n}", n)
            print(f"N = {n:,}: records built in {time.monotonic() - started:.0f} s", flush=True)
            for system in systems:
                if system in skipped:
                    cells[(n, system)] = f"skipped ({skipped[system]})"
                elif system == "automerge-text" and n > TEXT_UP_TO:
                    cells[(n, system)] = f"not run above {TEXT_UP_TO:,} (slow to build)"
                else:
                    figures = run_system(system, records, args.rounds, Path(tmp))
                    cells[(n, system)] = cell(figures)
                    if all(f.wire is not None for f in figures):
                        wires[(n, system)] = median([f.wire or 0 for f in figures])
            shutil.rmtree(records.folder)
        last_row = mesh_row(args, systems, skipped, Path(tmp))
    print(machine_load())
    print(table(sizes, systems, cells, last_row))
    for line in byte_ratios(sizes, wires):
        print(line)


def byte_ratios(sizes: list[int], wires: dict[tuple[int, str], float]) -> list[str]:
    """Lattice's wire bytes over automerge-repo's, per N and string layout (issue 11's
    target: at most 2x): the ratio depends on how automerge stores the strings."""
    lines = []
    for n in sizes:
        ours = wires.get((n, "lattice"))
        theirs = [
            f"{ours / wires[(n, s)]:.2f}x with {layout}"
            for s, layout in (("automerge", "scalar strings"), ("automerge-text", "text strings"))
            if ours is not None and wires.get((n, s))
        ]
        if theirs:
            lines.append(f"wire bytes, Lattice / automerge-repo, N = {n:,}: {'; '.join(theirs)}")
    return lines


if __name__ == "__main__":
    main()
