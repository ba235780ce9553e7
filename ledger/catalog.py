"""Loads every module that registers change kinds, so the registry is complete."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

_MODULES = ("ledger.group_kinds", "ledger.district_kinds", "ledger.relays", "ledger.documents")
_OPTIONAL = ("ledger.finance.kinds",)


def load() -> None:
    for name in _MODULES:
        importlib.import_module(name)
    for name in _OPTIONAL:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not name.startswith(exc.name):
                raise


def control_kinds() -> list[str]:
    """The kinds that change membership (folded for authorization)."""
    from ledger.kinds import known_kinds, spec_for

    return [k for k in known_kinds() if spec_for(k).is_control]


def books_factory() -> Callable[[], Any] | None:
    """The constructor of the ledger part of a group's state, when that part exists."""
    try:
        module = importlib.import_module("ledger.finance.books")
    except ModuleNotFoundError:
        return None
    factory: Callable[[], Any] = module.Books
    return factory
