"""Canonical CBOR: one byte string for one value, so hashes and signatures are stable."""

from __future__ import annotations

import io
from typing import Any

import cbor2

from ledger.errors import DecodeError


def encode(value: Any) -> bytes:
    return cbor2.dumps(value, canonical=True)


def decode_canonical(data: bytes) -> Any:
    """Decode, refusing anything that is not exactly the canonical encoding of its value."""
    stream = io.BytesIO(data)
    try:
        value = cbor2.CBORDecoder(stream).decode()
    except Exception as exc:  # cbor2 raises many types on garbage
        raise DecodeError(f"not valid CBOR ({exc.__class__.__name__})") from None
    if stream.tell() != len(data):
        raise DecodeError("not valid CBOR (bytes after the end of the value)")
    try:
        # Where every map has text keys already in canonical order, the plain encoder
        # gives the canonical bytes, at a quarter of the cost of sorting them again.
        again = cbor2.dumps(value) if _in_canonical_order(value) else encode(value)
    except Exception:
        raise DecodeError("holds values that cannot be re-encoded canonically") from None
    if again != data:
        raise DecodeError("not in canonical form (extra, reordered or padded bytes)")
    return value


_SIMPLE = (int, bytes, str, bool, type(None))


def _in_canonical_order(value: Any, depth: int = 0) -> bool:
    """Whether `value` holds only plain values and text-keyed maps in canonical key order."""
    kind = type(value)
    if kind in _SIMPLE:
        return True
    if depth > 64:
        return False
    if kind is list:
        return all(_in_canonical_order(item, depth + 1) for item in value)
    if kind is dict:
        previous: tuple[int, bytes] | None = None
        for key, item in value.items():
            if type(key) is not str:
                return False
            encoded = key.encode("utf-8")
            order = (len(encoded), encoded)
            if previous is not None and order <= previous:
                return False
            previous = order
            if not _in_canonical_order(item, depth + 1):
                return False
        return True
    return False
