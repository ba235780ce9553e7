"""The day a member joined, and the entries dated before it.

An entry for a member dated before the day their `member.add` names is refused when it
is recorded (`refusal`, run by every action that writes an entry). Replay does not void
such an entry: a peer may have signed it before this check existed, and an acknowledged
record is never lost. `early_entries` lists those that stand, for `lattice check`; they
count in the books and the share-out like any entry (the money is in the box, so it is
the member's savings). A member added without a date (the day they were added) and the
group's founder are not bound: records entered after the fact stay possible.
"""

from __future__ import annotations

from dataclasses import dataclass

from ledger.savings.books import Books, books_of
from ledger.savings.entry import Entry
from ledger.store.history import GroupHistory
from ledger.store.ids import PersonId
from ledger.store.membership import Membership
from ledger.store.state import GroupState
from ledger.store.words import QT_TRANSLATE_NOOP, Words


def joined_on(history: GroupHistory, membership: Membership, person: PersonId) -> str | None:
    """The day the change that made `person` a member names ("YYYY-MM-DD"), or None when
    it names none (or they are not a member)."""
    member = membership.members.get(person)
    if member is None or member.since is None:
        return None
    change = history.control.get(member.since)
    if change is None or change.kind != "member.add":
        return None
    day = change.body.get("date")
    return str(day) if day is not None else None


def refusal(history: GroupHistory, membership: Membership, entry: Entry) -> Words | None:
    """Why `entry` may not be recorded for its member on its date, or None."""
    if entry.member is None or entry.type == "reversal":
        return None
    joined = joined_on(history, membership, entry.member)
    if joined is None or entry.date >= joined:
        return None
    return Words(
        QT_TRANSLATE_NOOP(
            "core",
            "{name} joined the group on {joined}: an entry for them cannot be dated {date}, "
            "before that day",
        ),
        name=membership.members[entry.member].name,
        joined=joined,
        date=entry.date,
    )


@dataclass(frozen=True)
class EarlyEntry:
    """A standing entry dated before its member joined (signed by a peer before the
    check existed)."""

    entry: Entry
    name: str
    joined: str

    def words(self, books: Books) -> Words:
        return Words(
            QT_TRANSLATE_NOOP(
                "core",
                "entry {entry} ({money} for {name}) is dated {date}, before {name} joined on "
                "{joined}: it counts; reverse it if it was a mistake",
            ),
            entry=self.entry.id[:8],
            money=books.money(self.entry.total),
            name=self.name,
            date=self.entry.date,
            joined=self.joined,
        )


def early_entries(history: GroupHistory, state: GroupState) -> list[EarlyEntry]:
    """Standing, unreversed entries dated before their member's join day, by date."""
    books = books_of(state)
    membership = state.membership
    found: list[EarlyEntry] = []
    joined: dict[PersonId, str | None] = {}
    for entry in books.entries.values():
        if entry.member is None or entry.type == "reversal" or entry.reversed_by is not None:
            continue
        if entry.member not in joined:
            joined[entry.member] = joined_on(history, membership, entry.member)
        day = joined[entry.member]
        if day is not None and entry.date < day:
            found.append(EarlyEntry(entry, membership.members[entry.member].name, day))
    found.sort(key=lambda e: (e.entry.date, e.entry.id))
    return found
