"""The signed change: the unit of replication and of trust.

Wire form: canonical CBOR `[payload, signature]`, where the payload is the canonical
CBOR map below and the signature is the author's Ed25519 signature over
`SIGNING_CONTEXT + payload`. A change's id is the SHA-256 of its wire bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat
from typing import Any, cast

import cbor2

from ledger.store import codec, verifier
from ledger.store.errors import DecodeError
from ledger.store.frozen import new_object, slot_setters
from ledger.store.ids import ChangeId, DeviceId, GroupId, PersonId, WriterId, writer_id
from ledger.store.persons import Signer

FORMAT_VERSION = 1
MAX_CHANGE_BYTES = 256 * 1024
MAX_DEPS = 64
SIGNING_CONTEXT = b"lattice/change/v1\x00"
GENESIS_KIND = "group.create"
_PAYLOAD_KEYS = frozenset({"v", "g", "a", "d", "s", "p", "deps", "t", "k", "b"})
_CANONICAL_KEYS = codec.canonical_key_order(_PAYLOAD_KEYS)


@dataclass(frozen=True, slots=True)
class Change:
    id: ChangeId
    raw: bytes
    group: GroupId
    author: PersonId
    device: DeviceId
    seq: int
    prev: ChangeId | None
    deps: tuple[ChangeId, ...]
    clock: int
    kind: str
    body: dict[str, Any]
    writer: WriterId
    """The author on this device: the unit of a hash chain."""
    parents: tuple[ChangeId, ...]
    """Everything this change causally follows: its deps and its writer's previous change."""

    @property
    def is_genesis(self) -> bool:
        return self.kind == GENESIS_KIND


(
    _set_id, _set_raw, _set_group, _set_author, _set_device, _set_seq, _set_prev, _set_deps,
    _set_clock, _set_kind, _set_body, _set_writer, _set_parents,
) = slot_setters(Change)  # fmt: skip


def new_change(
    id: ChangeId,
    raw: bytes,
    group: GroupId,
    author: PersonId,
    device: DeviceId,
    seq: int,
    prev: ChangeId | None,
    deps: tuple[ChangeId, ...],
    clock: int,
    kind: str,
    body: dict[str, Any],
    writer: WriterId,
    parents: tuple[ChangeId, ...],
) -> Change:
    """`Change(...)` with these fields, at about half the cost (`ledger/store/frozen.py`:
    every change received is built here)."""
    change = new_object(Change)
    _set_id(change, id)
    _set_raw(change, raw)
    _set_group(change, group)
    _set_author(change, author)
    _set_device(change, device)
    _set_seq(change, seq)
    _set_prev(change, prev)
    _set_deps(change, deps)
    _set_clock(change, clock)
    _set_kind(change, kind)
    _set_body(change, body)
    _set_writer(change, writer)
    _set_parents(change, parents)
    return change


def change_id(raw: bytes) -> ChangeId:
    return ChangeId(hashlib.sha256(raw).hexdigest())


def parents_of(deps: tuple[ChangeId, ...], prev: ChangeId | None) -> tuple[ChangeId, ...]:
    """What a change comes after: its dependencies, and its writer's previous change
    when they do not name it already."""
    return deps if prev is None or prev in deps else (*deps, prev)


def signed_message(signature: bytes, payload: bytes, author_key: bytes) -> bytes:
    """What a change's signature check takes (`verifier.signature_ok`): the signature,
    the signed bytes (`SIGNING_CONTEXT + payload`) and the author's key, last."""
    return signature + SIGNING_CONTEXT + payload + author_key


def sign_change(
    signer: Signer,
    *,
    group: GroupId | None,
    device: DeviceId,
    seq: int,
    prev: ChangeId | None,
    deps: tuple[ChangeId, ...],
    clock: int,
    kind: str,
    body: dict[str, Any],
) -> Change:
    """Encode and sign; the result decodes back to an equal change."""
    payload = codec.encode(
        {
            "v": FORMAT_VERSION,
            "g": bytes.fromhex(group) if group is not None else None,
            "a": bytes.fromhex(signer.person),
            "d": bytes.fromhex(device),
            "s": seq,
            "p": bytes.fromhex(prev) if prev is not None else None,
            "deps": sorted(bytes.fromhex(d) for d in set(deps)),
            "t": clock,
            "k": kind,
            "b": body,
        }
    )
    raw = codec.encode([payload, signer.sign(SIGNING_CONTEXT + payload)])
    if len(raw) > MAX_CHANGE_BYTES:
        raise DecodeError(f"change is {len(raw)} bytes; the limit is {MAX_CHANGE_BYTES}")
    return decode_change(raw)


