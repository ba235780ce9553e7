"""The helper process that checks signatures for large batches: what it decides equals what
this process decides alone, its loss costs nothing, and it never outlives the app."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledger.store import change as change_module
from ledger.store import decoded_batch, verifier
from ledger.store.change import BAD_SIGNATURE, decode_change
from ledger.store.decoded_batch import DecodedBatch
from ledger.store.errors import DecodeError
from ledger.store.store import Store
from tests.ledger.conftest import HISTORY, Ingested, ingested

ROOT = Path(__file__).resolve().parents[2]


def _spoil(raw: bytes) -> bytes:
    """The same change with one bit of its signature flipped (it still decodes)."""
    return raw[:-1] + bytes([raw[-1] ^ 1])


def _verdict(raw: bytes) -> str:
    try:
        return decode_change(raw).id
    except DecodeError as exc:
        return f"refused: {exc.words}"


def _picked(raws: list[bytes], data: st.DataObject) -> list[bytes]:
    """All the changes out of order, some twice, some with a bad signature, some garbage."""
    rng = random.Random(data.draw(st.integers(0, 2**32)))
    picked = [*raws, *(rng.choice(raws) for _ in range(data.draw(st.integers(0, 40))))]
    rng.shuffle(picked)
    spoiled = data.draw(st.sets(st.integers(0, len(picked) - 1), max_size=12))
    for index in spoiled:
        picked[index] = _spoil(picked[index])
    for _ in range(data.draw(st.integers(0, 3))):
        picked.insert(rng.randrange(len(picked) + 1), b"not a change")
    return picked


def _decided(raws: list[bytes], helper: bool, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    with monkeypatch.context() as patch:
        if not helper:
            patch.setattr(decoded_batch, "HELPER_FROM", 10**9)
        batch = DecodedBatch(raws)
        if helper:
            assert not batch.left_here  # all went to the helper
        out = []
        for index in range(len(batch)):
            item = batch.get(index)
            out.append(item.id if not isinstance(item, DecodeError) else f"refused: {item.words}")
        return out


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_helper_decides_as_this_process_alone(
    history: tuple[list[bytes], list[bytes]],
    fresh_helper: None,
    monkeypatch: pytest.MonkeyPatch,
    data: st.DataObject,
) -> None:
    _, raws = history
    picked = _picked(raws, data)
    # With one chunk at a time in the helper, the rest wait here and this process checks
    # some of them itself (those it needs first, or the last while it waits).
    monkeypatch.setattr(verifier, "AHEAD", data.draw(st.sampled_from([1, 2, verifier.AHEAD])))
    by_helper = _decided(picked, True, monkeypatch)
    assert by_helper == _decided(picked, False, monkeypatch)
    assert by_helper == [_verdict(raw) for raw in picked]
    assert verifier.helper() is not None


def _ingested(
    base: list[bytes], picked: list[bytes], home: Path, helper: bool, patch: pytest.MonkeyPatch
) -> Ingested:
    with patch.context() as p:
        if not helper:
            p.setattr(decoded_batch, "HELPER_FROM", 10**9)
        return ingested(base, picked, home)


@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_ingest_with_the_helper_equals_ingest_without(
    history: tuple[list[bytes], list[bytes]],
    fresh_helper: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
) -> None:
    base, raws = history
    picked = _picked(raws, data)
    monkeypatch.setattr(verifier, "AHEAD", data.draw(st.sampled_from([1, verifier.AHEAD])))
    home = tmp_path_factory.mktemp("pcs")
    fast = _ingested(base, picked, home / "fast", True, monkeypatch)
    slow = _ingested(base, picked, home / "slow", False, monkeypatch)
    assert fast == slow
    assert len(fast[0]) == len(picked)


def test_a_bad_signature_refuses_exactly_that_change(
    history: tuple[list[bytes], list[bytes]], fresh_helper: None, tmp_path: Path
) -> None:
    base, raws = history
    spoiled = HISTORY - 5  # a late change: nothing in the batch depends on it but 4 others
    batch = [*raws[:spoiled], _spoil(raws[spoiled]), *raws[spoiled + 1 :]]
    store = Store.open(tmp_path / "pc")
    try:
        store.ingest_many(base)
        results = store.ingest_many(batch, source="peer test")
    finally:
        store.close()
    assert [r.status for r in results[:spoiled]] == ["accepted"] * spoiled
    assert results[spoiled].status == "rejected" and results[spoiled].reason == BAD_SIGNATURE
    assert {r.status for r in results[spoiled + 1 :]} == {"pending"}  # they wait for it


@pytest.mark.parametrize("ahead", [1, 4])
def test_a_lost_helper_costs_nothing(
    history: tuple[list[bytes], list[bytes]],
    fresh_helper: None,
    monkeypatch: pytest.MonkeyPatch,
    ahead: int,
) -> None:
    monkeypatch.setattr(verifier, "AHEAD", ahead)  # 1: chunks still queued here when it dies
    _, raws = history
    picked = [_spoil(raws[0]), *raws[1:]]
    expected = [_verdict(raw) for raw in picked]
    helper = verifier.helper()
    assert helper is not None
    first = DecodedBatch(picked)  # sent to the helper ...
    os.kill(helper.pid, signal.SIGKILL)  # ... which dies before (or while) answering
    assert [_verdict_of(first, i) for i in range(len(picked))] == expected
    second = DecodedBatch(picked)  # checked here while a new helper starts
    assert [_verdict_of(second, i) for i in range(len(picked))] == expected


def test_the_two_processes_share_the_chunks(
    history: tuple[list[bytes], list[bytes]],
    fresh_helper: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Chunks wait here while the helper holds `AHEAD`; those asked for first are checked
    here, the rest by the helper, and every verdict is the one this process alone gives."""
    monkeypatch.setattr(verifier, "AHEAD", 1)
    _, raws = history
    picked = [_spoil(r) if i % 37 == 0 else r for i, r in enumerate(raws)]
    tickets: list[verifier.Ticket] = []
    submit = verifier.Verifier.submit

    def kept(
        self: verifier.Verifier, messages: list[bytes], *, at_once: bool = False
    ) -> verifier.Ticket:
        tickets.append(submit(self, messages, at_once=at_once))
        return tickets[-1]

    monkeypatch.setattr(verifier.Verifier, "submit", kept)
    # Answers are read only when waited for: however fast the helper, it holds one chunk.
    monkeypatch.setattr(verifier.Verifier, "_has_answer", lambda self: False)
    batch = DecodedBatch(picked)
    assert [_verdict_of(batch, i) for i in reversed(range(len(picked)))] == [
        _verdict(raw) for raw in reversed(picked)
    ]
    assert len(tickets) > 1 and all(t.state == "done" for t in tickets)
    assert [bool(t.sent_at) for t in tickets] == [True] + [False] * (len(tickets) - 1)


