from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench import _fixtures as bench_fixtures
from ledger.savings import membership_actions as actions
from ledger.store import verifier
from ledger.store.change import Change, sign_change
from ledger.store.events import IngestResult
from ledger.store.ids import ChangeId, DeviceId, GroupId
from ledger.store.persons import Signer, create_person
from ledger.store.store import Store

HISTORY = 200
"""Changes in `history` after the group's founding."""


@pytest.fixture(scope="session")
def people() -> dict[str, Signer]:
    return {
        name: create_person(name, "pw-" + name)[1]
        for name in ("Amina", "Bosco", "Chiku", "Dan", "Esther")
    }


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "home")
    yield s
    s.close()


@pytest.fixture
def make_store(tmp_path: Path) -> Iterator[Any]:
    opened: list[Store] = []

    def make(name: str = "other") -> Store:
        s = Store.open(tmp_path / name)
        opened.append(s)
        return s

    yield make
    for s in opened:
        s.close()


@pytest.fixture
def group(store: Store, people: dict[str, Signer]) -> GroupId:
    """Umoja: Amina founds it (council); Bosco and Esther are elders; Chiku a member."""
    g = actions.create_group(store, people["Amina"], name="Umoja", currency="KES", quorum=2).group
    actions.add_member(
        store, people["Amina"], g, person=people["Bosco"].person, name="Bosco", roles=["elder"]
    )
    actions.add_member(
        store, people["Amina"], g, person=people["Chiku"].person, name="Chiku", roles=["member"]
    )
    actions.add_member(
        store, people["Amina"], g, person=people["Esther"].person, name="Esther", roles=["elder"]
    )
    return g


def forge(
    signer: Signer,
    store: Store,
    group: GroupId,
    kind: str,
    body: dict[str, Any],
    *,
    device: DeviceId | None = None,
    seq: int | None = None,
    prev: ChangeId | None = None,
    deps: tuple[ChangeId, ...] | None = None,
    clock: int | None = None,
) -> Change:
    """A correctly signed change with whatever fields a test needs, not stored anywhere."""
    history = store.history(group)
    dev = device or store.device_id
    last = history.last_of(f"{signer.person}:{dev}")  # type: ignore[arg-type]
    if seq is None:
        seq = 1 if last is None else last.seq + 1
    if prev is None and seq > 1 and last is not None:
        prev = last.id
    return sign_change(
        signer,
        group=group,
        device=dev,
        seq=seq,
        prev=prev,
        deps=history.latest_heads(64) if deps is None else deps,
        clock=int(time.time() * 1000) if clock is None else clock,
        kind=kind,
        body=body,
    )


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[bytes], list[bytes]]:
    """A group's founding changes, and `HISTORY` valid changes after them."""
    signers = bench_fixtures.people(4)
    source, group = bench_fixtures.founded_group(tmp_path_factory.mktemp("source") / "pc", signers)
    base = source.raw_changes(group)
    raws = bench_fixtures.signed_history(source, group, signers, HISTORY)
    source.close()
    return base, raws


@pytest.fixture
def fresh_helper() -> Iterator[None]:
    """A helper of this test's own, ready, and stopped after it."""
    verifier.stop_helper()
    verifier._starts = 0
    started = verifier.helper()
    assert started is not None and started.ready(timeout=60)
    yield
    verifier.stop_helper()
    verifier._starts = 0


Ingested = tuple[list[IngestResult], dict[GroupId, str], list[tuple[object, ...]]]
"""A batch's results, then each group's state digest and the rows of its log, after it."""


def ingested(base: list[bytes], raws: list[bytes], home: Path) -> Ingested:
    """A fresh store at `home` takes in `base`, then `raws` as one batch from a peer."""
    store = Store.open(home)
    try:
        store.ingest_many(base)
        results = store.ingest_many(raws, source="peer test")
        rows = store.db.execute(
            "SELECT id, group_id, writer, seq, kind, lamport, parents, raw FROM change_log "
            "ORDER BY rowid"
        ).fetchall()
        return results, {g: store.state(g).digest() for g in store.group_ids()}, rows
    finally:
        store.close()
