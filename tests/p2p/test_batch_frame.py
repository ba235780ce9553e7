"""A batch travels in columns; the receiver rebuilds every change's exact signed bytes,
a change altered in the framing fails its signature, malformed framing is refused."""

from __future__ import annotations

import secrets
from typing import Any

import cbor2
import pytest
import trio
import zstandard

from bench._fixtures import founded_group, people, signed_history
from ledger.savings import membership_actions as actions
from ledger.store.change import BAD_SIGNATURE, Change, decode_change
from ledger.store.decoded_batch import DecodedBatch
from ledger.store.errors import DecodeError
from ledger.store.ids import GroupId
from p2p import messages as m
from p2p.discovery import blind_tag
from p2p.events import DataRejected
from p2p.guard import PeerGuard
from p2p.sync import SessionConfig
from tests.p2p.conftest import PipeEnd, Side, run_session, until
from tests.p2p.pipes import Pipe, PipeStream
from tests.p2p.test_sync_both_ways import members_on_two_pcs


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> tuple[GroupId, list[bytes]]:
    """A group's genesis, members, a document edit and 600 ledger entries by 4 writers."""
    signers = people(4)
    store, group = founded_group(tmp_path_factory.mktemp("h") / "s", signers)
    actions.edit_document(store, signers[0], group, "minutes:0000aaaa", "notes, 1.5 kg")
    raws = store.raw_changes(group) + signed_history(store, group, signers, 600)
    store.close()
    return group, raws


def frame(group: GroupId, raws: list[bytes]) -> bytes:
    return m.encode(m.Batch(group, 1, tuple(raws)))


def test_a_batch_rebuilds_each_change_byte_for_byte(history: tuple[GroupId, list[bytes]]) -> None:
    group, raws = history
    for start in range(0, len(raws), 256):
        sent = raws[start : start + 256]
        got = m.decode(frame(group, sent))
        assert isinstance(got, m.Batch) and got.parsed is not None
        assert list(got.changes) == sent
        fast, slow = DecodedBatch.of_parsed(got.parsed), DecodedBatch(sent)
        assert [fast.get(i) for i in range(len(fast))] == [slow.get(i) for i in range(len(slow))]
        assert all(isinstance(fast.get(i), Change) for i in range(len(fast)))


def test_a_ledger_entry_takes_its_signature_and_a_few_bytes_more(
    history: tuple[GroupId, list[bytes]],
) -> None:
    """Protocol 4 sends a ledger entry in about 66 bytes, 64 of them its signature (version
    3 took 75): everything else in at most 6, or the columns have regressed."""
    group, raws = history
    entries = raws[-256:]
    assert len(frame(group, entries)) / len(entries) <= 64 + 6


def test_changes_the_framing_cannot_state_go_verbatim(
    history: tuple[GroupId, list[bytes]],
) -> None:
    group, raws = history
    odd = [b"garbage", raws[-1], cbor2.dumps([b"x", b"y"])]
    got = m.decode(frame(group, odd))
    assert isinstance(got, m.Batch)
    assert list(got.changes) == odd
    decoded = DecodedBatch.of_parsed(got.parsed or ())
    assert isinstance(decoded.get(0), DecodeError) and isinstance(decoded.get(2), DecodeError)
    assert decoded.get(1) == decode_change(raws[-1])


def _inner(data: bytes) -> Any:
    body = cbor2.loads(data)
    return body, cbor2.loads(zstandard.ZstdDecompressor().decompress(body["z"]))


def _outer(body: dict[str, Any], inner: Any) -> bytes:
    body["z"] = zstandard.ZstdCompressor().compress(cbor2.dumps(inner))
    return cbor2.dumps(body)


def tamper(group: GroupId, raws: list[bytes], edit: Any) -> bytes:
    body, inner = _inner(frame(group, raws))
    edit(body, inner)
    return _outer(body, inner)


W, S, P, D, T, K, B, VALUES = range(4, 12)


def _amount(body: dict[str, Any], inner: Any) -> None:
    shape = inner[B][-1]
    inner[VALUES][shape][inner[2][shape].index("amount")][-1] += 1


def _seq(body: dict[str, Any], inner: Any) -> None:
    inner[S][-1] = 10**6


def _prev(body: dict[str, Any], inner: Any) -> None:
    inner[P][-1] = 2


def _dep(body: dict[str, Any], inner: Any) -> None:
    inner[D][-1] = [bytes(32)]


def _clock(body: dict[str, Any], inner: Any) -> None:
    inner[T][-1] += 1


def _writer(body: dict[str, Any], inner: Any) -> None:
    inner[0][-1] = inner[0][-1][:32] + bytes(32)


def _signature(body: dict[str, Any], inner: Any) -> None:
    body["x"] = body["x"][:-1] + bytes([body["x"][-1] ^ 1])


