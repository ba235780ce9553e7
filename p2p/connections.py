"""The service's connections: dialling peers (on the LAN, or elsewhere through the
groups' relays), and one sync session per peer device.

The lower peer id dials a peer both PCs discovered (the other waits `tie_break_delay`
first), so two PCs rarely both connect; when they do, a LAN (or direct) session is kept
over a relayed one, else the connection the lower peer id opened. A session's end closes
its connection unless another session uses it.

The LAN is preferred: a relayed session with a peer that mDNS sees on the LAN gives way
to a LAN dial, whichever came first (the session or the discovery), but only once per
discovery (the peer at those addresses), so a LAN that mDNS crosses and TCP cannot (a
firewall) leaves the session on the relay instead of moving it back and forth.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import trio
from libp2p.peer.id import ID
from nacl.signing import SigningKey

from ledger.store.ids import DeviceId, GroupId
from ledger.store.reach import RELAY
from ledger.store.store import Store
from p2p.discovery import PeerFound
from p2p.events import (
    PeerConnected,
    PeerDisconnected,
    PeerUnreachable,
    RelaysChanged,
    SyncEvent,
)
from p2p.group_commit import GroupCommitter
from p2p.guard import PeerGuard
from p2p.paths import connection_path, local_networks
from p2p.peers import KnownPeer, PeerBook
from p2p.relay_client import RelayClient
from p2p.relay_list import RelayList
from p2p.session_state import PackedBatches
from p2p.sync import SessionEnded, SyncSession
from p2p.transport import PeerStream, Transport, TransportError, device_id_of, peer_id_of

if TYPE_CHECKING:
    from p2p.service import ServiceConfig

log = logging.getLogger(__name__)


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


class ConnectionsMixin:
    """Mixed into `SyncService`, which provides the attributes and hooks declared here."""

    store: Store
    config: ServiceConfig
    guard: PeerGuard
    transport: Transport
    relay: RelayClient
    relay_list: RelayList
    book: PeerBook
    peer_id: str
    invites: list[SigningKey]
    sessions: dict[DeviceId, _Live]
    discovered: dict[str, PeerFound]
    _dialing: set[str]
    _lan_tried: dict[str, frozenset[str]]
    """Per peer, the LAN addresses (an mDNS discovery) a relayed session already gave
    way to once (see `_lan_due`)."""
    _lan_failures: dict[str, int]
    """Per peer seen on the LAN, the dials there that failed in a row (see `_dial`)."""
    packed: PackedBatches
    committer: GroupCommitter
    _nursery: trio.Nursery | None
    _emit: Callable[[SyncEvent], None]
    session_class: type[SyncSession] = SyncSession
    """What runs each session (tests put a misbehaving peer's here)."""

    # -- relays (peers elsewhere) ------------------------------------------------------

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

    # -- dialling ---------------------------------------------------------------------

    def _dial_soon(self, peer_id: str, addrs: Sequence[str], *, tie_break: bool = False) -> None:
        if self._nursery is None or peer_id == self.peer_id or peer_id in self._dialing:
            return
        self._dialing.add(peer_id)
        self._nursery.start_soon(self._dial, peer_id, list(addrs), tie_break)

    def _lan_due(self, peer_id: str) -> PeerFound | None:
        """The peer's mDNS discovery, if a relayed session with it should give way to
        the LAN: not yet tried for this discovery (the peer at these addresses)."""
        found = self.discovered.get(peer_id)
        if found is None or all("/p2p-circuit" in a for a in found.addrs):
            return None
        return None if self._lan_tried.get(peer_id) == frozenset(found.addrs) else found

    def _prefer_lan(self, peer_id: str) -> bool:
        """Move a relayed session with a peer seen on the LAN there, once per discovery:
        end it and dial the LAN (`_open` falls back to the relay if TCP cannot cross).
        Whether it gave way; called when mDNS reports the peer and when a relayed
        session starts (mDNS may have seen the peer before it)."""
        found = self._lan_due(peer_id)
        if found is None:
            return False
        self._lan_tried[peer_id] = frozenset(found.addrs)
        live = self.sessions.get(_device_of(peer_id) or DeviceId(""))
        if live is not None and live.path == RELAY:
            live.scope.cancel()
        log.info("%s is on the LAN: moving its relayed session there", peer_id[:12])
        self._dial_soon(peer_id, found.addrs)
        return True

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
            found = self.discovered.get(peer_id)
            if found is not None and all("/p2p-circuit" in a for a in addrs):
                addrs = list(found.addrs)  # seen on the LAN since: try there first
            # A peer on the LAN that did not answer (a busy PC) is tried there again
            # before the relays carry it: the relayed session would then stay.
            failures = self._lan_failures.get(peer_id, 0) if found is not None else 0
            retry = found is not None and failures < self.config.lan_retries
            try:
                stream = await self._open(peer_id, addrs, relay_fallback=not retry)
            except TransportError as exc:
                log.info("%s", exc)
                self._emit(PeerUnreachable(peer_id, str(exc)))
                if retry and self._nursery is not None:
                    self._lan_failures[peer_id] = failures + 1
                    delay = self.config.lan_retry_delay * 2**failures
                    self._nursery.start_soon(self._retry_lan, peer_id, delay)
                return
        finally:
            self._dialing.discard(peer_id)
        self._lan_failures.pop(peer_id, None)
        await self._run_session(stream, outbound=True)

    async def _retry_lan(self, peer_id: str, delay: float) -> None:
        """Dial a peer on the LAN again after `delay`, if mDNS still sees it and no
        session with it began meanwhile."""
        await trio.sleep(delay)
        found = self.discovered.get(peer_id)
        if found is not None and _device_of(peer_id) not in self.sessions:
            self._dial_soon(peer_id, found.addrs)

    def _went_direct(self, peer_id: str) -> None:
        """Hole punching gave a direct connection: move a relayed session onto it."""
        live = self.sessions.get(_device_of(peer_id) or DeviceId(""))
        if live is not None and live.path == RELAY:
            live.scope.cancel()
        self._dial_soon(peer_id, [], tie_break=True)

    async def _open(
        self, peer_id: str, addrs: list[str], *, relay_fallback: bool = True
    ) -> PeerStream:
        """A sync stream: over a direct connection that stands (e.g. hole-punched), else
        at `addrs` (the LAN, a given address), else (if `relay_fallback`, or when there
        is no direct address) through a relay."""
        direct = [a for a in addrs if "/p2p-circuit" not in a]
        if self.transport.has_direct_connection(peer_id):
            return await self.transport.open_to(peer_id, [])
        if direct or not self.relay.relays:
            if direct:
                await self.transport.close_relayed(peer_id)  # the LAN is preferred
            try:
                return await self.transport.open_to(peer_id, direct, exactly=bool(direct))
            except TransportError as exc:
                if not self.relay.relays or (direct and not relay_fallback):
                    raise
                found = self.discovered.get(peer_id)
                if found is not None and set(direct) & set(found.addrs):
                    # The LAN was tried for this discovery: the relayed session stays.
                    self._lan_tried[peer_id] = frozenset(found.addrs)
                log.info("%s; trying through the relays", exc)
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
        of a group we hold, or it proved an invite, or we are joining a group ourselves,
        or we were restored and are catching up from it."""
        device = _device_of(peer.to_base58())
        if device is None or self.guard.banned_for(device):
            return False
        if self.invites:
            return True
        live = self.sessions.get(device)
        if live is not None and live.session is not None:
            # (restoring: we were restored and catch up from it; judged once that has
            # ended, p2p/restore_catch_up.py)
            if live.session.invite_groups or live.session.restoring:
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
        path = connection_path(stream.raw.muxed_conn, self.relays(), local_networks())
        existing = self.sessions.get(device)
        if existing is not None:
            # Both PCs dialled at once (or a LAN dial meets a relayed session): keep the
            # one not relayed, else the connection the lower peer id opened.
            if (existing.path == RELAY) != (path.kind == RELAY):
                keep = path.kind != RELAY
            else:
                keep = outbound if self.peer_id < stream.peer_id else not outbound
            if not keep:
                await stream.aclose()
                await self._close_if_unused(stream)
                return
            existing.scope.cancel()
        elif path.kind == RELAY and self._prefer_lan(stream.peer_id):
            await stream.aclose()  # mDNS saw the peer first: the LAN is being dialled
            await self._close_if_unused(stream)
            return
        live = _Live(stream.peer_id, outbound, trio.CancelScope(), stream=stream)
        self.sessions[device] = live
        known = self.book.note(stream.peer_id)
        live.bytes_before = (known.bytes_received, known.bytes_sent)
        live.path = path.kind
        way = "out" if outbound else "in"
        log.info("session with %s (%s) over %s", stream.peer_id[:12], way, path.kind)
        self._emit(PeerConnected(stream.peer_id, device, outbound, path.kind, path.relay))
        reason = "closed"
        session = live.session = self.session_class(
            self.store,
            stream,
            my_device=self.store.device_id,
            guard=self.guard,
            emit=self._emit,
            invites=self.invites,
            config=self.config.session,
            feeders=self._feeders,
            on_wanting=self._feeders_changed,
            packed=self.packed,
            committer=self.committer,
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
