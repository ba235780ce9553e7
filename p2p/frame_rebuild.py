"""Rebuilding a batch's changes from its columns (`p2p/batch_frame.py`), in one pass.

Whatever the columns share is worked out once per batch rather than once per change: each
writer's keys and ids, each kind's group field, each body shape's key order and whether
its value columns hold only plain values. The usual change (plain values, a writer's next
in sequence, sorted dependencies) is then checked with a few comparisons and assembled
directly; any other goes through `ledger.store.change.assemble`, the one validator, which
names its fault. Either way the bytes are the canonical encoding of the fields, so a
change altered in the framing fails its signature check (done later, for every change).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from itertools import repeat
from typing import Any, cast

import cbor2

from ledger.store import codec
from ledger.store.change import (
    FORMAT_VERSION,
    GENESIS_KIND,
    MAX_CHANGE_BYTES,
    MAX_DEPS,
    Change,
    assemble,
    change_id,
    new_change,
    parents_of,
    signed_message,
)
from ledger.store.errors import DecodeError
from ledger.store.ids import ChangeId, DeviceId, GroupId, PersonId, writer_id

Parsed = tuple[Change, bytes] | DecodeError | bytes
"""A change as `DecodedBatch.of_parsed` takes it: assembled (with the bytes its signature
check needs), refused while assembling, or raw bytes still to parse."""

SIGNATURE = 64
_SIMPLE = frozenset({int, bytes, str, bool, type(None)})
"""Values `codec.in_canonical_order` takes as they are (no maps inside to order)."""
_TOP = 2**63
_SIGNATURE_HEAD = b"\x58\x40"
"""A 64-byte string's CBOR head."""
_KEY = b"\x58\x20"
"""A 32-byte string's CBOR head."""
_MAP = b"\xaa"
"""A payload's head: a map of its 10 fields."""
_NULL = b"\xf6"
_SMALL = [bytes((value,)) for value in range(24)]
_ARRAYS = [bytes((0x80 + n,)) if n < 24 else bytes((0x98, n)) for n in range(MAX_DEPS + 1)]
_VERSION_DEPS = b"\x61v" + cbor2.dumps(FORMAT_VERSION) + b"\x64deps"
_hex_id = cast(Callable[[Any], ChangeId], type(hashlib.sha256()).hexdigest)
"""A digest's hex as a change id, without a call to the type per change."""


class FrameFormatError(ValueError):
    """The batch's framing itself is malformed (a protocol violation, not a bad change)."""


