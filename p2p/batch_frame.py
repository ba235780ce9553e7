"""How a batch's changes travel: in columns, each like value beside its like.

A stored change is `[payload, signature]` in canonical CBOR; its payload names the
group, the author and device keys (32 bytes each), the writer's sequence number and
previous change, its dependencies (32-byte ids, usually the change just before it), a
clock, a kind and a body (a map). A batch states instead, for its framed changes, one
column per field (protocol 4):

- `w`: the writer, an index into the batch's table of (author, device) keys;
- `s`: the sequence number, `None` when it is the writer's previous framed change's + 1;
- `p`, `d`: the previous change and each dependency as `k` (the change `k` places before
  it in the batch; most often 1) or a 32-byte id; `p` is `None` for a writer's first;
- `t`: the clock, as the difference from the previous framed change's;
- `k`: the kind, an index into the kind table;
- `b`: the body's shape (its keys, in order), an index into the shape table, with the
  bodies' values in one column per shape and key (`values`).

The group is the batch's; the signatures travel outside the compressed columns, side by
side (random bytes gain nothing from zstd). The receiver rebuilds each payload's
canonical bytes, computes the change's id from them, and checks the author's signature
over exactly those bytes: a change framed with any field altered fails its signature.
A change the sender cannot frame this way (not one of ours, or not valid) goes verbatim,
with its position in the batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import cbor2

from ledger.store.change import FORMAT_VERSION, GENESIS_KIND, change_id
from ledger.store.ids import GroupId
from p2p.frame_rebuild import SIGNATURE, FrameFormatError, Parsed, rebuild

MAX_KIND = 64
_COLUMNS = ("w", "s", "p", "d", "t", "k", "b")
_PARTS = ("writers", "kinds", "shapes", "verbatim", *_COLUMNS, "values")
_KEYS = frozenset({"v", "g", "a", "d", "s", "p", "deps", "t", "k", "b"})


Fields = tuple[dict[str, Any] | None, bytes]
"""A change's payload fields and signature, as `pack` frames them (None: verbatim)."""


class KnownFields:
    """Changes' fields as `pack` read them, by group and change id, for the sessions of one
    service: a PC sends its changes to each peer in batches made up differently for each
    (what that peer lacks, when), and reading a change's bytes again is half of packing it.
    The oldest go first past `limit` changes (about 1.8 KiB each)."""

    def __init__(self, limit: int = 4096) -> None:
        self.limit = limit
        self._held: dict[bytes, Fields] = {}

    def __len__(self) -> int:
        return len(self._held)

    def get(self, key: bytes) -> Fields | None:
        return self._held.get(key)

    def put(self, key: bytes, fields: Fields) -> None:
        held = self._held
        held[key] = fields
        if len(held) > self.limit:
            del held[next(iter(held))]


def pack(
    group: GroupId,
    raws: Sequence[bytes],
    ids: Sequence[bytes] | None = None,
    known: KnownFields | None = None,
) -> tuple[list[Any], bytes]:
    """The CBOR-ready columns of `raws` (changes of `group`, in the order given), and the
    framed changes' signatures side by side.

    `ids` (each change's 32-byte id, as the sender's store already knows them) spares
    hashing every change again; without them they are computed. `known` keeps each
    change's fields for the next batch that holds it (the ids name the bytes).
    """
    if ids is None:
        ids = [bytes.fromhex(change_id(raw)) for raw in raws]
    elif len(ids) != len(raws):
        raise ValueError("pack: one id per change")
    group_key = bytes.fromhex(group)
    writers: dict[bytes, int] = {}
    kinds: dict[str, int] = {}
    shapes: dict[tuple[str, ...], int] = {}
    values: list[list[list[Any]]] = []
    col_w: list[int] = []
    col_s: list[int | None] = []
    col_p: list[int | bytes | None] = []
    col_d: list[list[int | bytes]] = []
    col_t: list[int] = []
    col_k: list[int] = []
    col_b: list[int] = []
    verbatim: list[list[Any]] = []
    position_of: dict[bytes, int] = {}
    last_seq: dict[int, int] = {}
    signatures: list[bytes] = []
    clock = 0
    for position, raw in enumerate(raws):
        if known is None:
            fields, signature = _fields_of(raw, group_key)
        else:
            key = group_key + ids[position]
            found = known.get(key)
            if found is None:
                found = _fields_of(raw, group_key)
                known.put(key, found)
            fields, signature = found
        if fields is None:
            verbatim.append([position, raw])
        else:
            w = writers.setdefault(fields["a"] + fields["d"], len(writers))
            seq = fields["s"]
            col_w.append(w)
            col_s.append(None if last_seq.get(w) == seq - 1 else seq)
            last_seq[w] = seq
            prev = fields["p"]
            if prev is None:
                col_p.append(None)
            else:
                earlier = position_of.get(prev)
                col_p.append(prev if earlier is None else position - earlier)
            col_d.append([_cite(d, position, position_of) for d in fields["deps"]])
            t = fields["t"]
            col_t.append(t - clock)
            clock = t
            col_k.append(kinds.setdefault(fields["k"], len(kinds)))
            body = fields["b"]
            shape = tuple(body)
            b = shapes.setdefault(shape, len(shapes))
            if b == len(values):
                values.append([[] for _ in shape])
            for column, value in zip(values[b], body.values(), strict=True):
                column.append(value)
            col_b.append(b)
            signatures.append(signature)
        position_of[ids[position]] = position
    tables = [list(writers), list(kinds), [list(s) for s in shapes], verbatim]
    columns = [col_w, col_s, col_p, col_d, col_t, col_k, col_b]
    return [*tables, *columns, values], b"".join(signatures)


