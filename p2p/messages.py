"""The sync protocol's messages: CBOR maps with a type key, decoded strictly.

Everything a peer sends is untrusted. `decode` accepts exactly the shapes below, within
their size limits, and raises `ProtocolError` with a plain reason for anything else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import cbor2
import zstandard

from ledger.store.change import MAX_CHANGE_BYTES
from ledger.store.ids import DeviceId, GroupId, WriterId
from ledger.store.receipts import MAX_RECEIPT_BYTES
from p2p.batch_frame import KnownFields, pack, unpack
from p2p.frame_rebuild import SIGNATURE, FrameFormatError, Parsed

PROTOCOL_VERSION = 4
"""2: batches are zstd-compressed CBOR lists. 3: a batch states the group, each writer
and each kind once, and cites changes of the same batch by index. 4: a batch's changes
travel in columns (implied sequence numbers, changes cited by how far back they are,
bodies' values by key) with the signatures outside the compressed part
(`p2p/batch_frame.py`), and group, device and writer ids go as bytes, not hex. A peer
speaking another version is refused with a `Bye` saying which version we speak."""
NONCE_BYTES = 16
MAX_TAGS = 256
MAX_INVITES = 8
MAX_WRITERS = 100_000
MAX_BATCH_CHANGES = 512
MAX_BATCH_BYTES = 2 * 1024 * 1024
"""A batch's changes, decompressed, never take more than this (checked while inflating)."""
MAX_REASON = 300
MAX_FEEDERS = 64
MAX_RECEIPTS_PER_MESSAGE = 16
RECEIPTS_BYTES = 512 * 1024
"""What one `Receipts` message may carry in all (a frame is at most 1 MiB)."""

_TAG = re.compile(r"[0-9a-f]{16}")


class ProtocolError(Exception):
    """The peer sent something that is not a valid message of this protocol."""


@dataclass(frozen=True, slots=True)
class Hello:
    """First message both ways: version, a fresh nonce, our groups blinded with it."""

    version: int
    nonce: bytes
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Auth:
    """Second message both ways: invite keys, each with a signature over the peer's nonce."""

    invites: tuple[tuple[bytes, bytes], ...]


@dataclass(frozen=True, slots=True)
class Offer:
    """I can serve this group (said to an invite holder, or once the group appears here)."""

    group: GroupId


@dataclass(frozen=True, slots=True)
class Want:
    """Send me this group's changes beyond this version vector, and keep them coming."""

    group: GroupId
    vv: dict[WriterId, int]


@dataclass(frozen=True, slots=True)
class Batch:
    """Changes of one group: on the wire in columns (`p2p/batch_frame.py`), zstd-compressed
    but for the signatures."""

    group: GroupId
    seq: int
    changes: tuple[bytes, ...]
    parsed: tuple[Parsed, ...] | None = field(default=None, compare=False, repr=False)
    """As the framing rebuilt them (for `DecodedBatch.of_parsed`); None when sending."""


@dataclass(frozen=True, slots=True)
class Ack:
    """Batches up to `seq` are ingested; `vv`: the receiver's writers that moved since it
    last said (in its `Want`, an `Ack` or a `Have`), with what it now holds of each."""

    group: GroupId
    seq: int
    vv: dict[WriterId, int]


@dataclass(frozen=True, slots=True)
class Have:
    """What the sender now holds of a group it asked for: the writers that moved since it
    last said, typically because their changes reached it from another peer."""

    group: GroupId
    vv: dict[WriterId, int]
    feeders: tuple[DeviceId, ...] = ()
    """Devices (hex keys) that feed the sender this group directly right now."""


@dataclass(frozen=True, slots=True)
class Synced:
    """Everything the receiver lacked when it asked has been sent."""

    group: GroupId


@dataclass(frozen=True, slots=True)
class Receipts:
    """Signed receipts of the group's PCs (witnessed states; `ledger.store.receipts`), sent
    after a catch-up: never changes, never part of the group's state."""

    group: GroupId
    receipts: tuple[bytes, ...]


@dataclass(frozen=True, slots=True)
class Deny:
    group: GroupId
    reason: str


@dataclass(frozen=True, slots=True)
class Ping:
    pass


@dataclass(frozen=True, slots=True)
class Bye:
    reason: str


Message = Hello | Auth | Offer | Want | Batch | Ack | Have | Synced | Receipts | Deny | Ping | Bye


def encode(msg: Message) -> bytes:
    body: dict[str, Any]
    match msg:
        case Hello():
            body = {"t": "hello", "v": msg.version, "n": msg.nonce, "g": list(msg.tags)}
        case Auth():
            body = {"t": "auth", "i": [[k, s] for k, s in msg.invites]}
        case Offer():
            body = {"t": "offer", "g": _key(msg.group)}
        case Want():
            body = {"t": "want", "g": _key(msg.group), "vv": _vv_out(msg.vv)}
        case Batch():
            return encode_batch(msg.group, msg.seq, pack_batch(msg.group, msg.changes))
        case Ack():
            body = {"t": "ack", "g": _key(msg.group), "s": msg.seq, "vv": _vv_out(msg.vv)}
        case Have():
            feeders = [_key(d) for d in msg.feeders]
            body = {"t": "have", "g": _key(msg.group), "vv": _vv_out(msg.vv), "f": feeders}
        case Synced():
            body = {"t": "synced", "g": _key(msg.group)}
        case Receipts():
            body = {"t": "receipts", "g": _key(msg.group), "r": list(msg.receipts)}
        case Deny():
            body = {"t": "deny", "g": _key(msg.group), "r": msg.reason[:MAX_REASON]}
        case Ping():
            body = {"t": "ping"}
        case Bye():
            body = {"t": "bye", "r": msg.reason[:MAX_REASON]}
    return cbor2.dumps(body)


PackedChanges = tuple[bytes, bytes]
"""A batch's changes as they go on the wire: the compressed columns and the signatures."""


def pack_batch(
    group: GroupId,
    changes: Sequence[bytes],
    ids: Sequence[bytes] | None = None,
    known: KnownFields | None = None,
) -> PackedChanges:
    """A batch's changes framed and compressed: the costly part of encoding a `Batch`,
    and the same for every peer the batch goes to (`ids` and `known` as `pack` takes)."""
    columns, signatures = pack(group, changes, ids, known)
    return _COMPRESSOR.compress(cbor2.dumps(columns)), signatures


def encode_batch(group: GroupId, seq: int, packed: PackedChanges) -> bytes:
    """`encode(Batch(group, seq, changes))`, given `pack_batch(group, changes)`."""
    columns, signatures = packed
    return cbor2.dumps({"t": "batch", "g": _key(group), "s": seq, "z": columns, "x": signatures})


def decode(data: bytes) -> Message:
    try:
        body = cbor2.loads(data)
    except Exception as exc:
        raise ProtocolError(f"not CBOR ({exc.__class__.__name__})") from None
    if not isinstance(body, dict) or not isinstance(body.get("t"), str):
        raise ProtocolError("not a message map")
    kind = body["t"]
    match kind:
        case "hello":
            _keys(body, "v", "n", "g")
            tags = _list(body["g"], MAX_TAGS, "tags")
            if not all(isinstance(t, str) and _TAG.fullmatch(t) for t in tags):
                raise ProtocolError("malformed group tag")
            return Hello(_int(body["v"]), _bytes(body["n"], NONCE_BYTES), tuple(tags))
        case "auth":
            _keys(body, "i")
            pairs = []
            for item in _list(body["i"], MAX_INVITES, "invites"):
                if not isinstance(item, list) or len(item) != 2:
                    raise ProtocolError("malformed invite proof")
                pairs.append((_bytes(item[0], 32), _bytes(item[1], 64)))
            return Auth(tuple(pairs))
        case "offer":
            _keys(body, "g")
            return Offer(_group(body["g"]))
        case "want":
            _keys(body, "g", "vv")
            return Want(_group(body["g"]), _vv(body["vv"]))
        case "batch":
            _keys(body, "g", "s", "z", "x")
            group = _group(body["g"])
            if not isinstance(body["x"], bytes) or len(body["x"]) > SIGNATURE * MAX_BATCH_CHANGES:
                raise ProtocolError("batch: signatures are not bytes, or too many")
            try:
                raws, parsed = unpack(group, _inflate(body["z"]), body["x"], MAX_BATCH_CHANGES)
            except FrameFormatError as exc:
                raise ProtocolError(f"batch: {exc}") from None
            if max(map(len, raws), default=0) > MAX_CHANGE_BYTES:
                raise ProtocolError("a change in the batch is too large")
            return Batch(group, _int(body["s"]), tuple(raws), tuple(parsed))
        case "ack":
            _keys(body, "g", "s", "vv")
            return Ack(_group(body["g"]), _int(body["s"]), _vv(body["vv"]))
        case "have":
            _keys(body, "g", "vv", "f")
            feeders = _list(body["f"], MAX_FEEDERS, "feeders")
            if not all(isinstance(d, bytes) and len(d) == 32 for d in feeders):
                raise ProtocolError("malformed device id")
            return Have(
                _group(body["g"]), _vv(body["vv"]), tuple(DeviceId(d.hex()) for d in feeders)
            )
        case "synced":
            _keys(body, "g")
            return Synced(_group(body["g"]))
        case "receipts":
            _keys(body, "g", "r")
            receipts = _list(body["r"], MAX_RECEIPTS_PER_MESSAGE, "receipts")
            if not all(isinstance(r, bytes) and 0 < len(r) <= MAX_RECEIPT_BYTES for r in receipts):
                raise ProtocolError("a receipt is empty, too large or not bytes")
            return Receipts(_group(body["g"]), tuple(receipts))
        case "deny":
            _keys(body, "g", "r")
            return Deny(_group(body["g"]), _text(body["r"]))
        case "ping":
            _keys(body)
            return Ping()
        case "bye":
            _keys(body, "r")
            return Bye(_text(body["r"]))
    raise ProtocolError(f"unknown message type {kind[:20]!r}")


_COMPRESSOR = zstandard.ZstdCompressor(level=3)


def _inflate(value: Any) -> Any:
    """A compressed CBOR item, inflated to at most `MAX_BATCH_BYTES` whatever its header
    claims, then decoded."""
    if not isinstance(value, bytes):
        raise ProtocolError("batch: expected compressed bytes")
    try:
        with zstandard.ZstdDecompressor().stream_reader(value) as reader:
            parts, size = [], 0
            while size <= MAX_BATCH_BYTES:
                part = reader.read(MAX_BATCH_BYTES + 1 - size)
                if not part:
                    break
                parts.append(part)
                size += len(part)
    except zstandard.ZstdError:
        raise ProtocolError("batch: not zstd-compressed data") from None
    if size > MAX_BATCH_BYTES:
        raise ProtocolError(f"batch: more than {MAX_BATCH_BYTES} bytes once decompressed")
    try:
        return cbor2.loads(b"".join(parts))
    except Exception as exc:
        raise ProtocolError(f"batch: not CBOR ({exc.__class__.__name__})") from None


def _keys(body: dict[Any, Any], *keys: str) -> None:
    if set(body) != {"t", *keys}:
        raise ProtocolError(f"{body['t']} message has the wrong fields")


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**53:
        raise ProtocolError("expected a small non-negative integer")
    return value


def _bytes(value: Any, size: int) -> bytes:
    if not isinstance(value, bytes) or len(value) != size:
        raise ProtocolError(f"expected {size} bytes")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > MAX_REASON:
        raise ProtocolError("expected a short text")
    return value


def _list(value: Any, limit: int, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise ProtocolError(f"{what}: expected a list")
    if len(value) > limit:
        raise ProtocolError(f"{what}: more than {limit}")
    return value


def _key(hex_id: str) -> bytes:
    """A group or device id as its 32 bytes: half its hex text on the wire."""
    return bytes.fromhex(hex_id)


def _group(value: Any) -> GroupId:
    if not isinstance(value, bytes) or len(value) != 32:
        raise ProtocolError("malformed group id")
    return GroupId(value.hex())


def _vv_out(vv: dict[WriterId, int]) -> dict[bytes, int]:
    """Each writer as its author's and device's 64 bytes."""
    return {bytes.fromhex(w.replace(":", "")): seq for w, seq in vv.items()}


def _vv(value: Any) -> dict[WriterId, int]:
    if not isinstance(value, dict) or len(value) > MAX_WRITERS:
        raise ProtocolError("malformed version vector")
    out: dict[WriterId, int] = {}
    for writer, seq in value.items():
        if not isinstance(writer, bytes) or len(writer) != 64:
            raise ProtocolError("malformed writer id in version vector")
        out[WriterId(f"{writer[:32].hex()}:{writer[32:].hex()}")] = _int(seq)
    return out
