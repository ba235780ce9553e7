"""Cached derived state, so a large store opens without replaying its whole log.

A snapshot is a cache, never truth: it is written after a replay and checked by a
hash when read; a snapshot that does not match, or was written by another version of
this code, is ignored and the state is replayed from the signed log. `lattice check`
compares the cached state with a fresh replay.

Encoding: CBOR. Objects are written as their class name and fields, and read back only
into the classes allowed (`_allowed`: plain data classes of the store and of the
domain's registered state part, `ledger.store.parts`), never running
code named by the file. Ledger entries, the bulk of a large group, are written as columns,
and the indexes over them (per member, pending) are rebuilt from those rows; repeated
text (ids of members, funds, entries) is written once and referred to after (CBOR
string references), which makes the snapshot a quarter of the size and quick to read.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import importlib
from collections.abc import Mapping
from typing import Any

import cbor2
from loro import ExportMode, LoroDoc

from ledger.store import parts
from ledger.store.errors import DecodeError
from ledger.store.state import GroupState
from ledger.store.words import Words

SNAPSHOT_VERSION = 15
"""Bump whenever the state's classes or the replay rules change meaning. (9: two
branches each bumped 7 to 8 for different changes, Amount in words and entries that
settle loans; a snapshot either of them wrote as 8 must be replayed. 10: districts,
representatives and households in the membership. 11: the classes moved to
ledger.store and ledger.savings; their module paths are in the fingerprint now, so a
later move makes old snapshots replay rather than fail to load. 12: the books say how
many entries they cache, so new ones are numbered without reading those; the state
counts the removals it met. 13: the books keep each member's running totals. 14: an
invite may name the district its joiner lands in. 15: a member's corrected join day.)"""

_STORE_CLASSES = (
    "ledger.store.state.GroupState",
    "ledger.store.state.Voided",
    "ledger.store.membership.Membership",
    "ledger.store.membership.Settings",
    "ledger.store.membership.Member",
    "ledger.store.membership.District",
    "ledger.store.membership.Invite",
)
"""The store's own classes a snapshot may hold; the domain's are registered with its
state part (`ledger.store.parts`)."""


def _name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _allowed() -> frozenset[str]:
    part = parts.state_part()
    domain = () if part is None else tuple(_name(c) for c in part.classes)
    return frozenset((*_STORE_CLASSES, *domain))


class Deferred:
    """Bytes a domain's part keeps to decode later, when first needed (a large group's
    entries: the window opens without them). A CBOR document of its own."""

    __slots__ = ("encoded",)

    def __init__(self, encoded: bytes) -> None:
        self.encoded = encoded


def _class(name: str) -> type:
    if name not in _allowed():
        raise DecodeError(f"snapshot names a class it may not: {name}")
    module, _, qualname = name.rpartition(".")
    cls = getattr(importlib.import_module(module), qualname)
    assert isinstance(cls, type)
    return cls


def _fields_of(obj: Any) -> dict[str, Any]:
    if hasattr(obj, "__dict__"):
        return dict(vars(obj))
    names = [n for c in type(obj).__mro__ for n in getattr(c, "__slots__", ())]
    return {n: getattr(obj, n) for n in names if hasattr(obj, n) and n != "__weakref__"}


_CLASS, _TUPLE_KEY, _FROZEN_KEY, _LORO_KEY, _DEFERRED_KEY = "\0c", "\0t", "\0f", "\0l", "\0e"
_WORDS_KEY = "\0w"


def _keep_words(value: Any) -> Any:
    """The core's `Words` (reasons, summaries) as template and parameters, so that a cached
    state still shows them in the reader's language; CBOR alone would keep the English."""
    if isinstance(value, Words):
        params = {k: _keep_words(v) for k, v in value.params.items()}
        return {_WORDS_KEY: [value.template, params]}
    for kind in parts.value_types():
        if isinstance(value, kind.kind):
            return {kind.tag: kind.encode(value)}
    return value