def _cite(cid: bytes, position: int, position_of: dict[bytes, int]) -> int | bytes:
    """A change `k` places back in the batch when it is there, else its id."""
    earlier = position_of.get(cid)
    return cid if earlier is None else position - earlier


def _fields_of(raw: bytes, group_key: bytes) -> Fields:
    """The payload fields, when the framing can carry them exactly.

    Decoded CBOR byte strings are always exactly `bytes`, so `type(x) is bytes` checks
    what `isinstance` would, at less cost: this runs once per change sent.
    """
    try:
        payload, signature = cbor2.loads(raw)
        fields = cbor2.loads(payload)
    except Exception:
        return None, b""
    if (
        type(fields) is not dict
        or fields.keys() != _KEYS
        or type(signature) is not bytes
        or len(signature) != SIGNATURE
    ):
        return None, b""
    kind = fields["k"]
    author, device, prev, deps, body = (
        fields["a"],
        fields["d"],
        fields["p"],
        fields["deps"],
        fields["b"],
    )
    if (
        fields["g"] != (None if kind == GENESIS_KIND else group_key)
        or fields["v"] != FORMAT_VERSION
        or type(kind) is not str
        or not 0 < len(kind) <= MAX_KIND
        or type(author) is not bytes
        or len(author) != 32
        or type(device) is not bytes
        or len(device) != 32
        or not (prev is None or (type(prev) is bytes and len(prev) == 32))
        or type(fields["s"]) is not int
        or type(fields["t"]) is not int
        or type(deps) is not list
        or not all(type(d) is bytes and len(d) == 32 for d in deps)
        or type(body) is not dict
        or not all(type(k) is str for k in body)
    ):
        return None, b""
    return fields, signature


def _key(value: Any, size: int) -> bool:
    return isinstance(value, bytes) and len(value) == size


def unpack(
    group: GroupId, value: Any, signatures: Any, max_changes: int
) -> tuple[list[bytes], list[Parsed]]:
    """Each change's bytes, and each change assembled for its signature check
    (`p2p/frame_rebuild.py`).

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
    return rebuild(group, (writers, kinds, shapes, verbatim), columns, value[11], signatures)


def _tables(
    writers: Any, kinds: Any, shapes: Any, verbatim: Any, columns: dict[str, Any], limit: int
) -> int:
    """Check the tables and columns' shapes; the number of framed changes."""
    if not isinstance(writers, list) or not all(_key(w, 64) for w in writers):
        raise FrameFormatError("malformed writer table")
    if not isinstance(kinds, list) or not all(
        isinstance(k, str) and 0 < len(k) <= MAX_KIND for k in kinds
    ):
        raise FrameFormatError("malformed kind table")
    if not isinstance(shapes, list) or not all(
        isinstance(s, list) and all(isinstance(k, str) for k in s) and len(set(s)) == len(s)
        for s in shapes
    ):
        raise FrameFormatError("malformed shape table")
    if not isinstance(verbatim, list) or not all(
        isinstance(v, list) and len(v) == 2 and type(v[0]) is int and isinstance(v[1], bytes)
        for v in verbatim
    ):
        raise FrameFormatError("malformed verbatim changes")
    if not all(isinstance(c, list) for c in columns.values()):
        raise FrameFormatError("a column is not a list")
    framed = len(columns["w"])
    if any(len(c) != framed for c in columns.values()):
        raise FrameFormatError("columns of different lengths")
    if framed + len(verbatim) > limit:
        raise FrameFormatError(f"changes: more than {limit}")
    positions = [v[0] for v in verbatim]
    if positions != sorted(set(positions)) or any(
        not 0 <= p < framed + len(verbatim) for p in positions
    ):
        raise FrameFormatError("verbatim changes out of order or outside the batch")
    if any(not v[1] for v in verbatim):
        raise FrameFormatError("an empty change")
    if max(len(writers), len(kinds), len(shapes)) > framed:
        raise FrameFormatError("tables longer than the batch")
    for name, table in (("w", writers), ("k", kinds), ("b", shapes)):
        # Every index an int (not a bool) within the table: checked by C loops over the
        # column rather than a Python step per change.
        column = columns[name]
        if column and (
            set(map(type, column)) != {int} or min(column) < 0 or max(column) >= len(table)
        ):
            raise FrameFormatError("a change names a writer, kind or shape outside the tables")
    return framed
