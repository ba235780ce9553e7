"""Any batch, framed in columns and read back, is the same changes byte for byte, and the
fast path (`DecodedBatch.of_parsed`) judges each exactly as the slow one does."""

from __future__ import annotations

import secrets
from typing import Any

import cbor2
import pytest
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

from bench._fixtures import people
from ledger.store import codec
from ledger.store.change import FORMAT_VERSION, GENESIS_KIND, SIGNING_CONTEXT, change_id
from ledger.store.decoded_batch import DecodedBatch
from ledger.store.errors import DecodeError
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from p2p import messages as m
from p2p.batch_frame import KnownFields, pack
from tests.p2p._reference_pack import reference_pack

GROUP = GroupId("5a" * 32)
OTHER = GroupId("5b" * 32)
DEVICES = (bytes.fromhex("d1" * 32), bytes.fromhex("d2" * 32))

values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**64), 2**64) | st.text(max_size=12)
    | st.binary(max_size=40),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner,
                                                                max_size=3),
    max_leaves=6,
)  # fmt: skip
bodies = st.dictionaries(st.sampled_from(["type", "amount", "date", "doc", "a", "zz"]), values,
                         max_size=4)  # fmt: skip


@pytest.fixture(scope="module")
def signers() -> list[Signer]:
    return people(2)


def _change(data: st.DataObject, signers: list[Signer], last: dict[int, tuple[int, bytes]],
            earlier: list[bytes]) -> bytes:  # fmt: skip
    """A signed change by one of four writers: mostly the next of its chain and valid,
    sometimes not (a gap, a stranger as previous, unsorted dependencies, a bad genesis)."""
    w = data.draw(st.integers(0, 3))
    seq, prev = last.get(w, (0, None))
    seq += data.draw(st.sampled_from([1, 1, 1, 2, 7]))
    if prev is None or data.draw(st.booleans()) is False:
        prev = None if data.draw(st.booleans()) else secrets.token_bytes(32)
    deps = data.draw(st.lists(st.sampled_from(earlier), max_size=2)) if earlier else []
    deps += [secrets.token_bytes(32) for _ in range(data.draw(st.integers(0, 1)))]
    if data.draw(st.booleans()):
        deps = sorted(set(deps))
    kind = data.draw(st.sampled_from(["entry.add", "entry.add", "doc.edit", GENESIS_KIND]))
    payload = codec.encode({
        "v": FORMAT_VERSION, "g": None if kind == GENESIS_KIND else bytes.fromhex(GROUP),
        "a": bytes.fromhex(signers[w % 2].person), "d": DEVICES[w // 2], "s": seq, "p": prev,
        "deps": deps, "t": data.draw(st.integers(0, 2**62)), "k": kind, "b": data.draw(bodies),
    })  # fmt: skip
    raw = codec.encode([payload, signers[w % 2].sign(SIGNING_CONTEXT + payload)])
    last[w] = (seq, bytes.fromhex(change_id(raw)))
    return raw


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_batch_round_trips_and_is_judged_as_the_slow_path_judges_it(
    signers: list[Signer], data: st.DataObject
) -> None:
    last: dict[int, tuple[int, bytes]] = {}
    earlier: list[bytes] = []
    sent: list[bytes] = []
    for _ in range(data.draw(st.integers(1, 24))):
        odd = data.draw(st.sampled_from(["change"] * 6 + ["garbage", "other group", "cbor"]))
        if odd == "garbage":
            sent.append(data.draw(st.binary(min_size=1, max_size=30)))
        elif odd == "cbor":
            sent.append(cbor2.dumps([cbor2.dumps({"v": 1}), bytes(64)]))
        else:
            raw = _change(data, signers, last, earlier)
            if odd == "other group":  # framed against another group: goes verbatim
                raw = _change(data, signers, {}, [])
            sent.append(raw)
        earlier.append(bytes.fromhex(change_id(sent[-1])))
    got = m.decode(m.encode(m.Batch(GROUP, 7, tuple(sent))))
    assert isinstance(got, m.Batch) and got.seq == 7 and got.parsed is not None
    assert list(got.changes) == sent
    fast, slow = DecodedBatch.of_parsed(got.parsed), DecodedBatch(sent)
    for i in range(len(sent)):
        a, b = fast.get(i), slow.get(i)
        if isinstance(a, DecodeError):
            assert isinstance(b, DecodeError)
            assert a.words == b.words
        else:
            assert a == b


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.binary(max_size=200))
def test_garbage_columns_are_refused_with_a_reason(columns: bytes, signatures: bytes) -> None:
    frame = {"t": "batch", "g": bytes(32), "s": 1, "x": signatures,
             "z": zstandard.ZstdCompressor().compress(columns)}  # fmt: skip
    try:
        got: Any = m.decode(cbor2.dumps(frame))
    except m.ProtocolError as exc:
        reason = str(exc)
    else:
        reason = "taken" if isinstance(got, m.Batch) else ""
    assert reason


