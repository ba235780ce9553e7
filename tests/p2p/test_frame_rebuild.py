"""The one-pass rebuild of a batch's changes (`p2p/frame_rebuild.py`) gives exactly what
the plain rebuild gave (`reference_unpack`): the same bytes, the same changes and verdicts,
and for garbled columns the same refusal, never a crash or a different change."""

from __future__ import annotations

import copy
from typing import Any

import cbor2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledger.store import codec
from ledger.store.change import FORMAT_VERSION, MAX_DEPS, SIGNING_CONTEXT, Change, change_id
from ledger.store.errors import DecodeError
from ledger.store.persons import Signer
from p2p import frame_rebuild
from p2p.batch_frame import pack, unpack
from p2p.frame_rebuild import FrameFormatError
from tests.p2p._reference_unpack import reference_unpack
from tests.p2p.test_batch_frame_props import DEVICES, GROUP, _change, _odd, odd_values, signers

__all__ = ["signers"]  # the fixture, shared with the framing's other property tests

LIMIT = 512


def _batch(data: st.DataObject, signers: list[Signer]) -> list[bytes]:
    """Mostly valid changes of four writers, some odd (a field, key or signature altered),
    some of another group or not changes at all (those go verbatim)."""
    last: dict[int, tuple[int, bytes]] = {}
    earlier: list[bytes] = []
    sent: list[bytes] = []
    for _ in range(data.draw(st.integers(1, 16))):
        odd = data.draw(st.sampled_from(["change"] * 5 + ["odd", "other group", "garbage"]))
        if odd == "garbage":
            sent.append(data.draw(st.binary(min_size=1, max_size=30)))
        elif odd == "other group":
            sent.append(_change(data, signers, {}, []))
        else:
            raw = _change(data, signers, last, earlier)
            sent.append(_odd(data, raw) if odd == "odd" else raw)
        earlier.append(bytes.fromhex(change_id(sent[-1])))
    return sent


def _outcome(columns: Any, signatures: Any) -> tuple[str, Any]:
    """What a rebuild gives, in a comparable form: its refusal, or each change's bytes
    and parse (a refused change by its reason)."""
    return _compare(lambda: unpack(GROUP, columns, signatures, LIMIT))


def _reference(columns: Any, signatures: Any) -> tuple[str, Any]:
    return _compare(lambda: reference_unpack(GROUP, columns, signatures, LIMIT))


def _compare(run: Any) -> tuple[str, Any]:
    try:
        raws, parsed = run()
    except FrameFormatError as exc:
        return "refused", str(exc)
    return "rebuilt", (raws, [_plain(item) for item in parsed])


def _plain(item: Any) -> Any:
    if isinstance(item, DecodeError):
        return ("refused", str(item.words))
    return item


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_every_batch_is_rebuilt_as_the_plain_rebuild_does(
    signers: list[Signer], data: st.DataObject
) -> None:
    sent = _batch(data, signers)
    columns, signatures = pack(GROUP, sent)
    got = _outcome(columns, signatures)
    assert got == _reference(columns, signatures)
    assert got[0] == "rebuilt"
    # (that the rebuilt changes are the sent ones, judged as their stored bytes would
    # be, for batches of well-formed changes: test_batch_frame_props)


COLUMN = {"w": 4, "s": 5, "p": 6, "d": 7, "t": 8, "k": 9, "b": 10}
"""Where each column sits in a batch's parts (after writers, kinds, shapes, verbatim)."""

garble = st.sampled_from(
    ["value", "drop", "truncate", "dep", "body", "body", "part", "signatures", "verbatim"]
)


