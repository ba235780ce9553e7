"""The column framing's `unpack` as it was before the one-pass rebuild
(`p2p/frame_rebuild.py`), kept verbatim and renamed `reference_unpack`: the fast one must
give the very same changes, verdicts and refusals for every batch."""

from __future__ import annotations

from typing import Any

from ledger.store import codec
from ledger.store.change import FORMAT_VERSION, GENESIS_KIND, assemble, change_id
from ledger.store.errors import DecodeError
from ledger.store.ids import GroupId
from p2p.batch_frame import _COLUMNS, _PARTS, _key, _tables
from p2p.frame_rebuild import SIGNATURE, FrameFormatError, Parsed


def reference_unpack(
    group: GroupId, value: Any, signatures: Any, max_changes: int
) -> tuple[list[bytes], list[Parsed]]:
    """Each change's bytes, and each change assembled for its signature check.

    Raises `FrameFormatError` naming what is malformed in the framing; a change that is
    well framed but invalid comes back as its `DecodeError`, refused like any other.
    """
    if not isinstance(value, list) or len(value) != len(_PARTS):
        raise FrameFormatError(f"expected [{', '.join(_PARTS)}]")
    writers, kinds, shapes, verbatim = value[:4]
    columns = dict(zip(_COLUMNS, value[4:11], strict=True))
    framed = _tables(writers, kinds, shapes, verbatim, columns, max_changes)
    if not isinstance(signatures, bytes) or len(signatures) != SIGNATURE * framed:
        raise FrameFormatError(f"expected {framed} signatures of {SIGNATURE} bytes")
    bodies = _bodies(shapes, columns["b"], value[11])
    placed = {position: raw for position, raw in verbatim}
    group_key = bytes.fromhex(group)
    ids: list[bytes] = []
    raws: list[bytes] = []
    parsed: list[Parsed] = []
    clock = 0
    last_seq: dict[int, int] = {}
    i = 0
    for position in range(framed + len(verbatim)):
        if position in placed:
            raw = placed[position]
            raws.append(raw)
            parsed.append(raw)
            ids.append(bytes.fromhex(change_id(raw)))
            continue
        w, seq, prev, delta = (columns[c][i] for c in "wspt")
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
        kind = kinds[columns["k"][i]]
        deps = columns["d"][i]
        if not isinstance(deps, list):
            raise FrameFormatError("a change's dependencies are not a list")
        fields = {  # in canonical key order
            "a": writers[w][:32],
            "b": bodies[i],
            "d": writers[w][32:],
            "g": None if kind == GENESIS_KIND else group_key,
            "k": kind,
            "p": None if prev is None else _ref(prev, ids),
            "s": seq,
            "t": clock,
            "v": FORMAT_VERSION,
            "deps": [_ref(d, ids) for d in deps],
        }
        raw, item, cid = _rebuilt(fields, signatures[i * SIGNATURE : (i + 1) * SIGNATURE])
        ids.append(bytes.fromhex(cid))
        raws.append(raw)
        parsed.append(item)
        i += 1
    return raws, parsed


def _bodies(shapes: list[list[str]], chosen: list[int], values: Any) -> list[dict[str, Any]]:
    """Each framed change's body, rebuilt from its shape's value columns."""
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
    taken = [0] * len(shapes)
    bodies: list[dict[str, Any]] = []
    for b in chosen:
        row = taken[b]
        taken[b] += 1
        bodies.append({key: column[row] for key, column in zip(shapes[b], values[b], strict=True)})
    return bodies


def _rebuilt(fields: dict[str, Any], signature: bytes) -> tuple[bytes, Parsed, str]:
    """A framed change's bytes, its parse and its id."""
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


def _ref(value: Any, ids: list[bytes]) -> bytes:
    """A change `value` places back in the batch, or a 32-byte id."""
    if type(value) is int:
        if not 0 < value <= len(ids):
            raise FrameFormatError("a change cites a change not before it in the batch")
        return ids[-value]
    if not _key(value, 32):
        raise FrameFormatError("a change cites neither a place in the batch nor a 32-byte id")
    return bytes(value)
