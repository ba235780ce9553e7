"""SyncService: discovery, transport and sync sessions for one store, under trio.

The owner (the window under qtrio, `lattice serve` under `trio.run`) starts it with
`await nursery.start(service.run)` and hears about everything through `on_event`.
The service dials peers that announce a group we hold (the lower peer id dials, so
two PCs do not both connect), manually given addresses, and remembered peers; it
listens on the store's wake-up folder so changes written by other processes on the
same data folder are pushed too.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trio
from libp2p.peer.id import ID
from nacl.signing import SigningKey

from ledger.store import notify
from ledger.store.errors import LatticeError
from ledger.store.ids import ChangeId, DeviceId, GroupId
from ledger.store.invites import InviteCode
from ledger.store.reach import RELAY
from ledger.store.store import ChangesArrived, Store, StoreEvent
from p2p.admission import AdmissionLimits
from p2p.discovery import (
    Discovery,
    PeerFound,
    PeerLost,
    group_tag_key,
    local_addresses,
    multiaddrs_for,
    shared_groups,
)
from p2p.events import (
    AccessDenied,
    PeerBanned,
    PeerConnected,
    PeerDisconnected,
    PeerDiscovered,
    PeerGone,
    PeerInSync,
    PeerUnreachable,
    RelaysChanged,
    SyncEvent,
    SyncProgress,
)
from p2p.guard import PeerGuard
from p2p.paths import connection_path, local_networks
from p2p.peers import KnownPeer, PeerBook, clear_dead_markers, running_marker
from p2p.relay_client import RelayClient
from p2p.relay_list import RelayList
from p2p.sync import SessionConfig, SessionEnded, SyncSession
from p2p.transport import (
    DEFAULT_LISTEN,
    PeerStream,
    Transport,
    TransportError,
    device_id_of,
    peer_id_of,
    split_peer_addr,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServiceConfig:
    listen: Sequence[str] = (DEFAULT_LISTEN,)
    mdns: bool = True
    interface: str | None = None
    """Announce and browse on this network interface only (None: all of them)."""
    peers: Sequence[str] = ()
    """Manual full addresses (`/ip4/…/tcp/…/p2p/<peer id>`), for networks without multicast."""
    redial_interval: float = 30.0
    tie_break_delay: float = 3.0
    watch_folder: bool = True
    save_interval: float = 1.0
    """How often at most the known peers are written to `peers.json` while running."""
    session: SessionConfig = field(default_factory=SessionConfig)
    admission: AdmissionLimits = field(default_factory=AdmissionLimits)
    """Caps on inbound connections, and how long a stranger may stay (see admission.py)."""
    relays: Sequence[str] = ()
    """Relays given by hand, used besides those the groups list (see relay_list.py)."""
    hole_punch: bool = True
    """Upgrade relayed connections to direct ones where NATs allow (DCUtR)."""


@dataclass
class _Live:
    peer_id: str
    outbound: bool
    scope: trio.CancelScope
    ended: trio.Event = field(default_factory=trio.Event)
    session: SyncSession | None = None
    stream: PeerStream | None = None
    bytes_before: tuple[int, int] = (0, 0)
    path: str = ""
    """`ledger.store.reach`'s LAN, DIRECT or RELAY."""
    """The peer's byte counts (received, sent) before this session."""


