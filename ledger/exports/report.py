"""Gathering an export's figures from a group's state, for a date range.

Every figure is derived from the entries' signed effects (`Entry.lines()` of
ledger.finance.books): a fund's confirmed balance on a day is the sum of the fund
lines of confirmed entries dated up to that day. Without names, nothing per member
leaves this module: members appear only as counts.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ledger.exports.model import (
    EntryLine,
    FundLine,
    GoalLine,
    Indicators,
    MeetingLine,
    MemberLine,
    MonthLine,
    Report,
)
from ledger.exports.period import Period
from ledger.finance.books import Books, FundId, books_of
from ledger.finance.entry import Entry
from ledger.history import GroupHistory
from ledger.ids import PersonId
from ledger.membership import Role
from ledger.state import GroupState

FAMILIES = "families"
_MEMBER_ROLES = frozenset({Role.COUNCIL.value, Role.ELDER.value, Role.MEMBER.value})


@dataclass(frozen=True, slots=True)
class _Dated:
    entry: Entry
    day: dt.date
    confirmed: bool


def _dated(books: Books) -> list[_Dated]:
    rows = [
        _Dated(e, dt.date.fromisoformat(e.date), books.is_confirmed(e))
        for e in books.entries.values()
    ]
    rows.sort(key=lambda r: (r.day, r.entry.order))
    return rows


def _month(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _months_between(first: dt.date, last: dt.date) -> list[str]:
    out, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _base_type(books: Books, entry: Entry) -> str:
    """The type an entry moves money as: a reversal counts as the type it cancels."""
    if entry.type == "reversal" and entry.reverses in books.entries:
        return books.entries[entry.reverses].type
    return entry.type


def _sign(entry: Entry) -> int:
    return -1 if entry.type == "reversal" else 1


# -- the bundle's totals ---------------------------------------------------------------


def bundle_totals(state: GroupState, period: Period) -> dict[str, Any]:
    """The totals a bundle's manifest claims, as plain CBOR values (integers in minor units).

    Defined in docs/bundle-format.md ("Totals") so that other tools can recompute them.
    """
    books = books_of(state)
    funds: dict[str, dict[str, Any]] = {
        f: {"fund": f, "name": fund.name, "opening": 0, "in": 0, "out": 0, "confirmed": 0,
            "pending": 0}
        for f, fund in books.funds.items()
    }
    flows: dict[str, int] = defaultdict(int)
    entries = confirmed_entries = 0
    for row in _dated(books):
        if period.is_after(row.day):
            continue
        in_range = period.contains(row.day)
        if in_range:
            entries += 1
            confirmed_entries += row.confirmed
        for line in row.entry.lines()[0]:
            fund = funds[line.fund]
            if not row.confirmed:
                fund["pending"] += line.delta
                continue
            fund["confirmed"] += line.delta
            if not in_range:
                fund["opening"] += line.delta
            elif line.delta > 0:
                fund["in"] += line.delta
            else:
                fund["out"] -= line.delta
        if in_range and row.confirmed:
            flows[_base_type(books, row.entry)] += _sign(row.entry) * row.entry.total
    fund_list = [funds[f] for f in sorted(funds)]
    return {
        "confirmed": sum(f["confirmed"] for f in fund_list),
        "pending": sum(f["pending"] for f in fund_list),
        "entries": entries,
        "confirmed_entries": confirmed_entries,
        "funds": fund_list,
        "flows": dict(sorted(flows.items())),
    }


def quorum_problems(history: GroupHistory, state: GroupState) -> list[str]:
    """Confirmed entries whose counting signers are not enough distinct elders.

    A cross-check of the books against the membership: each signer counted for an
    entry must have held the elder role when the group was at the entry's sign-offs.
    """
    books = books_of(state)
    problems: list[str] = []
    elders_ever = {
        p for p, m in state.membership.members.items() if Role.ELDER.value in m.roles
    } | _past_elders(history)
    for entry in books.entries.values():
        if not books.is_confirmed(entry):
            continue
        counted = books.counting_signers(entry)
        strangers = counted - elders_ever
        if strangers:
            problems.append(
                f"entry {entry.id[:8]} counts sign-offs by people who were never elders"
            )
        elif not counted:
            problems.append(f"entry {entry.id[:8]} is confirmed without any elder's sign-off")
    return problems


def _past_elders(history: GroupHistory) -> set[PersonId]:
    """Everyone made an elder by some control change of the group."""
    out: set[PersonId] = set()
    for change in history.control.values():
        body = change.body
        if change.kind == "role.grant" and body.get("role") == Role.ELDER.value:
            out.add(PersonId(body["person"].hex()))
        elif change.kind == "member.add" and Role.ELDER.value in body.get("roles", []):
            out.add(PersonId(body["person"].hex()))
    return out


# -- the report --------------------------------------------------------------------------


def gather_report(
    state: GroupState, history: GroupHistory, period: Period, *, with_names: bool = False,
    now: dt.datetime | None = None,
) -> Report:
    """Everything the CSV, XLSX and PDF exports show, for the entries dated in `period`."""
    books = books_of(state)
    rows = _dated(books)
    in_range = [r for r in rows if period.contains(r.day)]
    first = in_range[0].day if in_range else None
    last = in_range[-1].day if in_range else None
    start = period.start or first
    end = period.end or last
    totals = bundle_totals(state, period)
    funds = tuple(
        FundLine(f["fund"], f["name"], f["opening"], f["in"], f["out"], f["confirmed"],
                 f["pending"])
        for f in totals["funds"]
    )
    name_of = state.member_name if with_names else (lambda _p: None)
    entries = tuple(_entry_line(books, r, name_of, with_names) for r in in_range)
    months = _month_lines(books, rows, start, end, with_names, state)
    members = _member_lines(books, rows, period, state) if with_names else ()
    meetings = _meeting_lines(books, state, period)
    indicators = _indicators(books, rows, period, start, end, history, state, meetings)
    return Report(
        group=state.name,
        group_id=state.group,
        currency=state.settings.currency,
        period=period,
        generated=now or dt.datetime.now(dt.UTC),
        with_names=with_names,
        digest=state.digest(),
        first_day=first,
        last_day=last,
        funds=funds,
        entries=entries,
        months=months,
        members=members,
        goals=_goal_lines(books, state, period, with_names,
                          {f.fund: f.confirmed for f in funds}),
        meetings=meetings,
        indicators=indicators,
    )


def _entry_line(books: Books, row: _Dated, name_of: Any, with_names: bool) -> EntryLine:
    e = row.entry
    effect = sum(x.delta for x in e.lines()[0] if x.fund == e.fund)
    fund = books.funds[e.fund].name
    if e.type == "transfer" and e.to_fund is not None:
        fund = f"{fund} → {books.funds[e.to_fund].name}"
        effect = 0
    return EntryLine(
        entry=e.id,
        day=row.day,
        type=e.type,
        fund=fund,
        amount=e.total,
        effect=effect,
        status="confirmed" if row.confirmed else "pending",
        signoffs=len(books.counting_signers(e)),
        meeting=e.meeting[:8] if e.meeting else None,
        member=name_of(e.member) if e.member is not None else None,
        note=(e.note or None) if with_names else None,
        reverses=e.reverses,
    )


def _month_lines(
    books: Books, rows: list[_Dated], start: dt.date | None, end: dt.date | None,
    with_names: bool, state: GroupState,
) -> tuple[MonthLine, ...]:
    if start is None or end is None:
        return ()
    labels = _months_between(start, end)
    first_label = labels[0]
    # (fund, member or None) -> month -> [in, out, contributions, pending]
    flows: dict[tuple[FundId, PersonId | None], dict[str, list[int]]] = defaultdict(dict)
    opening: dict[tuple[FundId, PersonId | None], int] = defaultdict(int)
    for row in rows:
        if row.day > end:
            break
        label = _month(row.day)
        e = row.entry
        keyed: list[tuple[tuple[FundId, PersonId | None], int]] = [
            ((x.fund, None), x.delta) for x in e.lines()[0]
        ]
        if with_names:
            keyed += [((x.fund, x.member), x.delta) for x in e.lines()[1] if x.measure == "saved"]
        contribution = _base_type(books, e) == "contribution"
        for key, delta in keyed:
            if row.confirmed and label < first_label:
                opening[key] += delta
                continue
            if label < first_label:
                continue
            cell = flows[key].setdefault(label, [0, 0, 0, 0])
            if not row.confirmed:
                cell[3] += delta
            elif delta > 0:
                cell[0] += delta
            else:
                cell[1] -= delta
            if row.confirmed and contribution:
                cell[2] += delta
    keys = sorted(set(flows) | set(opening), key=lambda k: (k[1] is not None, k[1] or "", k[0]))
    out: list[MonthLine] = []
    for fund, member in keys:
        balance = opening[(fund, member)]
        label_member = state.member_name(member) if member is not None else None
        for label in labels:
            inflow, outflow, contributions, pending = flows[(fund, member)].get(label, [0, 0, 0, 0])
            closing = balance + inflow - outflow
            out.append(MonthLine(label, books.funds[fund].name, label_member, balance, inflow,
                                 outflow, closing, contributions, pending))
            balance = closing
    out.sort(key=lambda m: (m.month, m.member is not None, m.member or "", m.fund))
    return tuple(out)


def _positions(books: Books, rows: Iterable[_Dated], until: dt.date | None,
               confirmed: bool = True) -> dict[tuple[PersonId, str], int]:
    """Per (member, measure): the sum of member lines dated up to `until`.

    Only money saved in savings funds counts as "saved" (not the social fund).
    """
    out: dict[tuple[PersonId, str], int] = defaultdict(int)
    for row in rows:
        if until is not None and row.day > until:
            break
        if row.confirmed != confirmed:
            continue
        for x in row.entry.lines()[1]:
            if x.measure == "saved" and books.funds[x.fund].kind != "savings":
                continue
            out[(x.member, x.measure)] += x.delta
    return out


def _member_lines(books: Books, rows: list[_Dated], period: Period,
                  state: GroupState) -> tuple[MemberLine, ...]:
    done = _positions(books, rows, period.end)
    waiting = _positions(books, rows, period.end, confirmed=False)
    people = {p for p, _ in done} | {p for p, _ in waiting}
    lines = [
        MemberLine(state.member_name(p), done[(p, "saved")], done[(p, "loan")],
                   done[(p, "fines")], sum(v for (q, m), v in waiting.items()
                                           if q == p and m == "saved"))
        for p in people
    ]
    return tuple(sorted(lines, key=lambda m: m.member.lower()))


def _members_on(
    history: GroupHistory, state: GroupState, day: dt.date, first_entry: dict[PersonId, dt.date]
) -> set[PersonId]:
    """Members (not only viewers) on `day`: joined by then (signed, or by a dated entry of
    theirs, for records entered after the fact) and not removed by then."""
    limit = int(dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), dt.UTC).timestamp()
                * 1000)
    out: set[PersonId] = set()
    for person, member in state.membership.members.items():
        if not member.roles & _MEMBER_ROLES or member.since is None:
            continue
        joined = history.control.get(member.since)
        early = person in first_entry and first_entry[person] <= day
        if not early and (joined is None or joined.clock >= limit):
            continue
        left = [
            c.clock for c in history.control.values()
            if c.kind == "member.remove" and c.body["person"].hex() == person
        ]
        if member.status == "removed" and left and min(left) < limit:
            continue
        out.add(person)
    return out


def _indicators(
    books: Books, rows: list[_Dated], period: Period, start: dt.date | None,
    end: dt.date | None, history: GroupHistory, state: GroupState,
    meetings: tuple[MeetingLine, ...],
) -> Indicators:
    before_start = None if start is None else start - dt.timedelta(days=1)
    first_entry: dict[PersonId, dt.date] = {}
    for row in rows:
        if row.entry.member is not None:
            first_entry.setdefault(row.entry.member, row.day)
    at_start = (
        set() if before_start is None
        else _members_on(history, state, before_start, first_entry)
    )
    at_end = _members_on(history, state, end or dt.date.today(), first_entry)
    end_pos = _positions(books, rows, period.end)
    start_pos = _positions(books, rows, before_start) if before_start else {}
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
        if _base_type(books, row.entry) == "loan":
            disbursed += _sign(row.entry) * row.entry.amount

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


def _goal_lines(
    books: Books, state: GroupState, period: Period, with_names: bool,
    fund_at_end: dict[str, int],
) -> tuple[GoalLine, ...]:
    """Goals proposed by the range's end; progress is the linked fund's confirmed balance then.

    Without names, family goals are summed per status (their titles may name the family).
    """
    out = []
    families: dict[str, list[GoalLine]] = defaultdict(list)
    for goal in books.goals.values():
        if goal.history and period.is_after(dt.date.fromisoformat(goal.history[0].date)):
            continue
        scope = "group" if goal.family is None else state.member_name(goal.family)
        line = GoalLine(
            title=goal.title,
            scope=scope,
            status=goal.status,
            target=goal.target,
            target_date=dt.date.fromisoformat(goal.due) if goal.due else None,
            progress=fund_at_end.get(goal.fund, 0) if goal.fund else 0,
            fund=books.funds[goal.fund].name if goal.fund in books.funds else None,
        )
        if goal.family is not None and not with_names:
            families[goal.status].append(line)
        else:
            out.append(line)
    for status, lines in sorted(families.items()):
        targets = [g.target for g in lines if g.target is not None]
        out.append(GoalLine(
            title=f"Family goals ({len(lines)})", scope=FAMILIES, status=status,
            target=sum(targets) if targets else None, target_date=None,
            progress=sum(g.progress for g in lines), fund=None,
        ))
    return tuple(out)


def _meeting_lines(books: Books, state: GroupState, period: Period) -> tuple[MeetingLine, ...]:
    """Meetings dated in the range; present counts those represented by someone."""
    from ledger.finance.meetings import minutes_status

    entries_per: dict[str, int] = defaultdict(int)
    for e in books.entries.values():
        if e.meeting is not None:
            entries_per[e.meeting] += 1
    out = []
    for meeting in books.meetings.values():
        day = dt.date.fromisoformat(meeting.date)
        if not period.contains(day):
            continue
        statuses = [status for status, _ in meeting.attendance.values()]
        out.append(MeetingLine(
            day=day,
            place=meeting.place,
            present=sum(1 for s in statuses if s in ("present", "represented")),
            expected=len(statuses),
            entries=entries_per[meeting.id],
            minutes_approved=minutes_status(state, meeting.id)[0] == "approved",
        ))
    return tuple(sorted(out, key=lambda m: m.day))
