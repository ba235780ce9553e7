"""Small checks for change bodies: exact keys, exact types, bounded sizes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ledger.errors import DecodeError
from ledger.words import QT_TRANSLATE_NOOP, Words, listing, word

Check = Callable[[Any, str], None]

FIELD_WORDS = {
    "name": QT_TRANSLATE_NOOP("core", "name"),
    "title": QT_TRANSLATE_NOOP("core", "title"),
    "note": QT_TRANSLATE_NOOP("core", "note"),
    "place": QT_TRANSLATE_NOOP("core", "place"),
    "motion": QT_TRANSLATE_NOOP("core", "motion"),
    "reason": QT_TRANSLATE_NOOP("core", "reason"),
    "label": QT_TRANSLATE_NOOP("core", "label"),
    "fine": QT_TRANSLATE_NOOP("core", "fine"),
    "founder": QT_TRANSLATE_NOOP("core", "founder"),
}
"""Body fields a person types, as words a front end translates (others keep their key)."""


def check_body(
    body: Mapping[str, Any],
    required: Mapping[str, Check],
    optional: Mapping[str, Check] | None = None,
) -> None:
    """Refuse unknown or missing fields, then check each field's value."""
    optional = optional or {}
    unknown = set(body) - set(required) - set(optional)
    if unknown:
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "unknown fields in body: {fields}"), fields=sorted(unknown)
        )
    missing = set(required) - set(body)
    if missing:
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "missing fields in body: {fields}"), fields=sorted(missing)
        )
    for name, check in required.items():
        check(body[name], _field(name))
    for name, check in optional.items():
        if name in body:
            check(body[name], _field(name))


def _field(name: str) -> str:
    found = word(FIELD_WORDS, name)
    return found if isinstance(found, Words) else name


def text(max_len: int = 200, *, allow_empty: bool = False) -> Check:
    def check(value: Any, name: str) -> None:
        if not isinstance(value, str):
            raise DecodeError(QT_TRANSLATE_NOOP("core", "{name} must be a text"), name=name)
        if len(value) > max_len:
            raise DecodeError(
                QT_TRANSLATE_NOOP("core", "{name} is longer than {count} characters"),
                name=name,
                count=max_len,
            )
        if not allow_empty and not value.strip():
            raise DecodeError(QT_TRANSLATE_NOOP("core", "{name} must not be empty"), name=name)

    return check


def integer(low: int, high: int) -> Check:
    def check(value: Any, name: str) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise DecodeError(QT_TRANSLATE_NOOP("core", "{name} must be a whole number"), name=name)
        if not low <= value <= high:
            raise DecodeError(
                QT_TRANSLATE_NOOP("core", "{name} must be between {low} and {high}"),
                name=name,
                low=low,
                high=high,
            )

    return check


def flag(value: Any, name: str) -> None:
    if not isinstance(value, bool):
        raise DecodeError(QT_TRANSLATE_NOOP("core", "{name} must be true or false"), name=name)


def key32(value: Any, name: str) -> None:
    if not isinstance(value, bytes) or len(value) != 32:
        raise DecodeError(QT_TRANSLATE_NOOP("core", "{name} must be 32 bytes"), name=name)


def raw_bytes(max_len: int) -> Check:
    def check(value: Any, name: str) -> None:
        if not isinstance(value, bytes):
            raise DecodeError(QT_TRANSLATE_NOOP("core", "{name} must be bytes"), name=name)
        if len(value) > max_len:
            raise DecodeError(
                QT_TRANSLATE_NOOP("core", "{name} is larger than {count} bytes"),
                name=name,
                count=max_len,
            )

    return check


def one_of(*choices: str) -> Check:
    def check(value: Any, name: str) -> None:
        if value not in choices:
            raise DecodeError(
                QT_TRANSLATE_NOOP("core", "{name} must be one of {choices}"),
                name=name,
                choices=listing(choices),
            )

    return check


def list_of(item: Check, max_len: int, *, min_len: int = 0) -> Check:
    def check(value: Any, name: str) -> None:
        if not isinstance(value, list) or not min_len <= len(value) <= max_len:
            raise DecodeError(
                QT_TRANSLATE_NOOP("core", "{name} must be a list of {low} to {high} items"),
                name=name,
                low=min_len,
                high=max_len,
            )
        for i, element in enumerate(value):
            item(element, f"{name}[{i}]")

    return check
