"""What a sync session is built from: the store and stream it needs, its settings, the
per-group bookkeeping on each side, and small pure helpers (batching, invite proofs)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import trio

from ledger.store.decoded_batch import DecodedBatch
from ledger.store.ids import ChangeId, DeviceId, GroupId, WriterId
from ledger.store.receipts import Receipt
from ledger.store.staging import BatchIn, StagedWrite
from ledger.store.store import IngestResult, StoreEvent
from p2p.batch_frame import KnownFields

INVITE_CONTEXT = b"lattice/sync-invite/v1\x00"


class SyncStore(Protocol):
    """The part of `ledger.store.store.Store` a session uses (see docs/core-api.md)."""

    def group_ids(self) -> list[GroupId]: ...
    def version_vector(self, group: GroupId) -> dict[WriterId, int]: ...
    def missing_ids(
        self, group: GroupId, theirs: dict[WriterId, int]
    ) -> list[tuple[ChangeId, WriterId, int]]: ...
    def raws_of(self, ids: Sequence[ChangeId]) -> list[bytes]: ...
    def ingest_many(
        self,
        raws: Sequence[bytes],
        *,
        source: str = ...,
        group: GroupId | None = ...,
        decoded: DecodedBatch | None = ...,
    ) -> list[IngestResult]: ...
    def stage_batches(self, batches: Sequence[BatchIn]) -> StagedWrite: ...
    def may_receive(self, group: GroupId, device: DeviceId) -> bool: ...
    def group_for_invite(self, invite_key: bytes) -> GroupId | None: ...
    def subscribe(self, callback: Callable[[StoreEvent], None]) -> Callable[[], None]: ...
    def sign_receipt(self, group: GroupId, *, time: int | None = None) -> Receipt | None: ...
    def receipts(self, group: GroupId) -> list[bytes]: ...
    def take_receipts(self, group: GroupId, raws: Sequence[bytes]) -> list[str | None]: ...
    def caught_up_with(self, group: GroupId, theirs: Mapping[WriterId, int]) -> bool: ...
    def held_groups(self) -> dict[GroupId, int]: ...


class SessionStream(Protocol):
    """A framed stream with the authenticated peer (a `PeerStream`)."""

    peer_id: str
    device: DeviceId

    async def send(self, payload: bytes) -> None: ...
    async def receive(self, limit: float | None = None) -> bytes: ...


@dataclass(frozen=True)
class SessionConfig:
    handshake_timeout: float = 30.0
    """Generous: a PC busy ingesting a catch-up from its other peers may take seconds to
    answer a new one (strangers are cut off sooner, by `AdmissionLimits`)."""
    idle_timeout: float = 60.0
    ping_interval: float = 20.0
    window: int = 4
    """At most this many unacknowledged batches per group."""
    batch_changes: int = 512
    """At most `messages.MAX_BATCH_CHANGES`: fewer, larger batches cost both sides less
    (a commit and an ack per batch; measured: ~20 % less CPU at 10,000 than 256)."""
    first_batch: int = 64
    """A catch-up's first batch; each next one doubles, up to `batch_changes`."""
    batch_bytes: int = 384 * 1024
    """Of changes before compression (a batch of ledger entries shrinks about 3.4 times);
    512 ledger entries take about 180 KiB."""
    in_flight_bytes: int = 128 * 1024
    """Unacknowledged batch bytes on the wire per session, all groups together: half of
    yamux's 256 KiB stream window, so batches never fill it and small messages fit."""
    relay_delay: float = 3.0
    relay_patience: float = 60.0
    """How long a relay waits on an author's PC that feeds the peer but makes no progress."""
    relay_grace: float = 10.0
    """How long a relay waits on an author's PC that we see but the peer does not (yet)."""
    """How long changes this PC did not write wait before being relayed (see serving.py)."""
    have_interval: float = 0.2
    """At most this often, tell the peer what reached us from elsewhere (`Have`)."""


class SessionEnded(Exception):
    """The session stopped for the reason given (logged, and reported to the owner)."""