def _garbled(data: st.DataObject, columns: list[Any], signatures: bytes) -> tuple[Any, Any]:
    """`columns` and `signatures` with one thing garbled: a column's value made odd, an
    item dropped, a column or the signatures cut short, a dependency or a body value
    made odd, a whole part replaced, or a verbatim change moved."""
    columns = copy.deepcopy(columns)
    how = data.draw(garble)
    framed = len(columns[4])
    if how == "signatures":
        return columns, signatures[: data.draw(st.integers(0, max(0, len(signatures) - 1)))]
    if how == "part":
        columns[data.draw(st.integers(0, len(columns) - 1))] = data.draw(odd_values)
        return columns, signatures
    if how == "verbatim":
        columns[3].append([data.draw(st.integers(-1, framed + 2)), data.draw(st.binary())])
        return columns, signatures
    if framed == 0:
        return columns, signatures
    column = columns[COLUMN[data.draw(st.sampled_from(sorted(COLUMN)))]]
    i = data.draw(st.integers(0, framed - 1))
    if how == "value":
        column[i] = data.draw(odd_values | st.integers(-(2**64), 2**64))
    elif how == "drop":
        del column[i]
    elif how == "truncate":
        del column[i:]
    elif how == "dep":
        deps = columns[COLUMN["d"]][i]
        deps.insert(data.draw(st.integers(0, len(deps))), data.draw(odd_values))
    elif columns[11] and columns[11][0] and columns[11][0][0]:
        values = columns[11][0][data.draw(st.integers(0, len(columns[11][0]) - 1))]
        values[data.draw(st.integers(0, len(values) - 1))] = data.draw(
            odd_values | st.floats() | st.dictionaries(st.text(max_size=3), st.none())
        )
    return columns, signatures


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_garbled_columns_get_the_plain_rebuilds_refusal(
    signers: list[Signer], data: st.DataObject
) -> None:
    sent = _batch(data, signers)
    columns, signatures = _garbled(data, *pack(GROUP, sent))
    assert _outcome(columns, signatures) == _reference(columns, signatures)


def _usual(signers: list[Signer], count: int) -> tuple[list[Any], bytes]:
    """`count` valid changes of one writer, each citing the one before."""
    raws: list[bytes] = []
    prev: bytes | None = None
    for n in range(1, count + 1):
        payload = codec.encode({
            "v": FORMAT_VERSION, "g": bytes.fromhex(GROUP), "a": bytes.fromhex(signers[0].person),
            "d": DEVICES[0], "s": n, "p": prev, "deps": [] if prev is None else [prev],
            "t": 1000 + n, "k": "entry.add", "b": {"amount": n, "type": "contribution"},
        })  # fmt: skip
        raw = codec.encode([payload, signers[0].sign(SIGNING_CONTEXT + payload)])
        prev = bytes.fromhex(change_id(raw))
        raws.append(raw)
    return pack(GROUP, raws)


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("s", 0, "sequence number must be a positive integer"),
        ("s", 2**63, "sequence number must be a positive integer"),
        ("t", -(10**9), "clock must be a non-negative integer"),
        ("t", 2**63, "clock must be a non-negative integer"),
        ("p", None, "only a writer's first change"),
        ("d", [bytes(32), bytes(32)], "dependencies must be sorted and unique"),
        ("d", [b"\xff" * 32, bytes(32)], "dependencies must be sorted and unique"),
        ("d", [bytes([i]) * 32 for i in range(65)], "dependencies must be a list of at most"),
    ],
)
def test_a_change_the_short_way_cannot_take_is_refused_by_the_validator(
    signers: list[Signer], column: str, value: Any, reason: str
) -> None:
    """Well framed but invalid: that change is refused with the validator's reason (the
    one `assemble` gives), and the batch's other changes stand."""
    columns, signatures = _usual(signers, 3)
    columns[COLUMN[column]][1] = value
    got = _outcome(columns, signatures)
    assert got == _reference(columns, signatures)
    assert got[0] == "rebuilt"
    verdicts = got[1][1]
    assert verdicts[1][0] == "refused" and reason in verdicts[1][1]
    assert isinstance(verdicts[0][0], Change)


@pytest.mark.parametrize(
    "value", [1.5, {"b": 1, "a": 2}, [{"zz": 0, "a": 1}], {"a": {"bb": 0, "c": 1}}]
)
def test_a_body_of_other_values_is_parsed_as_a_stored_change_would_be(
    signers: list[Signer], value: Any
) -> None:
    """A float, or a map out of canonical order: not assembled from the columns but its
    canonical bytes parsed like any change's (so it fails its signature check)."""
    columns, signatures = _usual(signers, 3)
    columns[11][0][1][1] = value
    got = _outcome(columns, signatures)
    assert got == _reference(columns, signatures)
    assert got[0] == "rebuilt"
    verdicts = got[1][1]
    assert isinstance(verdicts[1], bytes)
    assert isinstance(verdicts[0][0], Change) and isinstance(verdicts[2][0], Change)