def rebuild(
    group: GroupId,
    tables: tuple[list[bytes], list[str], list[list[str]], list[list[Any]]],
    columns: dict[str, list[Any]],
    values: Any,
    signatures: bytes,
) -> tuple[list[bytes], list[Parsed]]:
    """Each change's bytes, and each change assembled for its signature check, from tables
    and columns whose shapes `batch_frame._tables` checked.

    Raises `FrameFormatError` for the first fault of the framing, in the batch's order."""
    writers, kinds, shapes, verbatim = tables
    rows, plain_shapes = _body_rows(shapes, columns["b"], values)
    group_key = bytes.fromhex(group)
    who = [(w[:32], w[32:], PersonId(w[:32].hex()), DeviceId(w[32:].hex())) for w in writers]
    writer_ids = [writer_id(author, device) for _, _, author, device in who]
    # The payload's canonical bytes around the body, per writer and per kind (see `_payload`)
    before_body = [_MAP + b"\x61a" + _KEY + a + b"\x61b" for a, _, _, _ in who]
    after_body = [b"\x61d" + _KEY + d + b"\x61g" for _, d, _, _ in who]
    groups = [None if kind == GENESIS_KIND else group_key for kind in kinds]
    around_kind = [_kind_part(g, kind) for g, kind in zip(groups, kinds, strict=True)]
    ids: list[bytes] = []
    hexes: list[ChangeId] = []
    raws: list[bytes] = []
    parsed: list[Parsed] = []
    clock = 0
    last_seq: dict[int, int] = {}
    placed = iter(verbatim)
    next_placed = next(placed, None)
    for w, seq, prev, deps, delta, k, b, signature in zip(
        columns["w"],
        columns["s"],
        columns["p"],
        columns["d"],
        columns["t"],
        columns["k"],
        columns["b"],
        _split(signatures),
        strict=True,
    ):
        while next_placed is not None and next_placed[0] == len(raws):
            _verbatim(next_placed[1], ids, hexes, raws, parsed)
            next_placed = next(placed, None)
        if seq is None:
            if w not in last_seq:
                raise FrameFormatError("an implied sequence number with no change before it")
            seq = last_seq[w] + 1
        elif type(seq) is not int:
            raise FrameFormatError("a sequence number is not an integer")
        last_seq[w] = seq
        if type(delta) is not int:
            raise FrameFormatError("a clock difference is not an integer")
        clock += delta
        if type(deps) is not list:
            raise FrameFormatError("a change's dependencies are not a list")
        body = dict(zip(shapes[b], next(rows[b]), strict=True))
        p, p_hex = (None, None) if prev is None else _ref(prev, ids, hexes)
        cited = [_ref(d, ids, hexes) for d in deps]
        dep_ids, deps_hex = zip(*cited, strict=True) if cited else ((), ())  # (made in C)
        g, kind = groups[k], kinds[k]
        n = len(cited)
        usual = (
            0 < seq < _TOP
            and 0 <= clock < _TOP
            and (seq == 1) == (p is None)
            and n <= MAX_DEPS
            and (n < 2 or all(dep_ids[i] < dep_ids[i + 1] for i in range(n - 1)))
            and (g is not None or (seq == 1 and n == 0))
            and (plain_shapes[b] or codec.in_canonical_order(body))
            and around_kind[k] is not None
        )
        encoded = None
        if usual:
            head = (before_body[w], after_body[w], around_kind[k])
            encoded = _encoded(_payload(head, body, p, seq, clock, dep_ids), signature)
        if encoded is None:
            a, d, _, _ = who[w]
            fields = {  # in canonical key order
                "a": a,
                "b": body,
                "d": d,
                "g": g,
                "k": kind,
                "p": p,
                "s": seq,
                "t": clock,
                "v": FORMAT_VERSION,
                "deps": list(dep_ids),
            }
            raw, item, cid = _rebuilt(fields, signature)
            ids.append(bytes.fromhex(cid))
        else:
            raw, payload = encoded
            digest = hashlib.sha256(raw)
            ids.append(digest.digest())
            cid = _hex_id(digest)
            _, _, author, device = who[w]
            change = new_change(
                cid,
                raw,
                GroupId(cid) if g is None else group,
                author,
                device,
                seq,
                p_hex,
                deps_hex,
                clock,
                kind,
                body,
                writer_ids[w],
                parents_of(deps_hex, p_hex),
            )
            item = (change, signed_message(signature, payload, who[w][0]))
        hexes.append(cid)
        raws.append(raw)
        parsed.append(item)
    while next_placed is not None:
        _verbatim(next_placed[1], ids, hexes, raws, parsed)
        next_placed = next(placed, None)
    return raws, parsed


def _split(signatures: bytes) -> Iterator[bytes]:
    return (signatures[i : i + SIGNATURE] for i in range(0, len(signatures), SIGNATURE))


def _verbatim(
    raw: bytes, ids: list[bytes], hexes: list[ChangeId], raws: list[bytes], parsed: list[Parsed]
) -> None:
    digest = hashlib.sha256(raw)
    ids.append(digest.digest())
    hexes.append(_hex_id(digest))
    raws.append(raw)
    parsed.append(raw)


def _kind_part(g: bytes | None, kind: str) -> bytes | None:
    """The payload's canonical bytes from the group's value to the previous change's;
    None when the kind cannot be encoded (`assemble` then says why)."""
    try:
        encoded = cbor2.dumps(kind)
    except Exception:
        return None
    return (_NULL if g is None else _KEY + g) + b"\x61k" + encoded + b"\x61p"


def _uint(value: int) -> bytes:
    """A non-negative integer below 2**64 as canonical CBOR (the shortest head)."""
    if value < 24:
        return _SMALL[value]
    if value < 0x100:
        return b"\x18" + value.to_bytes(1, "big")
    if value < 0x10000:
        return b"\x19" + value.to_bytes(2, "big")
    if value < 0x100000000:
        return b"\x1a" + value.to_bytes(4, "big")
    return b"\x1b" + value.to_bytes(8, "big")


