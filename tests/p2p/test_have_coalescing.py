"""A `Have` that the next `Ack` will carry waits for it (serving.py, `_tell_haves`): while
a batch of the peer's is being stored here, the news goes in its `Ack`, so a mesh catching
up sends far fewer messages. What the peer learns is the same: the `Ack` says it, and the
peer reads news in an `Ack` as it reads a `Have` (a writer beyond what it sent us reached
us from elsewhere, so its relays keep waiting)."""

from __future__ import annotations

from typing import Any

import pytest
import trio
import trio.testing

from ledger.store.ids import GroupId, WriterId
from ledger.store.store import Store
from p2p import messages as m
from p2p.guard import PeerGuard
from p2p.session_state import Incoming, Outgoing
from p2p.sync import SessionConfig, SyncSession
from tests.p2p.conftest import new_group, person

WRITER = WriterId(f"{'ab' * 32}:{'cd' * 32}")
OTHER = WriterId(f"{'ef' * 32}:{'01' * 32}")


class Recording:
    """A session's stream that keeps what was sent, decoded."""

    def __init__(self, peer: Store) -> None:
        self.peer_id = "peer"
        self.device = peer.device_id
        self.sent: list[m.Message] = []

    async def send(self, payload: bytes) -> None:
        self.sent.append(m.decode(payload))

    async def receive(self, limit: float | None = None) -> bytes:
        await trio.sleep_forever()
        raise AssertionError("unreachable")

    def haves(self) -> list[m.Have]:
        return [msg for msg in self.sent if isinstance(msg, m.Have)]


def session_of(make_store: Any) -> tuple[SyncSession, Recording, GroupId]:
    mine, theirs = make_store("mine"), make_store("theirs")
    group = new_group(mine, person("Amina"))
    stream = Recording(theirs)
    session = SyncSession(
        mine,
        stream,
        my_device=mine.device_id,
        guard=PeerGuard(),
        emit=lambda event: None,
        config=SessionConfig(have_interval=0.2),
    )
    session.wanted[group] = Incoming(told={})
    return session, stream, group


def have_due(session: SyncSession, group: GroupId) -> None:
    session._have_groups.add(group)
    session._have_due.set()


def test_news_waits_for_the_ack_of_the_batch_being_stored(make_store: Any) -> None:
    session, stream, group = session_of(make_store)
    held = session._vv(group)

    async def main() -> None:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(session._tell_haves)
            have_due(session, group)
            await trio.testing.wait_all_tasks_blocked()
            assert [h.vv for h in stream.haves()] == [held]  # the first: no batch pending
            session.wanted[group].told = {}  # news again, as if more had arrived
            session._acks_due[group] = 1  # and a batch of the peer's is being stored
            await trio.sleep(1)
            have_due(session, group)
            await trio.sleep(1)
            assert len(stream.haves()) == 1, "the Ack to come carries the news"
            assert session._news(group) == held  # what that Ack says, once stored
            session._acks_due[group] = 0
            have_due(session, group)
            await trio.sleep(1)
            assert len(stream.haves()) == 1, "nothing left to say"
            nursery.cancel_scope.cancel()

    trio.run(main, clock=trio.testing.MockClock(autojump_threshold=0))


def test_a_have_goes_at_once_when_no_batch_is_pending_or_the_feeders_changed(
    make_store: Any,
) -> None:
    session, stream, group = session_of(make_store)
    feeders = ["aa" * 32]
    session.feeders = lambda g: list(feeders)  # type: ignore[assignment,misc]

    async def main() -> None:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(session._tell_haves)
            have_due(session, group)
            await trio.sleep(1)
            assert len(stream.haves()) == 1
            session._acks_due[group] = 1
            feeders.append("bb" * 32)  # news the Ack cannot carry
            have_due(session, group)
            await trio.sleep(1)
            assert len(stream.haves()) == 2
            assert stream.haves()[-1].feeders == ("aa" * 32, "bb" * 32)
            session._acks_due[group] = 0
            session.wanted[group].told = {}
            have_due(session, group)
            await trio.sleep(1)
            assert len(stream.haves()) == 3 and stream.haves()[-1].vv
            nursery.cancel_scope.cancel()

    trio.run(main, clock=trio.testing.MockClock(autojump_threshold=0))


def test_news_in_an_ack_counts_as_a_have_for_relays_beyond_what_we_sent(
    make_store: Any,
) -> None:
    """The peer holds `WRITER` up to 5 and we sent it up to 5: that is our doing, not a
    sign that someone else feeds it; `OTHER` at 3, which we never sent, is."""
    session, _, group = session_of(make_store)
    out = session.serving[group] = Outgoing({}, sent_seq=1)
    out.sent_upto[WRITER] = 5

    async def main() -> None:
        await trio.sleep(7)
        session._on_ack(m.Ack(group, 1, {WRITER: 5, OTHER: 3}))

    trio.run(main, clock=trio.testing.MockClock(autojump_threshold=0))
    assert out.estimate == {WRITER: 5, OTHER: 3}
    assert out.fed_at == {OTHER: 7.0}
    assert out.acked_seq == 1


def test_an_ack_for_a_batch_never_sent_is_still_refused(make_store: Any) -> None:
    session, _, group = session_of(make_store)
    session.serving[group] = Outgoing({}, sent_seq=1)
    with pytest.raises(m.ProtocolError, match=r"^acknowledged a batch that was never sent$"):
        session._on_ack(m.Ack(group, 2, {WRITER: 1}))
    assert session.serving[group].estimate == {}
