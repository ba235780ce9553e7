"""No change sent twice (issue 11): every change id a session puts on the wire is counted.

"Twice" has two meanings. Within one session, a change must never go out twice: the
sender knows what it queued and what the peer acknowledged or announced (`Have`), so a
second copy is pure waste, and these tests forbid it. Across sessions the design allows a
second copy, and these tests bound it instead: in a mesh a change can reach a PC from two
peers at once (each sends it before the other's `Have` arrives, or a relay gives up
waiting), so a PC receives it at most once per peer; after a dropped connection the next
session resends only what was in flight, unacknowledged, when the line dropped (at most
`window` batches), never what the peer had already stored.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import trio

from bench._fixtures import signed_history
from ledger.savings import membership_actions as actions
from ledger.store.change import change_id
from ledger.store.ids import ChangeId, GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store
from p2p import messages as m
from p2p.framing import FrameError
from p2p.session_state import SessionStream
from p2p.sync import SessionConfig, SyncSession
from tests.p2p.conftest import Side, linked, new_group, person, until

CONFIG = SessionConfig(idle_timeout=10, ping_interval=2, batch_changes=32, window=4)
"""Small batches, so a few hundred changes make a catch-up of many batches."""


class Wire:
    """What one session put on the wire: every change id, as often as it was sent."""

    def __init__(self, receiver: str) -> None:
        self.receiver = receiver
        self.sent: Counter[ChangeId] = Counter()
        self.batches = 0

    def record(self, frame: bytes) -> None:
        msg = m.decode(frame)  # what the peer will decode: counts the wire, not our intent
        if isinstance(msg, m.Batch):
            self.batches += 1
            self.sent.update(change_id(raw) for raw in msg.changes)

    def twice(self) -> list[ChangeId]:
        return [cid for cid, n in self.sent.items() if n > 1]


class CountingStream:
    """A session's stream that records every frame sent; may drop after `drop_after` batches."""

    def __init__(self, inner: SessionStream, wire: Wire, drop_after: int | None) -> None:
        self.inner, self.wire, self.drop_after = inner, wire, drop_after
        self.peer_id, self.device = inner.peer_id, inner.device

    async def send(self, payload: bytes) -> None:
        if self.drop_after is not None and self.wire.batches >= self.drop_after:
            raise FrameError("connection dropped (test)")
        await self.inner.send(payload)
        self.wire.record(payload)

    async def receive(self, limit: float | None = None) -> bytes:
        return await self.inner.receive(limit)


def counting(side: Side, drop_after: int | None = None) -> list[Wire]:
    """Make every session `side` runs from now on record its wire in the returned list."""
    wires: list[Wire] = []

    class Counting(SyncSession):
        def __init__(self, store: Any, stream: SessionStream, **kwargs: Any) -> None:
            wire = Wire(stream.device)
            wires.append(wire)
            super().__init__(store, CountingStream(stream, wire, drop_after), **kwargs)

    side.session_class = Counting
    return wires


def ids_of(store: Store, group: GroupId) -> set[ChangeId]:
    return {change_id(raw) for raw in store.raw_changes(group)}


def write_many(store: Store, group: GroupId, signer: Signer, count: int) -> set[ChangeId]:
    raws = signed_history(store, group, [signer], count)
    results = store.ingest_many(raws, source="test")
    assert all(r.status == "accepted" for r in results)
    return {change_id(raw) for raw in raws}


def members_on_pcs(make_store: Any, names: list[str]) -> tuple[list[Side], GroupId, list[Signer]]:
    """One group held by several PCs, each linked to a council member of its own."""
    signers = [person(n) for n in names]
    sides = [Side(make_store(n.lower())) for n in names]
    g = new_group(sides[0].store, signers[0])
    for signer in signers[1:]:
        actions.add_member(
            sides[0].store, signers[0], g, person=signer.person, name=signer.name, roles=["council"]
        )
    for side, signer in zip(sides[1:], signers[1:], strict=True):
        side.store.ingest_many(sides[0].store.raw_changes(g))
        actions.link_device(side.store, signer, g)
        sides[0].store.ingest_many(side.store.raw_changes(g))
    for side in sides[1:]:  # everyone holds every link, so every PC may receive the group
        side.store.ingest_many(sides[0].store.raw_changes(g))
    for side in sides:
        assert all(side.store.may_receive(g, o.store.device_id) for o in sides if o is not side)
    return sides, g, signers