def _payload(
    head: tuple[bytes, bytes, bytes],
    body: dict[str, Any],
    p: bytes | None,
    seq: int,
    clock: int,
    deps: tuple[bytes, ...],
) -> bytes | None:
    """A usual change's payload, the canonical CBOR of its fields (`cbor2.dumps` of the
    map in canonical key order), written out around the body: the writer's keys, the
    group and the kind are encoded once per batch (`head`). None when the body cannot be
    encoded (`assemble` then says why)."""
    try:
        encoded = cbor2.dumps(body)
    except Exception:
        return None
    before_body, after_body, around_kind = head
    return b"".join(
        [
            before_body,
            encoded,
            after_body,
            around_kind,
            _NULL if p is None else _KEY + p,
            b"\x61s",
            _uint(seq),
            b"\x61t",
            _uint(clock),
            _VERSION_DEPS,
            _ARRAYS[len(deps)],
            _KEY if deps else b"",
            _KEY.join(deps),
        ]
    )


def _encoded(payload: bytes | None, signature: bytes) -> tuple[bytes, bytes] | None:
    """The change's bytes and its payload's, as `assemble` encodes them; None when they
    cannot be encoded or are too large (`assemble` then says why)."""
    if payload is None:
        return None
    size = len(payload)
    if size + 80 > MAX_CHANGE_BYTES:  # (the outer array and the signature: < 80 bytes)
        return None
    # `cbor2.dumps([payload, signature])`, written out: a two-item array of byte strings
    # (a payload holds two 32-byte keys, so its length never fits the head's first byte)
    if size < 0x100:
        head = bytes((0x82, 0x58, size))
    elif size < 0x10000:
        head = b"\x82\x59" + size.to_bytes(2, "big")
    else:
        head = b"\x82\x5a" + size.to_bytes(4, "big")
    return head + payload + _SIGNATURE_HEAD + signature, payload


def _body_rows(
    shapes: list[list[str]], chosen: list[int], values: Any
) -> tuple[list[Iterator[tuple[Any, ...]]], list[bool]]:
    """Each shape's bodies' values, row by row; and whether the shape's bodies are all
    plain, keys in canonical order (`codec.in_canonical_order`, decided once)."""
    if not isinstance(values, list) or len(values) != len(shapes):
        raise FrameFormatError("value columns do not match the shape table")
    counts = [0] * len(shapes)
    for b in chosen:
        counts[b] += 1
    for shape, count, columns in zip(shapes, counts, values, strict=True):
        if not isinstance(columns, list) or len(columns) != len(shape):
            raise FrameFormatError("value columns do not match the shape table")
        if not all(isinstance(c, list) and len(c) == count for c in columns):
            raise FrameFormatError("a value column's length differs from its shape's uses")
    rows: list[Iterator[tuple[Any, ...]]] = [
        zip(*columns, strict=True) if columns else repeat(()) for columns in values
    ]
    plain = [
        codec.in_canonical_order(dict.fromkeys(shape))
        and all(set(map(type, column)) <= _SIMPLE for column in columns)
        for shape, columns in zip(shapes, values, strict=True)
    ]
    return rows, plain


def _rebuilt(fields: dict[str, Any], signature: bytes) -> tuple[bytes, Parsed, ChangeId]:
    """A framed change's bytes, its parse and its id, by the one validator."""
    try:
        assembled = assemble(fields, signature)
    except DecodeError as exc:
        raw = _canonical(fields, signature)
        return raw, exc, change_id(raw)
    if assembled is None:  # a body of other values: parsed like any stored change
        raw = _canonical(fields, signature)
        return raw, raw, change_id(raw)
    return assembled[0].raw, assembled, assembled[0].id


def _canonical(fields: dict[str, Any], signature: bytes) -> bytes:
    try:
        return codec.encode([codec.encode(fields), signature])
    except Exception:
        raise FrameFormatError("a change holds values that cannot be encoded") from None


def _ref(value: Any, ids: list[bytes], hexes: list[ChangeId]) -> tuple[bytes, ChangeId]:
    """A change `value` places back in the batch, or a 32-byte id: its bytes and hex."""
    if type(value) is int:
        if not 0 < value <= len(ids):
            raise FrameFormatError("a change cites a change not before it in the batch")
        return ids[-value], hexes[-value]
    if not isinstance(value, bytes) or len(value) != 32:
        raise FrameFormatError("a change cites neither a place in the batch nor a 32-byte id")
    value = bytes(value)
    return value, ChangeId(value.hex())
