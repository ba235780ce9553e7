"""The funder report: an export's figures gathered from a group's state, for a date range.

Every figure is derived from the entries' signed effects (`Entry.lines()` of
ledger.savings.books), summed over `dated_entries`; the fund lines are the bundle's own
`totals`, and the headline `indicators` are gathered in their own module. Without names,
nothing per member leaves this module: members appear only as counts.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from ledger.exports.cycle_figures import gather_cycle
from ledger.exports.dated_entries import (
    DatedEntry,
    base_type,
    dated_entries,
    month_of,
    months_between,
    positions,
)
from ledger.exports.districts import gather_districts
from ledger.exports.indicators import gather_indicators
from ledger.exports.model import (
    EntryLine,
    FundLine,
    GoalLine,
    MeetingLine,
    MemberLine,
    MonthLine,
    Report,
)
from ledger.exports.period import Period
from ledger.exports.totals import bundle_totals
from ledger.savings.books import Books, FundId, books_of
from ledger.store.history import GroupHistory
from ledger.store.ids import PersonId
from ledger.store.state import GroupState

FAMILIES = "families"


def gather_report(
    state: GroupState,
    history: GroupHistory,
    period: Period,
    *,
    with_names: bool = False,
    now: dt.datetime | None = None,
    witnessed: str = "",
) -> Report:
    """Everything the CSV, XLSX and PDF exports show, for the entries dated in `period`."""
    books = books_of(state)
    rows = dated_entries(books)
    in_range = [r for r in rows if period.contains(r.day)]
    first = in_range[0].day if in_range else None
    last = in_range[-1].day if in_range else None
    start = period.start or first
    end = period.end or last
    totals = bundle_totals(state, period)
    funds = tuple(
        FundLine(
            f["fund"], f["name"], f["opening"], f["in"], f["out"], f["confirmed"], f["pending"]
        )
        for f in totals["funds"]
    )
    name_of = state.member_name if with_names else (lambda _p: None)
    entries = tuple(_entry_line(books, r, name_of, with_names) for r in in_range)
    months = _month_lines(books, rows, start, end, with_names, state)
    members = _member_lines(books, rows, period, state) if with_names else ()
    meetings = _meeting_lines(books, state, period)
    indicators = gather_indicators(books, rows, period, start, end, history, state, meetings)
    today = (now or dt.datetime.now(dt.UTC)).date()
    districts, district_other, district_total = gather_districts(books, state, period)
    cycle = gather_cycle(books, rows, period, period.end or max(last or today, today), name_of,
                         with_names)
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
        goals=_goal_lines(books, state, period, with_names, {f.fund: f.confirmed for f in funds}),
        meetings=meetings,
        indicators=indicators,
        witnessed=witnessed,
        cycle=cycle,
        districts=districts,
        district_total=district_total,
        district_other=district_other,
        district_word=str(state.membership.district_word()),
    )


def _entry_line(books: Books, row: DatedEntry, name_of: Any, with_names: bool) -> EntryLine:
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
    books: Books,
    rows: list[DatedEntry],
    start: dt.date | None,
    end: dt.date | None,
    with_names: bool,
    state: GroupState,
) -> tuple[MonthLine, ...]:
    if start is None or end is None:
        return ()
    labels = months_between(start, end)
    first_label = labels[0]
    # (fund, member or None) -> month -> [in, out, contributions, pending]
    flows: dict[tuple[FundId, PersonId | None], dict[str, list[int]]] = defaultdict(dict)
    opening: dict[tuple[FundId, PersonId | None], int] = defaultdict(int)
    for row in rows:
        if row.day > end:
            break
        label = month_of(row.day)
        e = row.entry
        keyed: list[tuple[tuple[FundId, PersonId | None], int]] = [
            ((x.fund, None), x.delta) for x in e.lines()[0]
        ]
        if with_names:
            keyed += [((x.fund, x.member), x.delta) for x in e.lines()[1] if x.measure == "saved"]
        contribution = base_type(books, e) == "contribution"
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
            out.append(
                MonthLine(
                    label,
                    books.funds[fund].name,
                    label_member,
                    balance,
                    inflow,
                    outflow,
                    closing,
                    contributions,
                    pending,
                )
            )
            balance = closing
    out.sort(key=lambda m: (m.month, m.member is not None, m.member or "", m.fund))
    return tuple(out)


def _member_lines(
    books: Books, rows: list[DatedEntry], period: Period, state: GroupState
) -> tuple[MemberLine, ...]:
    done = positions(books, rows, period.end)
    waiting = positions(books, rows, period.end, confirmed=False)
    people = {p for p, _ in done} | {p for p, _ in waiting}
    lines = [
        MemberLine(
            state.member_name(p),
            done[(p, "saved")],
            done[(p, "loan")],
            done[(p, "fines")],
            sum(v for (q, m), v in waiting.items() if q == p and m == "saved"),
            done[(p, "paid_out")],
            done[(p, "fines_owed")],
        )
        for p in people
    ]
    return tuple(sorted(lines, key=lambda m: m.member.lower()))


def _goal_lines(
    books: Books,
    state: GroupState,
    period: Period,
    with_names: bool,
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
        out.append(
            GoalLine(
                title=f"Family goals ({len(lines)})",
                scope=FAMILIES,
                status=status,
                target=sum(targets) if targets else None,
                target_date=None,
                progress=sum(g.progress for g in lines),
                fund=None,
            )
        )
    return tuple(out)


def _meeting_lines(books: Books, state: GroupState, period: Period) -> tuple[MeetingLine, ...]:
    """Meetings dated in the range; present counts those represented by someone."""
    from ledger.savings.meetings import minutes_status

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
        out.append(
            MeetingLine(
                day=day,
                place=meeting.place,
                present=sum(1 for s in statuses if s in ("present", "represented", "late")),
                expected=len(statuses),
                entries=entries_per[meeting.id],
                minutes_approved=minutes_status(state, meeting.id)[0] == "approved",
            )
        )
    return tuple(sorted(out, key=lambda m: m.day))
