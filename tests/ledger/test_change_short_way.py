"""The short way of parsing a change (decoded whole, compared with its re-encoding) gives
exactly the verdict of the strict way (step by step), on good and bad bytes alike."""

from __future__ import annotations

from typing import Any

import cbor2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledger.store import change as change_module
from ledger.store import codec
from ledger.store.change import SIGNING_CONTEXT, sign_change
from ledger.store.errors import DecodeError
from ledger.store.persons import Signer

FIELDS = ["v", "g", "a", "d", "s", "p", "deps", "t", "k", "b"]


def _outcome(parse: Any, raw: bytes) -> tuple[object, ...]:
    try:
        change, signed = parse(raw)
    except DecodeError as exc:
        return ("refused", str(exc.words))
    return ("parsed", change, signed)


def _same_either_way(raw: bytes) -> tuple[object, ...]:
    short = _outcome(change_module.parse_unverified, raw)
    assert short == _outcome(change_module._parse_strictly, raw)
    return short


def _entry(signer: Signer, prev_seq: int = 3, **body: object) -> bytes:
    return sign_change(
        signer,
        group="11" * 32,
        device="00" * 32,
        seq=prev_seq + 1,
        prev="22" * 32 if prev_seq else None,  # type: ignore[arg-type]
        deps=("33" * 32, "44" * 32),  # type: ignore[arg-type]
        clock=1,
        kind="entry.add",
        body={"type": "contribution", "amount": 100, "note": "ñandú", **body},
    ).raw


def _fields(raw: bytes) -> dict[str, Any]:
    payload, _ = codec.decode_canonical(raw)
    fields: dict[str, Any] = codec.decode_canonical(payload)
    return fields


def _signed(signer: Signer, payload: bytes) -> bytes:
    return cbor2.dumps([payload, signer.sign(SIGNING_CONTEXT + payload)])


_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**64), 2**64)
    | st.binary(min_size=30, max_size=34)
    | st.binary(max_size=3)
    | st.text(max_size=4)
    | st.floats(allow_nan=False),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=3) | st.integers(0, 3), inner, max_size=3)
    ),
    max_leaves=6,
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_a_changed_field_gets_the_same_verdict_either_way(
    people: dict[str, Signer], data: st.DataObject
) -> None:
    """Any field replaced, added or dropped, in canonical or plain key order, re-signed."""
    fields = _fields(_entry(people["Amina"]))
    for name in data.draw(st.lists(st.sampled_from([*FIELDS, "x"]), max_size=3)):
        if data.draw(st.booleans()):
            fields[name] = data.draw(_values)
        else:
            fields.pop(name, None)
    body = fields.get("b")
    if isinstance(body, dict) and data.draw(st.booleans()):
        fields["b"] = dict(data.draw(st.permutations(list(body.items()))))
    encoder = data.draw(st.sampled_from([codec.encode, cbor2.dumps]))
    try:
        payload = encoder(fields)
    except Exception:  # (a value canonical CBOR cannot hold)
        return
    _same_either_way(_signed(people["Amina"], payload + data.draw(st.binary(max_size=2))))


@pytest.mark.parametrize(
    ("canonical", "padded"),
    [
        (b"\x61s\x04", b"\x61s\x19\x00\x04"),  # a number in more bytes than it needs
        (b"\x61s\x04", b"\x61s\x18\x04"),
        (b"\x64type", b"\x78\x04type"),  # a key's length, likewise
        (b"\x64deps\x82", b"\x64deps\x9f"),  # an open-ended list (closed below)
    ],
)
def test_padded_bytes_get_the_same_verdict_either_way(
    people: dict[str, Signer], canonical: bytes, padded: bytes
) -> None:
    payload = codec.encode(_fields(_entry(people["Amina"])))
    assert payload.count(canonical) == 1
    changed = payload.replace(canonical, padded)
    if padded.endswith(b"\x9f"):
        start = changed.index(padded) + len(padded)
        changed = changed[: start + 2 * 34] + b"\xff" + changed[start + 2 * 34 :]
    assert cbor2.loads(changed) == cbor2.loads(payload)  # the same value, other bytes
    assert _same_either_way(_signed(people["Amina"], changed))[0] == "refused"


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_damaged_bytes_get_the_same_verdict_either_way(
    people: dict[str, Signer], data: st.DataObject
) -> None:
    raw = bytearray(_entry(people["Amina"]))
    for _ in range(data.draw(st.integers(0, 3))):
        position = data.draw(st.integers(0, len(raw) - 1))
        raw[position] ^= data.draw(st.integers(1, 255))
    cut = data.draw(st.integers(0, len(raw)))
    tail = data.draw(st.binary(max_size=3))
    _same_either_way(bytes(raw[:cut] if data.draw(st.booleans()) else raw) + tail)


def test_good_changes_take_the_short_way(
    people: dict[str, Signer], monkeypatch: pytest.MonkeyPatch
) -> None:
    good = [_entry(people["Amina"]), _entry(people["Bosco"], 0, note="x")]
    expected = [_same_either_way(raw) for raw in good]
    assert all(outcome[0] == "parsed" for outcome in expected)

    def strictly(raw: bytes) -> None:
        raise AssertionError("took the strict way")

    monkeypatch.setattr(change_module, "_parse_strictly", strictly)
    assert [_outcome(change_module.parse_unverified, raw) for raw in good] == expected


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("a", b"\x01" * 31, "author must be 32 bytes"),
        ("d", "00" * 32, "device must be 32 bytes"),
        ("p", b"\x01" * 33, "previous change must be 32 bytes"),
        ("p", None, "only a writer's first change (sequence 1) has no previous change"),
        ("deps", [b"\x01" * 32, 7], "dependency must be 32 bytes"),
        ("deps", [b"\x02" * 32, b"\x01" * 32], "dependencies must be sorted and unique"),
        ("deps", [b"\x01" * 32, b"\x01" * 32], "dependencies must be sorted and unique"),
        ("deps", [b"\x01" * 32] * 65, "dependencies must be a list of at most 64"),
        ("g", b"\x01", "group must be 32 bytes"),
        ("b", {"type": "contribution", 1: 2}, "body must be a map with text keys"),
        ("s", True, "sequence number must be a positive integer"),
        ("t", -1, "clock must be a non-negative integer"),
        ("k", "", "kind must be a text"),
    ],
)
def test_each_bad_field_is_named(
    people: dict[str, Signer], field: str, value: object, reason: str
) -> None:
    fields = _fields(_entry(people["Amina"]))
    fields[field] = value
    raw = _signed(people["Amina"], codec.encode(fields))
    assert _same_either_way(raw) == ("refused", reason)
