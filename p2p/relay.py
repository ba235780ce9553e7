"""A Circuit Relay v2 hop (`lattice serve --relay`): a dumb pipe between PCs behind NATs.

py-libp2p's `CircuitV2Protocol` does the work. A relay holds no store and no group data:
the two PCs' noise session runs end to end through the circuit, so all it forwards is
ciphertext. What it adds here:

- limits: reservations at once, circuits per reserving PC (py-libp2p's `RelayLimits`),
  circuits at once opened by one source PC, and per circuit a duration and a byte cap;
- an optional allow-list of device peer ids (`AllowList`): a peer not on it can neither
  reserve a slot nor open a circuit, nor be the target of one, and its connection is
  closed once the admission gate's stranger deadline passes;
- PATCH(py-libp2p 0.8.1): a RESERVE naming another peer in its `peer` field reserved a
  slot *for that peer*; here a reservation is always for the connection's own peer;
- an AutoNAT server (`/libp2p/autonat/1.0.0`), so a PC learns from its relays whether it
  can be dialled from outside. PATCH(py-libp2p 0.8.1): its dial-back used
  `host.connect`, which returns at once when a connection to the PC stands, as it always
  does (the PC asked over it): every PC was found reachable. Here it dials afresh;
- PATCH(py-libp2p 0.8.1): its circuits' clean-up is keyed by peer, so the end of one
  circuit closed the streams of another circuit of the same PC; with a district's PCs each
  holding several circuits, sessions kept dying and 9 PCs with 500 changes each never
  converged (bench/relay_districts.py: not within 20 minutes). Here each direction of a
  circuit forwards and ends on its own (`_relay_data`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import trio
from libp2p.abc import INetStream
from libp2p.host.autonat.autonat import AutoNATService
from libp2p.host.basic_host import BasicHost
from libp2p.peer.id import ID
from libp2p.relay.circuit_v2.pb.circuit_pb2 import HopMessage
from libp2p.relay.circuit_v2.protocol import CircuitV2Protocol
from libp2p.relay.circuit_v2.protocol_buffer import StatusCode, to_proto_status
from libp2p.relay.circuit_v2.resources import RelayLimits
from libp2p.relay.circuit_v2.utils import write_delimited_msg
from libp2p.tools.anyio_service import background_trio_service
from libp2p.tools.constants import MAX_READ_LEN
from multiaddr import Multiaddr

from ledger.store.ids import DeviceId
from p2p.admission import AdmissionLimits
from p2p.peer_id import peer_id_of_device
from p2p.transport import DEFAULT_LISTEN, Transport, device_id_of

log = logging.getLogger(__name__)

CIRCUIT_WRITE_TIMEOUT = 60.0
"""A circuit whose receiving PC takes no data for this long is reset."""
MAX_ALLOW_LIST_BYTES = 1 << 20
"""An allow-list file larger than this is refused (about 19,000 peer ids)."""


@dataclass(frozen=True)
class RelaySettings:
    """What one relay grants; the defaults suit a council of ~20 PCs."""

    reservations: int = 64
    """PCs holding a slot at once (each stays reachable through the relay)."""
    circuits_per_target: int = 16
    """Circuits at once to one reserving PC."""
    circuits_per_source: int = 16
    """Circuits at once opened by one PC."""
    circuit_seconds: int = 3600
    """A circuit is cut after this long (the PCs then dial again)."""
    circuit_bytes: int = 256 * 1024 * 1024
    """A circuit is cut after this many bytes, both directions together."""
    reservation_seconds: int = 3600
    """A slot lapses unless renewed (PCs renew before it ends)."""

    def libp2p_limits(self) -> RelayLimits:
        return RelayLimits(
            duration=self.circuit_seconds,
            data=self.circuit_bytes,
            max_circuit_conns=self.circuits_per_target,
            max_reservations=self.reservations,
            reservation_ttl=self.reservation_seconds,
        )


RELAY_ADMISSION = AdmissionLimits(per_ip=32, per_ip_rate=2.0, half_open=64)
"""A relay's PCs sit behind NATs: a whole district shares one public address."""


class AllowListError(ValueError):
    """An allow-list file could not be used (what and where is in the message)."""


