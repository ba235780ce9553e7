"""Who may hold an inbound connection, and for how long.

A stranger on the LAN can open TCP connections as fast as it likes. Each inbound
connection is admitted here before libp2p sees it: at most `per_ip` at once from one
address, and `per_ip_rate` new ones a second after a burst of `per_ip`; at most
`half_open` at once still in the noise/yamux handshake; the handshake must
finish within `upgrade_timeout`; and a connection whose peer has not proved it belongs
here (a device linked to a member of one of our groups, or an invite) within
`stranger_deadline` is closed. Refused connections cost a socket accept and a close.

This is also where py-libp2p 0.8.1's inbound slot leak is worked around (see
`install`): its swarm keeps each inbound connection's handler, and the slot it holds in
the swarm's inbound `CapacityLimiter` (`max_connections` = 300), until the whole swarm
stops, not until the connection closes. After 300 connections ever (however short), every
new inbound connection is closed at accept. We run libp2p's handler in a scope we cancel
once the connection has closed, which releases the slot.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import trio
from libp2p.abc import IMuxedConn
from libp2p.peer.id import ID

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AdmissionLimits:
    per_ip: int = 8
    """Inbound connections at once from one IP address (a LAN PC needs one or two)."""
    per_ip_rate: float = 1.0
    """New inbound connections per second from one IP address, after a burst of `per_ip`:
    each costs a noise handshake, so a churning stranger cannot take the CPU."""
    half_open: int = 32
    """Inbound connections at once whose noise/yamux handshake has not finished."""
    upgrade_timeout: float = 5.0
    """Seconds an inbound connection may take over its noise/yamux handshake."""
    stranger_deadline: float = 5.0
    """Seconds a peer has to prove membership or an invite before it is disconnected."""


@dataclass
class AdmissionStats:
    """What the gate did, for tests and `lattice serve`'s log."""

    refused_per_ip: int = 0
    refused_rate: int = 0
    refused_half_open: int = 0
    strangers_closed: int = 0
    admitted: int = 0


@dataclass
class _Slot:
    """One inbound connection in flight: filled in once libp2p has upgraded it."""

    upgraded: trio.Event = field(default_factory=trio.Event)
    conn: IMuxedConn | None = None


MAX_ADDRESSES = 4096
"""Addresses whose connection rate is remembered at once (beyond it, idle ones go)."""

_SLOT: contextvars.ContextVar[_Slot | None] = contextvars.ContextVar("lattice_slot", default=None)

Welcome = Callable[[ID], bool]
"""Whether the peer behind an inbound connection may stay (asked at `stranger_deadline`)."""


