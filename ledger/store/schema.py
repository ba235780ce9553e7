"""Small checks for change bodies: exact keys, exact types, bounded sizes."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from ledger.store.errors import DecodeError
from ledger.store.words import QT_TRANSLATE_NOOP, Words, listing, word

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


@dataclass(frozen=True, slots=True)
class Shape:
    """The fields of a body: each field's check, which also says its CDDL type."""

    required: Mapping[str, Check]
    optional: Mapping[str, Check]


@dataclass(frozen=True, slots=True)
class Variants:
    """A body whose shape depends on one text field (`tag`), e.g. an entry's type."""

    tag: str
    shapes: Mapping[str, Shape]


class Traced(Exception):
    """Raised by `check_body` while a body check is traced (see `trace`)."""


_tracing: ContextVar[list[Shape | Variants] | None] = ContextVar("schema_trace", default=None)


@contextmanager
def _recording() -> Iterator[list[Shape | Variants]]:
    found: list[Shape | Variants] = []
    token = _tracing.set(found)
    try:
        yield found
    finally:
        _tracing.reset(token)


def trace(body_check: Callable[[dict[str, Any]], None]) -> Shape | Variants:
    """The shape a kind's body check enforces, read by running it in tracing mode.

    Every body check calls `check_body` (or `check_variants`) before anything else that
    could refuse a non-empty body; that call records its fields here and stops.
    """
    with _recording() as found:
        try:
            body_check({"\x00": None})
        except Traced:
            return found[0]
        except DecodeError as exc:
            raise ValueError(
                f"{body_check.__qualname__} refused before calling schema.check_body: {exc}"
            ) from None
    raise ValueError(f"{body_check.__qualname__} never calls schema.check_body")


def check_variants(
    body: Mapping[str, Any],
    tag: str,
    shapes: Mapping[str, Shape],
    unknown: Callable[[], Words | str],
) -> None:
    """Check a body against the shape its `tag` field names; `unknown()` gives the
    refusal when it names none (built only then: most bodies are fine)."""
    found = _tracing.get()
    if found is not None:
        found.append(Variants(tag, shapes))
        raise Traced
    value = body.get(tag)
    shape = shapes.get(value) if isinstance(value, str) else None
    if shape is None:
        raise DecodeError(unknown())
    check_body(body, shape.required, shape.optional)


def check_body(
    body: Mapping[str, Any],
    required: Mapping[str, Check],
    optional: Mapping[str, Check] | None = None,
) -> None:
    """Refuse unknown or missing fields, then check each field's value."""
    optional = optional or {}
    found = _tracing.get()
    if found is not None:
        found.append(Shape(required, optional))
        raise Traced
    # Every required field and nothing unknown: the fields beside the required ones are
    # all optional ones (counted, no sets built: every change arriving passes here).
    extra = len(body) - len(required)
    if not (
        required.keys() <= body.keys()
        and (not extra or extra == sum(name in body and name not in required for name in optional))
    ):
        _refuse_fields(body, required, optional)
    for name, check in required.items():
        check(body[name], _field(name))
    if extra:
        for name, check in optional.items():
            if name in body:
                check(body[name], _field(name))


def _refuse_fields(
    body: Mapping[str, Any], required: Mapping[str, Check], optional: Mapping[str, Check]
) -> None:
    """Raise naming the unknown fields, else the missing ones."""
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


def described(cddl: str, note: str = "") -> Callable[[Check], Check]:
    """Mark a field check with its CDDL type and a note, for the generated docs."""

    def mark(check: Check) -> Check:
        setattr(check, "cddl", cddl)  # noqa: B010 (a function attribute mypy cannot see)
        setattr(check, "note", note)  # noqa: B010
        return check

    return mark


def cddl_of(check: Check) -> tuple[str, str]:
    """A field check's CDDL type and note; ValueError for a check nobody described."""
    cddl = getattr(check, "cddl", None)
    if cddl is None:
        raise ValueError(
            f"the field check {getattr(check, '__qualname__', check)!r} has no CDDL "
            "description: decorate it with ledger.store.schema.described"
        )
    return cddl, getattr(check, "note", "")


@functools.lru_cache(maxsize=512)
def _field(name: str) -> str:
    """A field's name for refusals (cached: every body check asks, refusals are rare)."""
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

    note = f"at most {max_len} characters" + ("" if allow_empty else ", not blank")
    return described("tstr", note)(check)


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

    return described(f"{low}..{high}")(check)


@described("bool")
def flag(value: Any, name: str) -> None:
    if not isinstance(value, bool):
        raise DecodeError(QT_TRANSLATE_NOOP("core", "{name} must be true or false"), name=name)


@described("bstr .size 32")
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

    return described(f"bstr .size (0..{max_len})")(check)


def one_of(*choices: str) -> Check:
    def check(value: Any, name: str) -> None:
        if value not in choices:
            raise DecodeError(
                QT_TRANSLATE_NOOP("core", "{name} must be one of {choices}"),
                name=name,
                choices=listing(choices),
            )

    return described(" / ".join(f'"{c}"' for c in choices))(check)


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

    inner, note = cddl_of(item)
    if " / " in inner:
        inner = f"({inner})"
    return described(f"[{min_len}*{max_len} {inner}]", note)(check)