def parse_allow_list(text: str, *, source: str) -> frozenset[str]:
    """Peer ids (`12D3KooW…`) or device ids (64 hex digits), one a line; `#` comments.

    Only Ed25519 keys (every Lattice device's) are taken: anything else is a mistake."""
    found: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        word = line.split("#", 1)[0].strip()
        if not word:
            continue
        try:
            if len(word) == 64 and all(c in "0123456789abcdefABCDEF" for c in word):
                found.add(peer_id_of_device(DeviceId(word.lower())))
            else:
                device = device_id_of(ID.from_base58(word))  # a Lattice device's key
                if peer_id_of_device(device) != word:
                    raise ValueError("not canonical")
                found.add(word)
        except Exception:
            raise AllowListError(
                f"{source}, line {number}: {word[:80]!r} is neither a peer id nor a device id"
            ) from None
    return frozenset(found)


class AllowList:
    """The devices a relay serves, from a file re-read whenever it changes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stamp: tuple[int, int] | None = None
        self._peers: frozenset[str] = frozenset()
        self.reload()  # a bad file at start is an error, not an empty list

    def reload(self) -> None:
        """Read the file again if it changed; raises AllowListError naming the fault."""
        try:
            stat = self.path.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
            if stamp == self._stamp:
                return
            if stat.st_size > MAX_ALLOW_LIST_BYTES:
                raise AllowListError(
                    f"{self.path} is {stat.st_size} bytes; at most {MAX_ALLOW_LIST_BYTES}"
                )
            with open(self.path, "rb") as f:
                raw = f.read(MAX_ALLOW_LIST_BYTES + 1)
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise AllowListError(f"{self.path} is not UTF-8 text") from None
        except OSError as exc:
            raise AllowListError(f"cannot read {self.path}: {exc.strerror or exc}") from None
        self._peers = parse_allow_list(text, source=str(self.path))
        self._stamp = stamp
        log.info("serving %d devices listed in %s", len(self._peers), self.path)

    def __contains__(self, peer: str) -> bool:
        try:
            self.reload()
        except AllowListError as exc:  # keep the last good list; say why once per change
            log.warning("%s (keeping the previous list)", exc)
            self._stamp = None
        return peer in self._peers

    def __len__(self) -> int:
        return len(self._peers)


@dataclass
class RelayStats:
    """What the relay did, for its log, the tests and the bench."""

    reservations: int = 0
    circuits: int = 0
    bytes_relayed: int = 0
    refused: int = 0


class _GuardedHop(CircuitV2Protocol):
    """py-libp2p's hop with our allow-list, per-source cap and counters."""

    def __init__(
        self, transport: Transport, settings: RelaySettings, allowed: AllowList | None
    ) -> None:
        super().__init__(transport.host, limits=settings.libp2p_limits(), allow_hop=True)
        self.settings = settings
        self.allowed = allowed
        self.stats = RelayStats()
        self._from: Counter[ID] = Counter()

    def may_use(self, peer: ID) -> bool:
        return self.allowed is None or peer.to_base58() in self.allowed

    async def _deny(self, stream: INetStream, code: StatusCode, why: str) -> None:
        self.stats.refused += 1
        log.info("refusing %s: %s", stream.muxed_conn.peer_id.to_base58()[:16], why)
        msg = HopMessage(type=HopMessage.STATUS, status=to_proto_status(code))
        try:
            with trio.move_on_after(5):
                await write_delimited_msg(stream, msg)
        finally:
            await stream.reset()

    async def _handle_hop_stream(self, stream: INetStream) -> None:
        if not self.may_use(stream.muxed_conn.peer_id):
            await self._deny(stream, StatusCode.PERMISSION_DENIED, "not on the allow-list")
            return
        await super()._handle_hop_stream(stream)

    async def _handle_reserve(self, stream: INetStream, msg: HopMessage) -> None:
        msg.ClearField("peer")  # a slot only ever for the connection's own peer
        await super()._handle_reserve(stream, msg)
        if self.resource_manager.get_reservation(stream.muxed_conn.peer_id) is not None:
            self.stats.reservations += 1

    async def _handle_connect(self, stream: INetStream, msg: HopMessage) -> None:
        source = stream.muxed_conn.peer_id
        try:
            target = ID(msg.peer.id)
            target.to_base58()
        except Exception:
            await self._deny(stream, StatusCode.MALFORMED_MESSAGE, "no valid target peer")
            return
        if not self.may_use(target):
            await self._deny(stream, StatusCode.PERMISSION_DENIED, "target not on the allow-list")
            return
        if self._from[source] >= self.settings.circuits_per_source:
            await self._deny(
                stream, StatusCode.RESOURCE_LIMIT_EXCEEDED, "too many circuits from one peer"
            )
            return
        self._from[source] += 1
        self.stats.circuits += 1
        try:
            await super()._handle_connect(stream, msg)
        finally:
            self._from[source] -= 1
            if self._from[source] <= 0:
                del self._from[source]

    async def _relay_data(
        self,
        src_stream: INetStream,
        dst_stream: INetStream,
        peer_id: ID,
        deadline: float | None = None,
        circuit_data_limit: list[int] | None = None,
    ) -> None:
        """One direction of one circuit, until its sender closes (then the receiver's
        side is closed too) or fails, or a limit is reached (then both are reset)."""
        graceful = False
        try:
            while True:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    log.info("cutting a circuit of %s: its time is up", peer_id.to_base58()[:16])
                    break
                with trio.move_on_after(left if left is not None else float("inf")):
                    try:
                        data = await src_stream.read(MAX_READ_LEN)
                    except EOFError:
                        data = b""
                    if not data:
                        graceful = True
                        break
                    self.stats.bytes_relayed += len(data)
                    if circuit_data_limit is not None:
                        if len(data) > circuit_data_limit[0]:
                            log.info(
                                "cutting a circuit of %s: its bytes are used up",
                                peer_id.to_base58()[:16],
                            )
                            break
                        circuit_data_limit[0] -= len(data)
                    with trio.fail_after(CIRCUIT_WRITE_TIMEOUT):
                        await dst_stream.write(data)
        except Exception as exc:  # a reset or a stalled receiver ends this circuit
            log.debug("a circuit of %s ended: %r", peer_id.to_base58()[:16], exc)
        finally:
            with trio.CancelScope(shield=True), trio.move_on_after(5):
                for stream in (dst_stream,) if graceful else (src_stream, dst_stream):
                    with contextlib.suppress(Exception):
                        await (stream.close() if graceful else stream.reset())


