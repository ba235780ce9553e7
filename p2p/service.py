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
from nacl.signing import SigningKey

from ledger.store import notify
from ledger.store.bulk import collecting_less_often
from ledger.store.errors import LatticeError
from ledger.store.ids import DeviceId, GroupId
from ledger.store.invites import InviteCode
from ledger.store.store import ChangesArrived, Store, StoreEvent
from p2p.admission import AdmissionLimits
from p2p.connections import _count_bytes, _Live
from p2p.discovering import DiscoveringMixin
from p2p.discovery import Discovery, PeerFound, local_addresses, multiaddrs_for
from p2p.events import (
    AccessDenied,
    PeerBanned,
    PeerConnected,
    PeerDisconnected,
    PeerDiscovered,
    PeerGone,
    PeerInSync,
    PeerUnreachable,
    SyncEvent,
    SyncProgress,
)
from p2p.group_commit import GroupCommitter
from p2p.guard import PeerGuard
from p2p.peers import PeerBook, clear_dead_markers, running_marker
from p2p.relay_client import RelayClient
from p2p.relay_list import RelayList
from p2p.session_state import PackedBatches
from p2p.sync import SessionConfig
from p2p.transport import (
    DEFAULT_LISTEN,
    Transport,
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
    address_check_interval: float = 5.0
    """How often this PC's addresses are read; when they change, mDNS starts afresh on
    them (announce and browse), so a LAN joined while running is found and preferred."""
    tie_break_delay: float = 3.0
    lan_retries: int = 2
    """A failed dial of a peer mDNS sees on the LAN is tried again this many times (a
    busy PC may not answer in time) before the relays carry it (see connections.py)."""
    lan_retry_delay: float = 2.0
    """The first retry's wait; each next one waits twice as long."""
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


class SyncService(DiscoveringMixin):
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
        self._lan_tried: dict[str, frozenset[str]] = {}
        self._lan_failures: dict[str, int] = {}
        self.packed = PackedBatches()
        """Batches packed for the wire once, for every session they go out on."""
        self.committer = GroupCommitter(store)
        """What every session receives is committed together (p2p/group_commit.py)."""
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
                known = self.book.peers.get(peer)
                first = known is None or known.last_sync is None
                self.book.note(peer, synced=True)
                if not first:  # a fresher time only: not worth a save per batch sent
                    return
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
            # (what a sync brings in is kept: ledger/store/bulk.py has the figures)
            with collecting_less_often():
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


def _close_wake_socket(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        path = sock.getsockname()
        sock.close()
        if isinstance(path, str) and path:
            os.unlink(path)
