"""The indicators a funder reads first: members in and out, savings, loans, assets,
meetings and attendance over the report's range.

Kept apart from the report's lines because membership counts need the group's signed
history (who had joined or left by a day), not only its books.
"""

from __future__ import annotations

import datetime as dt

from ledger.exports.dated_entries import DatedEntry, base_type, positions, sign
from ledger.exports.model import Indicators, MeetingLine
from ledger.exports.period import Period
from ledger.savings.books import Books
from ledger.savings.joined import join_days
from ledger.store.change import Change
from ledger.store.history import GroupHistory
from ledger.store.ids import PersonId
from ledger.store.membership import Role
from ledger.store.state import GroupState

_MEMBER_ROLES = frozenset({Role.COUNCIL.value, Role.ELDER.value, Role.MEMBER.value})


def gather_indicators(
    books: Books,
    rows: list[DatedEntry],
    period: Period,
    start: dt.date | None,
    end: dt.date | None,
    history: GroupHistory,
    state: GroupState,
    meetings: tuple[MeetingLine, ...],
) -> Indicators:
    """The indicators over `rows` (every dated entry); `start` and `end` bound the report:
    the period's own days, or else its first and last entry's."""
    before_start = None if start is None else start - dt.timedelta(days=1)
    first_entry: dict[PersonId, dt.date] = {}
    for row in rows:
        if row.entry.member is not None:
            first_entry.setdefault(row.entry.member, row.day)
    joined = join_days(history, state.membership)
    at_start = (
        set()
        if before_start is None
        else _members_on(history, state, before_start, first_entry, joined)
    )
    at_end = _members_on(history, state, end or dt.date.today(), first_entry, joined)
    end_pos = positions(books, rows, period.end)
    start_pos = positions(books, rows, before_start) if before_start else {}
    fund_end = fund_start = 0
    savings_in_range = disbursed = earnings = 0
    for row in rows:
        if not row.confirmed or period.is_after(row.day):
            continue
        delta = sum(x.delta for x in row.entry.lines()[0])
        if before_start is not None and row.day <= before_start:
            fund_start += delta
        fund_end += delta
        if not period.contains(row.day):
            continue
        for x in row.entry.lines()[1]:
            if x.measure == "saved" and books.funds[x.fund].kind == "savings":
                savings_in_range += x.delta
            elif x.measure in ("interest", "fines"):
                earnings += x.delta
        if base_type(books, row.entry) == "loan":
            disbursed += sign(row.entry) * row.entry.amount

    def total(pos: dict[tuple[PersonId, str], int], measure: str) -> int:
        return sum(v for (_, m), v in pos.items() if m == measure)

    loans_end = total(end_pos, "loan")
    present = sum(m.present for m in meetings)
    expected = sum(m.expected for m in meetings)
    return Indicators(
        members_start=len(at_start),
        members_end=len(at_end),
        joined=len(at_end - at_start),
        left=len(at_start - at_end),
        savings=total(end_pos, "saved"),
        savings_in_range=savings_in_range,
        loans_outstanding=loans_end,
        loans_active=sum(1 for (_, m), v in end_pos.items() if m == "loan" and v > 0),
        loans_disbursed=disbursed,
        earnings=earnings,
        assets_start=fund_start + total(start_pos, "loan"),
        assets_end=fund_end + loans_end,
        meetings=len(meetings),
        attendance_rate=None if expected == 0 else present / expected,
    )


def _by(change: Change, day: dt.date, limit: int) -> bool:
    """Whether a membership change took effect by the end of `day`: its own `date` when
    it names one (a member added after the fact), else when it was signed."""
    if "date" in change.body:
        return str(change.body["date"]) <= day.isoformat()
    return change.clock < limit


def _members_on(
    history: GroupHistory,
    state: GroupState,
    day: dt.date,
    first_entry: dict[PersonId, dt.date],
    joined: dict[PersonId, str | None],
) -> set[PersonId]:
    """Members (not only viewers) on `day`: joined by then and not removed by then. Joined
    is their join day (`joined.join_days`: a correction's, else their adds'), else when the
    change that made them a member was signed; or earlier, by a dated entry of theirs (a
    record entered after the fact, or one a peer signed before a correction)."""
    limit = int(
        dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), dt.UTC).timestamp() * 1000
    )
    out: set[PersonId] = set()
    for person, member in state.membership.members.items():
        if not member.roles & _MEMBER_ROLES or member.since is None:
            continue
        early = person in first_entry and first_entry[person] <= day
        join_day = joined.get(person)
        if join_day is not None:
            by_then = join_day <= day.isoformat()
        else:
            since = history.control.get(member.since)
            by_then = since is not None and _by(since, day, limit)
        if not early and not by_then:
            continue
        left = [
            c
            for c in history.control.values()
            if c.kind == "member.remove" and c.body["person"].hex() == person
        ]
        if member.status == "removed" and any(_by(c, day, limit) for c in left):
            continue
        out.add(person)
    return out
