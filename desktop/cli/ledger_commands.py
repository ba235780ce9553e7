"""Commands for the books: funds, entries, sign-off, balances, goals, meetings, rules, passbook.

Things are named the way a person types them: a fund, goal, meeting or entry by its
id or an id prefix of 4+ digits (funds also by name), a member by id, prefix or name.
Amounts are typed in the group's currency ('12.50'); JSON output gives minor units.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli import common
from desktop.cli.common import CommandError, emit
from ledger.errors import NotFound
from ledger.finance import actions, group_actions, meetings
from ledger.finance.balances import fund_balances, member_positions, monthly, totals
from ledger.finance.books import Books, books_of
from ledger.finance.goals import progress
from ledger.finance.passbook import passbook
from ledger.finance.shareout import project
from ledger.ids import GroupId
from ledger.money import to_text
from ledger.state import GroupState
from ledger.store import Store

if TYPE_CHECKING:
    Sub = argparse._SubParsersAction[argparse.ArgumentParser]
Run = Callable[[argparse.Namespace], int]


def register(sub: Sub) -> None:
    _fund(sub)
    _entry(sub)
    p = _command(sub, "signoff", "sign off entries or a meeting's batch, as an elder", run_signoff)
    p.add_argument("targets", nargs="+", metavar="ENTRY_OR_MEETING")
    p.add_argument("--as", dest="as_person", required=True, help="the elder who signs")
    p = _command(sub, "balance", "balances, confirmed and pending apart", run_balance, False)
    p.add_argument("--by", choices=("fund", "member", "month"), default="fund")
    p.add_argument("--until", default=None, help="only entries dated up to this day")
    _goal(sub)
    _meeting(sub)
    _rules(sub)
    p = _command(sub, "passbook", "a member's passbook slip", run_passbook, False)
    p.add_argument("member")
    p = _command(sub, "shareout", "the share-out of the cycle, as it stands", run_shareout, False)
    p.add_argument("--pending", action="store_true", help="count pending entries too")


def _command(
    parent: Sub, name: str, help_text: str, run: Run, signs: bool | None = None
) -> argparse.ArgumentParser:
    """A sub-command with --home/--json, the group argument and, when it signs, --as."""
    p: argparse.ArgumentParser = parent.add_parser(name, help=help_text)
    common.add_common(p)
    p.add_argument("group")
    if signs:
        p.add_argument("--as", dest="as_person", required=True, help="who signs (id or name)")
    p.set_defaults(run=run)
    return p


# -- finding things by what a person types ---------------------------------------------


def _pick(ref: str, ids: Iterable[str], what: str, names: dict[str, str] | None = None) -> str:
    ref = ref.strip()
    pool = list(ids)
    hits = [i for i in pool if i == ref.lower()]
    if not hits and names:
        hits = [i for i in pool if names.get(i, "").casefold() == ref.casefold()]
    if not hits and len(ref) >= 4:
        hits = [i for i in pool if i.startswith(ref.lower())]
    if len(hits) != 1:
        found = "more than one" if hits else "no"
        raise NotFound(f"{found} {what} matches '{ref}'")
    return hits[0]


def _member(state: GroupState, ref: str) -> str:
    members = state.membership.members
    return _pick(ref, members, "member", {p: m.name for p, m in members.items()})


def _fund_ref(books: Books, ref: str | None) -> str | None:
    if ref is None:
        return None
    return _pick(ref, books.funds, "fund", {f: x.name for f, x in books.funds.items()})


class _Ctx:
    """The store, group, state and books of one command."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.store: Store = common.open_store(args)
        self.group: GroupId = common.group_of(self.store, args.group)

    @property
    def state(self) -> GroupState:
        return self.store.state(self.group)

    @property
    def books(self) -> Books:
        return books_of(self.state)

    @property
    def currency(self) -> str:
        return self.state.settings.currency

    def money(self, amount: int) -> str:
        return f"{to_text(amount, self.currency)} {self.currency}"

    def signer(self) -> Any:
        return common.signer(self.args, self.store)