class SyncService:
    """Keeps this PC's groups in step with every reachable peer allowed to share them."""

    def __init__(
        self,
        store: Store,
        *,
        home: Path,
        config: ServiceConfig | None = None,
        on_event: Callable[[SyncEvent], None] | None = None,
        invites: Sequence[SigningKey] = (),
        guard: PeerGuard | None = None,
    ) -> None:
        self.store = store
        self.home = home
        self.config = config or ServiceConfig()
        self.invites = list(invites)
        self.guard = guard or PeerGuard()
        self.book = PeerBook(home)
        self.relay_list = RelayList(store, self.config.relays)
        self.relay_list.reread()
        self.transport = Transport(store.device_seed(), admission=self.config.admission)
        self.transport.gate.welcome = self._welcome
        self.relay = RelayClient(self.transport, hole_punch=self.config.hole_punch)
        self._follow_relays()
        self.relay.on_change = self._dial_through_relays
        self.relay.on_direct = self._went_direct
        self.transport.gate.banned = self._banned
        self.peer_id = self.transport.peer_id
        self.discovery: Discovery | None = None
        self.sessions: dict[DeviceId, _Live] = {}
        self.discovered: dict[str, PeerFound] = {}
        self._listeners: list[Callable[[SyncEvent], None]] = [on_event] if on_event else []
        self._nursery: trio.Nursery | None = None
        self._dialing: set[str] = set()
        self._announced: list[GroupId] = []
        self._book_dirty = trio.Event()
        self._public = False
        self._pending_watched = trio.Event()
        self.guard.on_watching = lambda: self._pending_watched.set()
        self.guard.on_ban = self._on_ban
        """Listening and announcing (only once this PC holds or joins a group)."""

    def subscribe(self, callback: Callable[[SyncEvent], None]) -> Callable[[], None]:
        self._listeners.append(callback)
        return lambda: self._listeners.remove(callback) if callback in self._listeners else None

    def _emit(self, event: SyncEvent) -> None:
        self._remember(event)
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("a sync event listener failed")

    def _remember(self, event: SyncEvent) -> None:
        """Fold what `lattice peers` shows into the peer book (saved by `_save_loop`)."""
        match event:
            case SyncProgress(peer_id=peer, synced=True):
                self.book.note(peer, synced=True)
            case PeerInSync(peer_id=peer, device=device):
                known = self.book.note(peer, synced=True)
                known.state, known.reason = "in sync", ""
                known.groups = list(event.groups)
                known.received, known.sent = event.received, event.sent
                live = self.sessions.get(device)
                if live is not None and live.stream is not None:
                    _count_bytes(known, live.bytes_before, live.stream)
            case PeerConnected(peer_id=peer):
                known = self.book.note(peer)
                known.state, known.reason = "connected", ""
                known.path, known.relay = event.path, event.relay
            case PeerDisconnected(peer_id=peer, reason=reason):
                known = self.book.note(peer)
                known.state, known.reason = "disconnected", reason
            case PeerUnreachable(peer_id=peer, reason=reason) if peer in self.book.peers:
                self.book.peers[peer].state = "unreachable"
                self.book.peers[peer].reason = reason
            case AccessDenied(peer_id=peer, reason=reason) if peer in self.book.peers:
                self.book.peers[peer].reason = reason
            case PeerDiscovered(peer_id=peer, addrs=addrs, groups=groups):
                self.book.seen(peer, list(addrs), len(groups))
            case PeerGone(peer_id=peer):
                self.book.gone(peer)
            case _:
                return
        self._book_dirty.set()

    # -- running ----------------------------------------------------------------------

    async def run(self, *, task_status: Any = trio.TASK_STATUS_IGNORED) -> None:
        """Run until cancelled; says goodbye on the LAN and saves known peers on the way out."""
        self.transport.set_handler(self._inbound)
        unsubscribe = self.store.subscribe(self._on_store_event)
        marker = running_marker(self.home)
        try:
            with contextlib.suppress(OSError):
                clear_dead_markers(self.home)
                marker.write_text(self.peer_id, "ascii")
            async with self.transport.run(()), trio.open_nursery() as nursery:
                self._nursery = nursery
                if self.store.group_ids() or self.invites:
                    await self._go_public()
                else:
                    log.info(
                        "no group here yet: not listening or announcing until this PC "
                        "holds or joins one"
                    )
                for addr in self.config.peers:
                    self.add_peer(addr)
                if self.config.watch_folder:
                    nursery.start_soon(self._watch_folder)
                nursery.start_soon(self._redial_loop)
                nursery.start_soon(self._save_loop)
                nursery.start_soon(self._strike_unresolved)
                task_status.started()
                await trio.sleep_forever()
        finally:
            unsubscribe()
            with contextlib.suppress(OSError):
                marker.unlink()
            if self.book.browsing:
                self.book.discovered.clear()
            self.book.save()

    async def _go_public(self) -> None:
        """Listen and announce: from the moment this PC holds (or joins) a group."""
        if self._public or self._nursery is None:
            return
        self._public = True
        await self.transport.listen(self.config.listen)
        await self._listen_ipv6_too()
        if self.config.mdns:
            await self._nursery.start(self._discover)
        await self._nursery.start(self.relay.run)

    async def _listen_ipv6_too(self) -> None:
        """With the default (IPv4, any address) listen, also listen on IPv6 on the same
        port when this host has a routable IPv6 address: mDNS announces one port for all
        of a PC's addresses, and a peer may reach it only over IPv6. A host without IPv6
        skips this silently; one where the port is taken says so and goes on over IPv4."""
        if tuple(self.config.listen) != (DEFAULT_LISTEN,):
            return
        if not any(":" in a for a in local_addresses(self.config.interface)):
            return
        ports = self.transport.listen_ports()
        if not ports:
            return
        try:
            await self.transport.listen([f"/ip6/::/tcp/{ports[0]}"])
        except Exception as exc:  # libp2p raises several kinds when it cannot bind
            log.info("not listening on IPv6 (port %d): %s", ports[0], exc)

    async def _strike_unresolved(self) -> None:
        """Strike peers whose changes still wait for earlier ones after the guard's
        patience; a banned peer's session is ended at once."""
        while True:
            due = self.guard.next_due()
            if due is None:
                await self._pending_watched.wait()
                self._pending_watched = trio.Event()
                continue
            await trio.sleep(due)
            for device in self.guard.strike_unresolved():
                reason = "sent changes whose earlier changes never came"
                self._emit(
                    PeerBanned(peer_id_of(device), device, self.guard.banned_for(device), reason)
                )
                live = self.sessions.get(device)
                if live is not None:
                    live.scope.cancel()

    async def _save_loop(self) -> None:
        while True:
            await self._book_dirty.wait()
            self._book_dirty = trio.Event()
            self.book.save()
            await trio.sleep(self.config.save_interval)

    def listen_addrs(self) -> list[str]:
        """Full addresses others may dial (0.0.0.0 expanded to this PC's addresses)."""
        found: list[str] = []
        for bound in self.transport.listen_addrs():
            parts = bound.split("/")  # ['', 'ip4', '0.0.0.0', 'tcp', '4001']
            if len(parts) < 5 or parts[3] != "tcp":
                continue
            if parts[2] in ("0.0.0.0", "::"):
                found.extend(multiaddrs_for(local_addresses(), int(parts[4])))
            else:
                found.append("/".join(parts[:5]))
        return [f"{a}/p2p/{self.peer_id}" for a in dict.fromkeys(found)]

    def relays(self) -> tuple[str, ...]:
        """The relays to reserve a slot on and dial through (see relay_list.py); a
        `RelaysChanged` event says when this changes."""
        return self.relay_list.current()

    def _relays_changed(self, changed: bool) -> None:
        if changed:
            self._follow_relays()
            self._emit(RelaysChanged(self.relays()))

    def _follow_relays(self) -> None:
        """Reserve on, and dial through, the relays of `relays()` (see relay_client.py)."""
        try:
            self.relay.set_relays(self.relays())
        except ValueError as exc:  # relay_list checked them; keep the last usable list
            log.warning("cannot use the relays %s: %s", self.relays(), exc)

    def reachability(self) -> str:
        """Whether PCs elsewhere can dial this one, as its relays found (AutoNAT):
        `public`, `private` (behind a NAT: they reach it through a relay) or `unknown`."""
        return self.relay.reachability

    def circuit_addrs(self) -> list[str]:
        """This PC's `/p2p-circuit` addresses: through each relay that holds a slot for it."""
        return self.relay.circuit_addrs()

    def _dial_through_relays(self) -> None:
        """Dial, through our relays, every device of our groups we have no session with
        and do not see on the LAN (a LAN peer is dialled directly, and preferred)."""
        if not self.relay.reserved:
            return
        on_lan = {_device_of(p) for p in self.discovered}
        for group in self.store.group_ids():
            for device in self.store.membership(group).linked_devices():
                if device == self.store.device_id or device in self.sessions or device in on_lan:
                    continue
                self._dial_soon(peer_id_of(device), [], tie_break=True)

    def add_peer(self, addr: str) -> None:
        """Remember a manually given address and dial it now (and whenever it drops)."""
        peer, where = split_peer_addr(addr)
        self.book.note(peer, [str(where)], manual=True)
        self.book.save()
        self._dial_soon(peer, [str(where)])

    def use_invite(self, code: str) -> None:
        """Present an invite code (its text) to every peer from now on, to fetch its group.

        Raises ValueError in plain words if the code is malformed. Peers already connected
        are reconnected so that they see the invite; an address in the code is dialled.
        """
        try:
            invite = InviteCode.parse(code)
            peer, where = split_peer_addr(invite.address) if invite.address else ("", None)
        except (LatticeError, ValueError) as exc:
            raise ValueError(str(exc)) from None
        if any(k.verify_key == invite.signing_key.verify_key for k in self.invites):
            return
        self.invites.append(invite.signing_key)
        if self._nursery is not None:
            self._nursery.start_soon(self._go_public)
        self._relays_changed(self.relay_list.add_given(invite.relays))
        circuits = [f"{r}/p2p-circuit" for r in invite.relays]
        if where is not None and str(where):
            self.add_peer(str(invite.address))
        if peer and circuits:  # the inviting PC, through the group's relays
            self.book.note(peer, circuits, manual=True)
            self._dial_soon(peer, circuits)
        for live in list(self.sessions.values()):
            live.scope.cancel()
        for found in list(self.discovered.values()):
            self._dial_soon(found.peer_id, found.addrs)

    # -- discovery --------------------------------------------------------------------

    def _tag_keys(self) -> dict[str, GroupId]:
        """The key of each group's announced tag (see `group_tag_key`) -> the group."""
        keys: dict[str, GroupId] = {}
        for group in self.store.group_ids():
            genesis = self.store.history(group).control.get(ChangeId(group))
            if genesis is not None:
                keys[group_tag_key(genesis.raw)] = group
        return keys

    async def _discover(self, *, task_status: Any = trio.TASK_STATUS_IGNORED) -> None:
        port = self.transport.listen_ports()[0]
        self._announced = list(self.store.group_ids())
        self.book.browsing = True
        self.discovery = Discovery(
            self.peer_id, port, list(self._tag_keys()), interface=self.config.interface
        )
        async with self.discovery.running():
            task_status.started()
            async for event in self.discovery.events:
                if isinstance(event, PeerLost):
                    self.discovered.pop(event.peer_id, None)
                    self._emit(PeerGone(event.peer_id))
                    continue
                self.discovered[event.peer_id] = event
                relayed = self.sessions.get(_device_of(event.peer_id) or DeviceId(""))
                if relayed is not None and relayed.path == RELAY:
                    relayed.scope.cancel()  # the LAN is preferred: redial there
                keys = self._tag_keys()
                common = [keys[k] for k in shared_groups(event, keys)]
                self._emit(PeerDiscovered(event.peer_id, event.addrs, tuple(common)))
                if common or self.invites:
                    self.book.note(event.peer_id, list(event.addrs))
                    self._dial_soon(event.peer_id, event.addrs, tie_break=bool(common))

    def _on_store_event(self, event: StoreEvent) -> None:
        if not isinstance(event, ChangesArrived) or self._nursery is None:
            return
        self.guard.resolved(event.changes)
        self._relays_changed(self.relay_list.reread())
        if not self._public:
            self._nursery.start_soon(self._go_public)
            return
        if self.discovery is not None and event.group not in self._announced:
            self._announced = list(self.store.group_ids())
            self._nursery.start_soon(self.discovery.update_groups, list(self._tag_keys()))

    async def _watch_folder(self) -> None:
        """Other processes on this data folder wake us after each commit; nothing polls."""
        sock = notify.listen_socket(self.home)
        try:
            while True:
                await trio.lowlevel.wait_readable(sock.fileno())
                with contextlib.suppress(BlockingIOError):
                    while True:  # drain: one refresh covers every commit so far
                        sock.recv(16)
                self.store.refresh()
        finally:
            _close_wake_socket(sock)

    # -- dialling ---------------------------------------------------------------------

    def _dial_soon(self, peer_id: str, addrs: Sequence[str], *, tie_break: bool = False) -> None:
        if self._nursery is None or peer_id == self.peer_id or peer_id in self._dialing:
            return
        self._dialing.add(peer_id)
        self._nursery.start_soon(self._dial, peer_id, list(addrs), tie_break)

    async def _dial(self, peer_id: str, addrs: list[str], tie_break: bool) -> None:
        try:
            if tie_break and self.peer_id > peer_id:
                await trio.sleep(self.config.tie_break_delay)  # the other side dials first
            device = _device_of(peer_id)
            ending = self.sessions.get(device) if device is not None else None
            if ending is not None and ending.scope.cancel_called:
                await ending.ended.wait()  # being replaced (e.g. to present a new invite)
            if device is None or device in self.sessions or self.guard.banned_for(device):
                return
            try:
                stream = await self._open(peer_id, addrs)
            except TransportError as exc:
                log.info("%s", exc)
                self._emit(PeerUnreachable(peer_id, str(exc)))
                return
        finally:
            self._dialing.discard(peer_id)
        await self._run_session(stream, outbound=True)

    def _went_direct(self, peer_id: str) -> None:
        """Hole punching gave a direct connection: move a relayed session onto it."""
        live = self.sessions.get(_device_of(peer_id) or DeviceId(""))
        if live is not None and live.path == RELAY:
            live.scope.cancel()
        self._dial_soon(peer_id, [], tie_break=True)

    async def _open(self, peer_id: str, addrs: list[str]) -> PeerStream:
        """A sync stream: over a direct connection that stands (e.g. hole-punched), else
        at `addrs` (the LAN, a given address), else through a relay."""
        direct = [a for a in addrs if "/p2p-circuit" not in a]
        if self.transport.has_direct_connection(peer_id):
            return await self.transport.open_to(peer_id, [])
        if direct or not self.relay.relays:
            try:
                return await self.transport.open_to(peer_id, direct)
            except TransportError:
                if not self.relay.relays:
                    raise
        await self.relay.connect(peer_id)
        return await self.transport.open_to(peer_id, [])

    async def _redial_loop(self) -> None:
        while True:
            await trio.sleep(self.config.redial_interval)
            self._dial_through_relays()
            for peer in list(self.book.peers.values()):
                device = _device_of(peer.peer_id)
                if device is not None and device not in self.sessions and peer.addrs:
                    found = self.discovered.get(peer.peer_id)
                    self._dial_soon(peer.peer_id, found.addrs if found else peer.addrs)

    # -- sessions ---------------------------------------------------------------------

    def _feeders(self, group: GroupId) -> list[DeviceId]:
        """The devices whose sessions feed us `group` now (told to peers, see serving.py)."""
        return [
            device
            for device, live in self.sessions.items()
            if live.session is not None and group in live.session.wanted
        ]

    def _feeders_changed(self) -> None:
        for live in self.sessions.values():
            if live.session is not None:
                for group in list(live.session.wanted):
                    live.session.feeders_changed(group)

    def _welcome(self, peer: ID) -> bool:
        """May an inbound connection from `peer` stay? Its device is linked to a member
        of a group we hold, or it proved an invite, or we are joining a group ourselves."""
        device = _device_of(peer.to_base58())
        if device is None or self.guard.banned_for(device):
            return False
        if self.invites:
            return True
        live = self.sessions.get(device)
        if live is not None and live.session is not None and live.session.invite_groups:
            return True
        return any(self.store.may_receive(g, device) for g in self.store.group_ids())

    def _on_ban(self, device: DeviceId, seconds: float) -> None:
        """The store keeps nothing a banned peer sends, and drops what it left waiting."""
        dropped = self.store.ban_source(f"peer {peer_id_of(device)}", seconds)
        if dropped:
            log.info("dropped %d waiting changes of banned peer %s", dropped, device[:8])

    def _banned(self, peer: ID) -> bool:
        device = _device_of(peer.to_base58())
        return device is not None and self.guard.banned_for(device) > 0

    async def _inbound(self, stream: PeerStream) -> None:
        await self._run_session(stream, outbound=False)

    async def _run_session(self, stream: PeerStream, *, outbound: bool) -> None:
        device = stream.device
        if device == self.store.device_id or self.guard.banned_for(device):
            await stream.reset()
            await self.transport.close_connection(stream)
            return
        existing = self.sessions.get(device)
        if existing is not None:
            # Both PCs dialled at once: keep the connection the lower peer id opened.
            mine_dialled = outbound if self.peer_id < stream.peer_id else not outbound
            if not mine_dialled:
                await stream.aclose()
                await self._close_if_unused(stream)
                return
            existing.scope.cancel()
        live = _Live(stream.peer_id, outbound, trio.CancelScope(), stream=stream)
        self.sessions[device] = live
        known = self.book.note(stream.peer_id)
        live.bytes_before = (known.bytes_received, known.bytes_sent)
        path = connection_path(stream.raw.muxed_conn, self.relays(), local_networks())
        live.path = path.kind
        self._emit(PeerConnected(stream.peer_id, device, outbound, path.kind, path.relay))
        reason = "closed"
        session = live.session = SyncSession(
            self.store,
            stream,
            my_device=self.store.device_id,
            guard=self.guard,
            emit=self._emit,
            invites=self.invites,
            config=self.config.session,
            feeders=self._feeders,
            on_wanting=self._feeders_changed,
        )
        self._feeders_changed()
        try:
            with live.scope:
                await session.run()
        except SessionEnded as exc:
            reason = str(exc)
        finally:
            if self.sessions.get(device) is live:
                del self.sessions[device]
            live.ended.set()
            self._feeders_changed()
            log.info("session with %s ended: %s", stream.peer_id[:12], reason)
            _count_bytes(self.book.note(stream.peer_id), live.bytes_before, stream)
            self._emit(
                PeerDisconnected(
                    stream.peer_id, device, reason, stream.bytes_received, stream.bytes_sent
                )
            )
            with trio.CancelScope(shield=True):
                await stream.aclose()
            await self._close_if_unused(stream)

    async def _close_if_unused(self, stream: PeerStream) -> None:
        """Close the connection an ended session ran on, unless another session uses it:
        an idle connection would hold a slot (and a socket) for nothing."""
        conn = stream.raw.muxed_conn
        for live in self.sessions.values():
            if live.session is not None and live.stream is not None:
                if live.stream.raw.muxed_conn is conn:
                    return
        await self.transport.close_connection(stream)


def _count_bytes(known: KnownPeer, before: tuple[int, int], stream: PeerStream) -> None:
    known.bytes_received = before[0] + stream.bytes_received
    known.bytes_sent = before[1] + stream.bytes_sent


def _device_of(peer_id: str) -> DeviceId | None:
    try:
        device = device_id_of(ID.from_base58(peer_id))
    except Exception:
        return None
    return device if peer_id_of(device) == peer_id else None


def _close_wake_socket(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        path = sock.getsockname()
        sock.close()
        if isinstance(path, str) and path:
            os.unlink(path)