odd_values = st.none() | st.booleans() | st.integers(-3, 3) | st.binary(max_size=33) | st.text(
    max_size=3
) | st.lists(st.binary(min_size=31, max_size=33), max_size=2) | st.dictionaries(
    st.integers(0, 2) | st.text(max_size=2), st.integers(0, 2), max_size=2
)  # fmt: skip


def _odd(data: st.DataObject, raw: bytes) -> bytes:
    """`raw` with one payload field, a key, or the signature made odd (still CBOR)."""
    payload, signature = cbor2.loads(raw)
    fields = cbor2.loads(payload)
    what = data.draw(st.sampled_from([*sorted(fields), "drop", "extra", "signature", "list"]))
    if what == "drop":
        del fields[data.draw(st.sampled_from(sorted(fields)))]
    elif what == "extra":
        fields["x"] = 1
    elif what == "signature":
        signature = data.draw(odd_values)
    elif what == "list":
        return cbor2.dumps([payload])
    else:
        fields[what] = data.draw(odd_values)
    return cbor2.dumps([cbor2.dumps(fields), signature])


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_pack_frames_every_batch_exactly_as_the_reference_pack(
    signers: list[Signer], data: st.DataObject
) -> None:
    """The sender's fast `pack` (with the ids it knows, or without) gives the very frames
    the plain one did, for valid, odd and garbage changes alike."""
    last: dict[int, tuple[int, bytes]] = {}
    earlier: list[bytes] = []
    sent: list[bytes] = []
    for _ in range(data.draw(st.integers(1, 20))):
        odd = data.draw(st.sampled_from(["change"] * 5 + ["odd", "odd", "garbage"]))
        if odd == "garbage":
            sent.append(data.draw(st.binary(min_size=1, max_size=30)))
        else:
            raw = _change(data, signers, last, earlier)
            sent.append(_odd(data, raw) if odd == "odd" else raw)
        earlier.append(bytes.fromhex(change_id(sent[-1])))
    expected = reference_pack(GROUP, sent)
    assert pack(GROUP, sent) == expected
    assert pack(GROUP, sent, earlier) == expected
    # with each change's fields kept from an earlier batch (made up differently), for
    # this group only: framed for another, the same changes go as that group's would
    known = KnownFields(limit=data.draw(st.integers(1, 30)))
    start = data.draw(st.integers(0, len(sent)))
    pack(GROUP, sent[start:], earlier[start:], known)
    assert len(known) <= known.limit
    assert pack(GROUP, sent, earlier, known) == expected
    assert pack(GROUP, sent, None, known) == expected
    assert pack(OTHER, sent, earlier, known) == reference_pack(OTHER, sent)


def test_pack_refuses_ids_not_one_per_change() -> None:
    with pytest.raises(ValueError, match="one id per change"):
        pack(GROUP, [b"\x80"], [])
