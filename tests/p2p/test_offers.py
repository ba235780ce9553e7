"""An `Offer` tells the peer a group appeared here that it may ask for. For a group both
PCs held when they met, the peer's `Want` is already on its way (each side asks for every
group in common at once): changes arriving meanwhile (from another peer) offer nothing.
In a ten-PC mesh that was one needless message on two sessions in three."""

from __future__ import annotations

from typing import Any

import trio

from ledger.store.events import ChangesArrived
from ledger.store.ids import GroupId
from p2p import messages as m
from p2p.session_state import Incoming
from p2p.sync import SyncSession
from tests.p2p.conftest import new_group, person
from tests.p2p.test_have_coalescing import session_of


def offers(session: SyncSession) -> list[GroupId]:
    return [msg.group for msg in session._outbox if isinstance(msg, m.Offer)]


def test_no_offer_of_a_group_in_common_while_its_want_is_coming(make_store: Any) -> None:
    session, _, group = session_of(make_store)
    joined = new_group(session.store, person("Bosco"), name="Joined since")  # type: ignore[arg-type]
    session._wants_coming = {group}

    async def main() -> None:
        async with trio.open_nursery() as nursery:
            session._nursery = nursery
            session._on_store_event(ChangesArrived(group, (), "ingest"))
            assert offers(session) == []
            session.wanted[joined] = Incoming()  # asked for since: new to the peer
            session._on_store_event(ChangesArrived(joined, (), "ingest"))
            assert offers(session) == [joined]
            nursery.cancel_scope.cancel()

    trio.run(main)


def test_a_want_that_came_leaves_the_group_to_offer_again(make_store: Any) -> None:
    """Once the peer asked (and was refused or stopped being served), changes of the group
    offer it as before."""
    session, _, group = session_of(make_store)
    session._wants_coming = {group}
    session._on_want(m.Want(group, {}))  # not a member's PC: refused
    assert session._wants_coming == set()
    assert [type(msg) for msg in session._outbox] == [m.Deny]

    async def main() -> None:
        async with trio.open_nursery() as nursery:
            session._nursery = nursery
            session._on_store_event(ChangesArrived(group, (), "ingest"))
            assert offers(session) == [group]
            nursery.cancel_scope.cancel()

    trio.run(main)