def _default(encoder: cbor2.CBOREncoder, obj: Any) -> None:
    kind = type(obj)
    if isinstance(obj, enum.Enum):
        encoder.encode(obj.value)
    elif kind is frozenset:
        encoder.encode({_FROZEN_KEY: list(obj)})
    elif kind is LoroDoc:
        encoder.encode({_LORO_KEY: bytes(obj.export(ExportMode.Snapshot()))})
    elif kind is Deferred:
        encoder.encode({_DEFERRED_KEY: obj.encoded})
    else:
        name = _name(kind)
        if name not in _allowed():
            raise TypeError(f"{name} cannot be put in a snapshot")
        fields = {k: _keep_words(v) for k, v in _fields_of(obj).items()}
        fields.pop("_lines", None)  # a cache, recomputed on use
        part = parts.state_part()
        if part is not None and kind is part.kind:
            fields = part.encode(obj, fields)
        encoder.encode({_CLASS: name, **fields})


def _object_hook(mapping: Mapping[Any, Any], immutable: bool) -> Any:
    value = dict(mapping)
    if len(value) == 1:
        if _FROZEN_KEY in value:
            return frozenset(value[_FROZEN_KEY])
        if _LORO_KEY in value:
            doc = LoroDoc()  # type: ignore[no-untyped-call]
            doc.import_(value[_LORO_KEY])
            return doc
        if _DEFERRED_KEY in value and isinstance(value[_DEFERRED_KEY], bytes):
            return Deferred(value[_DEFERRED_KEY])
        for kind in parts.value_types():
            if kind.tag in value:
                return kind.decode(value[kind.tag])
        if _WORDS_KEY in value:
            template, params = value[_WORDS_KEY]
            if not isinstance(template, str) or not isinstance(params, dict):
                raise DecodeError("snapshot words have the wrong shape")
            return Words(template, **params)
    name = value.pop(_CLASS, None)
    if name is None:
        return value
    cls = _class(name)
    obj: Any = object.__new__(cls)
    tuples, tuple_values = _tuple_fields(cls)
    for key, item in value.items():
        if key in tuples and isinstance(item, list):
            item = tuple(item)
        elif key in tuple_values and isinstance(item, dict):
            item = {k: tuple(v) if isinstance(v, list) else v for k, v in item.items()}
        object.__setattr__(obj, key, item)
    return obj


def _tuple_fields(cls: type) -> tuple[frozenset[str], frozenset[str]]:
    """Fields declared as tuples, and maps whose values are tuples: CBOR brings those
    back as lists."""
    if not dataclasses.is_dataclass(cls):
        return frozenset(), frozenset()
    fields = [(f.name, str(f.type).replace(" ", "")) for f in dataclasses.fields(cls)]
    return (
        frozenset(n for n, kind in fields if kind.startswith("tuple[")),
        frozenset(n for n, kind in fields if kind.startswith("dict[") and ",tuple[" in kind),
    )


def _fingerprint() -> bytes:
    """The code a snapshot was written by: its version, the kinds, the classes it may hold
    and the shape of the domain's part (the entries it stores as columns), so that two
    builds which both bumped the version for different changes (or added an entry field
    and forgot to bump it) never read each other's snapshots."""
    from ledger.store.kinds import known_kinds

    part = parts.state_part()
    shape = (
        SNAPSHOT_VERSION,
        known_kinds(),
        sorted(_allowed()),
        None if part is None else part.shape,
        [kind.tag for kind in parts.value_types()],
    )
    return hashlib.sha256(repr(shape).encode()).digest()[:8]


_MAGIC = b"LSN1"


def encode_state(state: GroupState) -> bytes:
    """`LSN1`, the code fingerprint (8 bytes), the payload's SHA-256, then the payload."""
    payload = cbor2.dumps(state, default=_default, string_referencing=True)
    return _MAGIC + _fingerprint() + hashlib.sha256(payload).digest() + payload


def decode_state(blob: bytes) -> GroupState | None:
    """The cached state, or None when the snapshot is stale, foreign or damaged."""
    view = memoryview(blob)
    head = len(_MAGIC) + 8 + 32
    try:
        if bytes(view[: len(_MAGIC)]) != _MAGIC or bytes(view[4:12]) != _fingerprint():
            return None
        payload = view[head:]
        if hashlib.sha256(payload).digest() != bytes(view[12:head]):
            return None
        state = cbor2.loads(payload, object_hook=_object_hook)
    except Exception:
        return None
    if not isinstance(state, GroupState):
        return None
    if state.books is not None:
        part = parts.state_part()
        if part is None or not isinstance(state.books, part.kind):
            return None
        try:
            part.restore(state.books, state)
        except DecodeError:
            return None
    return state
