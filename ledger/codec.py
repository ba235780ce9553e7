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
        again = encode(value)
    except Exception:
        raise DecodeError("holds values that cannot be re-encoded canonically") from None
    if again != data:
        raise DecodeError("not in canonical form (extra, reordered or padded bytes)")
    return value
