"""The sync protocol's messages survive a round trip, and malformed ones are refused."""

from __future__ import annotations

import cbor2
import pytest
import zstandard

from ledger.store.ids import DeviceId, GroupId, WriterId
from p2p import messages as m

GROUP = GroupId("ab" * 32)
WRITER = WriterId("cd" * 32 + ":" + "ef" * 32)
DEVICE = DeviceId("12" * 32)
RAW_GROUP = bytes.fromhex(GROUP)
"""Ids travel as bytes: their hex text is refused."""


@pytest.mark.parametrize(
    "msg",
    [
        m.Hello(1, bytes(16), ("0123456789abcdef",)),
        m.Auth(((bytes(32), bytes(64)),)),
        m.Offer(GROUP),
        m.Want(GROUP, {WRITER: 3}),
        m.Batch(GROUP, 1, (b"change",)),
        m.Ack(GROUP, 1, {}),
        m.Have(GROUP, {WRITER: 7}, (DEVICE,)),
        m.Synced(GROUP),
        m.Deny(GROUP, "no"),
        m.Ping(),
        m.Bye("done"),
    ],
)
def test_round_trip(msg: m.Message) -> None:
    assert m.decode(m.encode(msg)) == msg


@pytest.mark.parametrize(
    "body",
    [
        {"t": "have", "g": RAW_GROUP, "vv": {}, "f": ["not a device"]},
        {"t": "have", "g": RAW_GROUP, "vv": {}, "f": [DEVICE]},
        {"t": "have", "g": RAW_GROUP, "vv": {}, "f": [bytes(32)] * (m.MAX_FEEDERS + 1)},
        {"t": "have", "g": RAW_GROUP, "vv": {"x": 1}, "f": []},
        {"t": "have", "g": RAW_GROUP, "vv": {WRITER: 1}, "f": []},
        {"t": "have", "g": RAW_GROUP, "vv": {bytes(63): 1}, "f": []},
        {"t": "have", "g": RAW_GROUP, "vv": {}},
        {"t": "ack", "g": RAW_GROUP, "s": -1, "vv": {}},
        {"t": "offer", "g": GROUP},
        {"t": "offer", "g": bytes(31)},
        {"t": "nope"},
    ],
)
def test_malformed_messages_are_refused(body: dict[str, object]) -> None:
    with pytest.raises(m.ProtocolError):
        m.decode(cbor2.dumps(body))


def test_receipts_messages_are_bounded() -> None:
    group = "ab" * 32
    ok = m.Receipts(GroupId(group), (b"r" * 100,))
    assert m.decode(m.encode(ok)) == ok
    too_many = cbor2.dumps({"t": "receipts", "g": RAW_GROUP, "r": [b"r"] * 17})
    with pytest.raises(m.ProtocolError, match="more than 16"):
        m.decode(too_many)
    empty = cbor2.dumps({"t": "receipts", "g": RAW_GROUP, "r": [b""]})
    with pytest.raises(m.ProtocolError, match="empty, too large or not bytes"):
        m.decode(empty)


def _batch(payload: bytes) -> bytes:
    return cbor2.dumps({"t": "batch", "g": RAW_GROUP, "s": 1, "z": payload, "x": b""})


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        (b"not zstd at all", "not zstd"),
        (zstandard.ZstdCompressor().compress(b"\xff\xfe"), "not CBOR"),
        # the framing inside: tests/p2p/test_batch_frame.py
    ],
)
def test_malformed_batches_are_refused(payload: bytes, words: str) -> None:
    with pytest.raises(m.ProtocolError, match=words):
        m.decode(_batch(payload))


def test_a_batch_travels_compressed() -> None:
    change = bytes(range(256)) * 2
    encoded = m.encode(m.Batch(GROUP, 1, (change,) * 100))
    assert len(encoded) < 100 * len(change) // 10
