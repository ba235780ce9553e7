from __future__ import annotations

import hashlib

import cbor2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledger.store import codec
from ledger.store.change import (
    MAX_CHANGE_BYTES,
    SIGNING_CONTEXT,
    decode_change,
    decode_checked,
    sign_change,
)
from ledger.store.errors import DecodeError
from ledger.store.persons import Signer


def _genesis(signer: Signer, **body: object) -> bytes:
    fields = {"name": "Umoja", "currency": "KES", "quorum": 2, "founder": signer.name, **body}
    return sign_change(
        signer,
        group=None,
        device="00" * 32,
        seq=1,
        prev=None,
        deps=(),
        clock=1,
        kind="group.create",  # type: ignore[arg-type]
        body=fields,
    ).raw


def _resign(signer: Signer, payload: dict[str, object]) -> bytes:
    encoded = codec.encode(payload)
    return codec.encode([encoded, signer.sign(SIGNING_CONTEXT + encoded)])


def test_round_trip_and_id_is_hash(people: dict[str, Signer]) -> None:
    raw = _genesis(people["Amina"])
    change = decode_change(raw)
    assert change.id == hashlib.sha256(raw).hexdigest()
    assert change.group == change.id
    assert change.author == people["Amina"].person
    assert change.body["name"] == "Umoja"


def test_tampered_body_fails_signature(people: dict[str, Signer]) -> None:
    payload, sig = codec.decode_canonical(_genesis(people["Amina"]))
    fields = codec.decode_canonical(payload)
    fields["b"]["name"] = "Umoja2"
    tampered = codec.encode([codec.encode(fields), sig])
    with pytest.raises(DecodeError, match="signature"):
        decode_change(tampered)


def test_signature_by_someone_else_fails(people: dict[str, Signer]) -> None:
    payload, _ = codec.decode_canonical(_genesis(people["Amina"]))
    forged = codec.encode([payload, people["Bosco"].sign(SIGNING_CONTEXT + payload)])
    with pytest.raises(DecodeError, match="signature"):
        decode_change(forged)


def test_signature_without_domain_prefix_fails(people: dict[str, Signer]) -> None:
    payload, _ = codec.decode_canonical(_genesis(people["Amina"]))
    with pytest.raises(DecodeError, match="signature"):
        decode_change(codec.encode([payload, people["Amina"].sign(payload)]))


def test_unknown_version_and_fields_are_refused(people: dict[str, Signer]) -> None:
    payload, _ = codec.decode_canonical(_genesis(people["Amina"]))
    fields = codec.decode_canonical(payload)
    with pytest.raises(DecodeError, match="version"):
        decode_change(_resign(people["Amina"], {**fields, "v": 2}))
    with pytest.raises(DecodeError, match="unknown"):
        decode_change(_resign(people["Amina"], {**fields, "extra": 1}))
    without = {k: v for k, v in fields.items() if k != "t"}
    with pytest.raises(DecodeError, match="missing"):
        decode_change(_resign(people["Amina"], without))


def test_non_canonical_encoding_is_refused(people: dict[str, Signer]) -> None:
    raw = _genesis(people["Amina"])
    with pytest.raises(DecodeError, match="after the end"):
        decode_change(raw + b"\x00")
    payload, _ = codec.decode_canonical(raw)
    fields = codec.decode_canonical(payload)
    reordered = cbor2.dumps(dict(reversed(list(fields.items()))))
    signed = codec.encode([reordered, people["Amina"].sign(SIGNING_CONTEXT + reordered)])
    with pytest.raises(DecodeError, match="canonical"):
        decode_change(signed)


def test_oversize_change_is_refused(people: dict[str, Signer]) -> None:
    with pytest.raises(DecodeError, match="limit"):
        decode_change(b"\x00" * (MAX_CHANGE_BYTES + 1))
    with pytest.raises(DecodeError, match="limit"):
        sign_change(
            people["Amina"],
            group="11" * 32,
            device="00" * 32,
            seq=1,
            prev=None,
            deps=(),  # type: ignore[arg-type]
            clock=1,
            kind="doc.edit",
            body={"doc": "minutes:abcdef12", "update": b"x" * MAX_CHANGE_BYTES},
        )


def test_first_change_has_no_previous_and_others_do(people: dict[str, Signer]) -> None:
    with pytest.raises(DecodeError, match="previous"):
        sign_change(
            people["Amina"],
            group="11" * 32,
            device="00" * 32,
            seq=2,
            prev=None,
            deps=(),  # type: ignore[arg-type]
            clock=1,
            kind="device.link",
            body={},
        )


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_garbage_never_crashes_decoding(data: bytes) -> None:
    with pytest.raises(DecodeError):
        decode_change(data)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0), st.integers(min_value=0, max_value=255))
def test_any_flipped_byte_is_refused(people: dict[str, Signer], position: int, mask: int) -> None:
    raw = bytearray(_genesis(people["Amina"]))
    raw[position % len(raw)] ^= mask or 1
    with pytest.raises(DecodeError):
        decode_change(bytes(raw))


def test_a_stored_change_decodes_the_same_without_the_arrival_checks(
    people: dict[str, Signer],
) -> None:
    raw = _genesis(people["Amina"], note="ñandú")
    assert decode_checked(raw) == decode_change(raw)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_garbage_never_crashes_decoding_stored_bytes(data: bytes) -> None:
    with pytest.raises(DecodeError):
        decode_checked(data)


def test_new_change_builds_what_the_dataclass_builds() -> None:
    """`new_change` (slots set directly, for every change received) gives a `Change`
    equal to the dataclass's own, every field in its place, and as frozen."""
    import dataclasses

    from ledger.store.change import Change, new_change

    values = [f"value {i}" for i, _ in enumerate(dataclasses.fields(Change))]
    built = new_change(*values)  # type: ignore[arg-type]
    assert built == Change(*values)  # type: ignore[arg-type]
    assert [getattr(built, f.name) for f in dataclasses.fields(Change)] == values
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.seq = 2  # type: ignore[misc]


def test_accepted_is_the_accepted_ingest_result() -> None:
    import dataclasses

    from ledger.store.events import IngestResult, accepted
    from ledger.store.ids import ChangeId, GroupId

    result = accepted(ChangeId("c" * 64), GroupId("g" * 64))
    assert result == IngestResult("accepted", ChangeId("c" * 64), GroupId("g" * 64))
    assert result.reason is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.status = "rejected"  # type: ignore[misc]
