"""Canonical CBOR: one byte string for one value, so hashes and signatures are stable."""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

import cbor2

from ledger.store.errors import DecodeError


def encode(value: Any) -> bytes:
    return cbor2.dumps(value, canonical=True)


def decode_one(data: bytes) -> Any:
    """Decode exactly one CBOR value, with nothing after it."""
    stream = io.BytesIO(data)
    try:
        value = cbor2.CBORDecoder(stream).decode()
    except Exception as exc:  # cbor2 raises many types on garbage
        raise DecodeError(f"not valid CBOR ({exc.__class__.__name__})") from None
    if stream.tell() != len(data):
        raise DecodeError("not valid CBOR (bytes after the end of the value)")
    return value


def require_canonical(value: Any, data: bytes, *, ordered: bool = False) -> None:
    """Refuse `data` unless it is exactly the canonical encoding of `value`.

    Where every map has text keys already in canonical order (`ordered`, when the
    caller checked it, or found here), the plain encoder gives the canonical bytes at
    a quarter of the cost of sorting them again.
    """
    try:
        plain = ordered or in_canonical_order(value)
        again = cbor2.dumps(value) if plain else encode(value)
    except Exception:
        raise DecodeError("holds values that cannot be re-encoded canonically") from None
    if again != data:
        raise DecodeError("not in canonical form (extra, reordered or padded bytes)")


def decode_canonical(data: bytes) -> Any:
    """Decode, refusing anything that is not exactly the canonical encoding of its value."""
    value = decode_one(data)
    require_canonical(value, data)
    return value


def canonical_key_order(keys: Iterable[str]) -> list[str]:
    """The order canonical CBOR gives text keys: shorter first, then bytewise."""
    return sorted(keys, key=lambda k: (len(k.encode("utf-8")), k.encode("utf-8")))


_SIMPLE = (int, bytes, str, bool, type(None))


def in_canonical_order(value: Any, depth: int = 0) -> bool:
    """Whether `value` holds only plain values and text-keyed maps in canonical key order."""
    kind = type(value)
    if kind in _SIMPLE:
        return True
    if depth > 64:
        return False
    if kind is list:
        return all(type(item) in _SIMPLE or in_canonical_order(item, depth + 1) for item in value)
    if kind is dict:
        # (UTF-8 byte length, text): UTF-8 orders bytewise as text orders by code point.
        previous: tuple[int, str] | None = None
        for key, item in value.items():
            if type(key) is not str:
                return False
            order = (len(key) if key.isascii() else len(key.encode("utf-8")), key)
            if previous is not None and order <= previous:
                return False
            previous = order
            if type(item) not in _SIMPLE and not in_canonical_order(item, depth + 1):
                return False
        return True
    return False