@pytest.mark.parametrize("edit", [_amount, _seq, _prev, _dep, _clock, _writer, _signature])
def test_a_change_altered_in_the_framing_fails_its_signature(
    history: tuple[GroupId, list[bytes]], edit: Any
) -> None:
    group, raws = history
    got = m.decode(tamper(group, raws[-10:], edit))
    assert isinstance(got, m.Batch)
    decoded = DecodedBatch.of_parsed(got.parsed or ())
    verdicts = [decoded.get(i) for i in range(len(decoded))]
    bad = [v for v in verdicts if isinstance(v, DecodeError)]
    assert bad and all(v.words == BAD_SIGNATURE for v in bad)
    assert isinstance(verdicts[0], Change)


def test_another_group_named_by_the_batch_breaks_every_signature(
    history: tuple[GroupId, list[bytes]],
) -> None:
    group, raws = history
    got = m.decode(m.encode(m.Batch(GroupId("ab" * 32), 1, tuple(raws[-5:]))))
    assert isinstance(got, m.Batch)
    # packed against the wrong group, every change goes verbatim and keeps its own group
    assert list(got.changes) == raws[-5:]
    body, _ = _inner(frame(group, raws[-5:]))
    body["g"] = bytes.fromhex("ab" * 32)
    relabelled = m.decode(cbor2.dumps(body))
    assert isinstance(relabelled, m.Batch)
    decoded = DecodedBatch.of_parsed(relabelled.parsed or ())
    assert all(isinstance(decoded.get(i), DecodeError) for i in range(len(decoded)))


def columns(**parts: Any) -> list[Any]:
    """A batch's columns: none framed, no tables, but for `parts`."""
    names = ["writers", "kinds", "shapes", "verbatim", "w", "s", "p", "d", "t", "k", "b"]
    return [parts.get(name, []) for name in names] + [parts.get("values", [])]


ONE = {"writers": [bytes(64)], "kinds": ["k"], "shapes": [[]], "w": [0], "s": [1],
       "p": [None], "d": [[]], "t": [0], "k": [0], "b": [0], "values": [[]]}  # fmt: skip
"""One well-framed change (with a 64-byte signature), to alter one part at a time."""


@pytest.mark.parametrize(
    ("inner", "signatures", "words"),
    [
        ("text", b"", "expected \\[writers"),
        (columns(writers=[b"x"]), b"", "writer table"),
        (columns(kinds=[""]), b"", "kind table"),
        (columns(shapes=[["a", "a"]]), b"", "shape table"),
        (columns(verbatim=[[0]]), b"", "malformed verbatim"),
        (columns(w="x"), b"", "a column is not a list"),
        (columns(verbatim=[[i, b"x"] for i in range(513)]), b"", "more than 512"),
        (columns(verbatim=[[0, b""]]), b"", "an empty change"),
        (columns(verbatim=[[1, b"x"], [0, b"y"]]), b"", "out of order"),
        (columns(verbatim=[[3, b"x"]]), b"", "outside the batch"),
        (columns(verbatim=[[0, b"x"]]), bytes(64), "expected 0 signatures"),
        (columns(**ONE), bytes(63), "expected 1 signatures"),
        (columns(**ONE), b"", "expected 1 signatures"),
        (columns(**{**ONE, "w": [1]}), bytes(64), "outside the tables"),
        (columns(**{**ONE, "b": [1]}), bytes(64), "outside the tables"),
        (columns(**{**ONE, "w": [-1]}), bytes(64), "outside the tables"),
        (columns(**{**ONE, "w": [True]}), bytes(64), "outside the tables"),
        (columns(**{**ONE, "k": [False]}), bytes(64), "outside the tables"),
        (columns(**{**ONE, "k": [0.0]}), bytes(64), "outside the tables"),
        (columns(**{**ONE, "b": [None]}), bytes(64), "outside the tables"),
        (columns(**{**ONE, "b": [2**70]}), bytes(64), "outside the tables"),
        (columns(**{**ONE, "t": []}), bytes(64), "different lengths"),
        (columns(**{**ONE, "writers": [bytes(64)] * 2}), bytes(64), "longer than the batch"),
        (columns(**{**ONE, "s": [None]}), bytes(64), "implied sequence number"),
        (columns(**{**ONE, "s": ["1"]}), bytes(64), "not an integer"),
        (columns(**{**ONE, "p": [1]}), bytes(64), "not before it"),
        (columns(**{**ONE, "d": [[5]]}), bytes(64), "not before it"),
        (columns(**{**ONE, "d": [[0]]}), bytes(64), "not before it"),
        (columns(**{**ONE, "d": [[b"short"]]}), bytes(64), "neither a place"),
        (columns(**{**ONE, "d": [1]}), bytes(64), "dependencies are not a list"),
        (columns(**{**ONE, "t": [0.5]}), bytes(64), "clock difference"),
        (columns(**{**ONE, "values": []}), bytes(64), "do not match the shape"),
        (columns(**{**ONE, "shapes": [["a"]], "values": [[[]]]}), bytes(64), "length differs"),
    ],
)
def test_malformed_framing_is_a_protocol_violation(
    inner: Any, signatures: bytes, words: str
) -> None:
    data = cbor2.dumps(
        {"t": "batch", "g": bytes(32), "s": 1, "x": signatures,
         "z": zstandard.ZstdCompressor().compress(cbor2.dumps(inner))}
    )  # fmt: skip
    with pytest.raises(m.ProtocolError, match=words):
        m.decode(data)


