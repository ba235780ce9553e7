"""Both sides of a session sending thousands of changes at once (issue 10 item 2)."""

from __future__ import annotations

import secrets
from typing import Any

import trio
import trio.testing

from bench._fixtures import signed_history
from ledger.savings import membership_actions as actions
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store
from p2p import messages as m
from p2p.discovery import blind_tag
from p2p.events import DataRejected
from p2p.session_state import InFlight
from p2p.sync import SessionConfig
from tests.p2p.conftest import (
    PipeEnd,
    Side,
    linked,
    new_group,
    person,
    run_session,
    until,
)
from tests.p2p.pipes import Pipe, PipeStream

EACH = 5_000


def members_on_two_pcs(make_store: Any) -> tuple[Side, Side, GroupId, Signer, Signer]:
    """A group held by two PCs, each linked to a council member of its own."""
    amina, bosco = person("Amina"), person("Bosco")
    a, b = Side(make_store("a")), Side(make_store("b"))
    g = new_group(a.store, amina)
    actions.add_member(
        a.store, amina, g, person=bosco.person, name="Bosco", roles=["council", "elder"]
    )
    b.store.ingest_many(a.store.raw_changes(g))
    actions.link_device(b.store, bosco, g)
    a.store.ingest_many(b.store.raw_changes(g))
    assert a.store.may_receive(g, b.store.device_id)
    assert b.store.may_receive(g, a.store.device_id)
    return a, b, g, amina, bosco


def write_many(store: Store, group: GroupId, signer: Signer, count: int) -> None:
    raws = signed_history(store, group, [signer], count)
    results = store.ingest_many(raws, source="test")
    assert all(r.status == "accepted" for r in results)


def test_both_sides_sending_thousands_at_once_converge_without_a_timeout(
    make_store: Any,
) -> None:
    a, b, g, amina, bosco = members_on_two_pcs(make_store)
    write_many(a.store, g, amina, EACH)
    write_many(b.store, g, bosco, EACH)
    before = a.store.change_count(g)

    async def main() -> None:
        async with linked(a, b):
            await until(
                lambda: a.store.version_vector(g) == b.store.version_vector(g),
                limit=240,
                what="both sides hold everything",
            )
            assert not a.ended and not b.ended, (a.ended, b.ended)

    trio.run(main)
    assert a.store.change_count(g) == b.store.change_count(g) == before + EACH
    assert not a.of(DataRejected) and not b.of(DataRejected)


def test_reading_goes_on_while_nothing_can_be_sent(make_store: Any) -> None:
    """A peer that sends batches but does not read (as one busy sending to us would) must
    still have every batch ingested: the read loop never waits for a send to finish."""
    a, b, g, _, bosco = members_on_two_pcs(make_store)
    raws = signed_history(b.store, g, [bosco], 1_000)
    to_a, to_b = Pipe(1 << 20), Pipe(512)  # room for A's hello and auth, little more
    end = PipeEnd(PipeStream(to_a, to_b), b.store, write_timeout=60)

    async def script() -> None:
        nonce = secrets.token_bytes(m.NONCE_BYTES)
        peer = PipeEnd(PipeStream(to_b, to_a), a.store, write_timeout=60)
        await peer.send(m.encode(m.Hello(m.PROTOCOL_VERSION, nonce, (blind_tag(g, nonce),))))
        await peer.send(m.encode(m.Auth(())))
        for seq, start in enumerate(range(0, len(raws), 100), 1):
            await peer.send(m.encode(m.Batch(g, seq, tuple(raws[start : start + 100]))))

    async def main() -> None:
        config = SessionConfig(idle_timeout=30, ping_interval=30)
        async with trio.open_nursery() as nursery:
            nursery.start_soon(run_session, a, end, config)
            nursery.start_soon(script)
            await until(
                lambda: a.store.change_count(g) == b.store.change_count(g) + len(raws),
                limit=60,
                what="every batch ingested",
            )
            assert not a.ended, a.ended
            nursery.cancel_scope.cancel()

    trio.run(main)


def test_batches_in_flight_stay_under_the_byte_limit() -> None:
    """A sender waits for acknowledgements once the limit is reached; one batch alone
    always goes, whatever its size."""
    in_flight = InFlight(100)
    passed: list[int] = []

    async def send(size: int) -> None:
        await in_flight.reserve(size)
        passed.append(size)

    async def main() -> None:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(send, 60)
            await trio.testing.wait_all_tasks_blocked()
            nursery.start_soon(send, 60)
            await trio.testing.wait_all_tasks_blocked()
            assert passed == [60] and in_flight.bytes == 60
            in_flight.release(60)
            await trio.testing.wait_all_tasks_blocked()
            assert passed == [60, 60] and in_flight.bytes == 60
            in_flight.release(60)
            nursery.start_soon(send, 500)
            await trio.testing.wait_all_tasks_blocked()
            assert passed == [60, 60, 500]

    trio.run(main)


def test_a_catch_up_is_read_one_batch_at_a_time(make_store: Any) -> None:
    """The sender reads each batch's bytes when it is its turn (the first leaves at
    once, whatever follows), never the whole catch-up first."""
    a, b, g, amina, _ = members_on_two_pcs(make_store)
    write_many(a.store, g, amina, 1_000)
    reads: list[int] = []
    sent_before_last_read: list[bool] = []
    original = a.store.raws_of

    def raws_of(ids: Any) -> list[bytes]:
        reads.append(len(ids))
        sent_before_last_read.append(b.store.change_count(g) > 3)
        return original(ids)

    a.store.raws_of = raws_of  # type: ignore[method-assign]
    config = SessionConfig(idle_timeout=10, ping_interval=2, batch_changes=100)

    async def main() -> None:
        async with linked(a, b, config):
            await until(
                lambda: a.store.version_vector(g) == b.store.version_vector(g),
                limit=60,
                what="b caught up",
            )

    trio.run(main)
    assert max(reads) <= 100
    assert sum(reads) >= 1_000
    assert sent_before_last_read[-1]  # b held changes before the last batch was read


def test_signatures_are_checked_off_the_event_loop_thread(
    make_store: Any, monkeypatch: Any
) -> None:
    """Each received small batch is verified on a worker thread (a large one's go to the
    helper process), so the loop keeps reading and sending and the batch before it is
    stored meanwhile; then stored as verified."""
    import threading

    from ledger.store.decoded_batch import DecodedBatch
    from p2p import receiving

    a, b, g, amina, _ = members_on_two_pcs(make_store)
    write_many(a.store, g, amina, 300)
    threads: list[bool] = []
    handed: list[bool] = []
    original_stage = b.store.stage_batches

    class Recorded(DecodedBatch):
        def check_here(self) -> None:
            if self.left_here:
                threads.append(threading.current_thread() is threading.main_thread())
            super().check_here()

    def stage_batches(batches: Any) -> Any:
        for batch in batches:
            if batch.source.startswith("peer"):
                handed.append(isinstance(batch.decoded, Recorded))
        return original_stage(batches)

    monkeypatch.setattr(receiving, "DecodedBatch", Recorded)
    b.store.stage_batches = stage_batches  # type: ignore[method-assign]
    config = SessionConfig(idle_timeout=10, ping_interval=2, batch_changes=50)

    async def main() -> None:
        async with linked(a, b, config):
            await until(lambda: a.store.version_vector(g) == b.store.version_vector(g))

    trio.run(main)
    assert threads and not any(threads)
    assert handed and all(handed)
