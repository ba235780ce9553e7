"""Small checks for change bodies: exact keys, exact types, bounded sizes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ledger.errors import DecodeError

Check = Callable[[Any, str], None]


def check_body(
    body: Mapping[str, Any],
    required: Mapping[str, Check],
    optional: Mapping[str, Check] | None = None,
) -> None:
    """Refuse unknown or missing fields, then check each field's value."""
    optional = optional or {}
    unknown = set(body) - set(required) - set(optional)
    if unknown:
        raise DecodeError(f"unknown fields in body: {sorted(unknown)}")
    missing = set(required) - set(body)
    if missing:
        raise DecodeError(f"missing fields in body: {sorted(missing)}")
    for name, check in required.items():
        check(body[name], name)
    for name, check in optional.items():
        if name in body:
            check(body[name], name)


def text(max_len: int = 200, *, allow_empty: bool = False) -> Check:
    def check(value: Any, name: str) -> None:
        if not isinstance(value, str):
            raise DecodeError(f"{name} must be a text")
        if len(value) > max_len:
            raise DecodeError(f"{name} is longer than {max_len} characters")
        if not allow_empty and not value.strip():
            raise DecodeError(f"{name} must not be empty")

    return check


def integer(low: int, high: int) -> Check:
    def check(value: Any, name: str) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise DecodeError(f"{name} must be a whole number")
        if not low <= value <= high:
            raise DecodeError(f"{name} must be between {low} and {high}")

    return check


def flag(value: Any, name: str) -> None:
    if not isinstance(value, bool):
        raise DecodeError(f"{name} must be true or false")


def key32(value: Any, name: str) -> None:
    if not isinstance(value, bytes) or len(value) != 32:
        raise DecodeError(f"{name} must be 32 bytes")


def raw_bytes(max_len: int) -> Check:
    def check(value: Any, name: str) -> None:
        if not isinstance(value, bytes):
            raise DecodeError(f"{name} must be bytes")
        if len(value) > max_len:
            raise DecodeError(f"{name} is larger than {max_len} bytes")

    return check


def one_of(*choices: str) -> Check:
    def check(value: Any, name: str) -> None:
        if value not in choices:
            raise DecodeError(f"{name} must be one of {', '.join(choices)}")

    return check


def list_of(item: Check, max_len: int, *, min_len: int = 0) -> Check:
    def check(value: Any, name: str) -> None:
        if not isinstance(value, list) or not min_len <= len(value) <= max_len:
            raise DecodeError(f"{name} must be a list of {min_len} to {max_len} items")
        for i, element in enumerate(value):
            item(element, f"{name}[{i}]")

    return check
