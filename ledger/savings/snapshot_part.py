"""How a snapshot keeps the savings books (the domain's part of a group's state).

The store's snapshot layer knows no domain: `register()` (called when the savings kinds
load) gives it the books' classes, how to write them and how to make them whole again
(`ledger.store.parts`). The entries, the bulk of a large group, are written as columns in
a CBOR document of their own, decoded only when first needed, and the indexes over them
(per member, pending) are rebuilt from those rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields as dataclass_fields
from typing import Any

import cbor2

from ledger.savings.books import Books, EntryId, Fund
from ledger.savings.entry import NO_LINES, Entry, FundLine, MemberLine
from ledger.savings.money import Amount
from ledger.savings.records import CashCount, CycleClose, Decision, Goal, Meeting, StatusStep
from ledger.savings.rules import Rules, RulesBook, RulesVersion
from ledger.store import parts
from ledger.store.errors import DecodeError
from ledger.store.snapshot import Deferred

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
_DERIVED_BOOKS_FIELDS = ("_by_member", "_pending_ids", "_unread")


def _entry_columns(entries: Mapping[EntryId, Entry]) -> list[list[Any]]:
    values = list(entries.values())
    columns = [[getattr(e, name) for e in values] for name in _ENTRY_FIELDS]
    columns.append([sorted(e.signers) for e in values])
    columns.append([e.confirmed for e in values])
    columns.append([[[x.fund, x.delta] for x in e.base[0]] or None for e in values])
    columns.append(
        [[[x.member, x.measure, x.fund, x.delta] for x in e.base[1]] or None for e in values]
    )
    return columns


def _decode_entries(columns: Any) -> dict[EntryId, Entry]:
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


def _encode_books(books: Books, fields: dict[str, Any]) -> dict[str, Any]:
    columns = _entry_columns(books.entries)
    fields["_entries"] = Deferred(cbor2.dumps(columns, string_referencing=True))
    fields["_unread_count"] = len(books.entries)  # (new entries are numbered from it)
    fields["_membership"] = None  # attached again from the state on load
    for derived in _DERIVED_BOOKS_FIELDS:
        del fields[derived]
    return fields


def _restore_books(books: Books, state: Any) -> None:
    """Leave the entries to be read when first needed (`Books` then rebuilds its indexes
    over them), make the settings mark the tuple it was (CBOR gives a list, which would
    make the running totals look out of date), and attach the group's membership."""
    if isinstance(books._synced, list):
        books._synced = tuple(books._synced)
    unread, count = books._entries, getattr(books, "_unread_count", None)
    if not isinstance(unread, Deferred):
        raise DecodeError("snapshot books have no entries")
    if type(count) is not int or count < 0:
        raise DecodeError("snapshot books do not say how many entries they hold")
    encoded = unread.encoded

    def read() -> dict[EntryId, Entry]:
        entries = _decode_entries(cbor2.loads(encoded))
        if len(entries) != count:
            raise DecodeError("snapshot entries are not as many as the books say")
        return entries

    books.read_entries_later(read, count)
    books.attach(state.group, state.membership)


def _encode_amount(amount: Amount) -> list[Any]:
    return [int(amount), amount.currency]


def _decode_amount(value: Any) -> Amount:
    if not isinstance(value, list) or len(value) != 2:
        raise DecodeError("a snapshot amount has the wrong shape")
    minor, currency = value
    if type(minor) is not int or not isinstance(currency, str | None):
        raise DecodeError("a snapshot amount has the wrong shape")
    return Amount(minor, currency)


BOOKS_PART = parts.StatePart(
    kind=Books,
    classes=(
        Books,
        Fund,
        FundLine,
        MemberLine,
        Goal,
        StatusStep,
        Meeting,
        Decision,
        CashCount,
        Rules,
        RulesVersion,
        RulesBook,
        CycleClose,
    ),
    encode=_encode_books,
    restore=_restore_books,
    shape=(_ENTRY_FIELDS, tuple(f.name for f in dataclass_fields(Entry))),
)
AMOUNT = parts.ValueType("\0a", Amount, _encode_amount, _decode_amount)


def register() -> None:
    """Tell the store's snapshot layer about the books and the amounts in texts."""
    parts.register_part(BOOKS_PART)
    parts.register_value(AMOUNT)
