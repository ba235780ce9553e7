"""What the store learns from the domain on top of it, by registration, never by import.

The store is generic: it signs, stores, authorizes and replays changes of any kind. The
domain built on it (the savings group, `ledger.savings`) registers its change kinds
(`ledger.store.kinds`), the part of a group's state it keeps (`GroupState.books`) with
how a snapshot caches that part, and the value types its texts carry (an amount of
money). The store asks this module, so `ledger.store` imports nothing of the domain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class StatePart:
    """The domain's part of a group's state, and how a snapshot keeps it."""

    kind: type
    """The part's class, built with no arguments for a fresh replay."""
    classes: tuple[type, ...]
    """Every class of the domain a snapshot of the part may hold (the kind included)."""
    encode: Callable[[Any, dict[str, Any]], dict[str, Any]]
    """The fields to write for a part object, given its plain fields."""
    restore: Callable[[Any, Any], None]
    """Makes a part read back from a snapshot whole: (part, GroupState). Raises
    `DecodeError` when the snapshot's part is malformed."""
    shape: tuple[Any, ...] = ()
    """Whatever the part's cached form depends on besides its classes (in the snapshot's
    fingerprint, so a change of it makes old snapshots replay)."""


@dataclass(frozen=True)
class ValueType:
    """A domain value kept inside the core's texts (`Words` parameters) and state."""

    tag: str
    kind: type
    encode: Callable[[Any], list[Any]]
    decode: Callable[[Any], Any]
    """Builds the value back from `encode`'s list; raises `DecodeError` on a bad shape."""


_part: StatePart | None = None
_values: dict[str, ValueType] = {}


def register_part(part: StatePart) -> None:
    """Set the domain's state part (one domain at a time; registering it again is a no-op)."""
    global _part
    if _part is not None and _part.kind is not part.kind:
        raise ValueError(f"a state part is registered already: {_part.kind.__qualname__}")
    _part = part


def state_part() -> StatePart | None:
    return _part


def register_value(value: ValueType) -> None:
    """Add a value type texts may carry (registering the same tag again replaces it)."""
    _values[value.tag] = value


def value_types() -> tuple[ValueType, ...]:
    return tuple(_values.values())