def test_catch_up_with_changes_written_meanwhile_sends_each_change_once(make_store: Any) -> None:
    (a, b), g, (amina, bosco) = members_on_pcs(make_store, ["Amina", "Bosco"])
    from_a = write_many(a.store, g, amina, 300)
    from_b = write_many(b.store, g, bosco, 40)
    a_wires, b_wires = counting(a), counting(b)

    async def main() -> None:
        async with linked(a, b, CONFIG):
            # Write while the catch-up streams, so the push path overlaps it.
            await until(lambda: len(ids_of(b.store, g) & from_a) >= 64, what="catch-up under way")
            assert len(ids_of(b.store, g) & from_a) < 300, "the catch-up ended before the writes"
            for _ in range(5):
                from_a.update(write_many(a.store, g, amina, 10))
                from_b.update(write_many(b.store, g, bosco, 4))
                await trio.sleep(0.01)
            await until(
                lambda: a.store.version_vector(g) == b.store.version_vector(g),
                limit=60,
                what="both hold everything",
            )
            await trio.sleep(0.5)  # anything sent twice would be on the wire by now

    trio.run(main)
    assert len(a_wires) == len(b_wires) == 1
    (a_wire,), (b_wire,) = a_wires, b_wires
    assert a_wire.batches > 10  # a real catch-up: many batches, not one
    assert a_wire.twice() == [] and b_wire.twice() == []
    # With no third PC, each side sends exactly what only it wrote: once, never an echo.
    assert set(a_wire.sent) == from_a
    assert set(b_wire.sent) == from_b


def test_triangle_each_session_sends_each_change_once_and_each_pc_gets_at_most_one_per_peer(
    make_store: Any,
) -> None:
    sides, g, signers = members_on_pcs(make_store, ["Amina", "Bosco", "Chiku"])
    written = {
        side.store.device_id: write_many(side.store, g, signer, 120)
        for side, signer in zip(sides, signers, strict=True)
    }
    wires = [counting(side) for side in sides]
    a, b, c = sides

    async def main() -> None:
        async with linked(a, b, CONFIG), linked(b, c, CONFIG), linked(c, a, CONFIG):
            await until(
                lambda: (
                    a.store.version_vector(g)
                    == b.store.version_vector(g)
                    == c.store.version_vector(g)
                ),
                limit=90,
                what="all three hold everything",
            )
            await trio.sleep(0.5)

    trio.run(main)
    sessions = [wire for side_wires in wires for wire in side_wires]
    assert len(sessions) == 6  # two per link
    for wire in sessions:
        assert wire.twice() == [], f"a session to {wire.receiver[:8]} sent changes twice"
    for side in sides:
        me = side.store.device_id
        got: Counter[ChangeId] = Counter()
        for wire in sessions:
            if wire.receiver == me:
                got.update(wire.sent)
        assert not set(got) & written[me], "a PC was sent back what it wrote"
        lacked = set().union(*(ids for device, ids in written.items() if device != me))
        assert set(got) == lacked
        # Across sessions a change may come from both peers at once (see the module
        # docstring): at most once per peer, since each session sends it at most once.
        assert max(got.values()) <= 2


