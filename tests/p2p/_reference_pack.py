"""The column framing's `pack` as it was before the sender's fast path (kept verbatim,
renamed `reference_pack`): the fast `pack` must frame every batch exactly as this does."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import cbor2

from ledger.store.change import FORMAT_VERSION, GENESIS_KIND, change_id
from ledger.store.ids import GroupId
from p2p.batch_frame import _COLUMNS, _KEYS, MAX_KIND
from p2p.frame_rebuild import SIGNATURE


def reference_pack(group: GroupId, raws: Sequence[bytes]) -> tuple[list[Any], bytes]:
    """The CBOR-ready columns of `raws` (changes of `group`, in the order given), and the
    framed changes' signatures side by side."""
    group_key = bytes.fromhex(group)
    writers: dict[bytes, int] = {}
    kinds: dict[str, int] = {}
    shapes: dict[tuple[str, ...], int] = {}
    values: list[list[list[Any]]] = []
    columns: dict[str, list[Any]] = {name: [] for name in _COLUMNS}
    verbatim: list[list[Any]] = []
    position_of: dict[bytes, int] = {}
    last_seq: dict[int, int] = {}
    signatures: list[bytes] = []
    clock = 0
    for position, raw in enumerate(raws):
        fields, signature = _fields_of(raw, group_key)
        if fields is None:
            verbatim.append([position, raw])
        else:
            w = writers.setdefault(fields["a"] + fields["d"], len(writers))
            seq = fields["s"]
            columns["w"].append(w)
            columns["s"].append(None if last_seq.get(w) == seq - 1 else seq)
            last_seq[w] = seq
            prev = fields["p"]
            columns["p"].append(None if prev is None else _cite(prev, position, position_of))
            columns["d"].append([_cite(d, position, position_of) for d in fields["deps"]])
            columns["t"].append(fields["t"] - clock)
            clock = fields["t"]
            columns["k"].append(kinds.setdefault(fields["k"], len(kinds)))
            shape = tuple(fields["b"])
            b = shapes.setdefault(shape, len(shapes))
            if b == len(values):
                values.append([[] for _ in shape])
            for column, value in zip(values[b], fields["b"].values(), strict=True):
                column.append(value)
            columns["b"].append(b)
            signatures.append(signature)
        position_of[bytes.fromhex(change_id(raw))] = position
    tables = [list(writers), list(kinds), [list(s) for s in shapes], verbatim]
    return [*tables, *columns.values(), values], b"".join(signatures)


def _cite(cid: bytes, position: int, position_of: dict[bytes, int]) -> int | bytes:
    """A change `k` places back in the batch when it is there, else its id."""
    earlier = position_of.get(cid)
    return cid if earlier is None else position - earlier


def _fields_of(raw: bytes, group_key: bytes) -> tuple[dict[str, Any] | None, bytes]:
    """The payload fields, when the framing can carry them exactly."""
    try:
        payload, signature = cbor2.loads(raw)
        fields = cbor2.loads(payload)
    except Exception:
        return None, b""
    if not isinstance(fields, dict) or set(fields) != _KEYS or not _key(signature, SIGNATURE):
        return None, b""
    group = None if fields["k"] == GENESIS_KIND else group_key
    if (
        fields["g"] != group
        or fields["v"] != FORMAT_VERSION
        or not isinstance(fields["k"], str)
        or not 0 < len(fields["k"]) <= MAX_KIND
        or not (_key(fields["a"], 32) and _key(fields["d"], 32))
        or not (fields["p"] is None or _key(fields["p"], 32))
        or type(fields["s"]) is not int
        or type(fields["t"]) is not int
        or not isinstance(fields["deps"], list)
        or not all(_key(d, 32) for d in fields["deps"])
        or not isinstance(fields["b"], dict)
        or not all(isinstance(k, str) for k in fields["b"])
    ):
        return None, b""
    return fields, signature


def _key(value: Any, size: int) -> bool:
    return isinstance(value, bytes) and len(value) == size
