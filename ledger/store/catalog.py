"""Loads every module that registers change kinds, so the registry is complete."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ledger.store import parts

_STORE_KINDS = (
    "ledger.store.join_kinds",
    "ledger.store.district_kinds",
    "ledger.store.relays",
    "ledger.store.documents",
)
DOMAIN = ("ledger.savings.group_kinds", "ledger.savings.kinds")
"""The domain on the store, loaded by name: its modules register their kinds and their
part of a group's state (`ledger.store.parts`), so no module of the store imports them.
The one place the store names its domain; a build without it still opens a store."""


def load() -> None:
    for name in _STORE_KINDS:
        importlib.import_module(name)
    for name in DOMAIN:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not name.startswith(exc.name):
                raise


def control_kinds() -> list[str]:
    """The kinds that change membership (folded for authorization)."""
    from ledger.store.kinds import known_kinds, spec_for

    return [k for k in known_kinds() if spec_for(k).is_control]


def books_factory() -> Callable[[], Any] | None:
    """The constructor of the domain's part of a group's state (the savings books), when
    a domain registered one (`ledger.store.parts`)."""
    load()
    part = parts.state_part()
    return None if part is None else part.kind
