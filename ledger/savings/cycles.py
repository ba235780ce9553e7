"""Closing a savings cycle: a council member records it after the share-out, the elders
witness it, and from then on no entry may be dated on or before its last day.

A cycle starts with the constitution (`cycle_start`, and a planned `cycle_end` or
`cycle_meetings`, set by `rules.set`). A `cycle.close` change names the cycle's last
day; it stands only when every member with a part of the pool has been paid, and the
cycle is closed once a quorum of elders signed the close (sign-off `cycles`). What the
box still holds (rounding, the social fund) is simply there for the next cycle: its
share-out counts every entry up to its own end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ledger.savings.books import Books, books_of
from ledger.savings.records import CycleClose
from ledger.savings.rules import check_date
from ledger.savings.shareout import project
from ledger.store import schema as s
from ledger.store.ids import ChangeId, PersonId
from ledger.store.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from ledger.store.change import Change
    from ledger.store.state import GroupState


def check_close(body: dict[str, Any]) -> None:
    s.check_body(body, {"end": check_date}, {"note": s.text(500)})


def close_problem(books: Books, end: str) -> str | None:
    """Why the cycle ending on `end` may not be closed now, or None."""
    rules = books.rules.in_force(end)
    if rules.cycle_start is None:
        return QT_TRANSLATE_NOOP(
            "core", "the constitution has started no cycle (set the cycle's start first)"
        )
    if end < rules.cycle_start:
        return Words(
            QT_TRANSLATE_NOOP("core", "the cycle starts on {start}, after {end}"),
            start=rules.cycle_start,
            end=end,
        )
    for other in books.cycles.values():
        if (other.start == rules.cycle_start or other.covers(end)) and not other.closed:
            return Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the close of the cycle from {start} to {end} is already recorded: "
                    "the elders sign it off",
                ),
                start=other.start or "…",
                end=other.end,
            )
        if other.start == rules.cycle_start or other.covers(end):
            return Words(
                QT_TRANSLATE_NOOP("core", "the cycle from {start} to {end} is already closed"),
                start=other.start or "…",
                end=other.end,
            )
    plan = project(books, day=end, confirmed_only=False)
    unpaid = [x for x in plan.lines if x.due or (x.loan and not x.paid)]
    if unpaid:
        return Words(
            QT_TRANSLATE_NOOP(
                "core", "the share-out comes first: {count} members are not paid yet"
            ),
            count=len(unpaid),
        )
    return None


def apply_close(state: GroupState, change: Change) -> str | None:
    """Records the close of the cycle in force on `end` (the rules' `cycle_start` to
    `end`); the cycle is closed once a quorum of elders signed it (a sign-off's `cycles`),
    and from then on an entry dated on or before `end` is void. Void when no cycle started, `end` is
    before its start, a close of that cycle exists, or a member's share-out is unpaid."""
    books = books_of(state)
    books.sync()
    end = change.body["end"]
    reason = close_problem(books, end)
    if reason is not None:
        return reason
    plan = project(books, day=end, confirmed_only=False)
    books.cycles[change.id] = CycleClose(
        change.id,
        plan.cycle_start,
        end,
        change.author,
        plan.pool,
        plan.carried,
        change.body.get("note", ""),
    )
    return None


def witness(books: Books, close: ChangeId, elder: PersonId) -> bool:
    """An elder signs a cycle's close; the cycle closes at quorum. False: nothing to sign."""
    cycle = books.cycles.get(close)
    if cycle is None or cycle.closed:
        return False
    cycle.witnesses.add(elder)
    if len(books.counting(cycle.witnesses, cycle.recorder)) >= books.quorum:
        cycle.closed = True
    return True


def describe_close(body: dict[str, Any]) -> str:
    return Words(
        QT_TRANSLATE_NOOP("core", "closed the savings cycle ending {end}"), end=body["end"]
    )
