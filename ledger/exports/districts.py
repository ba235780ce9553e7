"""The report's figures by district: the core's roll-up at the range's end (and over the
range, for what was paid in during it), with each district's meetings and attendance.

A member's money and attendance count for the district the member belongs to now, as in
the core's roll-up (`ledger.savings.districts`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from ledger.exports.model import DistrictLine
from ledger.exports.period import Period
from ledger.savings.books import Books, GoalId
from ledger.savings.districts import DistrictFigures, rollup
from ledger.store.ids import DistrictId, PersonId
from ledger.store.state import GroupState

HERE = ("present", "late", "represented")


def gather_districts(
    books: Books, state: GroupState, period: Period
) -> tuple[tuple[DistrictLine, ...], DistrictLine | None]:
    """Each district's line (members of no district last, when there are any) and the
    total; nothing for a group without districts."""
    membership = state.membership
    if not membership.districts:
        return (), None
    until = period.end.isoformat() if period.end else None
    since = period.start.isoformat() if period.start else None
    at_end = rollup(books, membership, until=until)
    in_range = rollup(books, membership, until=until, since=since)
    goals = [
        (gid, g.title)
        for gid, g in books.goals.items()
        if g.fund is not None and g.family is None and g.status != "dropped"
    ]
    meetings: dict[DistrictId | None, int] = defaultdict(int)
    present: dict[DistrictId | None, int] = defaultdict(int)
    expected: dict[DistrictId | None, int] = defaultdict(int)

    def district_of(person: PersonId) -> DistrictId | None:
        member = membership.members.get(person)
        return member.district if member is not None else None

    for meeting in books.meetings.values():
        if not period.contains(dt.date.fromisoformat(meeting.date)):
            continue
        meetings[meeting.district] += 1
        for person, (status, _by) in meeting.attendance.items():
            district = district_of(person)
            expected[district] += 1
            present[district] += status in HERE

    flows = {row.district: row for row in in_range.rows}

    def line(row: DistrictFigures, name: str, *, total: bool = False) -> DistrictLine:
        key = row.district
        flow = in_range.total if total else flows.get(key)
        return DistrictLine(
            name=name,
            members=row.members,
            contributed=row.contributed.confirmed,
            contributed_in_range=flow.contributed.confirmed if flow is not None else 0,
            pending=row.contributed.pending,
            savings=row.saved.confirmed,
            loans_outstanding=row.loan.confirmed,
            goals=tuple((title, _goal(row, gid)) for gid, title in goals),
            meetings=sum(meetings.values()) if total else meetings[key],
            present=sum(present.values()) if total else present[key],
            expected=sum(expected.values()) if total else expected[key],
            total=total,
        )

    lines = tuple(line(row, row.name) for row in at_end.rows)
    return lines, line(at_end.total, "", total=True)


def _goal(row: DistrictFigures, goal: GoalId) -> int:
    found = row.goals.get(goal)
    return found.confirmed if found is not None else 0