def test_a_thread_waits_for_the_chunk_another_checks(
    history: tuple[list[bytes], list[bytes]],
    fresh_helper: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two threads ask for one chunk: this one checks it here, the other blocks on the
    helper's condition until that is done (no polling) and gets the same verdicts."""
    _, raws = history
    helper = verifier.helper()
    assert helper is not None
    monkeypatch.setattr(verifier, "AHEAD", 0)  # the chunk stays queued here
    picked = [_spoil(raws[0]), *raws[1:20]]
    ticket = helper.submit([change_module.parse_unverified(raw)[1] for raw in picked])
    waiting = threading.Event()

    class Noted(threading.Condition):
        def wait(self, timeout: float | None = None) -> bool:
            waiting.set()
            return super().wait(timeout)

    monkeypatch.setattr(helper, "_settled", Noted(helper._lock))
    other: list[list[bool]] = []
    asker = threading.Thread(target=lambda: other.append(helper.verdicts(ticket)))
    check_here = verifier.check_here

    def checked_while_the_other_waits(messages: list[bytes]) -> list[bool]:
        asker.start()
        assert waiting.wait(timeout=60)  # generous: a loaded machine; not a timing claim
        return check_here(messages)

    monkeypatch.setattr(verifier, "check_here", checked_while_the_other_waits)
    mine = helper.verdicts(ticket)
    asker.join(timeout=60)
    assert not asker.is_alive()
    assert mine == other[0] == [False] + [True] * (len(picked) - 1)


def _verdict_of(batch: DecodedBatch, index: int) -> str:
    item = batch.get(index)
    return item.id if not isinstance(item, DecodeError) else f"refused: {item.words}"


def test_a_helper_that_cannot_start_leaves_the_work_here(
    history: tuple[list[bytes], list[bytes]],
    fresh_helper: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, raws = history
    verifier.stop_helper()
    monkeypatch.setattr(verifier, "HELPER_CODE", "raise SystemExit(3)")
    broken = verifier.helper()
    assert broken is not None and not broken.ready(timeout=60) and broken.broken
    batch = DecodedBatch(raws)
    assert [_verdict_of(batch, i) for i in range(len(raws))] == [_verdict(r) for r in raws]


_APP = """
import sys, time
from ledger.store import verifier
helper = verifier.helper()
assert helper.ready(timeout=60)
print(helper.pid, flush=True)
time.sleep(600)
"""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"  # a zombie has exited; only its parent's reaping is left


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_killed_app_leaves_no_helper_behind() -> None:
    app = subprocess.Popen(
        [sys.executable, "-c", _APP],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert app.stdout is not None
    pid = int(app.stdout.readline())
    assert _running(pid)
    app.kill()  # SIGKILL: no atexit, no cleanup
    app.wait()
    deadline = time.monotonic() + 60  # generous: a loaded machine; not a timing claim
    while _running(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(pid)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_never_shares_its_parents_helper(
    history: tuple[list[bytes], list[bytes]], fresh_helper: None
) -> None:
    _, raws = history
    parent = verifier.helper()
    assert parent is not None
    child = os.fork()
    if child == 0:  # the child: its own helper (or none), never the parent's
        ok = verifier._helper is None
        mine = verifier.helper()
        ok = ok and (mine is None or mine.pid != parent.pid)
        batch = DecodedBatch([_spoil(raws[0]), *raws[1:]])  # (on its own threads, too)
        ok = ok and isinstance(batch.get(0), DecodeError) and batch.get(1) == decode_change(raws[1])
        verifier.stop_helper()
        os._exit(0 if ok else 1)
    assert _exit_status(child) == 0
    assert verifier.helper() is parent and not parent.broken
    batch = DecodedBatch(raws)
    assert all(not isinstance(batch.get(i), DecodeError) for i in range(len(raws)))


def _exit_status(child: int) -> int:
    """The forked child's exit status; a hung child is killed (a failure, not a hang)."""
    deadline = time.monotonic() + 120  # generous: a loaded machine; not a timing claim
    while time.monotonic() < deadline:
        pid, status = os.waitpid(child, os.WNOHANG)
        if pid:
            return status
        time.sleep(0.05)
    os.kill(child, signal.SIGKILL)
    os.waitpid(child, 0)
    raise AssertionError("the forked child hung")


def test_a_frozen_bundle_starts_its_own_program_as_the_helper(
    history: tuple[list[bytes], list[bytes]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """In a bundle, `sys.executable` is the bundle's program: its entry script
    (packaging/lattice_desktop.py) becomes the helper when given `HELPER_FLAG`."""
    _, raws = history
    program = tmp_path / "lattice-desktop"
    entry = ROOT / "packaging" / "lattice_desktop.py"
    program.write_text(f'#!/bin/sh\nexec {sys.executable} {entry} "$@"\n')
    program.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    assert verifier.helper_command() == [str(program), verifier.HELPER_FLAG]
    bundled = verifier.Verifier()
    try:
        assert bundled.ready(timeout=60)
        picked = [_spoil(raws[0]), *raws[1:]]
        ticket = bundled.submit([change_module.parse_unverified(raw)[1] for raw in picked])
        assert bundled.verdicts(ticket) == [False] + [True] * (len(picked) - 1)
        assert not bundled.broken
    finally:
        bundled.close()
