"""While the helper process still checks a batch's signatures, this process writes the rows
of the changes it has taken in rather than wait idle: the batch ends the same."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledger.store import decoded_batch, verifier
from ledger.store.change import decode_change
from ledger.store.decoded_batch import DecodedBatch
from ledger.store.store import Store
from tests.ledger.conftest import HISTORY, ingested


def test_a_batch_waits_for_the_helper_only_while_it_checks(
    history: tuple[list[bytes], list[bytes]],
    fresh_helper: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`waits_for_helper` says what `get` would do: wait while the helper holds the chunk
    (here: stopped), not once its answer is in, nor for a chunk still queued here."""
    monkeypatch.setattr(verifier, "AHEAD", 1)
    _, raws = history
    helper = verifier.helper()
    assert helper is not None
    os.kill(helper.pid, signal.SIGSTOP)
    try:
        batch = DecodedBatch(raws)
        assert batch.waits_for_helper(0)
        assert batch.waits_for_helper(HISTORY - 1)  # `get` takes the chunks in order
    finally:
        os.kill(helper.pid, signal.SIGCONT)
    deadline = time.monotonic() + 60  # generous: a loaded machine; not a timing claim
    while batch.waits_for_helper(0) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not batch.waits_for_helper(0)
    assert [batch.get(i) for i in range(HISTORY)] == [decode_change(raw) for raw in raws]
    monkeypatch.setattr(verifier, "AHEAD", 0)  # every chunk stays queued here
    queued = DecodedBatch(raws)
    assert not any(queued.waits_for_helper(i) for i in range(HISTORY))  # checked here


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    waits=st.sets(st.integers(0, HISTORY - 1), max_size=20),
    order=st.one_of(st.none(), st.randoms()),
)
def test_rows_written_while_waiting_end_the_batch_the_same(
    history: tuple[list[bytes], list[bytes]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory,
    waits: set[int],
    order: random.Random | None,
) -> None:
    """Wherever the helper keeps this process waiting, the rows taken in so far are written
    then, and the results, the state and the rows are those of a batch that never waited."""
    base, raws = history
    picked = list(raws)
    if order is not None:
        order.shuffle(picked)  # (then some changes wait for others)
    home = tmp_path_factory.mktemp("pcs")
    monkeypatch.setattr(decoded_batch, "HELPER_FROM", 10**9)  # no helper: no real waits
    plain = ingested(base, picked, home / "plain")
    written: dict[int, tuple[int, int]] = {}  # at a wait: rows in the log, changes taken in
    waiting: list[int] = []
    stores: list[Store] = []
    open_store, flush = Store.open, Store._flush

    def opened(path: Path) -> Store:
        stores.append(open_store(path))
        return stores[-1]

    def waits_for_helper(self: DecodedBatch, index: int) -> bool:
        if index in waits and len(self) == len(picked):
            waiting.append(index)
            return True
        return False

    def flushed(self: Store) -> None:
        flush(self)
        if waiting:
            rows = self.db.execute("SELECT count(*) FROM change_log").fetchone()[0]
            taken_in = sum(len(g.history.nodes) for g in self._groups.values())
            written[waiting.pop()] = (rows, taken_in)

    monkeypatch.setattr(Store, "open", staticmethod(opened))
    monkeypatch.setattr(DecodedBatch, "waits_for_helper", waits_for_helper)
    monkeypatch.setattr(Store, "_flush", flushed)
    waited = ingested(base, picked, home / "waited")
    assert waited == plain
    assert all(rows == taken_in for rows, taken_in in written.values())
    if order is None:  # in order, each change is taken in at once: all before it written
        assert written == {i: (len(base) + i, len(base) + i) for i in waits - {0}}


def test_a_batch_taken_in_at_once_leaves_more_chunks_to_share(
    history: tuple[list[bytes], list[bytes]],
    fresh_helper: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The helper holds `AHEAD_AT_ONCE` chunks of a batch taken in at once, the rest left
    here to share; of a sync batch decoded ahead of its storing, up to `AHEAD`."""
    monkeypatch.setattr(verifier, "AHEAD", 4)
    monkeypatch.setattr(verifier, "AHEAD_AT_ONCE", 2)
    # Answers are read only when waited for: however fast the helper, it holds what it got.
    monkeypatch.setattr(verifier.Verifier, "_has_answer", lambda self: False)
    _, raws = history
    for make, held in ((DecodedBatch.of_parsed, 4), (DecodedBatch, 2)):
        batch = make(raws)
        assert [t.state for _, t in batch._sent].count("sent") == held
        assert [batch.get(i) for i in range(HISTORY)] == [decode_change(r) for r in raws]
