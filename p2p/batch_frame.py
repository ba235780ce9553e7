"""How a batch's changes travel: what every change repeats is stated once per batch.

A stored change is `[payload, signature]` in canonical CBOR; its payload names the
group, the author and device keys (32 bytes each), the writer's previous change and its
dependencies (32-byte ids, usually changes just before it in the same batch). A batch
sends instead a table of writers and of kinds, each change as
`[writer, seq, prev, deps, clock delta, kind, body]` with `prev` and each dependency
either the index of an earlier change of the batch or a 32-byte id, and the signatures
side by side. The receiver rebuilds each payload's canonical bytes from that (the group
is the batch's), computes the change's id from them, and checks the author's signature
over exactly those bytes: a change framed with any field altered fails its signature.
A change the sender cannot frame this way (not one of ours, or not valid) goes verbatim.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import cbor2

from ledger.store import codec
from ledger.store.change import FORMAT_VERSION, GENESIS_KIND, Change, assemble, change_id
from ledger.store.errors import DecodeError
from ledger.store.ids import GroupId

Parsed = tuple[Change, bytes] | DecodeError | bytes
"""A change as `DecodedBatch.of_parsed` takes it: assembled (with the bytes its signature
check needs), refused while assembling, or raw bytes still to parse."""

MAX_KIND = 64


class FrameFormatError(ValueError):
    """The batch's framing itself is malformed (a protocol violation, not a bad change)."""


def pack(group: GroupId, raws: Sequence[bytes]) -> Any:
    """The CBOR-ready framing of `raws`, changes of `group` in the order given."""
    group_key = bytes.fromhex(group)
    writers: dict[bytes, int] = {}
    kinds: dict[str, int] = {}
    index_of: dict[bytes, int] = {}
    entries: list[Any] = []
    signatures: list[bytes] = []
    clock = 0
    for raw in raws:
        fields, signature = _fields_of(raw, group_key)
        if fields is None:
            entries.append(raw)
        else:
            writer = fields["a"] + fields["d"]
            w = writers.setdefault(writer, len(writers))
            k = kinds.setdefault(fields["k"], len(kinds))
            prev = fields["p"]
            deps = [index_of.get(d, d) for d in fields["deps"]]
            entries.append(
                [
                    w,
                    fields["s"],
                    None if prev is None else index_of.get(prev, prev),
                    deps,
                    fields["t"] - clock,
                    k,
                    fields["b"],
                ]
            )
            clock = fields["t"]
            signatures.append(signature)
        index_of[bytes.fromhex(change_id(raw))] = len(entries) - 1
    return [list(writers), list(kinds), entries, b"".join(signatures)]


def _fields_of(raw: bytes, group_key: bytes) -> tuple[dict[str, Any] | None, bytes]:
    """The payload fields, when the framing can carry them exactly."""
    try:
        payload, signature = cbor2.loads(raw)
        fields = cbor2.loads(payload)
    except Exception:
        return None, b""
    if not isinstance(fields, dict) or set(fields) != _KEYS or not _key(signature, 64):
        return None, b""
    group = None if fields["k"] == GENESIS_KIND else group_key
    if (
        fields["g"] != group
        or fields["v"] != FORMAT_VERSION
        or not isinstance(fields["k"], str)
        or not 0 < len(fields["k"]) <= MAX_KIND
        or not (_key(fields["a"], 32) and _key(fields["d"], 32))
        or not (fields["p"] is None or _key(fields["p"], 32))
        or type(fields["t"]) is not int
        or not isinstance(fields["deps"], list)
        or not all(_key(d, 32) for d in fields["deps"])
    ):
        return None, b""
    return fields, signature


def _key(value: Any, size: int) -> bool:
    return isinstance(value, bytes) and len(value) == size


_KEYS = frozenset({"v", "g", "a", "d", "s", "p", "deps", "t", "k", "b"})


