"""Building a frozen dataclass with slots where one is made per change taken in.

A frozen dataclass's own `__init__` calls `object.__setattr__` once per field, looked up
anew each time; an object made with `object.__new__` and filled through its slots'
setters costs about half (`change.new_change`, `events.accepted`). It is equal to one
made by the class, and as frozen (tests/ledger/test_change.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

new_object = object.__new__


def slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    """Each slot's setter, in the order of `cls.__slots__` (the dataclass's fields)."""
    slots: tuple[str, ...] = getattr(cls, "__slots__")  # noqa: B009 (not every type has them)
    return tuple(getattr(cls, name).__set__ for name in slots)