def decode_change(raw: bytes, *, verify: bool = True) -> Change:
    """Strictly decode a change and check its signature; raise DecodeError naming the fault."""
    change, signed = parse_unverified(raw)
    if verify and not verifier.signature_ok(signed):
        raise DecodeError(BAD_SIGNATURE)
    return change


def decode_checked(raw: bytes) -> Change:
    """A change whose bytes were checked when they arrived (a stored one; the caller
    compares its id with the one stored): decoded without checking again that its
    bytes are canonical and its signature good, at about half the cost."""
    try:
        payload, signature = cbor2.loads(raw)
        fields = cbor2.loads(payload)
    except Exception as exc:  # cbor2 raises many types on garbage
        raise DecodeError(f"not a signed change ({exc.__class__.__name__})") from None
    if not isinstance(fields, dict) or not isinstance(payload, bytes):
        raise DecodeError("change payload is not a map")
    return _checked(fields, payload, signature, raw)[0]


BAD_SIGNATURE = "signature does not match the author"


def parse_unverified(raw: bytes) -> tuple[Change, bytes]:
    """The change, and what its signature check needs, without checking it yet.

    The usual change (canonical, its payload's keys in canonical order) takes the short
    way: decoded whole, then its bytes compared with their plain re-encoding. Anything
    else goes the strict way, step by step, which accepts nothing more and names the
    fault (a test holds the two to the same verdicts).
    """
    if type(raw) is bytes and len(raw) <= MAX_CHANGE_BYTES:
        try:
            outer = cbor2.loads(raw)  # (bytes after the value fail the comparison below)
            fields = None
            if type(outer) is list and len(outer) == 2:
                payload, signature = outer
                if (
                    type(payload) is bytes
                    and type(signature) is bytes
                    and cbor2.dumps(outer) == raw
                ):
                    fields = cbor2.loads(payload)
        except Exception:  # cbor2 raises many types on garbage: the strict way names it
            fields = None
        if (
            type(fields) is dict
            and list(fields) == _CANONICAL_KEYS
            and codec.in_canonical_order(fields["b"])
            and cbor2.dumps(fields) == payload
        ):
            return _checked(fields, payload, signature, raw)
    return _parse_strictly(raw)


def _parse_strictly(raw: bytes) -> tuple[Change, bytes]:
    """`parse_unverified` one step at a time, refusing at the first fault with its reason."""
    if not isinstance(raw, bytes):
        raise DecodeError("a change must be bytes")
    if len(raw) > MAX_CHANGE_BYTES:
        raise DecodeError(f"change is {len(raw)} bytes; the limit is {MAX_CHANGE_BYTES}")
    outer = codec.decode_one(raw)
    if (
        not isinstance(outer, list)
        or len(outer) != 2
        or not isinstance(outer[0], bytes)
        or not isinstance(outer[1], bytes)
    ):
        raise DecodeError("not a signed change (expected [payload, signature])")
    codec.require_canonical(outer, raw, ordered=True)  # two byte strings: no maps to order
    payload, signature = outer
    fields = codec.decode_one(payload)
    if not isinstance(fields, dict):
        raise DecodeError("change payload is not a map")
    # The payload's own keys are fixed, so only the body's maps need their order checked.
    ordered = list(fields) == _CANONICAL_KEYS and codec.in_canonical_order(fields.get("b"))
    codec.require_canonical(fields, payload, ordered=ordered)
    return _checked(fields, payload, signature, raw)


def assemble(fields: dict[str, Any], signature: bytes) -> tuple[Change, bytes] | None:
    """A change rebuilt from its decoded payload fields and signature (as a sync batch
    carries them), with what its signature check needs; None when `fields` hold
    anything but plain values in canonical key order (rebuild the bytes and `parse_unverified`
    them instead). The bytes are the canonical encoding, so a change signed over any
    other bytes fails its signature check."""
    if list(fields) != _CANONICAL_KEYS or not codec.in_canonical_order(fields["b"]):
        return None
    try:
        payload = cbor2.dumps(fields)
        raw = cbor2.dumps([payload, signature])
    except Exception:
        raise DecodeError("holds values that cannot be re-encoded canonically") from None
    if len(raw) > MAX_CHANGE_BYTES:
        raise DecodeError(f"change is {len(raw)} bytes; the limit is {MAX_CHANGE_BYTES}")
    return _checked(fields, payload, signature, raw)


