"""Elder sign-off: one change signs entries, approves minutes and witnesses cash counts.

A sign-off names exactly what it signs (a meeting's batch is expanded into its
entries by the action, so an elder never signs an entry they did not see). At
replay, targets that do not stand (a voided entry) are skipped; a sign-off with
nothing left to sign is void.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ledger.savings import cycles, meetings
from ledger.savings.books import EntryId, MeetingId, books_of, hexid
from ledger.store import schema as s
from ledger.store.errors import DecodeError
from ledger.store.ids import ChangeId, PersonId
from ledger.store.words import QT_TRANSLATE_NOOP, Words, counted, listing

if TYPE_CHECKING:
    from ledger.store.change import Change
    from ledger.store.state import GroupState

MAX_TARGETS = 2000


@s.described("[bstr .size 32, bstr .size 32]", "[meeting id, minutes hash or close change id]")
def _pair(value: Any, name: str) -> None:
    if not isinstance(value, list) or len(value) != 2:
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "{name} must be [meeting, hash or close]"), name=name
        )
    s.key32(value[0], f"{name} meeting")
    s.key32(value[1], f"{name} second part")


def check_body(body: dict[str, Any]) -> None:
    """Signs at least one thing; names each entry once."""
    s.check_body(
        body,
        {},
        {
            "entries": s.list_of(s.key32, MAX_TARGETS),
            "minutes": s.list_of(_pair, 50),
            "counts": s.list_of(_pair, 50),
            "cycles": s.list_of(s.key32, 10),
        },
    )
    items = [
        *body.get("entries", []),
        *body.get("minutes", []),
        *body.get("counts", []),
        *body.get("cycles", []),
    ]
    if not items:
        raise DecodeError(QT_TRANSLATE_NOOP("core", "a sign-off must sign something"))
    if len(set(body.get("entries", []))) != len(body.get("entries", [])):
        raise DecodeError(QT_TRANSLATE_NOOP("core", "a sign-off names each entry once"))


def apply(state: GroupState, change: Change) -> str | None:
    """The author signs each entry named that stands (counted toward its confirmation),
    approves the minutes text of each `minutes` hash, and witnesses each `counts` close
    of a closing meeting, and each `cycles` close of a savings cycle. Targets that do not
    stand are skipped; void when nothing is left to sign."""
    books = books_of(state)
    books.sync()
    elder: PersonId = change.author
    signed = 0
    for raw in change.body.get("entries", []):
        entry = books.entries.get(EntryId(hexid(raw)))
        if entry is not None:
            books.sign(entry, elder)
            signed += 1
    for raw_meeting, digest in change.body.get("minutes", []):
        meeting = books.meetings.get(MeetingId(hexid(raw_meeting)))
        if meeting is not None:
            meeting.minutes_signers.setdefault(hexid(digest), set()).add(elder)
            signed += 1
    for raw_meeting, close in change.body.get("counts", []):
        if meetings.witness(books, MeetingId(hexid(raw_meeting)), ChangeId(hexid(close)), elder):
            signed += 1
    for raw in change.body.get("cycles", []):
        if cycles.witness(books, ChangeId(hexid(raw)), elder):
            signed += 1
    if not signed:
        return QT_TRANSLATE_NOOP(
            "core", "none of what it signs stands in the books (voided or unknown)"
        )
    return None


_SIGNED_WORDS = {
    "entries": (
        QT_TRANSLATE_NOOP("core", "{count} entry"),
        QT_TRANSLATE_NOOP("core", "{count} entries"),
    ),
    "minutes": (
        QT_TRANSLATE_NOOP("core", "the minutes of {count} meeting"),
        QT_TRANSLATE_NOOP("core", "the minutes of {count} meetings"),
    ),
    "counts": (
        QT_TRANSLATE_NOOP("core", "{count} cash count"),
        QT_TRANSLATE_NOOP("core", "{count} cash counts"),
    ),
    "cycles": (
        QT_TRANSLATE_NOOP("core", "the close of {count} cycle"),
        QT_TRANSLATE_NOOP("core", "the close of {count} cycles"),
    ),
}
"""What a sign-off signs, in its number (one, more), by body key."""


def describe(body: dict[str, Any]) -> str:
    parts = [
        counted(len(body[key]), forms) for key, forms in _SIGNED_WORDS.items() if body.get(key)
    ]
    return Words(QT_TRANSLATE_NOOP("core", "signed off {what}"), what=listing(parts))
