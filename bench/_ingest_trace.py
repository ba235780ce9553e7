"""`ingest_rate.py --trace`: where the hand-off between this process and the signature
helper loses time. Each chunk's times in both processes (queued, sent, received and
checked by the helper, its answer read here), each batch's commit, and a profile of this
process's own work per change, printed as figures per change."""

from __future__ import annotations

import cProfile
import json
import pstats
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ledger.store import change as change_module
from ledger.store import codec, ingest, verifier
from ledger.store.store import Store
from ledger.store.verifier import Ticket, Verifier
from p2p import batch_frame


@dataclass
class Trace:
    """What one traced ingest recorded (all times `time.monotonic`, in both processes)."""

    tickets: list[Ticket] = field(default_factory=list)
    waits: list[tuple[float, float]] = field(default_factory=list)
    """This process inside `Verifier.verdicts` (waiting, or checking a chunk itself)."""
    commits: list[tuple[float, float]] = field(default_factory=list)
    """From writing a batch's rows to its commit done."""
    batches: list[tuple[float, float]] = field(default_factory=list)
    helper: list[list[float]] = field(default_factory=list)
    """Per chunk the helper took: began waiting, received, checked, its CPU seconds."""


@contextmanager
def traced(tmp: Path) -> Iterator[Trace]:
    """A fresh helper that records its chunks, and this process's side recorded too."""
    trace = Trace()
    path = tmp / "helper-trace.json"
    saved = verifier.HELPER_CODE
    verifier.stop_helper()
    verifier._starts = 0
    verifier.HELPER_CODE = (
        f"from ledger.store.signature_helper import serve; serve(trace_to={str(path)!r})"
    )
    helper = verifier.helper()
    if helper is None or not helper.ready(timeout=60):
        raise RuntimeError("the signature helper did not start")
    patched: list[tuple[type, str, Any]] = []

    def wrap(owner: type, name: str, make: Callable[[Any], Any]) -> None:
        original = getattr(owner, name)
        patched.append((owner, name, original))
        setattr(owner, name, make(original))

    def submit(original: Any) -> Any:
        def inner(self: Verifier, messages: list[bytes], *, at_once: bool = False) -> Ticket:
            ticket: Ticket = original(self, messages, at_once=at_once)
            trace.tickets.append(ticket)
            return ticket

        return inner

    def verdicts(original: Any) -> Any:
        def inner(self: Verifier, ticket: Ticket) -> list[bool]:
            start = time.monotonic()
            try:
                return list(original(self, ticket))
            finally:
                trace.waits.append((start, time.monotonic()))

        return inner

    def spans(into: list[tuple[float, float]]) -> Callable[[Any], Any]:
        def make(original: Any) -> Any:
            def inner(*args: Any, **kwargs: Any) -> Any:
                start = time.monotonic()
                try:
                    return original(*args, **kwargs)
                finally:
                    into.append((start, time.monotonic()))

            return inner

        return make

    def flush(original: Any) -> Any:
        def inner(self: Store) -> None:
            trace.commits.append((time.monotonic(), 0.0))
            original(self)

        return inner

    def after_commit(original: Any) -> Any:
        def inner(self: Store, origin: str) -> None:
            if trace.commits and not trace.commits[-1][1]:
                trace.commits[-1] = (trace.commits[-1][0], time.monotonic())
            original(self, origin)

        return inner

    wrap(Verifier, "submit", submit)
    wrap(Verifier, "verdicts", verdicts)
    wrap(Store, "ingest_many", spans(trace.batches))
    wrap(Store, "_flush", flush)
    wrap(Store, "_after_commit", after_commit)
    try:
        yield trace
    finally:
        for owner, name, original in reversed(patched):
            setattr(owner, name, original)
        verifier.stop_helper()  # it writes its trace as its input closes
        verifier._starts = 0
        verifier.HELPER_CODE = saved
        if path.exists():
            trace.helper = json.loads(path.read_text())


def _overlap(start: float, end: float, spans: list[tuple[float, float]]) -> float:
    return sum(max(0.0, min(end, b) - max(start, a)) for a, b in spans)