_person_of = cast(Callable[[bytes], PersonId], bytes.hex)
_device_of = cast(Callable[[bytes], DeviceId], bytes.hex)
_change_of = cast(Callable[[bytes], ChangeId], bytes.hex)
_group_of = cast(Callable[[bytes], GroupId], bytes.hex)
_id_of = cast(Callable[[Any], ChangeId], type(hashlib.sha256()).hexdigest)
"""Typed hex of bytes (and of a digest), without a call per id to the type (every change
arriving is built here)."""


def _checked(
    fields: dict[str, Any], payload: bytes, signature: bytes, raw: bytes
) -> tuple[Change, bytes]:
    """Every rule on a change's fields (its bytes are known canonical)."""
    if not isinstance(signature, bytes) or len(signature) != 64:
        raise DecodeError("signature must be 64 bytes")
    if type(fields.get("v")) is not int or fields["v"] != FORMAT_VERSION:
        raise DecodeError(f"unknown change format version {fields.get('v')!r}")
    if fields.keys() != _PAYLOAD_KEYS:
        extra = sorted(map(str, set(fields) - _PAYLOAD_KEYS))
        missing = sorted(_PAYLOAD_KEYS - set(fields))
        raise DecodeError(f"change fields are wrong (unknown: {extra}, missing: {missing})")
    # Checks written out rather than through helpers: every change arriving passes here.
    a, d = fields["a"], fields["d"]
    if not isinstance(a, bytes) or len(a) != 32:
        raise DecodeError("author must be 32 bytes")
    if not isinstance(d, bytes) or len(d) != 32:
        raise DecodeError("device must be 32 bytes")
    author, device = _person_of(a), _device_of(d)
    seq, clock, kind, body = fields["s"], fields["t"], fields["k"], fields["b"]
    if not isinstance(seq, int) or isinstance(seq, bool) or not 1 <= seq < 2**63:
        raise DecodeError("sequence number must be a positive integer")
    if not isinstance(clock, int) or isinstance(clock, bool) or not 0 <= clock < 2**63:
        raise DecodeError("clock must be a non-negative integer")
    if not isinstance(kind, str) or not kind:
        raise DecodeError("kind must be a text")
    if not isinstance(body, dict) or not all(map(isinstance, body, repeat(str))):
        raise DecodeError("body must be a map with text keys")
    p = fields["p"]
    if p is not None and (not isinstance(p, bytes) or len(p) != 32):
        raise DecodeError("previous change must be 32 bytes")
    prev = None if p is None else _change_of(p)
    if (seq == 1) != (prev is None):
        raise DecodeError("only a writer's first change (sequence 1) has no previous change")
    deps_raw = fields["deps"]
    if not isinstance(deps_raw, list) or len(deps_raw) > MAX_DEPS:
        raise DecodeError(f"dependencies must be a list of at most {MAX_DEPS}")
    for dep in deps_raw:
        if not isinstance(dep, bytes) or len(dep) != 32:
            raise DecodeError("dependency must be 32 bytes")
    deps = tuple(map(_change_of, deps_raw))
    if len(deps_raw) > 1 and deps_raw != sorted(set(deps_raw)):
        raise DecodeError("dependencies must be sorted and unique")
    this_id = _id_of(hashlib.sha256(raw))
    g = fields["g"]
    if g is None:
        if kind != GENESIS_KIND or seq != 1 or deps:
            raise DecodeError("only a group's genesis has no group, and it depends on nothing")
        group = GroupId(this_id)
    else:
        if kind == GENESIS_KIND:
            raise DecodeError("a genesis change names no group")
        if not isinstance(g, bytes) or len(g) != 32:
            raise DecodeError("group must be 32 bytes")
        group = _group_of(g)
    change = new_change(
        id=this_id,
        raw=raw,
        group=group,
        author=author,
        device=device,
        seq=seq,
        prev=prev,
        deps=deps,
        clock=clock,
        kind=kind,
        body=body,
        writer=writer_id(author, device),
        parents=parents_of(deps, prev),
    )
    return change, signed_message(signature, payload, a)
