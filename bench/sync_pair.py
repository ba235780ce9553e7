"""Two PCs on a LAN of network namespaces (mDNS only): A holds N ledger entries that B
lacks. Prints, per N, the time until B has stored them all (verified and committed),
when B stored the first batch, the bytes on the wire (IP counters of the veth links), and
beside them the time PyNaCl takes to verify N signatures alone on one core (same run).
Issue 11 compares these with automerge-repo (1k: 0.37 s, 0.063 MB; 10k: 1.15 s,
0.61 MB; 100k: 3.8 s, 6.1 MB). Needs root. Prints figures; asserts nothing.

    sudo .venv/bin/python bench/sync_pair.py [--sizes 1000 10000 100000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from nacl.signing import VerifyKey

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._args import machine_load
from bench.sync_common import (
    cpu_seconds,
    median,
    release,
    require_root,
    start_node,
    stop,
    wire_bytes,
)
from ledger.store import codec
from ledger.store.change import SIGNING_CONTEXT
from ledger.store.ids import GroupId
from ledger.store.store import Store
from tests.multihost.lan import contributions, founded_group, people, store_offline
from tests.multihost.netns import NetnsLab

CACHE = Path(os.environ.get("LATTICE_BENCH_CACHE") or tempfile.gettempdir()) / "lattice-bench-pair"
TIMEOUT = 900.0


def prepared(count: int) -> Path:
    """Two data folders (`a` holding `count` more entries than `b`), built once and kept."""
    base = CACHE / str(count)
    if (base / "done").exists():
        return base
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    homes = [base / "a", base / "b"]
    signers = people("Amina", "Bosco")
    group = founded_group(homes, signers)
    store_offline(homes[0], contributions(homes[0], group, [signers[0]], count), batch=5_000)
    (base / "done").write_text(group)
    return base


def verify_seconds(home: Path, count: int) -> float:
    """PyNaCl verifying the last `count` changes' signatures one by one, on one core."""
    store = Store.open(home)
    try:
        raws = store.raw_changes(GroupId((home.parent / "done").read_text().strip()))[-count:]
    finally:
        store.close()
    prepared_ = []
    for raw in raws:
        payload, signature = codec.decode_canonical(raw)
        author = codec.decode_canonical(payload)["a"]
        prepared_.append((VerifyKey(author), SIGNING_CONTEXT + payload, signature))
    start = time.perf_counter()
    for key, message, signature in prepared_:
        key.verify(message, signature)
    return time.perf_counter() - start


def one_round(
    base: Path, work: Path, count: int
) -> tuple[float, float, float, int, tuple[float, float]]:
    """Seconds from the start until B is connected, until B stored its first batch and
    until B stored everything; the bytes on the wire; CPU seconds of A and of B."""
    homes = [work / "a", work / "b"]
    for name in ("a", "b"):
        shutil.copytree(base / name, work / name)
    with NetnsLab(2, work) as lab:
        nodes = [start_node(lab.hosts[i], homes[i]) for i in range(2)]
        try:
            before = wire_bytes(lab)
            cpu_before = [cpu_seconds(nodes[:1]), cpu_seconds(nodes[1:])]
            start = release(nodes)
            deadline = time.monotonic() + TIMEOUT
            while True:
                events = nodes[1].drain()
                arrived = [e for e in events if e.get("event") == "ChangesReceived"]
                if sum(int(e["accepted"]) for e in arrived) >= count:
                    break
                if time.monotonic() > deadline or nodes[1].proc.poll() is not None:
                    raise SystemExit(f"B did not get {count} changes; its last: {events[-5:]}")
                time.sleep(0.05)
            connected = min(e["t"] for e in events if e.get("event") == "PeerConnected")
            time.sleep(0.5)  # the last acknowledgement
            wire = wire_bytes(lab) - before
            cpu = (
                cpu_seconds(nodes[:1]) - cpu_before[0],
                cpu_seconds(nodes[1:]) - cpu_before[1],
            )
        finally:
            stop(nodes)
    return connected - start, arrived[0]["t"] - start, arrived[-1]["t"] - start, wire, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").strip().splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not require_root("sync_pair"):
        return
    for count in args.sizes:
        base = prepared(count)
        print(machine_load(), flush=True)
        connects, firsts, took, syncs, wires, verify = [], [], [], [], [], []
        cpu_a, cpu_b = [], []
        for _ in range(args.rounds):
            with tempfile.TemporaryDirectory(prefix="lattice-bench-") as tmp:
                c, f, t, w, (ca, cb) = one_round(base, Path(tmp), count)
            cpu_a.append(ca)
            cpu_b.append(cb)
            connects.append(c)
            firsts.append(f)
            took.append(t)
            syncs.append(t - c)
            wires.append(w)
            verify.append(verify_seconds(base / "a", count))
            print(
                f"  N={count}: connected at {c:.2f} s, first batch stored at {f:.2f} s, "
                f"all stored at {t:.2f} s; {w / 1e6:.3f} MB; CPU: A {ca:.2f} s, B {cb:.2f} s",
                flush=True,
            )
        print(
            f"N = {count:,}, {args.rounds} rounds (medians): connected (mDNS + dial) at "
            f"{median(connects):.2f} s; first batch stored {median(firsts):.2f} s; all "
            f"stored {median(took):.2f} s, of which {median(syncs):.2f} s after connecting; "
            f"wire {median(wires) / 1e6:.3f} MB; CPU after the start: A "
            f"{median(cpu_a):.2f} s, B {median(cpu_b):.2f} s; Ed25519 verify of N alone (one core) "
            f"{median(verify):.3f} s; {machine_load()}",
            flush=True,
        )


if __name__ == "__main__":
    main()
