"""The day a member joined, and the entries dated before it.

An entry for a member dated before the day they joined (the earliest day their
`member.add` changes name) is refused when it is recorded (`refusal`, run by every action
that writes an entry). Replay does not void such an entry: a peer may have signed it
before this check existed, and an acknowledged record is never lost. `early_entries` lists
those that stand, for `lattice check`; they count in the books and the share-out like any
entry (the money is in the box, so it is the member's savings). A member added without a
date, one who joined by invite, and the group's founder are not bound: records entered
after the fact stay possible.

A wrong join day is corrected with a `member.joined` change
(`membership_actions.set_join_day`), which takes the place of the days the adds name.
Moving the day later than an entry already recorded for the member is refused before
signing (reverse the entry first); a peer's correction that does so anyway leaves the
entry standing and counted, named by `early_entries`.
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
    """The first day `person` was a member ("YYYY-MM-DD"): the day the latest `member.joined`
    correction set, else the earliest their `member.add` changes name. None (not bound)
    when one of those adds names no day, none exists (the founder, a join by invite) or
    they are not a member. A member removed and added again keeps their first day: their
    entries before the second add are their own."""
    member = membership.members.get(person)
    if member is not None and member.joined is not None:
        return member.joined
    if member is None or member.since is None:
        return None
    since = history.control.get(member.since)
    if since is None or since.kind != "member.add" or "date" not in since.body:
        return None  # the change that made them a member said no day
    key = bytes.fromhex(person)
    days: list[str] = []
    for change in history.control.values():
        if change.kind in ("member.join", "group.create") and change.author == person:
            return None  # joined by invite, or founded the group: no day said
        if change.kind != "member.add" or change.body.get("person") != key:
            continue
        day = change.body.get("date")
        if day is None:
            return None
        days.append(str(day))
    return min(days, default=None)


def join_days(history: GroupHistory, membership: Membership) -> dict[PersonId, str | None]:
    """`joined_on` for every member, in one pass over the group's control changes (a
    page or report that needs every member's day would otherwise scan once per member)."""
    adds: dict[str, list[str | None]] = {}
    unbound: set[str] = set()
    for change in history.control.values():
        if change.kind in ("member.join", "group.create"):
            unbound.add(change.author)
        elif change.kind == "member.add":
            day = change.body.get("date")
            adds.setdefault(change.body["person"].hex(), []).append(
                None if day is None else str(day)
            )
    out: dict[PersonId, str | None] = {}
    for person, member in membership.members.items():
        out[person] = member.joined
        if member.joined is not None or member.since is None or person in unbound:
            continue
        since = history.control.get(member.since)
        days = adds.get(person, [])
        if since is None or since.kind != "member.add" or "date" not in since.body:
            continue
        if days and None not in days:
            out[person] = min(d for d in days if d is not None)
    return out


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
    joined = join_days(history, membership)
    for entry in books.entries.values():
        if entry.member is None or entry.type == "reversal" or entry.reversed_by is not None:
            continue
        day = joined.get(entry.member)
        if day is not None and entry.date < day:
            found.append(EarlyEntry(entry, membership.members[entry.member].name, day))
    found.sort(key=lambda e: (e.entry.date, e.entry.id))
    return found


def first_entry(books: Books, person: PersonId) -> Entry | None:
    """The earliest-dated standing, unreversed entry recorded for `person`, if any."""
    mine = [
        e for e in books.member_entries(person) if e.type != "reversal" and e.reversed_by is None
    ]
    return min(mine, key=lambda e: (e.date, e.id), default=None)
