"""What a person typed, read for an action: amounts in the group's currency, dates, ids
and references to funds, members and meetings; and the writes that check a change first
(an entry against the books too), so a refusal writes nothing. Every actions module
uses these rather than each other's helpers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from ledger.savings import entries, entry_checks, joined, records, rules, sign_first
from ledger.savings.books import (
    Books,
    EntryId,
    FundId,
    MeetingId,
    books_of,
)
from ledger.savings.money import MAX_AMOUNT, parse_amount
from ledger.store.change import Change
from ledger.store.errors import DecodeError, NotFound, Refused
from ledger.store.ids import GroupId, PersonId
from ledger.store.kinds import spec_for
from ledger.store.persons import Signer
from ledger.store.store import Store
from ledger.store.words import QT_TRANSLATE_NOOP, word

Amount = int | str

AMOUNT = QT_TRANSLATE_NOOP("core", "the amount")
ID_WORDS = {
    "person": QT_TRANSLATE_NOOP("core", "person"),
    "fund": QT_TRANSLATE_NOOP("core", "fund"),
    "goal": QT_TRANSLATE_NOOP("core", "goal"),
    "meeting": QT_TRANSLATE_NOOP("core", "meeting"),
    "entry": QT_TRANSLATE_NOOP("core", "entry"),
}


def books_for(store: Store, group: GroupId) -> Books:
    return books_of(store.state(group))


def minor(value: Amount, currency: str, *, what: str = AMOUNT, allow_zero: bool = False) -> int:
    """An amount in minor units, refused when zero, negative, too large or too precise.

    `what` names the figure with its article ("the amount"), best as marked `Words`.
    """
    amount = parse_amount(value, currency) if isinstance(value, str) else value
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise Refused(
            QT_TRANSLATE_NOOP("core", "{what} must be a whole number of minor units"), what=what
        )
    if amount < 0 or (amount == 0 and not allow_zero):
        raise Refused(QT_TRANSLATE_NOOP("core", "{what} must be more than zero"), what=what)
    if amount > MAX_AMOUNT:
        raise Refused(QT_TRANSLATE_NOOP("core", "{what} is too large"), what=what)
    return amount


def day_of(value: str | None, default: str | None = None, *, later_ok: bool = False) -> str:
    """A day as 'YYYY-MM-DD' (default: `default`, else today). Unless `later_ok` (a rule's
    start, a due date), a day after tomorrow is refused: nothing is recorded ahead of
    time, and tomorrow leaves room for a PC in another time zone."""
    day = value or default or dt.date.today().isoformat()
    try:
        rules.check_date(day, QT_TRANSLATE_NOOP("core", "the date"))
    except DecodeError as exc:
        raise Refused(exc.words) from None
    latest = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    if not later_ok and day > latest:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the date {date} is in the future (today is {today})"),
            date=day,
            today=dt.date.today().isoformat(),
        )
    return day


def raw_id(ref: str, what: str) -> bytes:
    try:
        raw = bytes.fromhex(ref)
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "'{ref}' is not a {what} id (64 hex digits)"),
            ref=ref,
            what=word(ID_WORDS, what),
        )
    return raw


def fund_id(books: Books, ref: str | None) -> FundId:
    fund = FundId(ref) if ref else books.default_fund
    if fund not in books.funds:
        raise NotFound(QT_TRANSLATE_NOOP("core", "no fund {fund} in this group"), fund=fund[:8])
    return fund


def member_key(store: Store, group: GroupId, ref: str) -> bytes:
    member = store.state(group).membership.members.get(PersonId(ref))
    if member is None or member.status == "removed":
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "{person} is not a member of this group"), person=ref[:8]
        )
    return raw_id(ref, "person")


def meeting_of(books: Books, ref: str) -> records.Meeting:
    meeting = books.meetings.get(MeetingId(ref))
    if meeting is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "no meeting {meeting} in this group"), meeting=ref[:8]
        )
    return meeting


def write_checked(
    store: Store, signer: Signer, group: GroupId, kind: str, body: dict[str, Any]
) -> Change:
    """Sign and store a change whose body passes its kind's check (else a refusal, and
    nothing written)."""
    try:
        spec_for(kind).check_body(body)
    except DecodeError as exc:
        raise Refused(exc.words) from None
    return store.write(signer, group, kind, body)


def write_in_parts(
    store: Store, signer: Signer, group: GroupId, kind: str, bodies: Iterable[dict[str, Any]]
) -> list[Change]:
    """Several checked changes of `kind` in one transaction, all stored or none: what one
    change's cap cannot hold (a whole council's attendance, a large meeting's sign-off)."""
    with store.batch():
        return [write_checked(store, signer, group, kind, body) for body in bodies]


def in_parts(items: list[Any], size: int) -> list[list[Any]]:
    """`items` cut into runs of at most `size` (one empty run when there are none)."""
    return [items[start : start + size] for start in range(0, len(items), size)] or [[]]


def write_entry(
    store: Store, signer: Signer, group: GroupId, books: Books, body: dict[str, Any]
) -> Change:
    """Write an `entry.add`, checked first as replay will check it against `books`."""
    try:
        entries.check_entry(body)
    except DecodeError as exc:
        raise Refused(exc.words) from None
    entry = entries.entry_of(books, body, EntryId(""), signer.person)
    reason: str | None = None
    if books.membership is not None:
        reason = joined.refusal(store.history(group), books.membership, entry)
    if reason is None and (why := entry_checks.why_not(books, entry)) is not None:
        reason = sign_first.next_step(books, entry, why)
    if reason is not None:
        raise Refused(reason)
    return write_checked(store, signer, group, "entry.add", body)
