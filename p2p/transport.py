"""The libp2p host: this PC's device key as identity, noise + yamux over TCP, one protocol.

Only noise and yamux are offered (py-libp2p's defaults also offer plaintext and secio,
which would let a peer skip authentication). Every stream we hand out carries the
remote device id, taken from the key the noise handshake proved.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager

import multiaddr
import trio
from libp2p import new_host
from libp2p.abc import IHost, INetStream
from libp2p.crypto.ed25519 import Ed25519PublicKey, create_new_key_pair
from libp2p.crypto.keys import KeyPair
from libp2p.crypto.x25519 import create_new_key_pair as create_noise_key_pair
from libp2p.custom_types import TProtocol
from libp2p.network import swarm as libp2p_swarm
from libp2p.network.config import ConnectionConfig
from libp2p.peer.id import ID
from libp2p.peer.peerinfo import PeerInfo
from libp2p.security.noise.transport import PROTOCOL_ID as NOISE_PROTOCOL_ID
from libp2p.security.noise.transport import Transport as NoiseTransport
from libp2p.stream_muxer.yamux.yamux import PROTOCOL_ID as YAMUX_PROTOCOL_ID
from libp2p.stream_muxer.yamux.yamux import Yamux

from ledger.store.ids import DeviceId
from p2p.admission import AdmissionLimits, InboundGate
from p2p.framing import DEFAULT_MAX_FRAME, DEFAULT_READ_TIMEOUT, FramedStream

log = logging.getLogger(__name__)

SYNC_PROTOCOL = TProtocol("/lattice/sync/1.0.0")
DEFAULT_LISTEN = "/ip4/0.0.0.0/tcp/0"
DEFAULT_CONNECT_TIMEOUT = 10.0


class TransportError(Exception):
    """A peer could not be reached or did not speak our protocol."""


def key_pair_from_seed(seed: bytes) -> KeyPair:
    if len(seed) != 32:
        raise ValueError("a device seed is 32 bytes")
    return create_new_key_pair(seed)


def device_id_of(peer_id: ID) -> DeviceId:
    """The device id (hex Ed25519 public key) inside a libp2p peer id."""
    key = peer_id.extract_public_key()
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError(f"peer {peer_id} does not carry an Ed25519 key")
    return DeviceId(key.to_bytes().hex())


def peer_id_of(device: DeviceId) -> str:
    """The libp2p peer id (base58) of a device id."""
    return ID.from_pubkey(Ed25519PublicKey.from_bytes(bytes.fromhex(device))).to_base58()


def split_peer_addr(addr: str) -> tuple[str, multiaddr.Multiaddr]:
    """`/ip4/…/tcp/…/p2p/<id>` → (peer id, address without the /p2p part)."""
    full = multiaddr.Multiaddr(addr)
    try:
        peer = full.value_for_protocol("p2p")
    except Exception:
        peer = None
    if not peer:
        raise ValueError(f"{addr} names no peer (append /p2p/<peer id>)")
    return str(peer), full.decapsulate(multiaddr.Multiaddr(f"/p2p/{peer}"))


def _no_idle_dial_wait() -> None:
    """PATCH(py-libp2p 0.8.1): no 250 ms wait after every successful dial.

    The swarm's happy-eyeballs loop gives each transport class a 250 ms head start and
    ends that wait early only when a dial fails or `max_connections_per_peer` are up.
    We speak TCP only, so it dials one address and then sits out the rest of the head
    start even though the connection stands (connect took ~0.26 s instead of ~0.02 s).
    Without a head start nothing else changes: a second class, if ever offered, would
    be dialled at once, and the swarm still keeps at most `max_connections_per_peer`.
    We keep that at 2 rather than 1: with 1, the swarm trims one of two connections that
    two peers dialled to each other at the same moment, which can cut a live session.
    """
    if isinstance(getattr(libp2p_swarm, "_HAPPY_EYEBALLS_DELAY", None), float | int):
        libp2p_swarm._HAPPY_EYEBALLS_DELAY = 0.0
    else:
        log.warning("py-libp2p changed its dialer: every connect may wait 250 ms")


def _connection_config(connect_timeout: float, limits: AdmissionLimits) -> ConnectionConfig:
    return ConnectionConfig(
        min_connections=0,
        low_watermark=0,
        dial_timeout=connect_timeout,
        max_connections_per_peer=2,
        inbound_upgrade_timeout=limits.upgrade_timeout,
    )


def make_host(
    key_pair: KeyPair, connect_timeout: float, limits: AdmissionLimits, *, quic: bool = False
) -> IHost:
    """A libp2p host offering noise and yamux only (no plaintext, no secio); `quic` adds
    QUIC for the benchmark (see `Transport`)."""
    noise = NoiseTransport(key_pair, noise_privkey=create_noise_key_pair().private_key)
    return new_host(
        key_pair=key_pair,
        sec_opt={NOISE_PROTOCOL_ID: noise},
        muxer_opt={TProtocol(YAMUX_PROTOCOL_ID): Yamux},
        connection_config=_connection_config(connect_timeout, limits),
        enable_quic=quic,
    )


class PeerStream(FramedStream):
    """A framed sync stream with the authenticated identity of the other side."""

    def __init__(self, raw: INetStream, *, max_frame: int, read_timeout: float) -> None:
        super().__init__(raw, max_frame=max_frame, read_timeout=read_timeout)
        self.raw = raw
        remote = raw.muxed_conn.peer_id
        self.peer_id: str = remote.to_base58()
        self.device: DeviceId = device_id_of(remote)
        address = raw.get_remote_address()
        self.remote_address: tuple[str, int] | None = (
            (str(address[0]), int(address[1])) if address else None
        )


StreamHandler = Callable[[PeerStream], Awaitable[None]]


class Transport:
    """One libp2p host speaking `/lattice/sync/1.0.0`; run it with `async with t.run()`.

    `quic` adds py-libp2p's QUIC transport, for `bench/transport_quic.py` only: it is not
    offered to users (docs/network.md, "Transports": it fails over IPv6, and its inbound
    connections bypass `InboundGate`)."""

    def __init__(
        self,
        seed: bytes,
        *,
        max_frame: int = DEFAULT_MAX_FRAME,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        admission: AdmissionLimits | None = None,
        quic: bool = False,
    ) -> None:
        self.key_pair = key_pair_from_seed(seed)
        self.max_frame = max_frame
        self.read_timeout = read_timeout
        self.connect_timeout = connect_timeout
        _no_idle_dial_wait()
        self.host: IHost = make_host(
            self.key_pair, connect_timeout, admission or AdmissionLimits(), quic=quic
        )
        self.gate = InboundGate(admission)
        self.gate.install(self.host.get_network())
        self.peer_id: str = self.host.get_id().to_base58()
        self.device_id: DeviceId = device_id_of(self.host.get_id())
        self._handler: StreamHandler | None = None
        self.host.set_stream_handler(SYNC_PROTOCOL, self._accept)

    def set_handler(self, handler: StreamHandler) -> None:
        """Called with every inbound sync stream; the stream is reset if it raises."""
        self._handler = handler

    @asynccontextmanager
    async def run(self, listen: Sequence[str] = (DEFAULT_LISTEN,)) -> AsyncIterator[None]:
        addrs = [multiaddr.Multiaddr(a) for a in listen]
        async with self.host.run(addrs):
            # We choose whom to dial (discovery, known peers, bans); libp2p's
            # auto-connector would redial everything in its peerstore on its own.
            connector = getattr(self.host.get_network(), "auto_connector", None)
            if connector is not None:
                await connector.stop()
            if listen:
                log.info("listening on %s as %s", self.listen_addrs(), self.peer_id)
            try:
                yield
            finally:
                with trio.CancelScope(shield=True), trio.move_on_after(5):
                    await self._close_all()

    async def _close_all(self) -> None:
        """Close every connection and stop listening before the host stops.

        PATCH(py-libp2p 0.8.1): the swarm's own close-on-stop runs in an already
        cancelled scope and is cut short, so without this every connection stays open
        (the other side keeps it, and its slots, until this process exits), and so does
        every listening socket: the stopped host keeps accepting connections it can no
        longer serve, and as libp2p listens with SO_REUSEPORT, a host started again on
        the same port (a relay restarted in-process) shares its dials with that husk.
        """
        network = self.host.get_network()
        for conns in list(network.connections.values()):
            for conn in list(conns):
                with contextlib.suppress(Exception):
                    await conn.close()
        for listener in list(network.listeners.values()):
            with contextlib.suppress(Exception):
                await listener.close()

    async def listen(self, listen: Sequence[str]) -> None:
        """Start listening on `listen` too (when `run` began with no addresses)."""
        addrs = [multiaddr.Multiaddr(a) for a in listen]
        if not await self.host.get_network().listen(*addrs):
            raise TransportError(f"cannot listen on {', '.join(listen)}")
        log.info("listening on %s as %s", self.listen_addrs(), self.peer_id)

    def listen_addrs(self) -> list[str]:
        """Where we listen, as given to the OS (0.0.0.0 stays 0.0.0.0)."""
        return [str(a) for a in self.host.get_transport_addrs()]

    def listen_ports(self) -> list[int]:
        ports = []
        for addr in self.host.get_transport_addrs():
            port = addr.value_for_protocol("tcp")
            if port:
                ports.append(int(port))
        return sorted(set(ports))

    async def open(self, addr: str) -> PeerStream:
        """Open a sync stream to a full address (`…/p2p/<peer id>`)."""
        peer, where = split_peer_addr(addr)
        return await self.open_to(peer, [str(where)])

    async def open_to(
        self, peer_id: str, addrs: Sequence[str], *, exactly: bool = False
    ) -> PeerStream:
        """Dial `peer_id` at any of `addrs` (reusing a live connection) and open a stream.
        `exactly`: only at `addrs`, unless a direct connection stands (libp2p would also
        try every address it knows, relay circuits included)."""
        target = ID.from_base58(peer_id)
        info = PeerInfo(target, [multiaddr.Multiaddr(a) for a in addrs])
        # PATCH(py-libp2p 0.8.1): a peer whose addresses all failed once is refused
        # without a try for 60 s ("negative cache"). The service decides when to dial
        # (a PC just announced on mDNS, a redial every `redial_interval`), so one failed
        # dial under load must not keep a LAN peer away for a minute.
        unblock = getattr(self.host.get_network(), "unblock_peer", None)
        if unblock is not None:
            unblock(target)
        with trio.move_on_after(self.connect_timeout) as scope:
            try:
                if exactly and not self.has_direct_connection(peer_id):
                    await self._dial_exactly(target, info.addrs)
                else:
                    await self.host.connect(info)
                raw = await self.host.new_stream(target, [SYNC_PROTOCOL])
            except Exception as exc:
                raise TransportError(f"cannot reach {peer_id[:12]}…: {exc}") from exc
        if scope.cancelled_caught:
            raise TransportError(f"cannot reach {peer_id[:12]}… within {self.connect_timeout} s")
        return PeerStream(raw, max_frame=self.max_frame, read_timeout=self.read_timeout)

    async def _dial_exactly(self, target: ID, addrs: Sequence[multiaddr.Multiaddr]) -> None:
        failures: list[str] = []
        for addr in addrs:
            try:
                conn = await self.host.get_network().dial_addr(addr, target)
            except Exception as exc:
                failures.append(f"{addr}: {exc}")
                continue
            started = getattr(conn, "event_started", None)
            if started is not None:
                await started.wait()
            return
        raise TransportError("; ".join(failures) or "no address to dial")

    def has_direct_connection(self, peer_id: str) -> bool:
        """Whether a connection to `peer_id` stands that is not through a relay."""
        for conn in self.host.get_network().connections.get(ID.from_base58(peer_id), []):
            try:
                addrs = [str(a) for a in conn.get_transport_addresses()]
            except Exception:
                continue
            relayed = _is_relayed(conn) or any("/p2p-circuit" in a for a in addrs)
            if not conn.is_closed and not relayed:
                return True
        return False

    async def close_relayed(self, peer_id: str) -> None:
        """Close every connection to `peer_id` that runs through a relay: libp2p reuses
        any live connection when asked to dial, so a relayed one would stand in for the
        LAN address we mean to dial."""
        for conn in list(self.host.get_network().connections.get(ID.from_base58(peer_id), [])):
            try:
                addrs = [str(a) for a in conn.get_transport_addresses()]
            except Exception:
                addrs = []
            if any("/p2p-circuit" in a for a in addrs) or _is_relayed(conn):
                with trio.CancelScope(shield=True), trio.move_on_after(5):
                    with contextlib.suppress(Exception):
                        await conn.close()

    async def close_connection(self, stream: PeerStream) -> None:
        """Close the connection `stream` runs on (and every other stream on it)."""
        with trio.CancelScope(shield=True), trio.move_on_after(5):
            with contextlib.suppress(Exception):
                await stream.raw.muxed_conn.close()

    async def disconnect(self, peer_id: str) -> None:
        try:
            await self.host.disconnect(ID.from_base58(peer_id))
        except Exception as exc:
            log.debug("disconnecting %s: %s", peer_id, exc)

    async def _accept(self, raw: INetStream) -> None:
        try:
            stream = PeerStream(raw, max_frame=self.max_frame, read_timeout=self.read_timeout)
        except ValueError as exc:
            log.info("refusing stream: %s", exc)
            await raw.reset()
            return
        if self._handler is None:
            await stream.reset()
            return
        try:
            await self._handler(stream)
        except Exception:
            log.exception("sync stream from %s failed", stream.peer_id)
            await stream.reset()
        else:
            await stream.aclose()


def _is_relayed(conn: object) -> bool:
    try:
        kind = conn.get_connection_type()  # type: ignore[attr-defined]
    except Exception:
        return False
    return getattr(kind, "value", "") == "relayed"
