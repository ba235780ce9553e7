"""Ingest of valid signed changes into a fresh store (verify + authorize + persist), as a
rate and as a ratio to PyNaCl's raw Ed25519 verify rate on the same changes, same run;
and the same changes as sync receives them (protocol batches: the changes rebuilt from
the framing, verified, stored)."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from nacl.signing import VerifyKey

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import _ingest_trace
from bench._args import bench_args, machine_load
from bench._fixtures import founded_group, people, signed_history
from ledger.store import change as change_module
from ledger.store import codec, verifier
from ledger.store.change import SIGNING_CONTEXT, decode_change
from ledger.store.decoded_batch import HELPER_FROM, DecodedBatch
from ledger.store.store import Store
from p2p import messages as m
from p2p.messages import MAX_BATCH_CHANGES
from p2p.session_state import batches

COUNT = 20_000
BATCH = 1_000
ROUNDS = 5


def raw_verify_seconds(raws: list[bytes], clock: Callable[[], float] = time.perf_counter) -> float:
    """Seconds (by `clock`: wall by default, `time.process_time` for CPU) PyNaCl takes to
    verify the signatures of `raws`, decoding excluded."""
    prepared = []
    for raw in raws:
        payload, signature = codec.decode_canonical(raw)
        author = codec.decode_canonical(payload)["a"]
        prepared.append((VerifyKey(author), SIGNING_CONTEXT + payload, signature))
    start = clock()
    for key, message, signature in prepared:
        key.verify(message, signature)
    return clock() - start


def helper_cpu_seconds() -> float:
    """CPU seconds the signature helper process has used so far (Linux; else 0)."""
    helper = verifier.helper()
    stat = Path(f"/proc/{helper.pid}/stat") if helper is not None else None
    if stat is None or not stat.exists():
        return 0.0
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ingest_seconds(
    base: list[bytes], raws: list[bytes], home: Path, batch: int
) -> tuple[float, float, float]:
    """Wall seconds, this process's CPU seconds and the helper process's."""
    store = Store.open(home)
    store.ingest_many(base)
    start, cpu, helper = time.perf_counter(), time.process_time(), helper_cpu_seconds()
    for i in range(0, len(raws), batch):
        results = store.ingest_many(raws[i : i + batch], source="bench")
        assert all(r.status == "accepted" for r in results), results[0]
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    helper = helper_cpu_seconds() - helper
    store.close()
    return elapsed, cpu, helper


def _handed_over(frame: bytes) -> tuple[m.Batch, DecodedBatch]:
    """A frame decoded (its changes' bytes rebuilt) and its signatures handed over."""
    batch = m.decode(frame)
    assert isinstance(batch, m.Batch)
    assert batch.parsed is not None
    return batch, DecodedBatch.of_parsed(batch.parsed)


def framed_ingest_seconds(
    base: list[bytes], frames: list[bytes], home: Path, count: int
) -> tuple[float, float, float]:
    """As a sync session takes batches in (p2p/receiving.py): each frame decoded and its
    signatures handed over while the batch before it is stored, one batch ahead. Wall
    seconds, this process's CPU seconds and the helper process's."""
    store = Store.open(home)
    store.ingest_many(base)
    start, cpu, helper = time.perf_counter(), time.process_time(), helper_cpu_seconds()
    stored = 0
    ahead = _handed_over(frames[0])
    for index in range(len(frames)):
        batch, decoded = ahead
        if index + 1 < len(frames):
            ahead = _handed_over(frames[index + 1])
        results = store.ingest_many(batch.changes, source="bench", decoded=decoded)
        assert all(r.status == "accepted" for r in results), results[0]
        stored += len(results)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    helper = helper_cpu_seconds() - helper
    store.close()
    assert stored == count
    return elapsed, cpu, helper


def thread_beside_parsing(raws: list[bytes]) -> tuple[float, float, float, float]:
    """Why signatures are not checked on a thread of this process while it works: a
    thread checking `raws`' signatures while this one parses changes, and each alone.
    Rates per second: the thread's checks, then this thread's parsing, beside and alone."""
    signed = [change_module.parse_unverified(raw)[1] for raw in raws]
    took: list[float] = []

    def check() -> None:
        start = time.perf_counter()
        for message in signed:
            verifier.signature_ok(message)
        took.append(time.perf_counter() - start)

    worker = threading.Thread(target=check)
    start, parsed = time.perf_counter(), 0
    worker.start()
    while worker.is_alive():
        for raw in raws[:50]:
            decode_change(raw, verify=False)
        parsed += 50
    worker.join()
    parse_beside = parsed / (time.perf_counter() - start)
    check()
    check_alone = len(raws) / took[-1]
    start = time.perf_counter()
    for raw in raws:
        decode_change(raw, verify=False)
    parse_alone = len(raws) / (time.perf_counter() - start)
    return len(raws) / took[0], check_alone, parse_beside, parse_alone


def main() -> None:
    args = bench_args(
        __doc__,
        size=COUNT,
        rounds=ROUNDS,
        what="changes per round",
        flags={"trace": "then trace one ingest of each kind: the hand-off, this process's work"},
    )
    count, batch = args.size, min(BATCH, args.size)
    signers = people(8)
    with tempfile.TemporaryDirectory() as tmp:
        source, group = founded_group(Path(tmp) / "source", signers)
        base = source.raw_changes(group)
        raws = signed_history(source, group, signers, count)
        source.close()
        print(machine_load())
        frames = [
            m.encode(m.Batch(group, i + 1, tuple(part)))
            for i, part in enumerate(batches(raws, MAX_BATCH_CHANGES, 1 << 30))
        ]
        verify_rates, ingest_rates, framed_rates = [], [], []
        verify_cpu, ingest_cpu, helper_cpu, framed_cpu = [], [], [], []
        beside: list[tuple[float, float, float, float]] = []
        started = verifier.helper()  # started once per app; its start-up is not measured
        if started is not None:
            started.ready(timeout=60)
        for round_ in range(args.rounds):
            verify_rates.append(count / raw_verify_seconds(raws))
            verify_cpu.append(raw_verify_seconds(raws, time.process_time) / count)
            home = Path(tmp) / f"r{round_}"
            wall, cpu, helper_seconds = ingest_seconds(base, raws, home, batch)
            ingest_rates.append(count / wall)
            ingest_cpu.append(cpu / count)
            helper_cpu.append(helper_seconds / count)
            framed = Path(tmp) / f"f{round_}"
            wall, cpu, helper_seconds = framed_ingest_seconds(base, frames, framed, count)
            framed_rates.append(count / wall)
            framed_cpu.append((cpu + helper_seconds) / 2 / count)
            beside.append(thread_beside_parsing(raws[:2000]))
        if args.trace:
            traces = trace_both(base, raws, frames, Path(tmp), batch, count)
    v, i = statistics.median(verify_rates), statistics.median(ingest_rates)
    print(f"changes per round: {count}, batches of {batch}, rounds: {args.rounds} (medians below)")
    print(f"raw Ed25519 verify (PyNaCl): {v:,.0f} /s")
    print(f"ingest into a fresh store:   {i:,.0f} /s")
    print(f"ratio ingest / raw verify:   {i / v:.2f}  (target >= 0.8)")
    vc, ic, hc = (statistics.median(x) for x in (verify_cpu, ingest_cpu, helper_cpu))
    print(
        f"CPU per change: raw verify {vc * 1e6:.0f} us; ingest: this process {ic * 1e6:.0f} us, "
        f"helper process {hc * 1e6:.0f} us (in batches of {HELPER_FROM}+ the helper checks "
        "signatures, and this process those it would otherwise wait for)"
    )
    print(
        f"bound with a second core to ourselves (raw verify CPU / half the two processes' CPU: "
        f"they share the signature checks): {2 * vc / (ic + hc):.2f}"
    )
    f = statistics.median(framed_rates)
    print(
        f"ingest of sync batches (protocol {m.PROTOCOL_VERSION}, {MAX_BATCH_CHANGES} a batch): "
        f"{f:,.0f} /s, ratio to raw verify {f / v:.2f}; "
        f"bound with a second core to ourselves {vc / statistics.median(framed_cpu):.2f}"
    )
    medians = (statistics.median(x) for x in zip(*beside, strict=True))
    checks, checks_alone, parses, parses_alone = medians
    print(
        f"a thread of this process checking signatures while this one parses: {checks:,.0f} "
        f"checks/s (alone {checks_alone:,.0f}), parsing meanwhile {parses:,.0f} /s (alone "
        f"{parses_alone:,.0f}; switch interval {sys.getswitchinterval() * 1e3:g} ms)"
    )
    if args.trace:
        print("\n".join(traces))


def trace_both(
    base: list[bytes], raws: list[bytes], frames: list[bytes], tmp: Path, batch: int, count: int
) -> list[str]:
    """One traced ingest of each kind, and a profile of this process's work in each."""
    ingests = {
        "direct": partial(ingest_seconds, base, raws, batch=batch),
        "sync batches": partial(framed_ingest_seconds, base, frames, count=count),
    }
    lines = []
    for kind, ingest in ingests.items():
        lines.append(f"-- {kind} --")
        with _ingest_trace.traced(tmp) as trace:
            ingest(home=tmp / f"{kind}-trace")
        lines += _ingest_trace.report(trace, count)
        lines.append("")
        lines += _ingest_trace.profile(partial(ingest, home=tmp / f"{kind}-profile"), count)
    return lines


if __name__ == "__main__":
    main()