def unpack(group: GroupId, value: Any, max_changes: int) -> tuple[list[bytes], list[Parsed]]:
    """Each change's bytes, and each change assembled for its signature check.

    Raises `FrameFormatError` naming what is malformed in the framing; a change that is
    well framed but invalid comes back as its `DecodeError`, refused like any other.
    """
    if not isinstance(value, list) or len(value) != 4:
        raise FrameFormatError("expected [writers, kinds, changes, signatures]")
    writers, kinds, entries, signatures = value
    if not isinstance(writers, list) or not all(
        isinstance(w, bytes) and len(w) == 64 for w in writers
    ):
        raise FrameFormatError("malformed writer table")
    if not isinstance(kinds, list) or not all(
        isinstance(k, str) and 0 < len(k) <= MAX_KIND for k in kinds
    ):
        raise FrameFormatError("malformed kind table")
    if not isinstance(entries, list):
        raise FrameFormatError("changes: expected a list")
    if len(entries) > max_changes:
        raise FrameFormatError(f"changes: more than {max_changes}")
    if not isinstance(signatures, bytes) or len(signatures) % 64:
        raise FrameFormatError("malformed signatures")
    if len(writers) > len(entries) or len(kinds) > len(entries):
        raise FrameFormatError("tables longer than the batch")
    group_key = bytes.fromhex(group)
    ids: list[bytes] = []
    raws: list[bytes] = []
    parsed: list[Parsed] = []
    clock = 0
    signed = 0
    for entry in entries:
        if isinstance(entry, bytes):
            if not entry:
                raise FrameFormatError("an empty change")
            raws.append(entry)
            parsed.append(entry)
            ids.append(bytes.fromhex(change_id(entry)))
            continue
        if not isinstance(entry, list) or len(entry) != 7:
            raise FrameFormatError("a change is neither bytes nor a framed change")
        w, seq, prev, deps, delta, k, body = entry
        if not _index(w, len(writers)) or not _index(k, len(kinds)):
            raise FrameFormatError("a change names a writer or kind outside the tables")
        if type(delta) is not int or not isinstance(deps, list):
            raise FrameFormatError("malformed clock or dependencies")
        if signed * 64 + 64 > len(signatures):
            raise FrameFormatError("fewer signatures than framed changes")
        signature = signatures[signed * 64 : signed * 64 + 64]
        signed += 1
        clock += delta
        kind = kinds[k]
        fields = {  # in canonical key order
            "a": writers[w][:32],
            "b": body,
            "d": writers[w][32:],
            "g": None if kind == GENESIS_KIND else group_key,
            "k": kind,
            "p": None if prev is None else _ref(prev, ids),
            "s": seq,
            "t": clock,
            "v": FORMAT_VERSION,
            "deps": [_ref(d, ids) for d in deps],
        }
        item: Parsed
        try:
            assembled = assemble(fields, signature)
        except DecodeError as exc:
            raw, item = _canonical(fields, signature), exc
            cid = change_id(raw)
        else:
            if assembled is None:  # a body of other values: parsed like any stored change
                raw = _canonical(fields, signature)
                item, cid = raw, change_id(raw)
            else:
                raw, item, cid = assembled[0].raw, assembled, assembled[0].id
        ids.append(bytes.fromhex(cid))
        raws.append(raw)
        parsed.append(item)
    if signed * 64 != len(signatures):
        raise FrameFormatError("more signatures than framed changes")
    return raws, parsed


def _canonical(fields: dict[str, Any], signature: bytes) -> bytes:
    try:
        return codec.encode([codec.encode(fields), signature])
    except Exception:
        raise FrameFormatError("a change holds values that cannot be encoded") from None


def _index(value: Any, size: int) -> bool:
    return type(value) is int and 0 <= value < size


def _ref(value: Any, ids: list[bytes]) -> Any:
    """An earlier change of the batch by index, or a 32-byte id as it stands (checked
    as a change's field later)."""
    if type(value) is int:
        if not 0 <= value < len(ids):
            raise FrameFormatError("a change cites a change not before it in the batch")
        return ids[value]
    return value