def report(trace: Trace, count: int) -> list[str]:
    """The figures, per change in microseconds of wall time (medians per chunk for the pipe)."""
    per = 1e6 / count
    first, last = trace.batches[0][0], trace.batches[-1][1]
    sent = [t for t in trace.tickets if t.sent_at]
    here = len(trace.tickets) - len(sent)
    helper = trace.helper[: len(sent)]
    busy = sum(checked - received for _, received, checked, _ in helper)
    cpu = sum(c for *_, c in helper)
    idle: list[tuple[float, float]] = []
    previous = first
    for _, received, checked, _ in helper:
        idle.append((previous, received))
        previous = checked
    idle.append((previous, last))
    idle_total = sum(max(0.0, b - a) for a, b in idle)
    commits = [(a, b) for a, b in trace.commits if b]
    between = [(a[1], b[0]) for a, b in zip(trace.batches, trace.batches[1:], strict=False)]
    firsts = [(start, _first_sent(sent, start)) for start, _ in trace.batches]
    idle_commit = sum(_overlap(a, b, commits) for a, b in idle)
    idle_between = sum(_overlap(a, b, between) for a, b in idle)
    idle_first = sum(_overlap(a, b, firsts) for a, b in idle)
    waiting = sum(b - a for a, b in trace.waits)
    in_flight = [
        received - max(t.sent_at, waited)
        for t, (waited, received, *_) in zip(sent, helper, strict=False)
    ]
    return [
        f"hand-off trace: {count} changes, {len(trace.batches)} batches, "
        f"{len(trace.tickets)} chunks ({here} checked in this process while it would have "
        "waited, the rest by the helper); microseconds of wall time per change:",
        f"  whole ingest {(last - first) * per:.0f}; this process in `verdicts` (waiting, or "
        f"checking a chunk itself) {waiting * per:.0f}; writing rows and committing "
        f"{sum(b - a for a, b in commits) * per:.0f}",
        f"  helper: checking {busy * per:.0f} (its CPU {cpu * per:.0f}); idle "
        f"{idle_total * per:.0f}, of which while this process committed {idle_commit * per:.0f}, "
        f"between batches {idle_between * per:.0f}, while a batch's first chunk was parsed "
        f"{idle_first * per:.0f}",
        f"  pipe: a chunk sent reached the helper, unpickled, after {_median_us(in_flight)} us "
        f"(median); queued to sent {_median_us([t.sent_at - t.queued_at for t in sent])} us",
    ]


def _first_sent(sent: list[Ticket], start: float) -> float:
    return min((t.sent_at for t in sent if t.sent_at >= start), default=start)


def _median_us(values: list[float]) -> str:
    return f"{statistics.median(values) * 1e6:.0f}" if values else "-"


PARTS = {
    "sync frame decoding (rebuilding changes)": (batch_frame.__file__, "unpack"),
    "decoding (CBOR, fields)": (change_module.__file__, "parse_unverified"),
    "  of which canonical-form check": (codec.__file__, "require_canonical"),
    "  of which hashing (change id)": (change_module.__file__, "change_id"),
    "authorization (chain, roles)": (ingest.__file__, "refusal"),
    "body check (kind's schema)": ("", "check_body"),
    "taking in (history index, state)": (ingest.__file__, "_accept_in_memory"),
    "SQLite (rows, commit)": ("", "_transaction"),
}
"""Parts of this process's work (the first two are exclusive: a frame's changes are not
parsed again)."""


def profile(run: Callable[[], object], count: int) -> list[str]:
    """This process's own work per change, by part (cProfile: its overhead inflates
    Python-heavy parts; the shares are what to read)."""
    profiler = cProfile.Profile(time.process_time)  # CPU: others' load left out
    profiler.runcall(run)
    stats: dict[Any, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = sum(row[2] for row in stats.values())  # all own time
    waiting = _cumulative(stats, verifier.__file__, "verdicts")
    lines = [
        f"this process's CPU per change (profiled; {total / count * 1e6:.0f} us in all, of "
        f"which {waiting / count * 1e6:.0f} us in `verdicts`, checking a chunk or reading):"
    ]
    for label, (file, name) in PARTS.items():
        seconds = _cumulative(stats, file, name)
        if name == "_transaction":  # its own time is what SQLite did outside the batch loop
            seconds = _cumulative(stats, "", "_flush") + _own_sql(stats)
        lines.append(f"  {label:40} {seconds / count * 1e6:5.0f} us ({seconds / total:4.0%})")
    return lines


def _cumulative(stats: dict[Any, Any], file: str, name: str) -> float:
    return sum(
        float(row[3])
        for (path, _, function), row in stats.items()
        if function == name and (not file or path == file)
    )


def _own_sql(stats: dict[Any, Any]) -> float:
    """SQLite statements run straight from `_transaction` (BEGIN, COMMIT)."""
    total = 0.0
    for (_, _, function), row in stats.items():
        if "execute" in function and "Cursor" not in function:
            callers = row[4]
            total += sum(v[3] for (_, _, caller), v in callers.items() if caller == "_transaction")
    return total