class InboundGate:
    """Admits, times and closes inbound connections of one libp2p swarm."""

    def __init__(self, limits: AdmissionLimits | None = None) -> None:
        self.limits = limits or AdmissionLimits()
        self.stats = AdmissionStats()
        self.welcome: Welcome = lambda peer: True
        self.banned: Welcome = lambda peer: False
        """Whether the peer is shut out now (asked as soon as its connection is up)."""
        self._per_ip: Counter[str] = Counter()
        self._half_open = 0
        self._allowance: dict[str, tuple[float, float]] = {}
        """IP -> (connections it may still open now, when that was worked out)."""

    def open_from(self, ip: str) -> int:
        """Inbound connections open now from `ip` (for tests)."""
        return self._per_ip[ip]

    @property
    def half_open(self) -> int:
        return self._half_open

    def install(self, swarm: Any) -> None:
        """Wrap the swarm's inbound handling (py-libp2p 0.8.1 `Swarm`, private methods).

        PATCH(py-libp2p 0.8.1): `Swarm._handle_inbound_connection` and
        `Swarm.upgrade_inbound_raw_conn` are replaced on this instance only. Remove the
        slot release once upstream releases the inbound limiter when a connection closes
        (tests/p2p/test_admission.py::test_inbound_slots_are_released_after_churn fails
        without it).
        """
        handle: Callable[[Any, Any], Awaitable[None]] = swarm._handle_inbound_connection
        upgrade: Callable[[Any, Any], Awaitable[IMuxedConn]] = swarm.upgrade_inbound_raw_conn

        async def upgrade_and_report(raw_conn: Any, maddr: Any) -> IMuxedConn:
            muxed = await upgrade(raw_conn, maddr)
            slot = _SLOT.get()
            if slot is not None:
                slot.conn = muxed
                slot.upgraded.set()
            return muxed

        async def admit(read_write_closer: Any, maddr: Any) -> None:
            await self._admit(handle, read_write_closer, maddr)

        swarm.upgrade_inbound_raw_conn = upgrade_and_report
        swarm._handle_inbound_connection = admit

    def _within_rate(self, ip: str) -> bool:
        """A token bucket per address: `per_ip` at once, then `per_ip_rate` a second."""
        now = trio.current_time()
        burst = float(self.limits.per_ip)
        left, then = self._allowance.get(ip, (burst, now))
        left = min(burst, left + (now - then) * self.limits.per_ip_rate)
        if left < 1.0:
            self._allowance[ip] = (left, now)
            return False
        self._allowance[ip] = (left - 1.0, now)
        if len(self._allowance) > MAX_ADDRESSES:  # forget the addresses whose bucket is full
            self._allowance = {
                a: (n, t)
                for a, (n, t) in self._allowance.items()
                if n + (now - t) * self.limits.per_ip_rate < burst
            }
        return True

    async def _admit(
        self, handle: Callable[[Any, Any], Awaitable[None]], rwc: Any, maddr: Any
    ) -> None:
        ip = _remote_ip(rwc)
        if not self._within_rate(ip):
            self.stats.refused_rate += 1
            log.info(
                "refusing a connection from %s: more than %.0f a second",
                ip,
                self.limits.per_ip_rate,
            )
            await _close(rwc)
            return
        if self._per_ip[ip] >= self.limits.per_ip:
            self.stats.refused_per_ip += 1
            log.info("refusing a connection from %s: %d already open", ip, self._per_ip[ip])
            await _close(rwc)
            return
        if self._half_open >= self.limits.half_open:
            self.stats.refused_half_open += 1
            log.info("refusing a connection from %s: %d handshakes under way", ip, self._half_open)
            await _close(rwc)
            return
        self.stats.admitted += 1
        self._per_ip[ip] += 1
        self._half_open += 1
        half_open = True
        slot = _Slot()
        token = _SLOT.set(slot)  # the libp2p task below inherits it
        try:
            async with trio.open_nursery() as nursery:

                async def libp2p_handler() -> None:
                    await handle(rwc, maddr)  # returns early only if the upgrade failed
                    nursery.cancel_scope.cancel()

                nursery.start_soon(libp2p_handler)
                with trio.move_on_after(self.limits.upgrade_timeout + 1.0):
                    await slot.upgraded.wait()
                self._half_open -= 1
                half_open = False
                if slot.conn is not None:
                    await self.watch(slot.conn, ip)
                # PATCH(py-libp2p 0.8.1): libp2p's handler now waits for the whole swarm
                # to stop, holding its inbound slot; the connection is over, so end it.
                nursery.cancel_scope.cancel()
        finally:
            _SLOT.reset(token)
            if half_open:
                self._half_open -= 1
            self._per_ip[ip] -= 1
            if self._per_ip[ip] <= 0:
                del self._per_ip[ip]
            with trio.CancelScope(shield=True):
                await _close(rwc)

    async def watch(self, conn: IMuxedConn, ip: str) -> None:
        """Until the connection closes; a stranger's is closed at `stranger_deadline`
        (also used for connections that arrive through a relay, see relay_client.py)."""
        closed: trio.Event | None = getattr(conn, "event_closed", None)
        if closed is None:
            log.warning("cannot watch a %s connection; leaving it to libp2p", type(conn))
            await trio.sleep_forever()
            return
        if self.banned(conn.peer_id):
            log.info("closing the connection of banned peer %s", conn.peer_id.to_base58()[:12])
            with trio.CancelScope(shield=True), trio.move_on_after(5):
                await _close(conn)
            return
        with trio.move_on_after(self.limits.stranger_deadline):
            await closed.wait()
            return
        if not self.welcome(conn.peer_id):
            self.stats.strangers_closed += 1
            log.info(
                "closing the connection of %s (%s): no membership or invite proved within %.0f s",
                conn.peer_id.to_base58()[:12],
                ip,
                self.limits.stranger_deadline,
            )
            with trio.CancelScope(shield=True), trio.move_on_after(5):
                await _close(conn)
            return
        await closed.wait()


def _remote_ip(rwc: Any) -> str:
    try:
        address = rwc.get_remote_address()
    except Exception:
        address = None
    return str(address[0]) if address else "?"


async def _close(closable: Any) -> None:
    with contextlib.suppress(Exception):
        await closable.close()
