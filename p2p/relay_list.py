"""The relays this PC should use: those its groups list, those of invites it presents,
and those given by hand, each once, in that order.

The groups' relays are signed group settings (`ledger.store.relays`); the service re-reads them
whenever changes arrive and says so with a `RelaysChanged` event, which the relay machinery
(reservations, relayed dialling) follows.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from ledger.store.errors import DecodeError, LatticeError
from ledger.store.relays import MAX_RELAYS, all_relays, relay_address
from ledger.store.store import Store

log = logging.getLogger(__name__)

MAX_GIVEN = 4 * MAX_RELAYS
"""Relays from invites and by hand together (a bound on what outside text can add)."""


class RelayList:
    def __init__(self, store: Store, given: Iterable[str] = ()) -> None:
        self.store = store
        self._given: list[str] = []
        self._from_groups: tuple[str, ...] = ()
        self.add_given(given)

    def current(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*self._from_groups, *self._given]))

    def add_given(self, relays: Iterable[str]) -> bool:
        """Add relays from an invite or the command line; ValueError (in words) for a bad
        address. True when the list changed."""
        before = self.current()
        for text in relays:
            try:
                address = relay_address(text)
            except DecodeError as exc:
                raise ValueError(str(exc)) from None
            if address not in self._given and len(self._given) < MAX_GIVEN:
                self._given.append(address)
        return self.current() != before

    def reread(self) -> bool:
        """Read the groups' relays again; True when the list changed."""
        before = self.current()
        try:
            self._from_groups = all_relays(self.store)
        except LatticeError as exc:  # a damaged store: keep the list we had
            log.warning("cannot read the groups' relays: %s", exc)
        return self.current() != before