# -- funds -----------------------------------------------------------------------------


def _fund(sub: Sub) -> None:
    fs = sub.add_parser("fund", help="the group's funds").add_subparsers(
        dest="action", required=True
    )
    p = _command(fs, "add", "add a fund (social, loan, project ...)", run_fund_add, True)
    p.add_argument("name")
    p.add_argument("--kind", default="savings", help="savings, social, loan or project")
    p.add_argument("--goal", default=None, help="the goal a project fund is for")
    _command(fs, "list", "the funds and their balances", run_balance, False).set_defaults(
        by="fund", until=None
    )


def run_fund_add(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    goal = _pick(args.goal, c.books.goals, "goal") if args.goal else None
    change = actions.add_fund(
        c.store, c.signer(), c.group, name=args.name, kind=args.kind, goal=goal
    )
    emit(args, {"id": change.id, "name": args.name}, f"added the fund {args.name}: {change.id}")
    return 0


# -- entries ---------------------------------------------------------------------------


def _entry(sub: Sub) -> None:
    es = sub.add_parser("entry", help="ledger entries").add_subparsers(dest="action", required=True)
    p = _command(es, "add", "record an entry", run_entry_add, True)
    p.add_argument(
        "--type",
        required=True,
        help="contribution, withdrawal, loan, repayment, fine, transfer or shareout",
    )
    p.add_argument("--member", default=None)
    p.add_argument("--amount", default=None, help="in the group's currency, e.g. 12.50")
    p.add_argument("--fund", default=None, help="default: the savings fund")
    p.add_argument("--date", default=None, help="YYYY-MM-DD (default: the meeting's, or today)")
    p.add_argument("--note", default="")
    p.add_argument("--meeting", default=None)
    p.add_argument("--shares", type=int, default=None, help="shares bought (a contribution)")
    p.add_argument("--interest", default=None, help="interest paid (a repayment)")
    p.add_argument("--to-fund", default=None, help="the destination of a transfer")
    p.add_argument("--fine", default=None, help="the fine of the schedule (a fine)")
    p = _command(es, "reverse", "cancel an entry by a reversal", run_entry_reverse, True)
    p.add_argument("entry")
    p.add_argument("--date", default=None)
    p.add_argument("--note", default="")
    p.add_argument("--meeting", default=None)
    p = _command(es, "list", "the entries, oldest first", run_entry_list, False)
    p.add_argument("--member", default=None)
    p.add_argument("--meeting", default=None)


def run_entry_add(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    books = c.books
    change = actions.add_entry(
        c.store,
        c.signer(),
        c.group,
        type=args.type,
        member=_member(c.state, args.member) if args.member else None,
        amount=args.amount,
        fund=_fund_ref(books, args.fund),
        date=args.date,
        note=args.note,
        meeting=_pick(args.meeting, books.meetings, "meeting") if args.meeting else None,
        shares=args.shares,
        interest=args.interest,
        to_fund=_fund_ref(books, args.to_fund),
        fine=args.fine,
    )
    entry = c.books.entries.get(change.id)  # type: ignore[call-overload]
    amount = c.money(entry.total) if entry else ""
    emit(args, {"id": change.id}, f"recorded {args.type} {amount}: {change.id} (pending sign-off)")
    return 0


def run_entry_reverse(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    books = c.books
    entry = _pick(args.entry, books.entries, "entry")
    meeting = _pick(args.meeting, books.meetings, "meeting") if args.meeting else None
    change = actions.reverse_entry(
        c.store, c.signer(), c.group, entry, date=args.date, note=args.note, meeting=meeting
    )
    emit(args, {"id": change.id, "reverses": entry}, f"reversed {entry[:8]}: {change.id}")
    return 0


def _entry_row(c: _Ctx, books: Books, entry: Any) -> dict[str, Any]:
    state = c.state
    return {
        "id": entry.id,
        "type": entry.type,
        "date": entry.date,
        "fund": entry.fund,
        "fund_name": books.funds[entry.fund].name,
        "to_fund": entry.to_fund,
        "member": entry.member,
        "member_name": state.member_name(entry.member) if entry.member else None,
        "amount": entry.amount,
        "interest": entry.interest,
        "shares": entry.shares,
        "note": entry.note,
        "meeting": entry.meeting,
        "recorder": entry.recorder,
        "reverses": entry.reverses,
        "reversed_by": entry.reversed_by,
        "signoffs": len(books.counting_signers(entry)),
        "status": "confirmed" if books.is_confirmed(entry) else "pending",
    }


def run_entry_list(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    books = c.books
    member = _member(c.state, args.member) if args.member else None
    meeting = _pick(args.meeting, books.meetings, "meeting") if args.meeting else None
    rows = [
        _entry_row(c, books, e)
        for e in sorted(books.entries.values(), key=lambda e: (e.date, e.order))
        if (member is None or e.member == member) and (meeting is None or e.meeting == meeting)
    ]
    lines = [
        f"{r['date']}  {r['id'][:8]}  {r['type']:<12} {c.money(r['amount'] + r['interest']):>16}  "
        f"{r['fund_name']:<12} {r['member_name'] or '':<16} {r['status']} ({r['signoffs']})"
        + (f"  reversed by {r['reversed_by'][:8]}" if r["reversed_by"] else "")
        for r in rows
    ]
    emit(args, {"currency": c.currency, "entries": rows}, "\n".join(lines) or "no entries yet")
    return 0


# -- sign-off and balances --------------------------------------------------------------


def run_signoff(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    books = c.books
    targets = [
        _pick(t, [*books.entries, *books.meetings], "entry or meeting") for t in args.targets
    ]
    change = actions.sign_off(c.store, c.signer(), c.group, targets)
    body = change.body
    value = {
        "id": change.id,
        "entries": [x.hex() for x in body.get("entries", [])],
        "minutes": [m.hex() for m, _ in body.get("minutes", [])],
        "counts": [m.hex() for m, _ in body.get("counts", [])],
    }
    confirmed = sum(books.is_confirmed(e) for e in value["entries"])
    text = f"signed {len(value['entries'])} entries ({confirmed} now confirmed)"
    if value["minutes"]:
        text += f", the minutes of {len(value['minutes'])} meetings"
    if value["counts"]:
        text += f", {len(value['counts'])} cash counts"
    emit(args, value, text)
    return 0


def run_balance(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    books, state = c.books, c.state
    total = totals(books, args.until)
    rows: list[dict[str, Any]] = []
    lines = [f"all funds: {c.money(total.confirmed)} confirmed, {c.money(total.pending)} pending"]
    if args.by == "fund":
        for fid, b in fund_balances(books, args.until).items():
            fund = books.funds[fid]
            rows.append(
                {
                    "fund": fid,
                    "name": fund.name,
                    "kind": fund.kind,
                    "confirmed": b.confirmed,
                    "pending": b.pending,
                }
            )
            lines.append(
                f"  {fund.name:<20} {c.money(b.confirmed):>18}  pending {c.money(b.pending)}"
            )
    elif args.by == "member":
        for person, pos in sorted(member_positions(books, args.until).items()):
            row: dict[str, Any] = {"member": person, "name": state.member_name(person)}
            for measure, b in pos.measures.items():
                row[measure] = {"confirmed": b.confirmed, "pending": b.pending}
            rows.append(row)
            lines.append(
                f"  {row['name']:<20} saved {c.money(pos['saved'].confirmed)} "
                f"(+{c.money(pos['saved'].pending)} pending), shares {pos['shares'].total}, "
                f"loan {c.money(pos['loan'].total)}, fines {c.money(pos['fines'].total)}"
            )
    else:
        for m in monthly(books):
            if args.until and m.month > args.until[:7]:
                continue
            rows.append(
                {
                    "month": m.month,
                    "fund": m.fund,
                    "name": books.funds[m.fund].name,
                    "inflow": m.inflow,
                    "outflow": m.outflow,
                    "closing": m.closing,
                    "pending": m.pending,
                }
            )
            lines.append(
                f"  {m.month} {books.funds[m.fund].name:<16} in {c.money(m.inflow)}, "
                f"out {c.money(m.outflow)}, balance {c.money(m.closing)}, "
                f"pending {c.money(m.pending)}"
            )
    value = {
        "currency": c.currency,
        "confirmed": total.confirmed,
        "pending": total.pending,
        "by": args.by,
        "breakdown": rows,
    }
    emit(args, value, "\n".join(lines))
    return 0


def run_passbook(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    slip = passbook(c.state, _member(c.state, args.member))  # type: ignore[arg-type]
    value = {
        "member": slip.member,
        "name": slip.name,
        "currency": slip.currency,
        "savings": {"confirmed": slip.savings.confirmed, "pending": slip.savings.pending},
        "shares": {"confirmed": slip.shares.confirmed, "pending": slip.shares.pending},
        "loan": {"confirmed": slip.loan.confirmed, "pending": slip.loan.pending},
        "fines": {"confirmed": slip.fines.confirmed, "pending": slip.fines.pending},
        "interest": {"confirmed": slip.interest.confirmed, "pending": slip.interest.pending},
        "projected_payout": slip.projected_payout,
        "lines": [asdict(x) for x in slip.lines],
        "goals": [asdict(g) for g in slip.goals],
        "code": slip.code,
        "changes": slip.changes,
    }
    emit(args, value, slip.text())
    return 0


def run_shareout(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    plan = project(c.books, confirmed_only=not args.pending)
    rows = [
        {
            "member": x.member,
            "name": c.state.member_name(x.member),
            "savings": x.savings,
            "shares": x.shares,
            "payout": x.payout,
            "paid": x.paid,
            "loan": x.loan,
            "due": x.due,
        }
        for x in plan.lines
    ]
    value = {
        "currency": c.currency,
        "cycle_start": plan.cycle_start,
        "cycle_end": plan.cycle_end,
        "savings": plan.savings,
        "interest": plan.interest,
        "fines": plan.fines,
        "pool": plan.pool,
        "members": rows,
    }
    lines = [
        f"pool {c.money(plan.pool)} = savings {c.money(plan.savings)} + interest "
        f"{c.money(plan.interest)} + fines {c.money(plan.fines)}"
    ]
    lines += [
        f"  {c.state.member_name(x.member):<20} {c.money(x.payout):>16}  "
        f"(loan owed {c.money(x.loan)})"
        for x in plan.lines
    ]
    emit(args, value, "\n".join(lines))
    return 0


# -- goals -----------------------------------------------------------------------------


def _goal(sub: Sub) -> None:
    gs = sub.add_parser("goal", help="group and family goals").add_subparsers(
        dest="action", required=True
    )
    p = _command(gs, "add", "propose a goal", run_goal_add, True)
    p.add_argument("--title", required=True)
    p.add_argument("--target", default=None, help="the amount aimed for")
    p.add_argument("--due", default=None, help="the target date")
    p.add_argument("--fund", default=None, help="the fund whose balance is the progress")
    p.add_argument("--family", default=None, help="the member whose family goal it is")
    p.add_argument("--description", default=None)
    p = _command(gs, "update", "change a goal or its status", run_goal_update, True)
    p.add_argument("goal")
    p.add_argument("--status", default=None, help="proposed, active, achieved or dropped")
    p.add_argument("--title", default=None)
    p.add_argument("--target", default=None)
    p.add_argument("--due", default=None)
    p.add_argument("--fund", default=None)
    p.add_argument("--note", default="")
    p.add_argument("--description", default=None)
    _command(gs, "list", "the goals and their progress", run_goal_list, False)


def run_goal_add(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    change = group_actions.add_goal(
        c.store,
        c.signer(),
        c.group,
        title=args.title,
        target=args.target,
        due=args.due,
        fund=_fund_ref(c.books, args.fund),
        family=_member(c.state, args.family) if args.family else None,
        description=args.description,
    )
    emit(
        args, {"id": change.id, "title": args.title}, f"proposed the goal {args.title}: {change.id}"
    )
    return 0


def run_goal_update(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    goal = _pick(args.goal, c.books.goals, "goal")
    signer = c.signer()
    change = None
    if any(x is not None for x in (args.status, args.title, args.target, args.due, args.fund)):
        change = group_actions.update_goal(
            c.store,
            signer,
            c.group,
            goal,
            status=args.status,
            title=args.title,
            target=args.target,
            due=args.due,
            fund=_fund_ref(c.books, args.fund),
            note=args.note,
        )
    if args.description is not None:
        change = (
            group_actions.describe_goal(c.store, signer, c.group, goal, args.description) or change
        )
    if change is None:
        raise CommandError("nothing to change")
    emit(args, {"id": change.id, "goal": goal}, f"updated the goal {goal[:8]}")
    return 0


def run_goal_list(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    books, state = c.books, c.state
    rows = [
        {
            "id": g.id,
            "title": g.title,
            "status": g.status,
            "target": g.target,
            "due": g.due,
            "fund": g.fund,
            "family": g.family,
            "progress": progress(books, g),
            "description": state.document_text(g.doc),
            "history": [
                {"status": h.status, "date": h.date, "by": h.author, "note": h.note}
                for h in g.history
            ],
        }
        for g in books.goals.values()
    ]
    lines = [
        f"{g.id[:8]}  {g.title:<30} {g.status:<9}"
        + (f" {c.money(progress(books, g) or 0)} of {c.money(g.target)}" if g.target else "")
        for g in books.goals.values()
    ]
    emit(args, {"currency": c.currency, "goals": rows}, "\n".join(lines) or "no goals yet")
    return 0


# -- meetings --------------------------------------------------------------------------


def _meeting(sub: Sub) -> None:
    ms = sub.add_parser("meeting", help="meetings, attendance, minutes, decisions").add_subparsers(
        dest="action", required=True
    )
    p = _command(ms, "open", "open a meeting", run_meeting_open, True)
    p.add_argument("--date", default=None)
    p.add_argument("--place", default="")
    p.add_argument("--agenda", action="append", default=[], help="an agenda item (repeat)")
    p = _command(ms, "attend", "record attendance", run_meeting_attend, True)
    p.add_argument("meeting")
    p.add_argument(
        "attendance",
        nargs="+",
        metavar="MEMBER=STATUS",
        help="present, absent, excused or represented:OTHER",
    )
    p = _command(ms, "minutes", "write the minutes, or show them", run_meeting_minutes)
    p.add_argument("meeting")
    p.add_argument("--as", dest="as_person", default=None)
    p.add_argument("--text", default=None)
    p.add_argument("--file", type=Path, default=None)
    p = _command(ms, "decide", "record a decision", run_meeting_decide, True)
    p.add_argument("meeting")
    p.add_argument("--motion", required=True)
    p.add_argument("--for", dest="votes_for", type=int, required=True)
    p.add_argument("--against", type=int, required=True)
    p.add_argument("--abstain", type=int, default=0)
    p.add_argument("--outcome", default=None, help="carried, defeated or deferred")
    p = _command(ms, "close", "close with the cash counted per fund", run_meeting_close, True)
    p.add_argument("meeting")
    p.add_argument("--count", action="append", default=[], metavar="FUND=AMOUNT", required=True)
    p = _command(ms, "show", "a meeting in full", run_meeting_show, False)
    p.add_argument("meeting")
    _command(ms, "list", "the meetings", run_meeting_list, False)


def run_meeting_open(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    change = group_actions.open_meeting(
        c.store, c.signer(), c.group, date=args.date, place=args.place, agenda=args.agenda
    )
    emit(args, {"id": change.id, "date": change.body["date"]}, f"opened the meeting: {change.id}")
    return 0


def run_meeting_attend(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    meeting = _pick(args.meeting, c.books.meetings, "meeting")
    rows: dict[str, str | tuple[str, str]] = {}
    for item in args.attendance:
        who, sep, status = item.rpartition("=")
        if not sep:
            raise CommandError(f"'{item}': write MEMBER=STATUS")
        kind, _, by = status.partition(":")
        rows[_member(c.state, who)] = (kind, _member(c.state, by)) if by else kind
    change = group_actions.record_attendance(c.store, c.signer(), c.group, meeting, rows)
    emit(args, {"id": change.id}, f"recorded the attendance of {len(rows)} members")
    return 0


def run_meeting_minutes(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    meeting = _pick(args.meeting, c.books.meetings, "meeting")
    text = args.file.read_text(encoding="utf-8") if args.file else args.text
    if text is not None:
        if not args.as_person:
            raise CommandError("say who writes the minutes with --as PERSON")
        change = group_actions.write_minutes(c.store, c.signer(), c.group, meeting, text)
        emit(
            args, {"id": change.id if change else None}, "minutes saved" if change else "unchanged"
        )
        return 0
    status, approvers = meetings.minutes_status(c.state, meeting)  # type: ignore[arg-type]
    minutes = c.state.document_text(meetings.minutes_doc(meeting))
    emit(
        args,
        {
            "meeting": meeting,
            "minutes": minutes,
            "status": status,
            "approved_by": sorted(approvers),
        },
        f"{minutes}\n\n[{status}]",
    )
    return 0


def run_meeting_decide(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    meeting = _pick(args.meeting, c.books.meetings, "meeting")
    change = group_actions.record_decision(
        c.store,
        c.signer(),
        c.group,
        meeting,
        motion=args.motion,
        votes_for=args.votes_for,
        votes_against=args.against,
        abstain=args.abstain,
        outcome=args.outcome,
    )
    emit(
        args,
        {"id": change.id, "outcome": change.body["outcome"]},
        f"recorded: {args.motion} ({change.body['outcome']})",
    )
    return 0


def run_meeting_close(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    books = c.books
    meeting = _pick(args.meeting, books.meetings, "meeting")
    counts: dict[str, str] = {}
    for item in args.count:
        fund, sep, amount = item.rpartition("=")
        if not sep:
            raise CommandError(f"'{item}': write FUND=AMOUNT")
        counts[_fund_ref(books, fund) or ""] = amount
    change = group_actions.close_meeting(c.store, c.signer(), c.group, meeting, counts)
    found = c.books.meetings[meeting]  # type: ignore[index]
    diffs = found.count.differences if found.count else {}
    value = {
        "id": change.id,
        "status": found.status,
        "differences": {f: d for f, d in diffs.items()},
    }
    if found.status == "closed":
        text = "closed: the cash matches the books"
    else:
        text = (
            "cash differs from the books: "
            + ", ".join(f"{books.funds[f].name} {c.money(d)}" for f, d in diffs.items())
            + f"\nthe elders must witness it: lattice signoff {args.group} {meeting[:8]} --as ELDER"
        )
    emit(args, value, text)
    return 0


def _meeting_value(c: _Ctx, m: meetings.Meeting) -> dict[str, Any]:
    status, approvers = meetings.minutes_status(c.state, m.id)
    return {
        "id": m.id,
        "date": m.date,
        "place": m.place,
        "agenda": m.agenda,
        "status": m.status,
        "attendance": {p: {"status": s, "by": by} for p, (s, by) in m.attendance.items()},
        "decisions": [
            {
                "motion": d.motion,
                "for": d.votes_for,
                "against": d.votes_against,
                "abstain": d.abstain,
                "outcome": d.outcome,
            }
            for d in m.decisions
        ],
        "entries": [e.id for e in meetings.entries_at(c.books, m.id)],
        "minutes": c.state.document_text(m.doc),
        "minutes_status": status,
        "minutes_approved_by": sorted(approvers),
        "count": None
        if m.count is None
        else {f: {"counted": a, "computed": b} for f, (a, b) in m.count.counts.items()},
    }


def run_meeting_show(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    m = c.books.meetings[_pick(args.meeting, c.books.meetings, "meeting")]  # type: ignore[index]
    v = _meeting_value(c, m)
    text = (
        f"meeting of {m.date} at {m.place or '-'} ({m.status})\n"
        f"  {len(v['entries'])} entries, {len(m.attendance)} attendance records, "
        f"{len(m.decisions)} decisions, minutes {v['minutes_status']}"
    )
    emit(args, v, text)
    return 0


def run_meeting_list(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    rows = [_meeting_value(c, m) for m in c.books.meetings.values()]
    lines = [f"{r['date']}  {r['id'][:8]}  {r['status']:<8} {r['place']}" for r in rows]
    emit(args, {"meetings": rows}, "\n".join(lines) or "no meetings yet")
    return 0


# -- rules -----------------------------------------------------------------------------


def _rules(sub: Sub) -> None:
    rs = sub.add_parser("rules", help="the group's constitution").add_subparsers(
        dest="action", required=True
    )
    p = _command(rs, "set", "set rules from a date on", run_rules_set, True)
    p.add_argument("--from", dest="effective", default=None, help="in force from (default today)")
    p.add_argument("--share-value", default=None)
    p.add_argument("--min-shares", type=int, default=None)
    p.add_argument("--max-shares", type=int, default=None)
    p.add_argument("--interest-bp", type=int, default=None, help="loan interest per month, bp")
    p.add_argument(
        "--loan-multiple-pct",
        type=int,
        default=None,
        help="largest loan, % of the member's savings (300 = three times)",
    )
    p.add_argument("--social-fund", default=None, help="social-fund contribution per meeting")
    p.add_argument("--fine", action="append", default=None, metavar="NAME=AMOUNT")
    p.add_argument("--cycle-start", default=None)
    p.add_argument("--cycle-end", default=None)
    p.add_argument("--note", default="")
    p = _command(rs, "show", "the rules in force, and their history", run_rules_show, False)
    p.add_argument("--on", default="9999-12-31", help="the rules in force on this day")


def run_rules_set(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    fines = None
    if args.fine is not None:
        fines = {}
        for item in args.fine:
            name, sep, amount = item.rpartition("=")
            if not sep or not name:
                raise CommandError(f"'{item}': write NAME=AMOUNT")
            fines[name] = amount
    change = actions.set_rules(
        c.store,
        c.signer(),
        c.group,
        effective=args.effective,
        note=args.note,
        share_value=args.share_value,
        min_shares=args.min_shares,
        max_shares=args.max_shares,
        interest_bp=args.interest_bp,
        loan_multiple_pct=args.loan_multiple_pct,
        social_fund=args.social_fund,
        fines=fines,
        cycle_start=args.cycle_start,
        cycle_end=args.cycle_end,
    )
    emit(
        args,
        {"id": change.id, "from": change.body["from"]},
        f"rules set from {change.body['from']}",
    )
    return 0


def run_rules_show(args: argparse.Namespace) -> int:
    c = _Ctx(args)
    book = c.books.rules
    rules = book.in_force(args.on).as_dict()
    history = [
        {"id": v.id, "from": v.effective, "by": v.author, "changes": v.changes, "note": v.note}
        for v in book.versions
    ]
    money = {"share_value", "social_fund"}
    lines = []
    for key, value in rules.items():
        if value in (None, {}):
            continue
        if key in money:
            value = c.money(value)
        elif key == "fines":
            value = ", ".join(f"{n} {c.money(a)}" for n, a in sorted(value.items()))
        lines.append(f"{key.replace('_', ' ')}: {value}")
    lines += [
        f"  version from {v.effective} by {c.state.member_name(v.author)}" for v in book.versions
    ]
    emit(args, {"rules": rules, "history": history}, "\n".join(lines) or "no rules set")
    return 0