@pytest.mark.parametrize("size", [0, 100, 300, 70_000, 261_500, 262_000])
def test_bodies_of_any_size_are_rebuilt_as_the_plain_rebuild_does(
    signers: list[Signer], size: int
) -> None:
    """Each length of a change's payload (its CBOR head takes 1, 2, 3 or 5 bytes), and a
    change past the size limit, refused for it."""
    columns, signatures = _usual(signers, 3)
    columns[11][0][0][1] = "x" * size
    got = _outcome(columns, signatures)
    assert got == _reference(columns, signatures)
    verdicts = got[1][1]
    if size >= 262_000:
        assert verdicts[1][0] == "refused" and "the limit is" in verdicts[1][1]
    else:
        assert isinstance(verdicts[1][0], Change)


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (lambda c: c[COLUMN["w"]].pop(), "columns of different lengths"),
        (lambda c: c[COLUMN["s"]].__setitem__(0, None), "an implied sequence number"),
        (lambda c: c[COLUMN["t"]].__setitem__(1, "1"), "a clock difference is not an integer"),
        (lambda c: c[COLUMN["p"]].__setitem__(1, 3), "not before it"),
        (lambda c: c[COLUMN["d"]].__setitem__(2, [b"short"]), "neither a place"),
        (lambda c: c[11][0][0].pop(), "length differs"),
        (lambda c: c.pop(), "expected \\[writers"),
    ],
)
def test_truncated_or_garbled_columns_are_refused_naming_the_fault(
    signers: list[Signer], edit: Any, reason: str
) -> None:
    columns, signatures = _usual(signers, 3)
    edit(columns)
    with pytest.raises(FrameFormatError, match=reason):
        unpack(GROUP, columns, signatures, LIMIT)
    assert _outcome(columns, signatures) == _reference(columns, signatures)


def test_cut_signatures_are_refused(signers: list[Signer]) -> None:
    columns, signatures = _usual(signers, 3)
    with pytest.raises(FrameFormatError, match="expected 3 signatures of 64 bytes"):
        unpack(GROUP, columns, signatures[:-1], LIMIT)


_KEYS32 = st.binary(min_size=32, max_size=32)
_PLAIN = st.one_of(
    st.integers(-(2**64) + 1, 2**64 - 1),
    st.text(max_size=30),
    st.binary(max_size=40),
    st.booleans(),
    st.none(),
)


@settings(max_examples=300, deadline=None)
@given(
    a=_KEYS32,
    d=_KEYS32,
    g=st.none() | _KEYS32,
    kind=st.text(min_size=1, max_size=64),
    body=st.dictionaries(st.text(max_size=12), _PLAIN, max_size=6),
    p=st.none() | _KEYS32,
    seq=st.sampled_from([1, 23, 24, 255, 256, 65535, 65536, 2**32 - 1, 2**32, 2**63 - 1])
    | st.integers(1, 2**63 - 1),
    clock=st.sampled_from([0, 23, 24, 255, 256, 65535, 65536, 2**32 - 1, 2**32, 2**63 - 1])
    | st.integers(0, 2**63 - 1),
    deps=st.lists(_KEYS32, max_size=MAX_DEPS),
)
def test_a_usual_payload_is_written_out_as_cbor2_encodes_its_fields(
    a: bytes,
    d: bytes,
    g: bytes | None,
    kind: str,
    body: dict[str, Any],
    p: bytes | None,
    seq: int,
    clock: int,
    deps: list[bytes],
) -> None:
    """The payload written out around the body (`frame_rebuild._payload`) is byte for byte
    `cbor2.dumps` of the fields in canonical key order, as `assemble` encodes them."""
    body = {key: body[key] for key in codec.canonical_key_order(body)}
    fields = {"a": a, "b": body, "d": d, "g": g, "k": kind, "p": p, "s": seq, "t": clock,
              "v": FORMAT_VERSION, "deps": deps}  # fmt: skip
    around_kind = frame_rebuild._kind_part(g, kind)
    assert around_kind is not None
    head = (
        frame_rebuild._MAP + b"\x61a" + frame_rebuild._KEY + a + b"\x61b",
        b"\x61d" + frame_rebuild._KEY + d + b"\x61g",
        around_kind,
    )
    assert frame_rebuild._payload(head, body, p, seq, clock, tuple(deps)) == cbor2.dumps(fields)


def test_a_kind_or_body_that_cannot_be_encoded_leaves_the_usual_path() -> None:
    """`assemble` then names the fault, as before."""
    assert frame_rebuild._kind_part(None, "\ud800") is None
    head = (b"", b"", b"")
    assert frame_rebuild._payload(head, {"x": object()}, None, 1, 0, ()) is None
