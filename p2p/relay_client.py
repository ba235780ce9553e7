"""Reaching the group's PCs beyond the LAN: slots on its relays, circuits through them.

A PC given relay addresses (`SyncService.set_relays`, fed from the group's settings)
keeps a connection to each relay and a reservation on it, renewed before it lapses and
made again whenever the connection drops (with a growing pause while the relay is
away). Its `/p2p-circuit` addresses are then `<relay address>/p2p-circuit/p2p/<me>`.
It dials a peer through a relay with py-libp2p's `CircuitV2Transport`; the circuit is
then upgraded with noise and yamux end to end like any connection, so the relay sees
ciphertext only and the sync session runs exactly as on a LAN.

A relayed inbound connection does not pass the admission gate's accept (no socket is
accepted: it arrives as a stream on our connection to the relay), so it is admitted
here: only relays we chose may open one, a banned peer's is refused before its noise
handshake, and a stranger's is closed at the gate's deadline like a LAN stranger's.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

import multiaddr
import trio
from libp2p.abc import INetStream
from libp2p.connection_types import ConnectionType
from libp2p.host.autonat.autonat import AutoNATService, AutoNATStatus
from libp2p.host.basic_host import BasicHost
from libp2p.network.connection.raw_connection import RawConnection
from libp2p.peer.id import ID
from libp2p.peer.peerinfo import PeerInfo
from libp2p.relay.circuit_v2.config import RelayConfig, RelayRole
from libp2p.relay.circuit_v2.dcutr import DCUtRProtocol
from libp2p.relay.circuit_v2.protocol import PROTOCOL_ID as HOP_PROTOCOL
from libp2p.relay.circuit_v2.protocol import CircuitV2Protocol
from libp2p.relay.circuit_v2.transport import CircuitV2Transport
from libp2p.tools.anyio_service import background_trio_service

from p2p.transport import Transport, TransportError, split_peer_addr

log = logging.getLogger(__name__)

REACHABILITY_INTERVAL = 600.0
"""How often a PC asks its relays whether it can be dialled from outside (AutoNAT)."""
UNKNOWN, PUBLIC, PRIVATE = "unknown", "public", "private"
"""Whether other PCs can dial this one: not yet known, yes, or no (behind a NAT)."""
RENEW_BEFORE = 120.0
"""Seconds before a reservation lapses that it is renewed."""
MAX_BACKOFF = 60.0
"""Longest pause between attempts to reach a relay that is away."""


class _Stop(CircuitV2Protocol):
    """The receiving end of circuits (STOP), admitted like inbound connections."""

    def __init__(self, client: RelayClient) -> None:
        super().__init__(client.transport.host, allow_hop=False)
        self.client = client

    async def _handle_stop_stream(self, stream: INetStream) -> None:
        relay = stream.muxed_conn.peer_id.to_base58()
        if relay not in self.client.relays:
            log.info("refusing a circuit from %s: not one of our relays", relay[:16])
            await stream.reset()
            return
        await super()._handle_stop_stream(stream)

    async def handle_incoming_connection(self, stream: INetStream, remote_peer_id: bytes) -> None:
        gate = self.client.transport.gate
        try:
            peer = ID(remote_peer_id)
        except Exception:
            await stream.reset()
            return
        if gate.banned(peer):
            log.info("refusing a circuit from banned peer %s", peer.to_base58()[:16])
            await stream.reset()
            return
        # Not py-libp2p's own upgrade: 0.8.1 names *this* PC as the relay in the
        # circuit's address; we name the relay the STOP stream came from.
        relay = stream.muxed_conn.peer_id
        circuit = multiaddr.Multiaddr(
            f"/p2p/{relay.to_base58()}/p2p-circuit/p2p/{peer.to_base58()}"
        )
        raw = RawConnection(
            stream=stream, initiator=False, connection_type=ConnectionType.RELAYED,
            addresses=[circuit],
        )  # fmt: skip
        try:
            muxed = await self.client.transport.host.upgrade_inbound_connection(raw, circuit)
        except Exception as exc:
            log.info("a circuit from %s failed its handshake: %s", peer.to_base58()[:16], exc)
            await stream.reset()
            return
        # Its noise handshake proved who is behind it: watch it like any inbound peer.
        await gate.watch(muxed, f"through relay {relay.to_base58()[:12]}")


class _HolePunch(DCUtRProtocol):
    """py-libp2p's DCUtR, telling the client when a peer became directly reachable."""

    def __init__(self, client: RelayClient) -> None:
        super().__init__(client.transport.host)
        self.client = client

    async def _handle_dcutr_stream(self, stream: INetStream) -> None:
        # Answering makes this PC dial what the peer names: only for a peer that proved
        # it belongs here (a stranger may come through a relay that serves anyone).
        if not self.client.transport.gate.welcome(stream.muxed_conn.peer_id):
            await stream.reset()
            return
        await super()._handle_dcutr_stream(stream)

    def _schedule_relay_close(self, peer_id: ID) -> None:
        # Called once a hole-punched connection verified; libp2p closes the relayed
        # one after a grace period, we move our session at once.
        self.client.on_direct(peer_id.to_base58())
        super()._schedule_relay_close(peer_id)