def test_a_well_framed_invalid_change_is_refused_as_a_change() -> None:
    """A wrong signature or impossible field is that change's refusal, not the batch's."""
    data = cbor2.dumps(
        {"t": "batch", "g": bytes(32), "s": 1, "x": bytes(64),
         "z": zstandard.ZstdCompressor().compress(cbor2.dumps(columns(**ONE)))}
    )  # fmt: skip
    got = m.decode(data)
    assert isinstance(got, m.Batch)
    assert isinstance(DecodedBatch.of_parsed(got.parsed or ()).get(0), DecodeError)


@pytest.mark.parametrize("x", ["text", bytes(64 * 513)])
def test_signatures_outside_the_columns_are_bytes_within_the_cap(x: Any) -> None:
    data = cbor2.dumps({"t": "batch", "g": bytes(32), "s": 1, "x": x, "z": b""})
    with pytest.raises(m.ProtocolError, match="signatures"):
        m.decode(data)


def test_a_decompression_bomb_is_refused_at_the_cap() -> None:
    """64 MiB of zeros in a few KiB: refused after inflating the cap, not all of it."""
    bomb = zstandard.ZstdCompressor().compress(
        cbor2.dumps(columns(verbatim=[[0, bytes(64 << 20)]]))
    )
    assert len(bomb) < 64 << 10
    data = cbor2.dumps({"t": "batch", "g": bytes(32), "s": 1, "z": bomb, "x": b""})
    with pytest.raises(m.ProtocolError, match="once decompressed"):
        m.decode(data)


async def _peer_script(
    a: Side, to_a: Pipe, to_b: Pipe, g: GroupId, frames: list[bytes], version: int
) -> list[m.Message]:
    """A scripted peer: Hello (in `version`), Auth, then `frames`; what A said back."""
    nonce = secrets.token_bytes(m.NONCE_BYTES)
    peer = PipeEnd(PipeStream(to_b, to_a), a.store, write_timeout=10)
    await peer.send(m.encode(m.Hello(version, nonce, (blind_tag(g, nonce),))))
    heard = [m.decode(await peer.receive(10))]
    if version != m.PROTOCOL_VERSION:
        return [*heard, m.decode(await peer.receive(10))]
    await peer.send(m.encode(m.Auth(())))
    for data in frames:
        await peer.send(data)
    while True:
        try:
            heard.append(m.decode(await peer.receive(5)))
        except Exception:
            return heard


def _run_against(
    a: Side, b_store: Any, g: GroupId, frames: list[bytes], version: int
) -> list[m.Message]:
    to_a, to_b = Pipe(1 << 20), Pipe(1 << 20)
    end = PipeEnd(PipeStream(to_a, to_b), b_store, write_timeout=10)
    heard: list[m.Message] = []

    async def main() -> None:
        config = SessionConfig(idle_timeout=3, ping_interval=30)
        async with trio.open_nursery() as nursery:
            nursery.start_soon(run_session, a, end, config)
            heard.extend(await _peer_script(a, to_a, to_b, g, frames, version))
            await until(lambda: bool(a.ended), what="A's session ended")
            nursery.cancel_scope.cancel()

    trio.run(main)
    return heard


def test_a_tampered_frame_is_refused_and_its_sender_struck(make_store: Any) -> None:
    a, b, g, _, bosco = members_on_two_pcs(make_store)
    raws = signed_history(b.store, g, [bosco], 20)
    before = a.store.version_vector(g)
    data = tamper(g, raws, _amount)
    body = cbor2.loads(data)
    body["s"] = 1
    a.guard = PeerGuard(limit=0)  # struck once: banned
    _run_against(a, b.store, g, [cbor2.dumps(body)], m.PROTOCOL_VERSION)
    assert a.store.version_vector(g) != before  # the 19 untouched changes are kept
    assert a.store.change_count(g) == b.store.change_count(g) + 19
    assert [e.reason for e in a.of(DataRejected)] == [BAD_SIGNATURE]
    assert a.guard.banned_for(b.store.device_id) > 0
    assert any("banned" in reason for reason in a.ended)


def test_an_old_version_peer_is_told_which_version_we_speak(make_store: Any) -> None:
    a, b, g, _, _ = members_on_two_pcs(make_store)
    heard = _run_against(a, b.store, g, [], m.PROTOCOL_VERSION - 1)
    assert isinstance(heard[0], m.Hello) and heard[0].version == m.PROTOCOL_VERSION
    assert heard[1] == m.Bye(f"protocol version {m.PROTOCOL_VERSION} only")
    assert a.ended == [f"peer speaks protocol version {m.PROTOCOL_VERSION - 1}"]