@dataclass
class Outgoing:
    """A group we serve to the peer."""

    estimate: dict[WriterId, int]
    """What the peer is known to hold (its `Want`, then every `Ack` and `Have`)."""
    queued: dict[WriterId, int] = field(default_factory=dict)
    """What we already sent or are about to send."""
    sent_upto: dict[WriterId, int] = field(default_factory=dict)
    """What we sent (or are sending) the peer: what it holds beyond came from elsewhere."""
    fed_at: dict[WriterId, float] = field(default_factory=dict)
    """When a `Have` (or an `Ack`) last showed the peer getting a writer's changes from
    elsewhere: beyond `sent_upto`."""
    feeders: set[DeviceId] = field(default_factory=set)
    """Other devices the peer says feed it this group directly."""
    heard: bool = False
    """The peer has sent a `Have` (until then, relays wait up to `relay_patience`)."""
    relaying: int = 0
    sent_seq: int = 0
    acked_seq: int = 0
    sent: int = 0
    caught_up: bool = False
    """The catch-up (everything the peer lacked when it asked) has been sent."""
    acked: trio.Event = field(default_factory=trio.Event)
    wake: trio.Event = field(default_factory=trio.Event)
    unacked: dict[int, int] = field(default_factory=dict)
    """Batch sequence number -> its size on the wire, until the peer acknowledges it."""

    def delivered(self) -> bool:
        """Everything sent was acknowledged and no new change waits to go out."""
        return (
            self.caught_up
            and self.acked_seq == self.sent_seq
            and not self.wake.is_set()
            and not self.relaying
        )


@dataclass
class Incoming:
    """A group we asked the peer for."""

    received: int = 0
    synced: bool = False
    told: dict[WriterId, int] = field(default_factory=dict)
    """What we told the peer we hold (in `Want`, `Ack`s and `Have`s)."""
    from_peer: set[ChangeId] = field(default_factory=set)


class InFlight:
    """Bytes sent in batches and not yet acknowledged, bounded for the whole session.

    A sender waits here before each batch; the read loop releases bytes as `Ack`s arrive
    and never waits on anything, so two sides sending at once cannot block each other.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.bytes = 0
        self._freed = trio.Event()

    async def reserve(self, size: int) -> None:
        """Wait until `size` more bytes fit (a batch alone always fits)."""
        while self.bytes and self.bytes + size > self.limit:
            await self._freed.wait()
            self._freed = trio.Event()
        self.bytes += size

    def release(self, size: int) -> None:
        self.bytes = max(0, self.bytes - size)
        self._freed.set()


class PackedBatches:
    """Batches as packed for the wire (`messages.pack_batch`), shared by the sessions of
    one service: on a LAN of ten PCs each one sends its own changes to nine peers, in the
    same batches, and framing and compressing them once instead of nine times is most of
    what serving costs. Keyed by the group and the change ids (which name their bytes);
    the least recently used go first once `limit` bytes are held. Batches made up
    differently for different peers still share each change's reading (`fields`)."""

    def __init__(self, limit: int = 8 * 1024 * 1024) -> None:
        self.limit = limit
        self.bytes = 0
        self.fields = KnownFields()
        self._held: OrderedDict[tuple[GroupId, tuple[ChangeId, ...]], list[Packed]] = OrderedDict()

    def get(self, group: GroupId, ids: Sequence[ChangeId]) -> list[Packed] | None:
        key = (group, tuple(ids))
        found = self._held.get(key)
        if found is not None:
            self._held.move_to_end(key)
        return found

    def put(self, group: GroupId, ids: Sequence[ChangeId], packed: list[Packed]) -> None:
        key = (group, tuple(ids))
        size = sum(p.size for p in packed)
        if key in self._held or size > self.limit:
            return
        self._held[key] = packed
        self.bytes += size
        while self.bytes > self.limit:
            _, dropped = self._held.popitem(last=False)
            self.bytes -= sum(p.size for p in dropped)


@dataclass(frozen=True, slots=True)
class Packed:
    """One batch packed for the wire, and how many changes it holds."""

    payload: tuple[bytes, bytes]
    """`messages.pack_batch`'s: the compressed columns and the signatures."""
    changes: int

    @property
    def size(self) -> int:
        return sum(map(len, self.payload))


def invite_message(challenge: bytes, prover: DeviceId, verifier: DeviceId) -> bytes:
    """What an invite holder signs: bound to the verifier's fresh nonce and both devices."""
    return INVITE_CONTEXT + challenge + bytes.fromhex(prover) + bytes.fromhex(verifier)


def collapse(group: BaseExceptionGroup[BaseException]) -> BaseException:
    """The one exception that ended the session (a nursery wraps it in a group)."""
    leaves: list[BaseException] = []

    def walk(exc: BaseException) -> None:
        if isinstance(exc, BaseExceptionGroup):
            for inner in exc.exceptions:
                walk(inner)
        else:
            leaves.append(exc)

    walk(group)
    for leaf in leaves:
        if not isinstance(leaf, trio.Cancelled):
            return leaf
    return group


def batches(raws: list[bytes], max_changes: int, max_bytes: int) -> list[list[bytes]]:
    batches: list[list[bytes]] = []
    current: list[bytes] = []
    size = 0
    for raw in raws:
        if current and (len(current) >= max_changes or size + len(raw) > max_bytes):
            batches.append(current)
            current, size = [], 0
        current.append(raw)
        size += len(raw)
    if current:
        batches.append(current)
    return batches
