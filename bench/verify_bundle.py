"""`lattice verify` of a signed bundle, beside raw Ed25519 verification of as many signatures.

The bundle is what `lattice export --format bundle` writes for a group of 8 members with
COUNT changes (contributions, each citing the previous one). Verifying replays it in memory
(no store on disk); the raw figure is PyNaCl verifying each change's signature, one after
the other, with nothing else done. Wall time and this process's CPU time are both printed:
on a shared machine the CPU time says more.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from nacl.signing import VerifyKey

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._fixtures import founded_group, people, signed_history
from ledger.exports.bundle import build_bundle
from ledger.exports.period import Period
from ledger.exports.verify import verify_bytes
from ledger.store import codec
from ledger.store.change import SIGNING_CONTEXT


def make_bundle(count: int, home: Path) -> bytes:
    signers = people(8)
    store, group = founded_group(home, signers)
    try:
        raws = signed_history(store, group, signers, count - store.change_count(group))
        store.ingest_many(raws, source="bench")
        return build_bundle(store, group, signers[0], Period())
    finally:
        store.close()


def raw_verify(changes: Sequence[bytes]) -> Callable[[], None]:
    prepared = []
    for raw in changes:
        payload, signature = codec.decode_canonical(raw)
        author = codec.decode_canonical(payload)["a"]
        prepared.append((VerifyKey(author), SIGNING_CONTEXT + payload, signature))

    def run() -> None:
        for key, message, signature in prepared:
            key.verify(message, signature)

    return run


def timed(run: Callable[[], object], rounds: int) -> tuple[float, float]:
    """Median wall and CPU seconds of `rounds` runs."""
    walls, cpus = [], []
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=24_000, help="changes in the bundle")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        data = make_bundle(args.count, Path(tmp))
    changes = codec.decode_canonical(data)["changes"]
    verdict = verify_bytes(data)
    if not verdict.sound:
        raise SystemExit(f"the bench bundle is not sound: {verdict.problems}")
    load = os.getloadavg()
    verify_wall, verify_cpu = timed(lambda: verify_bytes(data), args.rounds)
    raw_wall, raw_cpu = timed(raw_verify(changes), args.rounds)
    print(f"bundle: {len(changes):,} changes, {len(data):,} bytes; {args.rounds} rounds, medians;"
          f" {os.cpu_count()} cores, load {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    print(f"lattice verify (in memory):      {verify_wall:6.2f} s wall, {verify_cpu:6.2f} s CPU")
    print(f"raw Ed25519 verify, one by one:  {raw_wall:6.2f} s wall, {raw_cpu:6.2f} s CPU")
    print(f"ratio verify / raw (wall):       {verify_wall / raw_wall:6.2f}")


if __name__ == "__main__":
    main()