class RelayClient:
    """Reservations on our relays and circuits through them, for one `Transport`."""

    def __init__(
        self, transport: Transport, *, timeout: float = 15.0, hole_punch: bool = True
    ) -> None:
        self.transport = transport
        self.timeout = timeout
        self.hole_punch = hole_punch
        """Try DCUtR on relayed connections (py-libp2p's `DCUtRProtocol`)."""
        self.relays: dict[str, str] = {}
        """Relay peer id -> its address without the /p2p part."""
        self.reserved: dict[str, float] = {}
        """Relay peer id -> when our slot there lapses (time.time())."""
        self.on_change: Callable[[], None] = lambda: None
        """Called when a reservation is made or lost (our circuit addresses changed)."""
        self.on_direct: Callable[[str], None] = lambda peer_id: None
        """Called with a peer's id when hole punching gave a direct connection to it."""
        self.reachability = UNKNOWN
        """What the relays' AutoNAT dial-backs found: PUBLIC, PRIVATE or UNKNOWN."""
        self._first_slot = trio.Event()
        self._stop = _Stop(self)
        self._circuits = CircuitV2Transport(
            transport.host, self._stop, RelayConfig(roles=RelayRole.STOP)
        )
        self._changed = trio.Event()

    def set_relays(self, addrs: Sequence[str]) -> None:
        """Use these relays (full addresses, `…/p2p/<relay peer id>`) from now on.

        Raises ValueError naming a malformed address; nothing changes then."""
        relays: dict[str, str] = {}
        for addr in addrs:
            if "/p2p-circuit" in addr:
                raise ValueError(f"{addr} is a circuit address, not a relay's address")
            peer, where = split_peer_addr(addr)
            relays[peer] = str(where)
        relays.pop(self.transport.peer_id, None)
        if relays != self.relays:
            self.relays = relays
            self._changed.set()

    def circuit_addrs(self) -> list[str]:
        """Where others can reach this PC through relays that hold a slot for it."""
        me = self.transport.peer_id
        return [
            f"{self.relays[r]}/p2p/{r}/p2p-circuit/p2p/{me}"
            for r in self.reserved
            if r in self.relays
        ]

    def circuit_addrs_of(self, peer_id: str) -> list[str]:
        """Addresses of `peer_id` through each of our relays (it may hold a slot there)."""
        return [f"{where}/p2p/{r}/p2p-circuit/p2p/{peer_id}" for r, where in self.relays.items()]

    async def run(self, *, task_status: Any = trio.TASK_STATUS_IGNORED) -> None:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(background_trio_service(self._stop))
            await self._stop.event_started.wait()
            if self.hole_punch:
                dcutr = _HolePunch(self)
                await stack.enter_async_context(background_trio_service(dcutr))
                await dcutr.event_started.wait()
            task_status.started()
            host = self.transport.host
            if isinstance(host, BasicHost):
                checker = await stack.enter_async_context(trio.open_nursery())
                checker.start_soon(self._watch_reachability, AutoNATService(host, serve=False))
            while True:
                using = dict(self.relays)
                async with trio.open_nursery() as nursery:
                    for relay, where in using.items():
                        nursery.start_soon(self._keep, relay, where)
                    await self._changed.wait()
                    self._changed = trio.Event()
                    nursery.cancel_scope.cancel()
                for relay in set(using) - set(self.relays):  # give its slot up
                    await self.transport.disconnect(relay)

    async def _keep(self, relay: str, where: str) -> None:
        """Hold a slot on one relay for as long as we use it."""
        pause = 1.0
        while True:
            try:
                closed = await self._reserve(relay, where)
                pause = 1.0
                while not closed.is_set():
                    lapse = self.reserved.get(relay, 0.0) - time.time() - RENEW_BEFORE
                    with trio.move_on_after(max(5.0, lapse)):
                        await closed.wait()
                    if not closed.is_set():
                        await self._reserve(relay, where)
                log.info("lost the connection to relay %s", relay[:16])
            except (TransportError, OSError, trio.TooSlowError) as exc:
                log.info("relay %s: %s (trying again in %.0f s)", relay[:16], exc, pause)
            except Exception as exc:  # py-libp2p raises many kinds; keep trying
                log.info("relay %s: %r (trying again in %.0f s)", relay[:16], exc, pause)
            finally:
                if self.reserved.pop(relay, None) is not None:
                    self.on_change()
            await trio.sleep(pause)
            pause = min(pause * 2, MAX_BACKOFF)

    async def _reserve(self, relay: str, where: str) -> trio.Event:
        """Connect to the relay and reserve (or renew) a slot; returns its closing event."""
        host = self.transport.host
        relay_id = ID.from_base58(relay)
        with trio.fail_after(self.timeout):
            await host.connect(PeerInfo(relay_id, [multiaddr.Multiaddr(where)]))
            stream = await host.new_stream(relay_id, [HOP_PROTOCOL])
            try:
                ok = await self._circuits._make_reservation(stream, relay_id)
            finally:
                await stream.close()
        if not ok:
            raise TransportError("the relay refused a reservation")
        expires = float(self._circuits._reservations.get(relay_id, 0))
        fresh = relay not in self.reserved
        self.reserved[relay] = expires
        self._first_slot.set()
        if fresh:
            log.info("reserved a slot on relay %s at %s", relay[:16], where)
            self.on_change()
        conns = host.get_network().connections.get(relay_id, [])
        closed: trio.Event | None = None
        for conn in conns:
            closed = getattr(conn.muxed_conn, "event_closed", None)
            if isinstance(closed, trio.Event) and not closed.is_set():
                return closed
        raise TransportError("the relay closed the connection")

    async def _watch_reachability(self, autonat: AutoNATService) -> None:
        """Ask the relays holding our slot to dial us back, now and then (AutoNAT)."""
        await self._first_slot.wait()
        while True:
            await self.check_reachability(autonat)
            await trio.sleep(REACHABILITY_INTERVAL)

    async def check_reachability(self, autonat: AutoNATService) -> str:
        """PUBLIC when every relay asked could dial us at one of our own addresses."""
        servers = [ID.from_base58(r) for r in self.reserved]
        if not servers:
            return self.reachability
        autonat.dial_results.clear()
        autonat.confirmations = len(servers)
        addrs = [multiaddr.Multiaddr(a).to_bytes() for a in self._own_addrs()]
        for server in servers:
            try:
                await autonat.query_server(server, addrs, timeout=30.0)
            except Exception as exc:  # the relay went away, or spoke nonsense
                log.debug("AutoNAT query to %s failed: %s", server.to_base58()[:16], exc)
                autonat.dial_results[server] = False
        autonat.update_status()
        found = {AutoNATStatus.PUBLIC: PUBLIC, AutoNATStatus.PRIVATE: PRIVATE}
        verdict = found.get(autonat.get_status(), UNKNOWN)
        if verdict != self.reachability:
            log.info(
                "reachable from other networks: %s (asked %d relays)",
                {PUBLIC: "yes", PRIVATE: "no, behind a NAT", UNKNOWN: "not known"}[verdict],
                len(servers),
            )
        self.reachability = verdict
        return verdict

    def _own_addrs(self) -> list[str]:
        """Our listen addresses with wildcards spelled out, and each address others
        observed us at with our listen port (a NAT that forwards it keeps it)."""
        from p2p.discovery import local_addresses

        found: list[str] = []
        ports: list[int] = []
        for addr in self.transport.host.get_transport_addrs():
            text = str(addr)
            parts = text.split("/")
            if len(parts) < 5 or parts[1] != "ip4" or parts[3] != "tcp":
                continue
            ports.append(int(parts[4]))
            if parts[2] == "0.0.0.0":
                found += [f"/ip4/{ip}/tcp/{parts[4]}" for ip in local_addresses() if "." in ip]
            else:
                found.append(text)
        manager = getattr(self.transport.host, "_observed_addr_manager", None)
        observed: list[str] = []
        with contextlib.suppress(Exception):
            if manager is not None:
                observed = [str(a).split("/")[2] for a in manager.addrs(min_observers=1)]
        found += [f"/ip4/{ip}/tcp/{port}" for ip in observed for port in ports]
        return list(dict.fromkeys(found))

    async def connect(self, peer_id: str) -> str:
        """A connection to `peer_id` through one of our relays; returns the relay's peer id.

        Raises TransportError saying why each relay failed."""
        errors: list[str] = []
        for relay, where in list(self.relays.items()):
            circuit = multiaddr.Multiaddr(f"{where}/p2p/{relay}/p2p-circuit/p2p/{peer_id}")
            try:
                with trio.fail_after(self.timeout):
                    await self._circuits.dial(circuit)
                return relay
            except Exception as exc:
                errors.append(f"through {relay[:12]}…: {exc}")
        raise TransportError(
            f"cannot reach {peer_id[:12]}… through a relay: "
            + ("; ".join(errors) if errors else "no relay is known")
        )
