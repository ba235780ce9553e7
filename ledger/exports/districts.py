"""The report's figures by district: the core's roll-up at the range's end (and over the
range, for what was paid in during it), with each district's meetings and attendance.

A member's money and attendance count for the district the member belongs to now, as in
the core's roll-up (`ledger.savings.districts`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from ledger.exports.model import DistrictLine, GoalPart
from ledger.exports.period import Period
from ledger.savings.books import Books
from ledger.savings.districts import DistrictFigures, GoalShare, rollup
from ledger.store.ids import DistrictId, PersonId
from ledger.store.state import GroupState

HERE = ("present", "late", "represented")


def gather_districts(
    books: Books, state: GroupState, period: Period
) -> tuple[tuple[DistrictLine, ...], DistrictLine | None, DistrictLine | None]:
    """Each district's line (members of no district last, when there are any), the line of
    the goal funds' money from no member (when there is some) and the total; nothing for
    a group without districts. Goal shares are the core's `Rollup.goal_share`."""
    membership = state.membership
    if not membership.districts:
        return (), None, None
    until = period.end.isoformat() if period.end else None
    since = period.start.isoformat() if period.start else None
    at_end = rollup(books, membership, until=until)
    in_range = rollup(books, membership, until=until, since=since)
    goals: list[tuple[str, GoalShare]] = []
    for gid, goal in books.goals.items():
        share = at_end.goal_share(gid)
        if share is not None and goal.family is None and goal.status != "dropped":
            goals.append((goal.title, share))
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

    def line(
        row: DistrictFigures, parts: tuple[GoalPart, ...], *, total: bool = False
    ) -> DistrictLine:
        key = row.district
        flow = in_range.total if total else flows.get(key)
        return DistrictLine(
            name="" if total else row.name,
            members=row.members,
            contributed=row.contributed.confirmed,
            contributed_in_range=flow.contributed.confirmed if flow is not None else 0,
            pending=row.contributed.pending,
            savings=row.saved.confirmed,
            loans_outstanding=row.loan.confirmed,
            goals=parts,
            meetings=sum(meetings.values()) if total else meetings[key],
            present=sum(present.values()) if total else present[key],
            expected=sum(expected.values()) if total else expected[key],
            total=total,
        )

    def part(title: str, share: GoalShare, index: int | None) -> GoalPart:
        """The row `index`'s part, the money from no member's (-1), or the whole (None)."""
        if index is None:
            return GoalPart(title, share.fund.confirmed, 1000 if share.permille else None)
        amount = share.other if index == -1 else share.by_row[index]
        return GoalPart(title, amount.confirmed, share.permille[index] if share.permille else None)

    lines = tuple(
        line(row, tuple(part(t, s, n) for t, s in goals)) for n, row in enumerate(at_end.rows)
    )
    other = None
    if any(s.shows_other for _, s in goals):
        other = DistrictLine(
            name="", members=0, contributed=0, contributed_in_range=0, pending=0, savings=0,
            loans_outstanding=0, goals=tuple(part(t, s, -1) for t, s in goals), meetings=0,
            present=0, expected=0, other=True,
        )  # fmt: skip
    total = line(at_end.total, tuple(part(t, s, None) for t, s in goals), total=True)
    return lines, other, total
