"""Cached derived state, so a large store opens without replaying its whole log.

A snapshot is a cache, never truth: it is written after a replay and checked by a
hash when read; a snapshot that does not match, or was written by another version of
this code, is ignored and the state is replayed from the signed log. `lattice check`
compares the cached state with a fresh replay.

Encoding: CBOR. Objects are written as their class name and fields, and read back only
into the classes listed in `_ALLOWED` (plain data classes of the core), never running
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

from ledger.errors import DecodeError
from ledger.money import Amount
from ledger.state import GroupState
from ledger.words import Words

SNAPSHOT_VERSION = 11
"""Bump whenever the state's classes or the replay rules change meaning. (9: two
branches each bumped 7 to 8 for different changes, Amount in words and entries that
settle loans; a snapshot either of them wrote as 8 must be replayed. 10: districts,
representatives and households in the membership. 11: the entries say how many they
are, so new ones are numbered without reading the cached ones; the state counts the
removals it met.)"""

_ALLOWED = (
    "ledger.state.GroupState",
    "ledger.state.Voided",
    "ledger.membership.Membership",
    "ledger.membership.Settings",
    "ledger.membership.Member",
    "ledger.membership.District",
    "ledger.membership.Invite",
    "ledger.finance.books.Books",
    "ledger.finance.books.Fund",
    "ledger.finance.entry.FundLine",
    "ledger.finance.entry.MemberLine",
    "ledger.finance.goals.Goal",
    "ledger.finance.goals.StatusStep",
    "ledger.finance.meetings.Meeting",
    "ledger.finance.meetings.Decision",
    "ledger.finance.meetings.CashCount",
    "ledger.finance.rules.Rules",
    "ledger.finance.rules.RulesVersion",
    "ledger.finance.rules.RulesBook",
    "ledger.finance.cycles.CycleClose",
)
_ENTRY_FIELDS = (
    "id",
    "type",
    "fund",
    "amount",
    "date",
    "recorder",
    "order",
    "member",
    "note",
    "meeting",
    "shares",
    "interest",
    "to_fund",
    "fine",
    "reverses",
    "reversed_by",
    "term",
    "rate_bp",
    "method",
    "loan",
    "charge",
    "settles",
)
"""Entries are written as columns: these fields in `Entry`'s own order, then the
signers, `confirmed`, and the fund and member lines of the entry a reversal cancels
(None for other entries). Columns decode quicker than rows and build entries in one
call each."""
_DERIVED_BOOKS_FIELDS = ("_by_member", "_pending_ids", "_unread", "_unread_count")


def _class(name: str) -> type:
    if name not in _ALLOWED:
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


def _entry_columns(entries: dict[str, Any]) -> list[list[Any]]:
    values = list(entries.values())
    columns = [[getattr(e, name) for e in values] for name in _ENTRY_FIELDS]
    columns.append([sorted(e.signers) for e in values])
    columns.append([e.confirmed for e in values])
    columns.append([[[x.fund, x.delta] for x in e.base[0]] or None for e in values])
    columns.append(
        [[[x.member, x.measure, x.fund, x.delta] for x in e.base[1]] or None for e in values]
    )
    return columns


def _decode_entries(columns: Any) -> dict[str, Any]:
    from ledger.finance.entry import NO_LINES, Entry, FundLine, MemberLine

    width = len(_ENTRY_FIELDS) + 4
    if not isinstance(columns, list) or len(columns) != width:
        raise DecodeError("snapshot entries have the wrong shape")
    count = len(columns[0])
    if any(not isinstance(c, list) or len(c) != count for c in columns):
        raise DecodeError("snapshot entry columns differ in length")
    *fields, signers, confirmed, funds, members = columns

    def base(funds: Any, members: Any) -> Any:
        if funds is None and members is None:
            return NO_LINES
        return (
            tuple(FundLine(f, d) for f, d in funds or ()),
            tuple(MemberLine(m, k, f, d) for m, k, f, d in members or ()),
        )

    built = map(Entry, *fields, map(set, signers), confirmed, map(base, funds, members))
    return {entry.id: entry for entry in built}


class _UnreadEntries:
    """Cached entries, still encoded (the whole snapshot's hash was checked on load), and
    how many they are."""

    def __init__(self, encoded: bytes, count: int) -> None:
        self.encoded, self.count = encoded, count

    def read(self) -> dict[str, Any]:
        entries = _decode_entries(cbor2.loads(self.encoded))
        if len(entries) != self.count:
            raise DecodeError("snapshot entries are not as many as it says")
        return entries


def _restore_books(books: Any) -> None:
    """Leave the entries to be read when first needed (`Books` then rebuilds its indexes
    over them), and make the settings mark the tuple it was (CBOR gives a list, which
    would make the running totals look out of date)."""
    if isinstance(books._synced, list):
        books._synced = tuple(books._synced)
    unread = books._entries
    if not isinstance(unread, _UnreadEntries):
        raise DecodeError("snapshot books have no entries")
    books.read_entries_later(unread.read, unread.count)


_CLASS, _TUPLE_KEY, _FROZEN_KEY, _LORO_KEY, _ENTRIES_KEY = "\0c", "\0t", "\0f", "\0l", "\0e"
_WORDS_KEY = "\0w"
_AMOUNT_KEY = "\0a"


def _keep_words(value: Any) -> Any:
    """The core's `Words` (reasons, summaries) as template and parameters, so that a cached
    state still shows them in the reader's language; CBOR alone would keep the English."""
    if isinstance(value, Words):
        params = {k: _keep_words(v) for k, v in value.params.items()}
        return {_WORDS_KEY: [value.template, params]}
    if isinstance(value, Amount):
        return {_AMOUNT_KEY: [int(value), value.currency]}
    return value


def _default(encoder: cbor2.CBOREncoder, obj: Any) -> None:
    kind = type(obj)
    if isinstance(obj, enum.Enum):
        encoder.encode(obj.value)
    elif kind is frozenset:
        encoder.encode({_FROZEN_KEY: list(obj)})
    elif kind is LoroDoc:
        encoder.encode({_LORO_KEY: bytes(obj.export(ExportMode.Snapshot()))})
    else:
        name = f"{kind.__module__}.{kind.__qualname__}"
        if name not in _ALLOWED:
            raise TypeError(f"{name} cannot be put in a snapshot")
        fields = {k: _keep_words(v) for k, v in _fields_of(obj).items()}
        fields.pop("_lines", None)  # a cache, recomputed on use
        if name == "ledger.finance.books.Books":
            # A CBOR document of its own, decoded only when the entries are first needed.
            columns = _entry_columns(obj.entries)
            fields["_entries"] = {
                _ENTRIES_KEY: [len(obj.entries), cbor2.dumps(columns, string_referencing=True)],
            }
            fields["_membership"] = None  # attached again from the state on load
            for derived in _DERIVED_BOOKS_FIELDS:
                del fields[derived]
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
        if _ENTRIES_KEY in value:
            match value[_ENTRIES_KEY]:
                case [int(count), bytes(encoded)] if count >= 0:
                    return _UnreadEntries(encoded, count)
            raise DecodeError("snapshot entries have the wrong shape")
        if _AMOUNT_KEY in value:
            minor, currency = value[_AMOUNT_KEY]
            if type(minor) is not int or not isinstance(currency, str | None):
                raise DecodeError("a snapshot amount has the wrong shape")
            return Amount(minor, currency)
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
    """The code a snapshot was written by: its version, the kinds, and the shape of the
    entries it stores as columns, so that two builds which both bumped the version for
    different changes (or added an entry field and forgot to bump it) never read each
    other's snapshots."""
    from dataclasses import fields

    from ledger.finance.entry import Entry
    from ledger.kinds import known_kinds

    shape = (SNAPSHOT_VERSION, known_kinds(), _ENTRY_FIELDS, [f.name for f in fields(Entry)])
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
        try:
            _restore_books(state.books)
        except DecodeError:
            return None
        state.books.attach(state.group, state.membership)
    return state