MAX_DIAL_BACKS = 4
"""Addresses a relay dials back per AutoNAT request (each on the asker's own IP)."""
DIAL_BACK_TIMEOUT = 5.0


class _DialBack(AutoNATService):
    """py-libp2p's AutoNAT server, for allowed peers only, dialling back afresh."""

    def __init__(self, host: BasicHost, hop: _GuardedHop) -> None:
        super().__init__(host, serve=True)
        self.hop = hop

    async def handle_stream(self, stream: INetStream) -> None:
        if not self.hop.may_use(stream.muxed_conn.peer_id):
            await stream.reset()
            return
        await super().handle_stream(stream)

    async def _try_dial(self, peer_id: ID, addrs: list[bytes]) -> bytes | None:
        network = self.host.get_network()
        for addr in addrs[:MAX_DIAL_BACKS]:
            try:
                with trio.fail_after(DIAL_BACK_TIMEOUT):
                    conn = await network.dial_addr(Multiaddr(addr), peer_id)
            except Exception:
                continue
            with trio.CancelScope(shield=True), contextlib.suppress(Exception):
                await conn.close()
            return bytes(addr)
        return None


class RelayNode:
    """A relay host: run it with `async with node.run(listen)`; holds nothing on disk."""

    def __init__(
        self,
        seed: bytes,
        *,
        settings: RelaySettings | None = None,
        allowed: AllowList | None = None,
        admission: AdmissionLimits = RELAY_ADMISSION,
    ) -> None:
        self.settings = settings or RelaySettings()
        self.transport = Transport(seed, admission=admission)
        self.peer_id = self.transport.peer_id
        self.hop = _GuardedHop(self.transport, self.settings, allowed)
        self.transport.gate.welcome = self.hop.may_use
        host = self.transport.host
        self.dial_back = _DialBack(host, self.hop) if isinstance(host, BasicHost) else None

    @property
    def stats(self) -> RelayStats:
        return self.hop.stats

    @asynccontextmanager
    async def run(self, listen: Sequence[str] = (DEFAULT_LISTEN,)) -> AsyncIterator[None]:
        async with self.transport.run(listen), background_trio_service(self.hop):
            await self.hop.event_started.wait()
            yield

    def listen_addrs(self) -> list[str]:
        return [f"{a}/p2p/{self.peer_id}" for a in self.transport.listen_addrs()]


def load_or_create_identity(path: Path) -> bytes:
    """The relay's key seed from `path`, made (mode 600) on first use: a relay keeps its
    peer id across restarts, so groups' settings naming it stay right."""
    try:
        seed = path.read_bytes()
    except FileNotFoundError:
        seed = os.urandom(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(seed)
        return seed
    if len(seed) != 32:
        raise ValueError(f"{path} is not a relay identity (32 bytes expected, {len(seed)} found)")
    return seed