def test_reconnect_after_a_drop_mid_catch_up_resends_only_what_was_in_flight(
    make_store: Any,
) -> None:
    (a, b), g, (amina, _) = members_on_pcs(make_store, ["Amina", "Bosco"])
    from_a = write_many(a.store, g, amina, 300)
    first = counting(a, drop_after=3)  # A's line drops as it sends its fourth batch

    async def dropped() -> None:
        async with linked(a, b, CONFIG):
            await until(lambda: bool(a.ended), what="the connection dropped")

    trio.run(dropped)
    assert "connection dropped" in a.ended[0]
    held = ids_of(b.store, g) & from_a
    assert len(held) < len(from_a), "the drop came after the catch-up"
    second = counting(a)

    async def again() -> None:
        async with linked(a, b, CONFIG):
            await until(
                lambda: a.store.version_vector(g) == b.store.version_vector(g),
                limit=60,
                what="caught up after reconnecting",
            )
            await trio.sleep(0.5)

    trio.run(again)
    (before,), (after,) = first, second
    assert before.twice() == [] and after.twice() == []
    assert set(before.sent) | set(after.sent) == from_a
    assert not set(after.sent) & held, "resent what the peer had already stored"
    # What B had not stored when the line dropped was in flight, unacknowledged: at most
    # `window` batches. Only that may cross the wire a second time, in the new session.
    resent = set(before.sent) & set(after.sent)
    assert len(resent) <= CONFIG.window * CONFIG.batch_changes


def test_relayed_changes_go_once_per_session_when_a_direct_link_opens_meanwhile(
    make_store: Any,
) -> None:
    """A line A–B–C, B relaying A's changes to C, then A and C link directly mid-relay:
    the one place the design lets a change reach a PC from two peers."""
    sides, g, signers = members_on_pcs(make_store, ["Amina", "Bosco", "Chiku"])
    a, b, c = sides
    from_a = write_many(a.store, g, signers[0], 300)
    relay = SessionConfig(
        idle_timeout=10, ping_interval=2, batch_changes=32, relay_delay=0.05, relay_grace=0.2
    )
    wires = [counting(side) for side in sides]

    async def main() -> None:
        async with linked(a, b, relay), linked(b, c, relay):
            await until(lambda: bool(ids_of(c.store, g) & from_a), what="B relays to C")
            async with linked(c, a, relay):
                await until(
                    lambda: (
                        a.store.version_vector(g)
                        == b.store.version_vector(g)
                        == c.store.version_vector(g)
                    ),
                    limit=90,
                    what="all three hold everything",
                )
                await trio.sleep(0.5)

    trio.run(main)
    sessions = [wire for side_wires in wires for wire in side_wires]
    assert len(sessions) == 6
    for wire in sessions:
        assert wire.twice() == [], f"a session to {wire.receiver[:8]} sent changes twice"
    to_c: Counter[ChangeId] = Counter()
    for wire in sessions:
        if wire.receiver == c.store.device_id:
            to_c.update(wire.sent)
    relayed = sum(w.sent.total() for w in wires[1] if w.receiver == c.store.device_id)
    assert relayed > 0  # B really relayed
    assert set(to_c) == from_a
    assert max(to_c.values()) <= 2  # from B and from A at most, never more


def test_changes_another_process_commits_while_the_sender_looks_go_once(
    make_store: Any, monkeypatch: Any
) -> None:
    """Another program on A's folder (the CLI, say) commits just as A's session looks for
    what B lacks: what A sends then is what it queued, so the next wake (for those very
    changes) finds nothing left to send."""
    (a, b), g, (amina, _) = members_on_pcs(make_store, ["Amina", "Bosco"])
    from_a = write_many(a.store, g, amina, 20)
    other = Store.open(a.store.home)  # a second connection: another process, to A's store
    meanwhile = signed_history(other, g, [amina], 30)
    from_a.update(change_id(raw) for raw in meanwhile)
    looked = a.store.missing_ids

    def commits_first(group: GroupId, theirs: Any) -> Any:
        if meanwhile:
            other.ingest_many(meanwhile[:], source="other process")
            meanwhile.clear()
        return looked(group, theirs)

    monkeypatch.setattr(a.store, "missing_ids", commits_first)
    wires = counting(a)

    async def main() -> None:
        async with linked(a, b, CONFIG):
            await until(
                lambda: a.store.version_vector(g) == b.store.version_vector(g),
                limit=60,
                what="B holds everything",
            )
            await trio.sleep(0.5)

    trio.run(main)
    other.close()
    (wire,) = wires
    assert wire.twice() == []
    assert set(wire.sent) == from_a
